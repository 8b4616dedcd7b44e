from bs4 import BeautifulSoup

from core.models import PortalDocument
from reports.models import ArticlePage

REPORT_URL = "/aktuelles/standortbestimmung-kommunaler-bildungsplanung/"


def test_demo_report_is_the_seed_meeting_built_from_blocks(client, demo_content):
    page = ArticlePage.objects.get()
    assert page.kind.name == "Großstadtnetzwerk"
    soup = BeautifulSoup(client.get(REPORT_URL).content, "html.parser")
    principles = [h.get_text() for h in soup.select(".principles__title")]
    assert principles == ["Datenbasierung", "Sozialraumorientierung", "Partizipation"]
    speakers = {s.get_text() for s in soup.select(".quote__name")}
    assert {
        "Felix Brümmer",
        "Prof. Dr. Stephan Maykus",
        "Heike Fleischmann",
    } <= speakers
    expert = soup.select_one(".expert-profile__name").get_text()
    assert expert == "Prof. Dr. Stephan Maykus"
    teasers = [a["href"] for a in soup.select(".practice-teaser__title a")]
    assert teasers == [
        "/praxis/mannheim/integriertes-sozialmanagement/",
        "/praxis/augsburg/bildungsmonitoring/",
        "/praxis/kaiserslautern/klar-informations-und-steuerungssystem/",
    ]
    assert "Dr. Daniel März" in soup.select_one(".contact-block").get_text()


def test_demo_documents_one_public_one_private(demo_content):
    public = PortalDocument.objects.public().get()
    assert public.page_count == 1 and "Datenbasierung" in public.extracted_text
    private = PortalDocument.objects.exclude(pk=public.pk).get()
    assert private.collection.name == "Intern"
