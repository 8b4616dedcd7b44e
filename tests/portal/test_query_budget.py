"""Every page type renders in at most 20 queries with the demo content."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import StandardPage
from dossiers.models import DossierPage
from meetings.models import MeetingPage
from practices.models import CityPage, PracticePage
from reports.models import ArticlePage

QUERY_BUDGET = 20


def page_type_urls():
    return {
        "Startseite": "/",
        "Praxisliste": "/praxis/",
        "Praxisliste gefiltert": "/praxis/?ansatz=datenbasiert&ansatz=partizipativ",
        "Kommune": CityPage.objects.live().first().url,
        "Praxisprofil": PracticePage.objects.live().first().url,
        "Dossierübersicht": "/themendossiers/",
        "Themendossier": DossierPage.objects.live().first().url,
        "Aktuelles": "/aktuelles/",
        "Beitrag": ArticlePage.objects.live().first().url,
        "Veranstaltungen": "/veranstaltungen/",
        "Veranstaltung": MeetingPage.objects.live().first().url,
        "Downloads": "/downloads/",
        "Netzwerk in Zahlen": "/netzwerk-in-zahlen/",
        "Suche": "/suche/?q=Bildungsplanung",
        "Schlagwort": "/schlagwort/datenbasiert/",
        "Inhaltsseite": StandardPage.objects.live().first().url,
    }


def test_every_page_type_stays_within_the_query_budget(client, demo_content):
    counts = {}
    for name, url in page_type_urls().items():
        client.get(url)  # warm the cached chrome and restrictions
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, url
        counts[name] = len(queries)
    over = {name: n for name, n in counts.items() if n > QUERY_BUDGET}
    assert not over, f"über {QUERY_BUDGET} Abfragen: {over} (alle: {counts})"


def test_a_new_menu_page_appears_in_the_navigation_at_once(client, home_page):
    client.get("/")
    home = home_page
    page = StandardPage(title="Über das Netzwerk", slug="ueber", show_in_menus=True)
    home.add_child(instance=page)
    page.save_revision().publish()
    assert b'href="/ueber/"' in client.get("/").content


def test_a_changed_tagline_appears_at_once(client, home_page):
    from core.models import PortalSettings

    client.get("/")
    settings = PortalSettings.for_site(home_page.get_site())
    settings.tagline = "Gemeinsam planen"
    settings.save()
    assert "Gemeinsam planen" in client.get("/").text
