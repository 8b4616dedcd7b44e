import datetime

from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import PersonFactory, PracticePageFactory


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_practice_page_shows_city_status_and_approach_tags(client, practice_tree):
    soup = soup_of(client, practice_tree["ism"].url)

    assert soup.h1.get_text() == "Integriertes Sozialmanagement"
    tags = [a.get_text() for a in soup.select(".tag-list a")]
    assert (
        "#datenbasiert" in tags and "#sozialräumlich" in tags and "#Steuerung" in tags
    )
    assert soup.select_one("a[href='/schlagwort/sozialraeumlich/']")
    steckbrief = soup.select_one(".practice__aside").get_text(" ", strip=True)
    assert "Mannheim" in steckbrief and "laufend" in steckbrief


def test_practice_page_shows_quote_with_person(client, practice_tree):
    page = practice_tree["ism"]
    page.quote_text = "Der Raum verbindet."
    page.quote_person = PersonFactory(name="Heike Fleischmann", role="Leiterin")
    page.save_revision().publish()

    soup = soup_of(client, page.url)

    quote = soup.select_one("figure.quote")
    assert "Der Raum verbindet." in quote.blockquote.get_text()
    assert "Heike Fleischmann" in quote.figcaption.get_text()


def test_practice_page_shows_only_filled_sections(client, practice_tree):
    page = practice_tree["ism"]
    page.situation = "<p>Alle planten nebeneinander.</p>"
    page.save_revision().publish()

    headings = [h.get_text() for h in soup_of(client, page.url).select("h2")]

    assert "Ausgangslage" in headings
    assert "Übertragbarkeit" not in headings


def test_departments_show_name_and_number(client, practice_tree):
    page = practice_tree["ism"]
    page.departments.add(page.departments.model(name="Bildung", number="40"))
    page.save_revision().publish()

    assert "Bildung (40)" in soup_of(client, page.url).get_text()


def test_related_practices_prefer_editor_choice_then_shared_tags(client, practice_tree):
    page = practice_tree["ism"]
    page.related_practice_links.add(
        page.related_practice_links.model(related=practice_tree["quarter"])
    )
    page.save_revision().publish()

    soup = soup_of(client, page.url)

    related = [a.get_text() for a in soup.select(".related .card__title a")]
    assert related == ["Quartiersbüros", "Bildungsmonitoring"]


def test_citation_names_city_title_and_address(client, practice_tree):
    soup = soup_of(client, practice_tree["ism"].url)
    citation = soup.select_one(".citation").get_text(" ", strip=True)
    assert "Stadt Mannheim" in citation
    assert "Integriertes Sozialmanagement" in citation
    assert (
        "http://testserver/praxis/mannheim/integriertes-sozialmanagement/" in citation
    )


def test_practice_takes_its_city_from_the_city_page(practice_tree):
    assert practice_tree["monitoring"].city.name == "Augsburg"


def test_city_page_lists_facts_and_only_its_live_practices(client, practice_tree):
    PracticePageFactory(parent=practice_tree["mannheim"], title="Entwurf", live=False)

    soup = soup_of(client, practice_tree["mannheim"].url)

    shown = sorted(a.get_text() for a in soup.select(".practice-card .card__title a"))
    assert shown == ["Integriertes Sozialmanagement", "Quartiersbüros"]
    facts = soup.select_one(".facts").get_text(" ", strip=True)
    assert "Nordrhein-Westfalen" in facts and "250.000" in facts


def test_tag_page_lists_practices_with_the_tag(client, practice_tree):
    soup = soup_of(client, "/schlagwort/datenbasiert/")
    shown = sorted(a.get_text() for a in soup.select(".card__title a"))
    assert shown == ["Bildungsmonitoring", "Integriertes Sozialmanagement"]


def test_print_stylesheet_is_linked_and_page_names_its_address(client, practice_tree):
    soup = soup_of(client, practice_tree["ism"].url)
    assert soup.select_one("link[rel=stylesheet][media=print]")
    assert practice_tree["ism"].full_url in soup.select_one(".citation").get_text()


def count_queries(client, url):
    client.get(url)  # warm caches that are per process, not per page
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_quoted_person_is_read_with_the_page(client, practice_tree):
    page = practice_tree["ism"]
    page.quote_text = "Der Raum verbindet."
    page.quote_person = PersonFactory(name="Heike Fleischmann", role="Leiterin")
    page.save_revision().publish()
    client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        assert "Heike Fleischmann" in client.get(page.url).content.decode()
    assert not [q for q in queries if 'FROM "portal_person" ' in q["sql"]]


def test_the_city_page_is_read_with_the_practice(client, practice_tree):
    page = practice_tree["ism"]
    client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        shown = BeautifulSoup(client.get(page.url).content, "html.parser")
    city_link = shown.select_one(".practice__header .eyebrow a")
    assert city_link["href"] == practice_tree["mannheim"].url
    assert not [q for q in queries if 'FROM "practices_citypage" ' in q["sql"]]


def test_breadcrumbs_name_each_ancestor_with_its_address(client, practice_tree):
    shown = BeautifulSoup(client.get(practice_tree["ism"].url).content, "html.parser")
    crumbs = [(a.get_text(), a["href"]) for a in shown.select(".breadcrumbs a")]
    index, city = practice_tree["index"], practice_tree["mannheim"]
    assert crumbs == [
        ("Startseite", "/"),
        (index.title, index.url),
        (city.title, city.url),
    ]


def test_queries_are_the_same_with_5_and_60_practices(client, practice_tree):
    urls = [practice_tree[key].url for key in ("ism", "mannheim", "index")]
    for number in range(2):
        PracticePageFactory(parent=practice_tree["mannheim"], title=f"Praxis {number}")
    with_five = [count_queries(client, url) for url in urls]

    # More than two pages of the city's list (24) and of the listing (12).
    for number in range(55):
        PracticePageFactory(parent=practice_tree["mannheim"], title=f"Mehr {number}")
    with_60 = [count_queries(client, url) for url in urls]

    assert with_five == with_60
    assert max(with_60) <= 30


def test_cards_say_when_the_city_last_reviewed_the_profile(client, practice_tree):
    practice = practice_tree["ism"]
    practice.last_reviewed = datetime.date(2026, 3, 5)
    practice.save_revision().publish()
    soup = BeautifulSoup(client.get("/praxis/").content, "html.parser")
    card = soup.find("a", string=practice.title).find_parent("li")
    assert card.select_one(".card__reviewed").get_text() == (
        "Zuletzt geprüft: 5. März 2026"
    )


def test_an_unreviewed_profile_counts_from_its_publication(practice_tree):
    practice = practice_tree["quarter"]
    practice.save_revision().publish()
    practice.refresh_from_db()
    assert practice.last_reviewed is None
    assert practice.reviewed_on == timezone.localdate(practice.first_published_at)


def test_a_practice_page_takes_at_most_10_queries(client, practice_tree):
    # Back-links (dossiers, meetings) ask only for practices that have some,
    # and the parent city page comes with the page and its city.
    assert count_queries(client, practice_tree["ism"].url) <= 10
