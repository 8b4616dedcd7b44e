"""The demo site offers Leichte Sprache, Gebärdensprache and the report form."""

from bs4 import BeautifulSoup

from accessibility.blocks import MAX_LINE_LENGTH, easy_lines
from accessibility.models import EasyLanguagePage


def test_demo_has_the_three_entry_points_and_their_pages(client, demo_content):
    soup = BeautifulSoup(client.get("/praxis/").content, "html.parser")
    header = {a.get_text(strip=True): a["href"] for a in soup.select(".access-links a")}
    assert header == {
        "Leichte Sprache": "/leichte-sprache/",
        "Gebärdensprache": "/gebaerdensprache/",
    }
    footer = {a.get_text(): a["href"] for a in soup.select(".footer-links a")}
    assert footer["Erklärung zur Barrierefreiheit"] == "/barrierefreiheit/"

    easy = BeautifulSoup(client.get("/leichte-sprache/").content, "html.parser")
    assert [a["href"] for a in easy.select(".easy-language__more a")] == [
        "/leichte-sprache/so-benutzen-sie-das-portal/",
        "/leichte-sprache/barrierefreiheit/",
    ]
    # Every demo line in Leichte Sprache passes the editors' own check.
    for page in EasyLanguagePage.objects.all():
        for block in page.body:
            for line in easy_lines(block.value.get("text", "")):
                assert len(line) <= MAX_LINE_LENGTH, line

    sign = BeautifulSoup(client.get("/gebaerdensprache/").content, "html.parser")
    assert "folgen" in sign.select_one(".callout").get_text()
    assert len(sign.select(".sign-video__transcript")) == 4
    assert not sign.select("video")

    statement = BeautifulSoup(client.get("/barrierefreiheit/").content, "html.parser")
    assert statement.select_one("#barriere-melden form[action='/barriere-melden/']")
    assert "Mauerstraße 53" in statement.select_one(".arbitration").get_text()
