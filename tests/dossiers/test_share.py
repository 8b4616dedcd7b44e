"""Share links and print on the dossier page (components/share_bar.html)."""

from bs4 import BeautifulSoup


def test_dossier_page_offers_copy_mail_and_print(client, dossier_site):
    response = client.get(dossier_site.current.url)
    bar = BeautifulSoup(response.content, "html.parser").select_one(".share-bar")
    url = f"http://testserver{dossier_site.current.url}"
    assert bar.select_one("[data-share-copy] button")["data-share-url"] == url
    assert bar.select_one("[data-share-link] input")["value"] == url
    assert bar.select_one("[data-share-print] button").get_text() == "Drucken"
    mail = bar.find("a", string="Per E-Mail teilen")["href"]
    assert mail.startswith("mailto:?subject=Integrierte%20Bildungsplanung%20")
