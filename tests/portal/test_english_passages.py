"""English words in German text carry lang="en" (BITV 2.0 / WCAG 3.1.2)."""

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from core.blocks import RICH_TEXT_FEATURES
from core.demo.helpers import mark_english


def test_editor_keeps_the_english_mark_when_saving():
    converter = ContentstateConverter(features=RICH_TEXT_FEATURES)
    html = '<p>Begleitet als <span lang="en">critical friend</span> das Netzwerk.</p>'
    saved = converter.to_database_format(converter.from_database_format(html))
    span = BeautifulSoup(saved, "html.parser").select_one("p span")
    assert span.attrs == {"lang": "en"}
    assert span.get_text() == "critical friend"


def test_demo_helper_marks_english_terms_and_escapes_the_rest():
    assert mark_english("Kommentar des critical friend <Felix>") == (
        'Kommentar des <span lang="en">critical friend</span> &lt;Felix&gt;'
    )


def test_demo_meeting_agenda_marks_the_english_term(client, demo_content):
    client.force_login(get_user_model().objects.get(username="mitglied"))
    response = client.get("/intern/standortbestimmung-kommunaler-bildungsplanung/")
    soup = BeautifulSoup(response.content, "html.parser")
    assert [span.get_text() for span in soup.select('[lang="en"]')] == [
        "critical friend"
    ]
