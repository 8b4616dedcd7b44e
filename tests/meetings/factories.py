import datetime
import zoneinfo

import factory
import wagtail_factories
from django.utils import timezone

from meetings.models import MeetingKind, Registration, RegistrationStatus

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def at(days, hour=10, minute=0):
    """A time `days` from today at hour:minute in Berlin."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour, minute), BERLIN)


class MeetingIndexPageFactory(wagtail_factories.PageFactory):
    title = "Veranstaltungen"
    slug = "veranstaltungen"

    class Meta:
        model = "meetings.MeetingIndexPage"


class MeetingPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Netzwerktreffen {n}")
    kind = MeetingKind.NETWORK
    start = factory.LazyFunction(lambda: at(14))
    end = factory.LazyAttribute(lambda page: page.start + datetime.timedelta(hours=3))
    teaser = "Die Kommunen tauschen sich über integrierte Bildungsplanung aus."
    venue = "Rathaus Augsburg, Großer Sitzungssaal"
    address = "Rathausplatz 2\n86150 Augsburg"

    class Meta:
        model = "meetings.MeetingPage"


class RegistrationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Erika Muster {n}")
    organisation = "Amt für Bildung"
    city = "Augsburg"
    email = factory.Sequence(lambda n: f"teilnehmerin{n}@example.org")
    status = RegistrationStatus.UNCONFIRMED
    consent_at = factory.LazyFunction(timezone.now)
    confirm_by = factory.LazyFunction(
        lambda: timezone.now() + datetime.timedelta(hours=48)
    )

    class Meta:
        model = Registration
