"""Meeting pages, the listing at /veranstaltungen/ and what other parts of the
portal show of meetings through the content-type contract."""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.models import Site

from core.models import PortalSettings
from meetings.models import MeetingKind, MeetingPage
from meetings.search import meeting_entry
from tests.factories import (
    ApproachFactory,
    CityFactory,
    CityPageFactory,
    PersonFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    TagFactory,
)
from tests.meetings.factories import MeetingPageFactory, at
from tests.reports.factories import ArticleIndexPageFactory, ArticlePageFactory


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    return [a.get_text() for a in soup(response).select(".meeting-card .card__title a")]


@pytest.fixture
def practice(home_page):
    city_page = CityPageFactory(
        parent=PracticeIndexPageFactory(parent=home_page),
        city=CityFactory(name="Augsburg", slug="augsburg", federal_state="BY"),
    )
    return PracticePageFactory(parent=city_page, title="Bildungsmonitoring Augsburg")


def test_meeting_page_shows_time_in_berlin_place_and_programme(client, meeting_index):
    speaker = PersonFactory(
        name="Klaus Maciol", role="Bildungsmonitoring", organisation="Stadt Augsburg"
    )
    meeting = MeetingPageFactory(
        parent=meeting_index,
        title="Werkstatt Beteiligung",
        kind=MeetingKind.WORKSHOP,
        start=at(10, 9, 30),
        end=at(10, 12, 0),
        programme=[
            (
                "item",
                {
                    "start": "09:30",
                    "end": "10:15",
                    "title": "Impuls aus Augsburg",
                    "description": "",
                    "speakers": [speaker],
                },
            )
        ],
    )
    page = soup(client.get(meeting.url))
    facts = page.select_one(".meeting__facts").get_text(" ", strip=True)
    assert "09:30 – 12:00 Uhr" in facts
    assert "Rathaus Augsburg, Großer Sitzungssaal" in facts
    assert page.select_one(".eyebrow").get_text(strip=True) == "Werkstatt"
    item = page.select_one(".programme__item").get_text(" ", strip=True)
    assert "Impuls aus Augsburg" in item
    assert "Klaus Maciol (Bildungsmonitoring, Stadt Augsburg)" in item


def test_online_meeting_page_never_shows_the_access_link(client, meeting_index):
    meeting = MeetingPageFactory(
        parent=meeting_index,
        online=True,
        venue="",
        address="",
        access_url="https://konferenz.example.org/geheim",
    )
    html = client.get(meeting.url).content.decode()
    assert "konferenz.example.org" not in html
    assert "Zugangslink erhalten angemeldete Teilnehmende" in html


def test_upcoming_meeting_links_its_registration_form(client, meeting_index):
    meeting = MeetingPageFactory(parent=meeting_index)
    link = soup(client.get(meeting.url)).select_one(".meeting__aside a.button")
    assert link["href"] == f"/veranstaltungen/anmeldung/{meeting.pk}/"


def test_past_meeting_links_its_report_instead_of_the_form(
    client, meeting_index, home_page
):
    report = ArticlePageFactory(
        parent=ArticleIndexPageFactory(parent=home_page), title="Bericht vom Treffen"
    )
    meeting = MeetingPageFactory(
        parent=meeting_index, start=at(-20), end=at(-20, 13), report=report
    )
    aside = soup(client.get(meeting.url)).select_one(".meeting__aside")
    assert aside.select_one("a.button")["href"] == report.url
    assert "anmeldung" not in str(aside)


def test_ending_before_the_start_is_refused(meeting_index):
    meeting = MeetingPageFactory.build(start=at(5, 12), end=at(5, 10))
    with pytest.raises(ValidationError) as error:
        meeting.clean()
    assert "end" in error.value.message_dict


def test_a_meeting_needs_a_place_or_online(meeting_index):
    meeting = MeetingPageFactory.build(venue="", address="", online=False)
    with pytest.raises(ValidationError) as error:
        meeting.clean()
    assert "venue" in error.value.message_dict


def test_practice_page_lists_the_meetings_it_was_presented_at(
    client, meeting_index, practice
):
    shown = MeetingPageFactory(parent=meeting_index, title="Frühjahrstreffen")
    shown.practices.set([practice])
    shown.save_revision().publish()
    hidden = MeetingPageFactory(parent=meeting_index, title="Entwurfstreffen")
    hidden.practices.set([practice])
    hidden.save()
    hidden.unpublish()
    backlinks = soup(client.get(practice.url)).select(".meeting-backlinks a")
    assert [a.get_text() for a in backlinks] == ["Frühjahrstreffen"]


def test_a_practice_presented_nowhere_asks_no_query(
    meeting_index, practice, django_assert_num_queries
):
    from meetings.templatetags.meeting_tags import practice_meetings

    MeetingPageFactory(parent=meeting_index).save_revision().publish()
    practice_meetings(practice)  # learns which practices were presented
    with django_assert_num_queries(0):
        assert practice_meetings(practice) == []


def test_a_meeting_published_later_shows_on_the_practice_page(
    client, meeting_index, practice
):
    client.get(practice.url)  # learns that it was presented nowhere
    meeting = MeetingPageFactory(parent=meeting_index, title="Herbsttreffen")
    meeting.practices.set([practice])
    meeting.save_revision().publish()
    backlinks = soup(client.get(practice.url)).select(".meeting-backlinks a")
    assert [a.get_text() for a in backlinks] == ["Herbsttreffen"]


