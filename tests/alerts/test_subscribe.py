import datetime

import pytest
from django.core import mail
from django.utils import timezone

from alerts.models import Subscription
from alerts.sending import purge_unconfirmed
from tests.alerts.conftest import link_in, subscribe_post
from tests.alerts.factories import SubscriptionFactory
from tests.factories import CityFactory, TagFactory

pytestmark = pytest.mark.django_db


def test_form_offers_every_kind_with_alerts(client, home_page):
    response = client.get("/benachrichtigungen/")
    html = response.content.decode()
    assert response.status_code == 200
    for label in ("Praxisprofile", "Themendossiers", "Veranstaltungen"):
        assert label in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_subscribing_stores_choices_unconfirmed_and_mails_a_link(client, home_page):
    city = CityFactory(name="Leipzig")
    topic = TagFactory(name="Übergang Schule-Beruf")
    post = subscribe_post(cities=[city.pk], topics=[topic.pk], frequency="woechentlich")

    response = client.post("/benachrichtigungen/", post)

    assert response.status_code == 302
    subscription = Subscription.objects.get()
    assert subscription.confirmed_at is None
    assert subscription.kinds == ["article", "practice"]
    assert list(subscription.cities.all()) == [city]
    assert list(subscription.topics.all()) == [topic]
    assert subscription.frequency == "woechentlich"
    assert mail.outbox[0].to == ["erika@kommune.example"]
    assert "/benachrichtigungen/bestaetigen/" in mail.outbox[0].body


def test_confirmation_link_shows_a_button_and_confirms_on_post(client, home_page):
    client.post("/benachrichtigungen/", subscribe_post())
    path = link_in(mail.outbox[0], "/bestaetigen/")

    shown = client.get(path)
    assert shown.status_code == 200
    assert Subscription.objects.get().confirmed_at is None

    response = client.post(path)
    assert response.status_code == 302
    assert "/benachrichtigungen/verwalten/" in response["Location"]
    assert Subscription.objects.get().confirmed_at is not None
    assert client.get(path).status_code == 404  # single use


def test_honeypot_refuses_the_post(client, home_page):
    response = client.post("/benachrichtigungen/", subscribe_post(website_url="x"))
    assert response.status_code == 400
    assert not Subscription.objects.exists()


def test_consent_is_required(client, home_page):
    post = subscribe_post()
    del post["privacy_consent"]
    response = client.post("/benachrichtigungen/", post)
    assert response.status_code == 422
    assert "Bitte stimmen Sie der Speicherung zu" in response.content.decode()
    assert not Subscription.objects.exists()


def test_too_many_posts_are_refused(client, home_page, settings):
    settings.ALERTS_RATELIMIT_POSTS = 2
    for number in range(2):
        client.post("/benachrichtigungen/", subscribe_post(email=f"a{number}@x.de"))
    response = client.post("/benachrichtigungen/", subscribe_post())
    assert response.status_code == 429


def test_subscribing_again_does_not_change_a_confirmed_subscription(client, home_page):
    SubscriptionFactory(email="erika@kommune.example", kinds=["meeting"])
    response = client.post("/benachrichtigungen/", subscribe_post())
    assert response.status_code == 302  # same answer as for a new address
    assert Subscription.objects.get().kinds == ["meeting"]
    assert "/benachrichtigungen/verwalten/" in mail.outbox[0].body
    assert "/bestaetigen/" not in mail.outbox[0].body


def test_unconfirmed_subscriptions_expire_after_seven_days(home_page):
    now = timezone.now()
    old = SubscriptionFactory(
        confirmed_at=None, consented_at=now - datetime.timedelta(days=8)
    )
    fresh = SubscriptionFactory(
        confirmed_at=None, consented_at=now - datetime.timedelta(days=6)
    )
    confirmed = SubscriptionFactory(consented_at=now - datetime.timedelta(days=30))

    assert purge_unconfirmed() == 1

    remaining = set(Subscription.objects.values_list("pk", flat=True))
    assert remaining == {fresh.pk, confirmed.pk}
    assert old.pk not in remaining


def test_expired_confirmation_link_is_invalid(client, home_page):
    client.post("/benachrichtigungen/", subscribe_post())
    path = link_in(mail.outbox[0], "/bestaetigen/")
    Subscription.objects.update(
        consented_at=timezone.now() - datetime.timedelta(days=8)
    )
    assert client.post(path).status_code == 404
    assert Subscription.objects.get().confirmed_at is None
