import datetime
import io

from django.core.management import call_command
from django.utils import timezone

from dossiers.models import OrderStatus, PrintOrder
from tests.dossiers.factories import order_with_items


def age(order, days):
    PrintOrder.objects.filter(pk=order.pk).update(
        status_changed_at=timezone.now() - datetime.timedelta(days=days)
    )


def test_old_finished_orders_lose_their_personal_data_but_keep_quantities(
    dossier_site,
):
    shipped = order_with_items([(dossier_site.current, 3)], status=OrderStatus.SHIPPED)
    cancelled = order_with_items(
        [(dossier_site.current, 1)], status=OrderStatus.CANCELLED
    )
    recent = order_with_items([(dossier_site.current, 1)], status=OrderStatus.SHIPPED)
    open_order = order_with_items([(dossier_site.current, 1)])
    for order in (shipped, cancelled, open_order):
        age(order, 181)
    age(recent, 10)

    output = io.StringIO()
    call_command("anonymise_print_orders", stdout=output)

    shipped.refresh_from_db()
    assert "2 Bestellung(en) anonymisiert" in output.getvalue()
    assert shipped.anonymised_at is not None
    assert (shipped.name, shipped.street, shipped.email, shipped.phone) == (
        "",
        "",
        "",
        "",
    )
    assert shipped.country == "DE"
    assert shipped.items.get().quantity == 3
    for untouched in (recent, open_order):
        untouched.refresh_from_db()
        assert untouched.name == "Erika Mustermann"


def test_the_retention_period_is_configurable(dossier_site, settings):
    order = order_with_items([(dossier_site.current, 1)], status=OrderStatus.SHIPPED)
    age(order, 40)
    call_command("anonymise_print_orders", "--days", "30", stdout=io.StringIO())
    order.refresh_from_db()
    assert order.name == ""
