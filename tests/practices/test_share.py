"""Share links and print on the practice page (components/share_bar.html)."""

from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup

from core.templatetags.share_tags import mailto


def share_bar(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one(".share-bar")


def test_practice_page_offers_copy_mail_and_print(client, practice_tree):
    bar = share_bar(client, practice_tree["ism"])
    copy = bar.select_one("[data-share-copy] button")
    assert copy.get_text() == "Link kopieren"
    assert copy["data-share-url"] == (
        "http://testserver/praxis/mannheim/integriertes-sozialmanagement/"
    )
    assert bar.select_one("[data-share-print] button").get_text() == "Drucken"
    assert bar.find("a", string="Per E-Mail teilen")["href"].startswith("mailto:?")


def test_without_javascript_the_link_stands_in_a_labelled_field(client, practice_tree):
    bar = share_bar(client, practice_tree["ism"])
    # Buttons that need JavaScript start hidden; share.js shows them.
    assert bar.select_one("[data-share-copy]").has_attr("hidden")
    assert bar.select_one("[data-share-print]").has_attr("hidden")
    field = bar.select_one("[data-share-link] input")
    assert not bar.select_one("[data-share-link]").has_attr("hidden")
    assert field.has_attr("readonly")
    assert field["value"].endswith("/praxis/mannheim/integriertes-sozialmanagement/")
    label = bar.select_one(f"label[for='{field['id']}']")
    assert label.get_text() == "Link zu dieser Seite"


def test_feedback_goes_to_a_live_region_and_script_is_a_static_file(
    client, practice_tree
):
    bar = share_bar(client, practice_tree["ism"])
    assert bar.select_one("[data-share-status]")["role"] == "status"
    script = bar.find_next("script")
    assert script["src"].endswith("portal/js/share.js")
    assert not script.string


def test_mail_link_carries_title_and_address_encoded(client, practice_tree):
    page = practice_tree["quarter"]
    href = share_bar(client, page).find("a", string="Per E-Mail teilen")["href"]
    query = parse_qs(urlsplit(href).query)
    assert query["subject"] == ["Quartiersbüros – Praxisportal Großstadtnetzwerk"]
    assert query["body"] == [f"Quartiersbüros\r\nhttp://testserver{page.url}"]


def test_mailto_encodes_reserved_characters_and_spaces():
    href = mailto("Kinder & Jugend? 100%", "a=b #c")
    assert href == (
        "mailto:?subject=Kinder%20%26%20Jugend%3F%20100%25&body=a%3Db%20%23c"
    )


def test_share_bar_escapes_a_hostile_title(client, practice_tree):
    page = practice_tree["ism"]
    page.title = '"><script>alert(1)</script>'
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)</script>" not in html
