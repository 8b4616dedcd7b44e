import datetime
import re
import smtplib

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.utils import timezone

from contacts.models import ContactMessage, MessageStatus
from tests.contacts.conftest import OFFICE_ADDRESS, SECRET_ADDRESS, message_post

LINK = re.compile(r"http://testserver(/kontakt/nachricht/bestaetigen/[^/]+/)")
SENDER = "bernd@kommune.example"


@pytest.fixture
def sent(client, contact_site, django_capture_on_commit_callbacks):
    """A message sent to the practice's contact, its mail and the link in it."""
    with django_capture_on_commit_callbacks(execute=True):
        client.post(contact_site.url, message_post())
    [confirmation] = mail.outbox
    mail.outbox.clear()
    link = LINK.search(confirmation.body).group(1)
    return ContactMessage.objects.get(), confirmation, link


def confirm(client, link, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(link)


def test_sender_gets_a_link_but_not_the_persons_address(sent):
    message, confirmation, link = sent

    assert confirmation.to == [SENDER]
    assert confirmation.subject == (
        "Bitte bestätigen Sie Ihre Nachricht über das Praxisportal"
    )
    assert "an Anna Verborgen" in confirmation.body
    assert SECRET_ADDRESS not in confirmation.body
    assert SECRET_ADDRESS not in str(confirmation.message())
    assert message.confirmation_mail_sent_at is not None


def test_link_mail_carries_nothing_the_sender_wrote(sent):
    # Whoever types in a stranger's address cannot mail them a text of theirs.
    _message, confirmation, _link = sent

    assert "Frage zum Bildungsmonitoring" not in confirmation.subject
    assert "Frage zum Bildungsmonitoring" not in confirmation.body
    assert "Schulen eingebunden" not in confirmation.body
    assert "Bernd" not in confirmation.body


def test_only_the_hash_of_the_link_is_stored(sent):
    message, _confirmation, link = sent

    token = link.rstrip("/").rsplit("/", 1)[1]
    assert token not in message.confirmation_token_hash
    assert len(message.confirmation_token_hash) == 64


def test_opening_the_link_asks_before_forwarding(client, sent):
    message, _confirmation, link = sent

    response = client.get(link)

    page = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200
    assert page.h1.get_text() == "Nachricht bestätigen"
    assert page.select_one("form[method=post] button")
    assert SECRET_ADDRESS not in response.content.decode()
    message.refresh_from_db()
    assert message.status == MessageStatus.UNCONFIRMED
    assert mail.outbox == []  # link checkers only GET


def test_confirming_forwards_to_the_person_with_reply_to_the_sender(
    client, sent, django_capture_on_commit_callbacks
):
    _message, _confirmation, link = sent

    response = confirm(client, link, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    [forward] = mail.outbox
    assert forward.to == [SECRET_ADDRESS]
    assert forward.reply_to == [SENDER]
    assert forward.subject == (
        "Nachricht über das Praxisportal: Frage zum Bildungsmonitoring"
    )
    assert "Wie haben Sie die Schulen eingebunden?" in forward.body
    assert "Bernd Fragesteller" in forward.body
    assert "http://testserver/praxis/mannheim/bildungsmonitoring/" in forward.body


def test_forwarding_leaves_only_the_log(
    client, sent, django_capture_on_commit_callbacks
):
    message, _confirmation, link = sent

    confirm(client, link, django_capture_on_commit_callbacks)

    message.refresh_from_db()
    assert message.status == MessageStatus.FORWARDED
    assert message.confirmed_at is not None
    assert message.forwarded_at is not None
    assert (message.sender_name, message.sender_email) == ("", "")
    assert (message.subject, message.message) == ("", "")
    assert message.person is not None and message.page_id is not None


def test_thank_you_page_never_shows_the_persons_address(
    client, sent, django_capture_on_commit_callbacks
):
    _message, _confirmation, link = sent

    confirm(client, link, django_capture_on_commit_callbacks)
    response = client.get(link)

    assert "Ihre Nachricht ist weitergeleitet" in response.content.decode()
    assert SECRET_ADDRESS not in response.content.decode()


def test_confirming_twice_forwards_once(
    client, sent, django_capture_on_commit_callbacks
):
    _message, _confirmation, link = sent

    confirm(client, link, django_capture_on_commit_callbacks)
    confirm(client, link, django_capture_on_commit_callbacks)

    assert len(mail.outbox) == 1


def test_expired_link_forwards_nothing(
    client, sent, django_capture_on_commit_callbacks
):
    message, _confirmation, link = sent
    ContactMessage.objects.update(confirm_by=timezone.now() - datetime.timedelta(1))

    assert client.get(link).status_code == 410
    confirm(client, link, django_capture_on_commit_callbacks)

    message.refresh_from_db()
    assert message.status == MessageStatus.UNCONFIRMED
    assert mail.outbox == []


def test_unknown_link_gets_404(client, contact_site):
    response = client.get(f"/kontakt/nachricht/bestaetigen/{'a' * 43}/")

    assert response.status_code == 404
    assert "Dieser Link ist ungültig" in response.content.decode()


def test_office_message_reaches_the_portal_contact_address(
    client, contact_site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/kontakt/nachricht/", message_post())
    link = LINK.search(mail.outbox[0].body).group(1)
    mail.outbox.clear()

    confirm(client, link, django_capture_on_commit_callbacks)

    [forward] = mail.outbox
    assert forward.to == [OFFICE_ADDRESS]
    assert forward.reply_to == [SENDER]
    message = ContactMessage.objects.get()
    assert message.to_office and message.person is None


class FailingBackend(EmailBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Verbindung verloren")


def test_failed_forward_is_counted_and_kept_for_a_retry(
    client, sent, settings, django_capture_on_commit_callbacks
):
    message, _confirmation, link = sent
    settings.EMAIL_BACKEND = "tests.contacts.test_confirmation.FailingBackend"

    confirm(client, link, django_capture_on_commit_callbacks)

    message.refresh_from_db()
    assert message.status == MessageStatus.CONFIRMED
    assert message.mail_attempts == 1
    assert message.message  # still there for the retry


def test_message_for_a_deleted_person_never_reaches_the_office(
    client, sent, django_capture_on_commit_callbacks
):
    message, _confirmation, link = sent
    message.person.delete()

    confirm(client, link, django_capture_on_commit_callbacks)

    assert mail.outbox == []
    message.refresh_from_db()
    assert message.status == MessageStatus.FAILED
    assert (message.sender_email, message.message) == ("", "")
