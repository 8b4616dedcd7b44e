"""A dossier's body kept for members (core.fragments) follows its stock and
the practices it embeds."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.usefixtures("page_cache")


def text_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("main").get_text()


def test_a_sold_out_issue_shows_at_once(client, signed_in_member, dossier_site):
    dossier = dossier_site.current
    assert "Druckausgabe kostenfrei bestellbar" in text_of(client, dossier)
    dossier.print_stock.stock = 0
    dossier.print_stock.save()
    assert "Druckausgabe vergriffen" in text_of(client, dossier)


def test_a_renamed_embedded_practice_shows_at_once(
    client, signed_in_member, dossier_site
):
    text_of(client, dossier_site.current)
    practice = dossier_site.monitoring
    practice.title = "Bildungsmonitoring Mannheim"
    practice.save_revision().publish()
    assert "Bildungsmonitoring Mannheim" in text_of(client, dossier_site.current)
