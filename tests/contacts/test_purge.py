import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from contacts.models import ContactMessage, MessageStatus
from tests.contacts.conftest import SECRET_ADDRESS, message_post


def stored(contact_site, status=MessageStatus.UNCONFIRMED, hours_left=1, **fields):
    now = timezone.now()
    return ContactMessage.objects.create(
        page=contact_site.practice,
        person=contact_site.person,
        status=status,
        sender_name="Bernd Fragesteller",
        sender_email="bernd@kommune.example",
        subject="Frage",
        message="Text",
        confirm_by=now + datetime.timedelta(hours=hours_left),
        **fields,
    )


def purge():
    out = io.StringIO()
    call_command("purge_contact_messages", stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_command_deletes_expired_unconfirmed_messages(contact_site):
    expired = stored(contact_site, hours_left=-1)
    waiting = stored(contact_site, hours_left=1)

    output = purge()

    assert not ContactMessage.objects.filter(pk=expired.pk).exists()
    assert ContactMessage.objects.filter(pk=waiting.pk).exists()
    assert "1 unbestätigte Nachricht gelöscht" in output


def test_command_keeps_the_log_of_forwarded_messages(contact_site):
    forwarded = stored(contact_site, status=MessageStatus.FORWARDED, hours_left=-100)

    purge()

    assert ContactMessage.objects.filter(pk=forwarded.pk).exists()


def test_command_forwards_what_failed_before(contact_site):
    confirmed = stored(contact_site, status=MessageStatus.CONFIRMED, mail_attempts=1)

    output = purge()

    [forward] = mail.outbox
    assert forward.to == [SECRET_ADDRESS]
    confirmed.refresh_from_db()
    assert confirmed.status == MessageStatus.FORWARDED
    assert confirmed.message == ""
    assert "1 Mail nachgeholt" in output


def test_command_blanks_what_never_got_through(contact_site, settings):
    settings.CONTACT_MAIL_MAX_ATTEMPTS = 3
    stuck = stored(contact_site, status=MessageStatus.CONFIRMED, mail_attempts=3)

    output = purge()

    stuck.refresh_from_db()
    assert stuck.status == MessageStatus.FAILED
    assert (stuck.sender_email, stuck.message) == ("", "")
    assert mail.outbox == []
    assert "1 Nachricht aufgegeben." in output


def test_sending_a_message_also_purges_expired_ones(client, contact_site):
    expired = stored(contact_site, hours_left=-1)

    client.post(contact_site.url, message_post())

    assert not ContactMessage.objects.filter(pk=expired.pk).exists()
    assert ContactMessage.objects.count() == 1


@pytest.mark.parametrize("status", [MessageStatus.FORWARDED, MessageStatus.FAILED])
def test_finished_messages_hold_no_text(contact_site, status, client):
    # The admin log never shows texts; finished rows do not even hold them.
    stored(contact_site, status=MessageStatus.CONFIRMED, mail_attempts=0)
    if status == MessageStatus.FAILED:
        contact_site.person.email = ""
        contact_site.person.save()

    purge()

    message = ContactMessage.objects.get()
    assert message.status == status
    assert (message.sender_name, message.subject, message.message) == ("", "", "")


def test_storing_messages_keeps_the_page_cache():
    from core import cache

    assert not cache._is_watched(ContactMessage)
