import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from contacts.models import ContactMessage, MessageStatus

LOG = "/admin/kontaktanfragen/"


@pytest.fixture
def messages(contact_site):
    now = timezone.now()
    waiting = ContactMessage.objects.create(
        page=contact_site.practice,
        person=contact_site.person,
        sender_name="Bernd Fragesteller",
        sender_email="bernd@kommune.example",
        subject="Vertraulicher Betreff",
        message="Vertraulicher Text",
        confirm_by=now + datetime.timedelta(hours=24),
    )
    forwarded = ContactMessage.objects.create(
        page=contact_site.practice,
        person=contact_site.person,
        status=MessageStatus.FORWARDED,
        confirm_by=now,
        confirmed_at=now,
        forwarded_at=now,
    )
    return waiting, forwarded


def login(client, username, *groups, **flags):
    user = get_user_model().objects.create_user(username, password="geheim-123")
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    user.is_superuser = flags.get("superuser", False)
    user.save()
    client.force_login(user)
    return client


def network_editor(client):
    return login(client, "netzwerk", "Netzwerkredaktion")


def test_network_editors_read_the_log(client, messages):
    response = network_editor(client).get(LOG)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Kontaktanfragen" in html
    assert "Anna Verborgen" in html and "Bildungsmonitoring" in html
    assert "weitergeleitet" in html and "unbestätigt" in html


def test_the_log_names_the_office_as_recipient(client, messages):
    ContactMessage.objects.create(to_office=True, confirm_by=timezone.now())

    html = network_editor(client).get(LOG).content.decode()

    assert "Empfänger" in html and "Geschäftsstelle" in html


def test_the_log_shows_no_sender_and_no_text(client, messages):
    waiting, _forwarded = messages
    client = network_editor(client)

    for url in (LOG, f"{LOG}inspect/{waiting.pk}/"):
        html = client.get(url).content.decode()
        assert "Vertraulich" not in html, url
        assert "bernd@kommune.example" not in html, url
        assert "Bernd Fragesteller" not in html, url


def test_the_detail_view_has_german_labels(client, messages):
    _waiting, forwarded = messages

    html = network_editor(client).get(f"{LOG}inspect/{forwarded.pk}/").content.decode()

    for label in ("Eingegangen am", "Ansprechperson", "Seite", "Weitergeleitet am"):
        assert label in html


def test_the_menu_names_the_log_for_network_editors(client, messages):
    html = network_editor(client).get("/admin/").content.decode()

    assert "Kontaktanfragen" in html


@pytest.mark.parametrize("superuser", [False, True])
def test_nobody_adds_changes_or_deletes_messages(client, messages, superuser):
    waiting, _forwarded = messages
    client = login(client, "jemand", "Netzwerkredaktion", superuser=superuser)

    for url in (f"{LOG}new/", f"{LOG}edit/{waiting.pk}/", f"{LOG}delete/{waiting.pk}/"):
        for method in ("get", "post"):
            response = getattr(client, method)(url, {"status": "weitergeleitet"})
            assert response.status_code in (302, 403, 404), (method, url)

    waiting.refresh_from_db()
    assert waiting.status == MessageStatus.UNCONFIRMED


def test_editors_without_the_right_see_nothing(client, messages, contact_site):
    # A city editor: admin access, but not the log.
    client = login(client, "stadt", "Redaktion Mannheim")

    assert client.get(LOG).status_code in (302, 403)
    assert client.get(f"{LOG}inspect/{messages[0].pk}/").status_code in (302, 403)
    assert "Kontaktanfragen" not in client.get("/admin/").content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client, messages):
    response = client.get(LOG)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
