from types import SimpleNamespace

import pytest
from wagtail.models import PageViewRestriction

from core.models import PortalSettings
from practices.models import CityContact, PracticeContact
from tests.factories import (
    CityPageFactory,
    PersonFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    StandardPageFactory,
)

SECRET_ADDRESS = "anna.verborgen@stadt.example"
OFFICE_ADDRESS = "geschaeftsstelle@netzwerk.example"


def message_post(**changes):
    data = {
        "sender_name": "Bernd Fragesteller",
        "sender_email": "bernd@kommune.example",
        "subject": "Frage zum Bildungsmonitoring",
        "message": "Wie haben Sie die Schulen eingebunden?\nViele Grüße",
        "privacy_consent": "on",
        "website_url": "",
    }
    data.update(changes)
    return data


@pytest.fixture
def contact_site(home_page):
    """A live practice naming a contact whose address is not public."""
    settings = PortalSettings.for_site(home_page.get_site())
    settings.contact_email = OFFICE_ADDRESS
    settings.privacy_page = StandardPageFactory(
        parent=home_page, title="Datenschutz", slug="datenschutz"
    )
    settings.save()
    index = PracticeIndexPageFactory(parent=home_page)
    city_page = CityPageFactory(
        parent=index, city__name="Mannheim", city__slug="mannheim"
    )
    practice = PracticePageFactory(
        parent=city_page, title="Bildungsmonitoring", slug="bildungsmonitoring"
    )
    person = PersonFactory(
        name="Anna Verborgen",
        role="Bildungsplanerin",
        organisation="Fachbereich Bildung",
        email=SECRET_ADDRESS,
        phone="0621 293 0",
    )
    PracticeContact.objects.create(page=practice, person=person, sort_order=0)
    CityContact.objects.create(page=city_page, person=person, sort_order=0)
    return SimpleNamespace(
        home=home_page,
        index=index,
        city_page=city_page,
        practice=practice,
        person=person,
        url=f"/kontakt/nachricht/{practice.pk}/{person.pk}/",
    )


def restrict(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
