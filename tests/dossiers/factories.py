import datetime

import factory
import wagtail_factories
from django.utils import timezone

from dossiers.models import (
    DossierIndexPage,
    DossierPage,
    OrderStatus,
    PrintOrder,
    PrintOrderItem,
    PrintStock,
)


class DossierIndexPageFactory(wagtail_factories.PageFactory):
    title = "Themendossiers"
    slug = "themendossiers"

    class Meta:
        model = DossierIndexPage


class DossierPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Dossier {n}")
    # Above the numbers tests set by hand, and within the field's limit of 999.
    issue_number = factory.Sequence(lambda n: 100 + n % 900)
    subtitle = "Was Großstädte voneinander lernen"
    publication_date = datetime.date(2026, 10, 1)
    intro = "<p>Worum es in dieser Ausgabe geht.</p>"
    print_available = True
    max_per_order = 5

    class Meta:
        model = DossierPage
        skip_postgeneration_save = True

    @factory.post_generation
    def stock(self, create, extracted, **kwargs):
        if create:
            PrintStock.objects.filter(dossier=self).update(stock=extracted or 0)
            self.print_stock.refresh_from_db()


def chapter(title, practices=(), text="<p>Kapiteltext.</p>", quote_by=None):
    """Raw StreamField data for one chapter, as the admin stores it."""
    content = [{"type": "paragraph", "value": text}] if text else []
    if quote_by is not None:
        quote = {
            "text": "Daten bieten Anlässe.",
            "person": quote_by.pk,
            "attribution": "",
        }
        content.append({"type": "quote", "value": quote})
    return {
        "type": "chapter",
        "value": {
            "title": title,
            "content": content,
            "practices": [practice.pk for practice in practices],
        },
    }


class PrintOrderFactory(factory.django.DjangoModelFactory):
    submission_key = factory.Sequence(lambda n: f"schluessel-{n:016d}-abcdefgh")
    name = "Erika Mustermann"
    organisation = "Bildungsbüro Musterstadt"
    street = "Rathausplatz 1"
    postcode = "12345"
    town = "Musterstadt"
    email = factory.Sequence(lambda n: f"besteller{n}@example.org")
    privacy_consent_at = factory.LazyFunction(timezone.now)
    confirm_by = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(7))
    status = OrderStatus.CONFIRMED

    class Meta:
        model = PrintOrder


def order_with_items(dossier_quantities, **fields):
    """An order whose copies are already taken from stock, as place_order does."""
    order = PrintOrderFactory(**fields)
    for dossier, quantity in dossier_quantities:
        PrintOrderItem.objects.create(
            order=order,
            dossier=dossier,
            dossier_title=dossier.full_title,
            quantity=quantity,
        )
        if order.holds_stock:
            assert PrintStock.reserve(dossier.pk, quantity)
    return order
