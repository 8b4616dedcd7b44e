import datetime
import io
import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from dossiers.models import OrderStatus, PrintOrder, PrintStock
from tests.dossiers.conftest import order_post

ORDER_URL = "/themendossiers/bestellen/"
LINK = re.compile(r"http://testserver(/themendossiers/bestellen/bestaetigen/[^/]+/)")


@pytest.fixture
def ordered(client, dossier_site, django_capture_on_commit_callbacks):
    """An unconfirmed order for two copies and the link from its mail."""
    with django_capture_on_commit_callbacks(execute=True):
        client.post(ORDER_URL, order_post(dossier_site))
    link = LINK.search(mail.outbox[0].body).group(1)
    mail.outbox.clear()
    return PrintOrder.objects.get(), link


def stock_of(dossier):
    return PrintStock.objects.get(dossier=dossier).stock


def test_opening_the_link_asks_before_confirming(client, ordered):
    order, link = ordered

    response = client.get(link)

    soup = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200
    assert f"Bestellung {order.reference} bestätigen" in soup.h1.get_text()
    assert soup.select_one("form[method=post] button")
    order.refresh_from_db()
    assert order.status == OrderStatus.UNCONFIRMED  # link checkers only GET


def test_confirming_sends_the_order_to_dispatch(
    client, ordered, django_capture_on_commit_callbacks
):
    order, link = ordered

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link)

    order.refresh_from_db()
    assert response.status_code == 302
    assert order.status == OrderStatus.CONFIRMED
    assert order.confirmed_at is not None
    [notice] = mail.outbox
    assert notice.to == ["versand@example.org"]
    assert order.reference in notice.subject
    assert f"http://testserver/admin/bestellungen/inspect/{order.pk}/" in notice.body
    assert "Erika" not in notice.body  # no addresses in mail, only in the admin
    page = client.get(link)
    assert "Ihre Bestellung ist bestätigt" in page.content.decode()


def test_the_link_confirms_only_once(
    client, ordered, django_capture_on_commit_callbacks
):
    order, link = ordered
    with django_capture_on_commit_callbacks(execute=True):
        client.post(link)
        client.post(link)
    assert len(mail.outbox) == 1
    assert PrintOrder.objects.get().status == OrderStatus.CONFIRMED


@pytest.mark.parametrize(
    "token", ["x" * 43, "kurz", "A" * 200, "%00", "%2E%2E", "ä" * 43]
)
def test_unknown_or_malformed_links_are_404(client, ordered, token):
    response = client.get(f"/themendossiers/bestellen/bestaetigen/{token}/")
    assert response.status_code == 404
    assert "Dieser Link ist ungültig" in response.content.decode()


def test_an_expired_link_releases_the_copies(client, ordered, dossier_site):
    order, link = ordered
    PrintOrder.objects.filter(pk=order.pk).update(
        confirm_by=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert stock_of(dossier_site.current) == 8

    response = client.post(link, follow=True)

    assert response.status_code == 410
    assert "abgelaufen" in response.content.decode()
    assert PrintOrder.objects.get().status == OrderStatus.EXPIRED
    assert stock_of(dossier_site.current) == 10


def test_the_timer_expires_overdue_orders_only(client, ordered, dossier_site):
    overdue, _ = ordered
    PrintOrder.objects.filter(pk=overdue.pk).update(
        confirm_by=timezone.now() - datetime.timedelta(days=1)
    )
    client.post(ORDER_URL, order_post(dossier_site, submission_key="Y" * 32))
    assert stock_of(dossier_site.current) == 6

    call_command("expire_print_orders", stdout=io.StringIO())

    assert PrintOrder.objects.get(pk=overdue.pk).status == OrderStatus.EXPIRED
    fresh = PrintOrder.objects.exclude(pk=overdue.pk).get()
    assert fresh.status == OrderStatus.UNCONFIRMED
    assert stock_of(dossier_site.current) == 8
