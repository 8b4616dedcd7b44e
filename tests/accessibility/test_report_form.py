"""Reporting a barrier: stored for the network editors, mailed to the contact."""

import io
import smtplib

from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.test import Client

from accessibility.models import BarrierReport, ReportStatus
from tests.accessibility.conftest import CONTACT_ADDRESS, report_post


def test_report_is_kept_and_mailed_to_the_contact(send_report, statement):
    response = send_report()

    assert response.status_code == 302
    assert response["Location"] == "/barriere-melden/gesendet/"
    report = BarrierReport.objects.get()
    assert report.status == ReportStatus.NEW
    assert report.page_reference == "/praxis/"
    assert report.mail_sent_at is not None
    (message,) = mail.outbox
    assert message.to == [CONTACT_ADDRESS]
    assert message.reply_to == ["bea@example.org"]
    assert message.subject == "Barrieremeldung im Praxisportal: /praxis/"
    assert "Die Filter lassen sich mit der Tastatur nicht öffnen." in message.body
    assert f"/admin/barrieremeldungen/edit/{report.pk}/" in message.body


def test_thank_you_page_links_back_to_the_statement(client, statement):
    response = client.get("/barriere-melden/gesendet/")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text() == "Vielen Dank für Ihre Meldung"
    assert soup.select_one("main a[href='/barrierefreiheit/']")


def test_report_without_contact_is_mailed_without_reply_to(send_report, statement):
    send_report(contact_name="", contact_email="")

    (message,) = mail.outbox
    assert message.reply_to == []
    assert "die meldende Person möchte keine Antwort" in message.body


def test_report_without_description_is_shown_again_with_the_error(client, statement):
    response = client.post("/barriere-melden/", report_post(description=" "))

    assert response.status_code == 422
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.title.get_text().startswith("Fehler: ")
    field = soup.select_one("#id_description")
    assert field["aria-invalid"] == "true"
    error = soup.select_one("#id_description_error").get_text(strip=True)
    assert error == "Bitte füllen Sie dieses Feld aus."
    assert not BarrierReport.objects.exists()


def test_filled_honeypot_is_refused(client, statement):
    response = client.post("/barriere-melden/", report_post(website_url="spam"))

    assert response.status_code == 400
    assert not BarrierReport.objects.exists()
    assert mail.outbox == []


def test_control_characters_are_refused(client, statement):
    response = client.post(
        "/barriere-melden/", report_post(page_reference="/praxis/\u202e")
    )
    assert response.status_code == 422
    assert not BarrierReport.objects.exists()


def test_reports_beyond_the_rate_limit_get_429(client, statement, settings):
    settings.BARRIER_REPORT_RATELIMIT_POSTS = 2
    for _ in range(2):
        client.post("/barriere-melden/", report_post())
    response = client.post("/barriere-melden/", report_post())

    assert response.status_code == 429
    assert BarrierReport.objects.count() == 2


def test_post_without_csrf_token_is_refused(statement):
    response = Client(enforce_csrf_checks=True).post("/barriere-melden/", report_post())
    assert response.status_code == 403
    assert not BarrierReport.objects.exists()


def test_failed_mail_is_counted_and_sent_by_the_daily_command(
    send_report, statement, monkeypatch
):
    def refuse(self, *args, **kwargs):
        raise smtplib.SMTPServerDisconnected("Mailserver weg")

    with monkeypatch.context() as patch:
        patch.setattr("django.core.mail.EmailMessage.send", refuse)
        assert send_report().status_code == 302
    report = BarrierReport.objects.get()
    assert report.mail_attempts == 1 and report.mail_sent_at is None

    out = io.StringIO()
    call_command("purge_barrier_reports", stdout=out)

    assert len(mail.outbox) == 1
    assert out.getvalue().startswith("1 Mail nachgeholt")
    report.refresh_from_db()
    assert report.mail_sent_at is not None
