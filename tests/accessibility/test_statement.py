"""The accessibility statement: Stand date, arbitration body, report form."""

import datetime

from bs4 import BeautifulSoup
from django.utils import timezone

from accessibility.models import AccessibilityStatementPage


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def test_statement_names_the_arbitration_body_with_address_and_link(client, statement):
    soup = soup_of(client.get("/barrierefreiheit/"))
    section = soup.select_one("section.arbitration")
    assert section.h2.get_text() == "Schlichtungsverfahren"
    address = section.select_one("address").get_text(" ", strip=True)
    assert "Schlichtungsstelle BGG bei dem Beauftragten der Bundesregierung" in address
    assert "Mauerstraße 53" in address and "10117 Berlin" in address
    link = section.select_one("address a")
    assert link["href"] == "https://www.schlichtungsstelle-bgg.de/"
    assert link.get_text() == "www.schlichtungsstelle-bgg.de"


def test_statement_carries_the_report_form_with_csrf_and_honeypot(client, statement):
    soup = soup_of(client.get("/barrierefreiheit/"))
    form = soup.select_one("#barriere-melden form")
    assert form["action"] == "/barriere-melden/"
    assert form.select_one("input[name=csrfmiddlewaretoken]")
    assert form.select_one(".honeypot-field input[name=website_url]")
    labels = [label.get_text(" ", strip=True) for label in form.select("label")]
    assert "Auf welcher Seite ist die Barriere? (Pflichtfeld)" in labels
    assert "Ihre E-Mail-Adresse (freiwillig)" in labels


def test_stand_is_the_date_of_the_last_review(client, statement):
    AccessibilityStatementPage.objects.filter(pk=statement.pk).update(
        last_published_at=datetime.datetime(2026, 3, 2, 10, tzinfo=datetime.UTC)
    )
    meta = soup_of(client.get("/barrierefreiheit/")).select_one(".page-meta")
    assert meta.get_text(" ", strip=True).startswith("Stand: 2. März 2026")


def test_publishing_after_a_review_moves_stand_to_today(client, statement):
    AccessibilityStatementPage.objects.filter(pk=statement.pk).update(
        last_published_at=datetime.datetime(2026, 3, 2, 10, tzinfo=datetime.UTC)
    )
    page = AccessibilityStatementPage.objects.get(pk=statement.pk)
    page.save_revision().publish()

    meta = soup_of(client.get("/barrierefreiheit/")).select_one(".page-meta time")
    assert meta["datetime"] == timezone.localdate().isoformat()


def test_a_link_from_another_page_fills_in_the_page_concerned(client, statement):
    response = client.get("/barrierefreiheit/", {"seite": "/praxis/?stadt=<b>"})
    field = soup_of(response).select_one("#id_page_reference")
    assert field["value"] == "/praxis/?stadt=<b>"
    assert b"<b>" not in response.content
