import pytest
from bs4 import BeautifulSoup

from tests.factories import ApproachFactory, StandardPageFactory


@pytest.fixture
def approaches(db):
    return [
        ApproachFactory(name="datenbasiert", sort_order=1),
        ApproachFactory(
            name="sozialräumlich",
            claim="Der Raum als verbindendes Element",
            sort_order=2,
        ),
        ApproachFactory(
            name="partizipativ", claim="Gemeinsam handeln und gestalten", sort_order=3
        ),
    ]


def get_soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_home_shows_the_three_approaches_in_order(client, home_page, approaches):
    soup = get_soup(client, "/")

    cards = soup.select(".approach-card__title a")
    assert [card.get_text() for card in cards] == [
        "Datenbasiert",
        "Sozialräumlich",
        "Partizipativ",
    ]
    assert cards[1]["href"] == "/schlagwort/sozialraeumlich/"
    assert "„Der Raum als verbindendes Element“" in soup.get_text()


def test_home_has_one_h1_skip_link_and_landmarks(client, home_page):
    soup = get_soup(client, "/")

    assert len(soup.find_all("h1")) == 1
    skip = soup.select_one("a.skip-link")
    assert skip["href"] == "#main-content"
    assert soup.select_one("main#main-content")
    assert soup.select_one("header") and soup.select_one("footer")
    assert soup.select_one("nav[aria-label='Hauptnavigation']")
    assert soup.html["lang"] == "de"


def test_main_navigation_lists_menu_pages_and_search(client, home_page):
    StandardPageFactory(parent=home_page, title="Über das Netzwerk", show_in_menus=True)
    StandardPageFactory(parent=home_page, title="Nicht im Menü", show_in_menus=False)

    soup = get_soup(client, "/")

    nav = [a.get_text() for a in soup.select(".main-nav a")]
    assert nav == ["Über das Netzwerk", "Suche"]


def test_footer_links_the_pages_chosen_in_settings(client, home_page):
    from wagtail.models import Site

    from core.models import PortalSettings

    imprint = StandardPageFactory(parent=home_page, title="Impressum", slug="impressum")
    settings = PortalSettings.for_site(Site.objects.get())
    settings.imprint_page = imprint
    settings.save()

    soup = get_soup(client, "/")

    link = soup.select_one("footer nav a")
    assert link.get_text() == "Impressum"
    assert link["href"] == "/impressum/"


def test_home_renders_in_constant_queries(
    client, home_page, approaches, django_assert_max_num_queries
):
    # 18: the footer's link to the contact page, cached by content version,
    # and the next meeting.
    with django_assert_max_num_queries(18):
        client.get("/")


def test_home_shows_the_newest_entries_of_each_section(client, demo_content):
    soup = get_soup(client, "/")

    headings = [h.get_text() for h in soup.select(".home-section h2")]
    assert headings == [
        "Neue Praxisprofile",
        "Themendossiers",
        "Aktuelles aus dem Netzwerk",
        "Nächste Veranstaltung",
    ]
    assert len(soup.select(".home-section .practice-card")) == 3
    assert soup.select_one(".home-section a[href='/praxis/']").get_text() == (
        "Alle Praxisprofile"
    )


def test_home_with_demo_content_renders_in_constant_queries(
    client, demo_content, django_assert_max_num_queries
):
    client.get("/")
    with django_assert_max_num_queries(26):
        client.get("/")
