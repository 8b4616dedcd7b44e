import datetime
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Site

from core.models import PortalSettings
from dossiers.permissions import DISPATCH_GROUP
from tests.dossiers.factories import (
    DossierIndexPageFactory,
    DossierPageFactory,
    chapter,
)
from tests.factories import (
    ApproachFactory,
    CityPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    StandardPageFactory,
)

SUBMISSION_KEY = "Bestellschluessel_0123456789abcdef"


@pytest.fixture(autouse=True)
def no_rate_limit(settings):
    # The limit has its own test; everywhere else it would count across tests.
    settings.RATELIMIT_ENABLED = False


@pytest.fixture
def dossier_site(home_page):
    """/themendossiers/ with one dossier in stock, one sold out, one PDF-only."""
    approach = ApproachFactory(name="datenbasiert")
    city = CityPageFactory(
        parent=PracticeIndexPageFactory(parent=home_page),
        city__name="Mannheim",
        city__slug="mannheim",
    )
    ism = PracticePageFactory(
        parent=city, title="Integriertes Sozialmanagement", approaches=[approach]
    )
    monitoring = PracticePageFactory(
        parent=city, title="Bildungsmonitoring", approaches=[approach]
    )
    index = DossierIndexPageFactory(parent=home_page)
    current = DossierPageFactory(
        parent=index,
        title="Integrierte Bildungsplanung",
        issue_number=2,
        publication_date=datetime.date(2026, 10, 1),
        chapters=[chapter("Datenbasiert planen", [monitoring, ism])],
        stock=10,
    )
    current.approaches.set([approach])
    current.save()
    sold_out = DossierPageFactory(
        parent=index,
        title="Bildung im Quartier",
        issue_number=1,
        publication_date=datetime.date(2025, 5, 1),
        stock=0,
    )
    pdf_only = DossierPageFactory(
        parent=index,
        title="Nur digital",
        issue_number=3,
        publication_date=datetime.date(2026, 11, 1),
        print_available=False,
    )
    configure_site_settings(home_page)
    return SimpleNamespace(
        home=home_page,
        index=index,
        current=current,
        sold_out=sold_out,
        pdf_only=pdf_only,
        ism=ism,
        monitoring=monitoring,
        approach=approach,
    )


def configure_site_settings(home_page):
    privacy = StandardPageFactory(
        parent=home_page, title="Datenschutz", slug="datenschutz"
    )
    settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    settings.notification_email = "versand@example.org"
    settings.privacy_page = privacy
    settings.save()


def order_post(site, **overrides):
    """A complete, valid POST body of the order form's last step."""
    data = {
        "action": "absenden",
        "submission_key": SUBMISSION_KEY,
        f"quantity_{site.current.pk}": "2",
        "name": "Erika Mustermann",
        "organisation": "Bildungsbüro Musterstadt",
        "street": "Rathausplatz 1",
        "postcode": "68159",
        "town": "Mannheim",
        "country": "DE",
        "email": "erika@example.org",
        "phone": "",
        "purpose": "Fachtag Bildungsplanung",
        "consent": "on",
        "website_url": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def dispatch_user(db):
    user = get_user_model().objects.create_user(
        "versand", "versand@example.org", "geheim-123"
    )
    user.groups.add(Group.objects.get(name=DISPATCH_GROUP))
    return user


@pytest.fixture
def dispatch_client(client, dispatch_user):
    client.force_login(dispatch_user)
    return client
