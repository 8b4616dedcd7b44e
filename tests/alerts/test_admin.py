import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from alerts.models import Delivery, Subscription
from tests.alerts.factories import SubscriptionFactory
from tests.factories import CityFactory, PracticeIndexPageFactory, TagFactory

pytestmark = pytest.mark.django_db

COUNTS = "/admin/benachrichtigungen/"
DATA = "/admin/benachrichtigungen/personendaten/"


def login(client, username, *groups, superuser=False):
    user = get_user_model().objects.create_user(username, password="geheim-123")
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    user.is_superuser = superuser
    user.save()
    client.force_login(user)
    return client


@pytest.fixture
def subscriptions(home_page):
    PracticeIndexPageFactory(parent=home_page)  # creates the network editors
    leipzig = CityFactory(name="Leipzig")
    topic = TagFactory(name="Ganztag")
    SubscriptionFactory(email="erika@kommune.example", cities=[leipzig], topics=[topic])
    SubscriptionFactory(email="max@kommune.example", cities=[leipzig])
    SubscriptionFactory(email="offen@kommune.example", confirmed_at=None)


def test_network_editors_see_counts_per_topic_and_city(client, subscriptions):
    login(client, "netzwerk", "Netzwerkredaktion")
    response = client.get(COUNTS)
    html = response.content.decode()
    assert response.status_code == 200
    assert "2 bestätigte Abonnements, 1 noch nicht bestätigt" in html
    assert "<td>Leipzig</td><td>2</td>" in html
    assert "<td>Ganztag</td><td>1</td>" in html
    assert "@kommune.example" not in html


def test_network_editors_cannot_open_personal_data(client, subscriptions):
    login(client, "netzwerk", "Netzwerkredaktion")
    response = client.post(DATA, {"email": "erika@kommune.example", "export": "1"})
    assert response.status_code in (302, 403)
    assert b"erika@" not in response.content


def test_editors_without_the_right_see_no_counts(client, subscriptions):
    login(client, "redaktion", "Moderators")
    assert client.get(COUNTS).status_code in (302, 403)


def test_administrator_exports_one_persons_data(client, subscriptions):
    login(client, "admin", superuser=True)
    response = client.post(DATA, {"email": "Erika@Kommune.example", "export": "1"})
    data = json.loads(response.content)
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert data["email"] == "erika@kommune.example"
    assert data["kommunen"] == ["Leipzig"]
    assert data["themen"] == ["Ganztag"]
    assert data["gesendete_beitraege"] == []


def test_administrator_deletes_one_persons_data(client, subscriptions):
    login(client, "admin", superuser=True)
    response = client.post(DATA, {"email": "erika@kommune.example", "delete": "1"})
    assert response.status_code == 302
    emails = set(Subscription.objects.values_list("email", flat=True))
    assert emails == {"max@kommune.example", "offen@kommune.example"}
    assert not Delivery.objects.filter(subscription__email="erika@kommune.example")


def test_unknown_address_is_reported_without_data(client, subscriptions):
    login(client, "admin", superuser=True)
    response = client.post(
        DATA, {"email": "niemand@kommune.example", "export": "1"}, follow=True
    )
    assert (
        "Zu dieser Adresse sind keine Daten gespeichert." in response.content.decode()
    )


def test_the_editors_guide_explains_the_alerts(client, subscriptions):
    login(client, "netzwerk", "Netzwerkredaktion")
    page = client.get("/admin/anleitung/").content.decode()
    assert "Benachrichtigungen per E-Mail" in page
    assert "E-Mail-Adressen zeigt das Portal der Redaktion nicht." in page
