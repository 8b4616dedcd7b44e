"""Mails to participants go through the task queue and an outbox: reminders
the day before, the report afterwards, and nothing lost while mail is down."""

import io
import smtplib

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.core.management import call_command
from icalendar import Calendar

from meetings.models import MailKind, MeetingMail, Registration, RegistrationStatus
from tests.meetings.conftest import registration_post
from tests.meetings.factories import MeetingPageFactory, RegistrationFactory, at
from tests.reports.factories import ArticleIndexPageFactory, ArticlePageFactory


def run(command):
    out = io.StringIO()
    call_command(command, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.fixture
def mail_down(monkeypatch):
    def refuse(self, fail_silently=False):
        raise smtplib.SMTPServerDisconnected("Mailserver nicht erreichbar")

    monkeypatch.setattr(EmailMessage, "send", refuse)
    return monkeypatch


def test_a_mail_outage_keeps_the_registration_and_its_mail(
    client, meeting_index, mail_down
):
    meeting = MeetingPageFactory(parent=meeting_index)
    response = client.post(
        f"/veranstaltungen/anmeldung/{meeting.pk}/", registration_post()
    )
    assert response.status_code == 302
    [owed] = MeetingMail.objects.all()
    assert (owed.kind, owed.sent_at, owed.attempts) == (
        MailKind.CONFIRM_ADDRESS,
        None,
        1,
    )
    assert Registration.objects.get().confirmation_token_hash == ""


def test_the_timer_sends_what_the_outage_held_back(client, meeting_index, mail_down):
    meeting = MeetingPageFactory(parent=meeting_index)
    client.post(f"/veranstaltungen/anmeldung/{meeting.pk}/", registration_post())
    mail_down.undo()

    assert "1 Mail verschickt" in run("send_meeting_mails")

    [message] = mail.outbox
    assert "/veranstaltungen/anmeldung/bestaetigen/" in message.body
    assert MeetingMail.objects.get().sent_at is not None
    assert "0 Mails verschickt" in run("send_meeting_mails")


def test_a_mail_no_longer_due_is_settled_without_sending(meeting_index):
    meeting = MeetingPageFactory(parent=meeting_index)
    registration = RegistrationFactory(
        meeting=meeting, status=RegistrationStatus.CANCELLED
    )
    MeetingMail.objects.create(registration=registration, kind=MailKind.REMINDER)
    run("send_meeting_mails")
    assert mail.outbox == []
    assert MeetingMail.objects.get().sent_at is not None


@pytest.fixture
def tomorrow(meeting_index):
    meeting = MeetingPageFactory(
        parent=meeting_index,
        title="Online-Werkstatt",
        start=at(1, 10),
        end=at(1, 12),
        online=True,
        access_url="https://konferenz.example.org/raum",
    )
    RegistrationFactory(
        meeting=meeting, status=RegistrationStatus.CONFIRMED, email="da@x.example"
    )
    RegistrationFactory(
        meeting=meeting, status=RegistrationStatus.WAITING, email="warte@x.example"
    )
    return meeting


def test_participants_are_reminded_the_day_before_with_the_calendar(tomorrow):
    run("send_meeting_reminders")
    [reminder] = mail.outbox
    assert reminder.to == ["da@x.example"]
    assert reminder.subject == "Morgen: Online-Werkstatt"
    assert "https://konferenz.example.org/raum" in reminder.body
    [(filename, content, _mimetype)] = reminder.attachments
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Online-Werkstatt"
    assert "https://konferenz.example.org/raum" in str(event["DESCRIPTION"])


def test_a_second_run_reminds_nobody_twice(tomorrow):
    run("send_meeting_reminders")
    run("send_meeting_reminders")
    assert len(mail.outbox) == 1


def test_meetings_later_than_tomorrow_send_no_reminder(meeting_index):
    meeting = MeetingPageFactory(parent=meeting_index, start=at(2, 10))
    RegistrationFactory(meeting=meeting, status=RegistrationStatus.CONFIRMED)
    run("send_meeting_reminders")
    assert mail.outbox == []


def test_after_the_meeting_participants_get_the_report(home_page, meeting_index):
    report = ArticlePageFactory(
        parent=ArticleIndexPageFactory(parent=home_page), title="Bericht"
    )
    meeting = MeetingPageFactory(
        parent=meeting_index, start=at(-2), end=at(-2, 13), report=report
    )
    came = RegistrationFactory(meeting=meeting, status=RegistrationStatus.CONFIRMED)
    RegistrationFactory(
        meeting=meeting, status=RegistrationStatus.CONFIRMED, attended=False
    )
    run("send_meeting_reminders")
    [follow_up] = mail.outbox
    assert follow_up.to == [came.email]
    assert f"http://testserver{report.url}" in follow_up.body


def test_no_follow_up_before_a_report_is_linked(meeting_index):
    meeting = MeetingPageFactory(parent=meeting_index, start=at(-2), end=at(-2, 13))
    RegistrationFactory(meeting=meeting, status=RegistrationStatus.CONFIRMED)
    run("send_meeting_reminders")
    assert mail.outbox == []
