"""What visitors, editors and members do on the portal, step by step in Chromium."""

import re

from playwright.sync_api import expect

from tests.browser.conftest import DEMO_PASSWORD

MEMBER_PAGE = "/intern/standortbestimmung-kommunaler-bildungsplanung/"


def test_visitor_goes_from_an_approach_to_a_dossier_pdf(page, demo_site):
    page.goto(demo_site + "/")
    page.get_by_role("link", name="Datenbasiert", exact=True).click()
    expect(page.locator("h1")).to_have_text("#datenbasiert")
    expect(page.locator(".lead")).to_have_text("„Daten bieten Kommunikationsanlässe“")

    page.get_by_role(
        "link", name="Praxisprofile zu #datenbasiert weiter filtern"
    ).click()
    expect(page.locator("h1")).to_have_text("Praxis")
    expect(
        page.get_by_role("checkbox", name=re.compile("^datenbasiert"))
    ).to_be_checked()
    expect(page.locator(".result-count")).to_have_text("4 Praxisprofile")
    page.get_by_role("checkbox", name=re.compile("^Augsburg")).check()
    # The listing's form searches and filters; the header has a "Suchen" too.
    page.locator(".filters").get_by_role("button", name="Suchen").click()
    expect(page.locator(".result-count")).to_have_text("2 Praxisprofile")
    expect(page.locator(".chip")).to_have_text(
        [re.compile("Ansatz: datenbasiert"), re.compile("Kommune: Augsburg")]
    )
    expect(page.locator(".practice-card .card__title")).to_have_text(
        [
            "Ein Kinderferienprogramm, das die Richtigen erreicht",
            "Bildungsmonitoring muss nicht kompliziert sein",
        ]
    )

    page.get_by_role(
        "link", name="Bildungsmonitoring muss nicht kompliziert sein"
    ).click()
    expect(page.locator("h1")).to_have_text(
        "Bildungsmonitoring muss nicht kompliziert sein"
    )
    page.locator(".dossier-backlinks a").first.click()
    expect(page.locator("h1")).to_contain_text("Integrierte Bildungsplanung")

    pdf_link = page.get_by_role("link", name=re.compile("^PDF herunterladen"))
    expect(pdf_link).to_be_visible()
    response = page.request.get(demo_site + pdf_link.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF-")


def test_search_keeps_query_and_filters_after_going_back(page, demo_site):
    page.goto(demo_site + "/")
    page.get_by_label("Praxisbeispiele, Themendossiers und Berichte durchsuchen").fill(
        "Ferienprogramme"
    )
    page.get_by_label("Praxisbeispiele, Themendossiers und Berichte durchsuchen").press(
        "Enter"
    )
    expect(page.locator("h1")).to_have_text("Suche")
    # The plural and the compound's head word find the "Kinderferienprogramm".
    expect(page.locator(".search-hit .card__title").first).to_contain_text(
        "Kinderferienprogramm"
    )
    page.get_by_role("checkbox", name=re.compile("^Praxisprofile")).check()
    page.get_by_role("button", name="Anwenden").click()
    expect(page).to_have_url(re.compile(r"typ=practice"))
    expect(page.locator(".search-hit__kind")).to_have_text(
        ["Praxisprofil"] * page.locator(".search-hit").count()
    )
    hit_count = page.locator(".search-hit").count()

    page.locator(".search-hit .card__title a").first.click()
    expect(page.locator("h1")).to_have_text(
        "Ein Kinderferienprogramm, das die Richtigen erreicht"
    )
    page.go_back()
    expect(page.locator("#search-input")).to_have_value("Ferienprogramme")
    expect(
        page.get_by_role("checkbox", name=re.compile("^Praxisprofile"))
    ).to_be_checked()
    expect(page.locator(".search-hit")).to_have_count(hit_count)


def test_member_downloads_private_material_that_is_refused_after_logout(
    page, demo_site
):
    page.goto(demo_site + "/")
    page.get_by_role("link", name="Login für Mitglieder").click()
    page.get_by_label("Benutzername").fill("mitglied")
    page.get_by_label("Passwort").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    expect(page).to_have_url(demo_site + "/intern/")
    expect(page.locator("h1")).to_have_text("Interner Bereich")

    page.locator(".card__title a").first.click()
    expect(page).to_have_url(demo_site + MEMBER_PAGE)
    document = page.locator(".downloads a").first
    href = document.get_attribute("href")
    response = page.request.get(demo_site + href)
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"

    page.get_by_role("button", name="Abmelden").first.click()
    expect(page).to_have_url(demo_site + "/")
    refused = page.request.get(demo_site + href, max_redirects=0)
    assert refused.status == 302
    assert refused.headers["location"].startswith("/anmelden/?next=")
    page.goto(demo_site + MEMBER_PAGE)
    expect(page.locator("h1")).to_have_text("Anmelden")


def test_member_sets_a_new_password_from_the_mail(page, demo_site):
    from django.contrib.auth import get_user_model
    from django.core import mail

    page.goto(demo_site + "/anmelden/")
    page.get_by_role("link", name="Passwort vergessen?").click()
    page.get_by_label("E-Mail").fill("mitglied@example.org")
    page.get_by_role("button", name="Link anfordern").click()
    expect(page.locator("h1")).to_have_text("E-Mail unterwegs")

    (message,) = mail.outbox
    link = re.search(r"https?://\S+/passwort-neu/\S+/", message.body).group(0)
    page.goto(link)
    expect(page.locator("h1")).to_have_text("Neues Passwort festlegen")
    page.locator("#id_new_password1").fill("frisches-passwort-2025")
    page.locator("#id_new_password2").fill("frisches-passwort-2025")
    page.get_by_role("button", name="Passwort speichern").click()
    expect(page.locator("h1")).to_have_text("Passwort geändert")
    try:
        page.get_by_role("link", name="Jetzt anmelden").click()
        page.get_by_label("Benutzername").fill("mitglied")
        page.get_by_label("Passwort").fill("frisches-passwort-2025")
        page.get_by_role("button", name="Anmelden").click()
        expect(page).to_have_url(demo_site + "/intern/")
        expect(page.locator(".header-account")).to_contain_text("Angemeldet als")
    finally:
        member = get_user_model().objects.get(username="mitglied")
        member.set_password(DEMO_PASSWORD)
        member.save()


def test_phone_visitor_opens_the_folded_menu(page, demo_site):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(demo_site + "/praxis/")
    navigation = page.get_by_role("navigation", name="Hauptnavigation")
    themes = navigation.get_by_role("link", name="Themendossiers")
    expect(themes).to_be_hidden()
    expect(navigation.locator("summary")).to_have_text("Menü · Praxis")
    navigation.locator("summary").press("Enter")
    themes.click()
    expect(page.locator("h1")).to_have_text("Themendossiers")


def test_desktop_visitor_sees_the_whole_menu(page, demo_site):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(demo_site + "/")
    navigation = page.get_by_role("navigation", name="Hauptnavigation")
    expect(navigation.locator("summary")).to_be_hidden()
    expect(navigation.get_by_role("link", name="Themendossiers")).to_be_visible()


def test_dossier_side_panel_stays_in_view_while_reading(page, demo_site):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(demo_site + "/themendossiers/integrierte-bildungsplanung/")
    page.mouse.wheel(0, 2500)
    panel = page.locator(".dossier__aside")
    expect(panel.get_by_role("heading", name="Das Heft")).to_be_in_viewport()
    assert 0 <= panel.bounding_box()["y"] < 60
