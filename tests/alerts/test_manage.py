import re

import pytest
from django.core import mail
from django.test import Client

from alerts.links import manage_token
from alerts.models import Subscription
from alerts.sending import build_message
from tests.alerts.factories import SubscriptionFactory

pytestmark = pytest.mark.django_db

ONE_CLICK = "List-Unsubscribe=One-Click"


@pytest.fixture
def subscription(home_page):
    return SubscriptionFactory(email="erika@kommune.example", kinds=["meeting"])


def test_every_alert_mail_carries_rfc_8058_headers(subscription):
    message = build_message(subscription, [])
    token = manage_token(subscription)
    assert message.extra_headers["List-Unsubscribe"] == (
        f"<http://testserver/benachrichtigungen/abmelden/{token}/>"
    )
    assert message.extra_headers["List-Unsubscribe-Post"] == ONE_CLICK
    assert f"/benachrichtigungen/abmelden/{token}/" in message.body


def test_one_click_post_unsubscribes_without_csrf_token(subscription):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        f"/benachrichtigungen/abmelden/{manage_token(subscription)}/",
        ONE_CLICK,
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not Subscription.objects.exists()


def test_other_post_without_csrf_token_changes_nothing(subscription):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        f"/benachrichtigungen/abmelden/{manage_token(subscription)}/",
        "something=else",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 403
    assert Subscription.objects.exists()


def test_opening_the_unsubscribe_link_only_shows_a_button(client, subscription):
    response = client.get(f"/benachrichtigungen/abmelden/{manage_token(subscription)}/")
    assert response.status_code == 200
    assert "Abbestellen</button>" in response.content.decode()
    assert Subscription.objects.exists()


def test_unsubscribe_button_deletes_the_subscription(client, subscription):
    path = f"/benachrichtigungen/abmelden/{manage_token(subscription)}/"
    response = client.post(path, {})
    assert response["Location"] == "/benachrichtigungen/abgemeldet/"
    assert not Subscription.objects.exists()


def test_manage_page_shows_current_choices(client, subscription):
    response = client.get(
        f"/benachrichtigungen/verwalten/{manage_token(subscription)}/"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "erika@kommune.example" in html
    assert re.search(r'value="meeting"[^>]*checked', html)
    assert re.search(r'value="sofort"[^>]*checked', html)


def test_manage_post_changes_the_choices(client, subscription):
    path = f"/benachrichtigungen/verwalten/{manage_token(subscription)}/"
    response = client.post(path, {"kinds": ["meeting"], "frequency": "woechentlich"})
    assert response.status_code == 302
    subscription.refresh_from_db()
    assert subscription.kinds == ["meeting"]
    assert subscription.frequency == "woechentlich"
    assert (
        "Ihre Auswahl ist gespeichert"
        in client.get(response["Location"]).content.decode()
    )


def test_manage_post_can_end_the_subscription(client, subscription):
    path = f"/benachrichtigungen/verwalten/{manage_token(subscription)}/"
    response = client.post(path, {"end": "1"})
    assert response["Location"] == "/benachrichtigungen/abgemeldet/"
    assert not Subscription.objects.exists()


def test_forged_link_is_refused(client, subscription):
    token = manage_token(subscription)[:-2] + "xx"
    response = client.get(f"/benachrichtigungen/verwalten/{token}/")
    assert response.status_code == 404
    assert "Dieser Link ist ungültig" in response.content.decode()
    assert not mail.outbox
