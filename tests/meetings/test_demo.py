"""The demo content: the seed's meeting, past and linked to its report, and one
upcoming online meeting (one test: loading the demo costs seconds)."""

from django.utils import timezone

from meetings.models import MeetingPage


def test_demo_has_the_seed_meeting_with_its_report_and_an_upcoming_one(
    client, demo_content
):
    past = MeetingPage.objects.get(slug="standortbestimmung-kommunaler-bildungsplanung")
    upcoming = MeetingPage.objects.get(slug="werkstatt-beteiligung-junger-menschen")
    assert past.end < timezone.now() < upcoming.start
    assert past.report.slug == past.slug and past.report.live
    assert past.materials is not None
    assert upcoming.online and upcoming.access_url
    assert {p.city.name for p in past.practices.all()} == {
        "Mannheim",
        "Augsburg",
        "Kaiserslautern",
    }
    page = client.get(past.url).content.decode()
    assert f'href="{past.report.url}"' in page
    listing = client.get("/veranstaltungen/").content.decode()
    assert upcoming.title in listing