def test_meeting_page_lists_its_public_practices(client, meeting_index, practice):
    meeting = MeetingPageFactory(parent=meeting_index)
    meeting.practices.set([practice])
    meeting.save_revision().publish()
    cards = soup(client.get(meeting.url)).select(".practice-card .card__title a")
    assert [a.get_text() for a in cards] == ["Bildungsmonitoring Augsburg"]


@pytest.fixture
def listed(meeting_index):
    augsburg = CityFactory(name="Augsburg", slug="augsburg", federal_state="BY")
    datenbasiert = ApproachFactory(name="datenbasiert")
    later = MeetingPageFactory(parent=meeting_index, title="Später", start=at(30))
    sooner = MeetingPageFactory(
        parent=meeting_index, title="Bald", start=at(3), kind=MeetingKind.ONLINE
    )
    sooner.cities.set([augsburg])
    sooner.approaches.set([datenbasiert])
    sooner.save_revision().publish()
    MeetingPageFactory(parent=meeting_index, title="Vorbei", start=at(-30))
    return {"later": later, "sooner": sooner}


def test_listing_shows_upcoming_meetings_soonest_first(client, listed):
    assert titles(client.get("/veranstaltungen/")) == ["Bald", "Später"]


def test_listing_shows_past_meetings_on_request(client, listed):
    assert titles(client.get("/veranstaltungen/", {"zeit": "vergangene"})) == ["Vorbei"]


@pytest.mark.parametrize(
    "params",
    [
        {"ansatz": "datenbasiert"},
        {"stadt": "augsburg"},
        {"land": "BY"},
        {"art": "online-format"},
    ],
)
def test_listing_filters_like_the_practice_listing(client, listed, params):
    assert titles(client.get("/veranstaltungen/", params)) == ["Bald"]


def test_listing_renders_in_constant_queries(
    client, listed, meeting_index, django_assert_max_num_queries
):
    for number in range(6):
        MeetingPageFactory(parent=meeting_index, start=at(40 + number))
    client.get("/veranstaltungen/")  # warm the cached chrome and restrictions
    with django_assert_max_num_queries(20):
        client.get("/veranstaltungen/")


def test_home_page_shows_the_next_meeting(client, listed):
    section = soup(client.get("/")).select_one("#home-meeting").find_parent("section")
    assert [a.get_text() for a in section.select(".card__title a")] == ["Bald"]


def test_the_next_meeting_card_follows_what_no_version_tracks(client, listed, settings):
    # Its registration link closes with the clock, without a publish: the card
    # is rendered anew where other cards are kept.
    settings.CARD_CACHE_TIMEOUT = 600
    client.get("/")
    MeetingPage.objects.filter(pk=listed["sooner"].pk).update(teaser="Neu angekündigt")
    section = soup(client.get("/")).select_one("#home-meeting").find_parent("section")
    assert "Neu angekündigt" in section.get_text()


def test_json_ld_describes_an_offline_event_with_organiser(client, meeting_index):
    settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    settings.publisher = "Transferagentur für Großstädte"
    settings.save()
    meeting = MeetingPageFactory(parent=meeting_index, title="Fachtag Bildung")
    script = soup(client.get(meeting.url)).select_one(
        'script[type="application/ld+json"]'
    )
    data = json.loads(script.string)
    assert data["@type"] == "Event"
    assert (
        data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    )
    assert data["location"]["name"] == "Rathaus Augsburg, Großer Sitzungssaal"
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "Transferagentur für Großstädte",
    }
    assert data["startDate"].endswith(("+01:00", "+02:00"))


def test_json_ld_of_an_online_event_points_at_the_page(client, meeting_index):
    meeting = MeetingPageFactory(
        parent=meeting_index, online=True, access_url="https://example.org/x"
    )
    script = soup(client.get(meeting.url)).select_one(
        'script[type="application/ld+json"]'
    )
    data = json.loads(script.string)
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {
        "@type": "VirtualLocation",
        "url": meeting.get_full_url(),
    }


def test_search_entry_names_speakers_and_tags(meeting_index):
    topic = TagFactory(name="Integrierte Planung")
    speaker = PersonFactory(name="Stephan Maykus")
    meeting = MeetingPageFactory(
        parent=meeting_index,
        programme=[
            (
                "item",
                {"start": "10:00", "title": "Impuls", "speakers": [speaker]},
            )
        ],
    )
    meeting.tags.add(topic)
    meeting.save_revision().publish()
    entry = meeting_entry(meeting)
    assert entry.kind == "meeting"
    assert "Stephan Maykus" in entry.extra
    assert entry.tags == ["integrierte-planung"]


def test_draft_meeting_is_not_findable(meeting_index):
    meeting = MeetingPageFactory(parent=meeting_index)
    meeting.unpublish()
    assert meeting_entry(meeting) is None


def test_tag_page_lists_meetings(client, listed):
    cards = soup(client.get("/schlagwort/datenbasiert/")).select(".meeting-card a")
    assert [a.get_text() for a in cards] == ["Bald"]


def test_feed_lists_public_meetings(client, listed):
    response = client.get("/feeds/veranstaltungen.rss")
    assert response.status_code == 200
    assert b"<title>Bald</title>" in response.content


def test_api_gives_meeting_fields_but_no_access_link(client, meeting_index):
    MeetingPageFactory(
        parent=meeting_index, online=True, access_url="https://example.org/geheim"
    )
    response = client.get(
        "/api/v2/pages/", {"type": "meetings.MeetingPage", "fields": "*"}
    )
    assert response.status_code == 200
    item = response.json()["items"][0]
    assert item["kind"] == "netzwerktreffen"
    assert item["online"] is True
    assert "access_url" not in item
    assert "geheim" not in response.content.decode()
