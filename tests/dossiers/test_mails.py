import io
import re
import smtplib

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command

from dossiers.models import OrderStatus, PrintOrder, PrintStock
from tests.dossiers.conftest import order_post

ORDER_URL = "/themendossiers/bestellen/"


class BrokenMailServer(BaseEmailBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Verbindung verloren")


@pytest.fixture
def broken_mail(settings):
    settings.EMAIL_BACKEND = "tests.dossiers.test_mails.BrokenMailServer"


def place_order(client, site, capture):
    with capture(execute=True):
        return client.post(ORDER_URL, order_post(site))


def test_a_failing_mail_server_leaves_the_order_intact(
    client, dossier_site, broken_mail, django_capture_on_commit_callbacks
):
    response = place_order(client, dossier_site, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    order = PrintOrder.objects.get()
    assert order.status == OrderStatus.UNCONFIRMED
    assert order.items.get().quantity == 2
    assert PrintStock.objects.get(dossier=dossier_site.current).stock == 8
    assert order.confirmation_mail_sent_at is None
    assert order.mail_attempts == 1


def test_the_timer_retries_the_mail_and_its_link_works(
    client, dossier_site, broken_mail, settings, django_capture_on_commit_callbacks
):
    place_order(client, dossier_site, django_capture_on_commit_callbacks)
    call_command("send_pending_order_mails", stdout=io.StringIO())  # still down
    assert PrintOrder.objects.get().mail_attempts == 2

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    output = io.StringIO()
    call_command("send_pending_order_mails", stdout=output)

    order = PrintOrder.objects.get()
    assert order.confirmation_mail_sent_at is not None
    assert "1 Bestätigungslink" in output.getvalue()
    [message] = mail.outbox
    link = re.search(r"http://testserver(\S+/bestaetigen/\S+/)", message.body)[1]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(link)
    assert PrintOrder.objects.get().status == OrderStatus.CONFIRMED
    assert mail.outbox[-1].to == ["versand@example.org"]


def test_a_failed_dispatch_notice_is_retried(
    client, dossier_site, settings, django_capture_on_commit_callbacks
):
    place_order(client, dossier_site, django_capture_on_commit_callbacks)
    link = re.search(r"http://testserver(\S+/bestaetigen/\S+/)", mail.outbox[0].body)[1]
    settings.EMAIL_BACKEND = "tests.dossiers.test_mails.BrokenMailServer"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(link)
    order = PrintOrder.objects.get()
    assert order.status == OrderStatus.CONFIRMED
    assert order.dispatch_mail_sent_at is None

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_order_mails", stdout=io.StringIO())

    assert PrintOrder.objects.get().dispatch_mail_sent_at is not None
    assert mail.outbox[-1].to == ["versand@example.org"]


def test_the_timer_gives_up_after_the_configured_attempts(
    client, dossier_site, broken_mail, settings, django_capture_on_commit_callbacks
):
    settings.DOSSIER_MAIL_MAX_ATTEMPTS = 2
    place_order(client, dossier_site, django_capture_on_commit_callbacks)
    for _ in range(3):
        call_command("send_pending_order_mails", stdout=io.StringIO())
    assert PrintOrder.objects.get().mail_attempts == 2
