"""Registering without an account: form, double opt-in, waiting list,
cancellation and the members-only meetings."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, User
from django.core import mail
from django.test import Client
from django.utils import timezone

from meetings import registration as seats
from meetings.links import manage_url
from meetings.models import Registration, RegistrationStatus
from tests.meetings.conftest import link_in, registration_post
from tests.meetings.factories import MeetingPageFactory, RegistrationFactory, at

PORTAL = "http://testserver"


@pytest.fixture
def meeting(meeting_index):
    return MeetingPageFactory(
        parent=meeting_index,
        title="Werkstatt Beteiligung",
        capacity=2,
        online=True,
        venue="",
        address="",
        access_url="https://konferenz.example.org/werkstatt",
    )


def form_url(meeting):
    return f"/veranstaltungen/anmeldung/{meeting.pk}/"


def register_and_confirm(client, meeting, email):
    mail.outbox.clear()
    client.post(form_url(meeting), registration_post(email=email))
    confirm_path = link_in(mail.outbox[0], "/bestaetigen/")
    return client.post(confirm_path)


def test_form_asks_for_name_organisation_city_email_needs_and_consent(client, meeting):
    page = BeautifulSoup(client.get(form_url(meeting)).content, "html.parser")
    names = {field["name"] for field in page.select("form input, form textarea")}
    assert {
        "name",
        "organisation",
        "city",
        "email",
        "accessibility_needs",
        "privacy_consent",
    } <= names
    assert "Noch 2 Plätze frei." in page.get_text()


def test_registering_stores_an_unconfirmed_request_and_mails_a_link(client, meeting):
    response = client.post(form_url(meeting), registration_post())
    assert response.status_code == 302
    assert response["Location"].endswith("/eingegangen/")
    registration = Registration.objects.get()
    assert registration.status == RegistrationStatus.UNCONFIRMED
    assert registration.accessibility_needs == "Stufenloser Zugang"
    [message] = mail.outbox
    assert message.to == ["erika@kommune.example"]
    assert "/veranstaltungen/anmeldung/bestaetigen/" in message.body
    # Nothing the visitor typed goes to an address nobody confirmed yet.
    assert "Erika Mustermann" not in message.body
    assert registration.confirmation_token_hash not in message.body


def test_opening_the_confirmation_link_confirms_nothing(client, meeting):
    client.post(form_url(meeting), registration_post())
    response = client.get(link_in(mail.outbox[0], "/bestaetigen/"))
    assert response.status_code == 200
    assert "Anmeldung jetzt bestätigen" in response.content.decode()
    assert Registration.objects.get().status == RegistrationStatus.UNCONFIRMED


def test_confirming_gives_a_seat_and_mails_access_and_calendar(client, meeting):
    response = register_and_confirm(client, meeting, "erika@kommune.example")
    assert response.status_code == 302
    assert Registration.objects.get().status == RegistrationStatus.CONFIRMED
    confirmation = mail.outbox[-1]
    assert confirmation.subject == "Anmeldung bestätigt: Werkstatt Beteiligung"
    assert "https://konferenz.example.org/werkstatt" in confirmation.body
    assert "/veranstaltungen/anmeldung/verwalten/" in confirmation.body
    [(filename, _content, mimetype)] = confirmation.attachments
    assert filename == "veranstaltung.ics"
    assert mimetype.startswith("text/calendar")


def test_manage_page_shows_the_access_link_to_a_confirmed_registrant(client, meeting):
    response = register_and_confirm(client, meeting, "erika@kommune.example")
    page = client.get(response["Location"]).content.decode()
    assert "Sie sind angemeldet" in page
    assert "https://konferenz.example.org/werkstatt" in page


def test_beyond_capacity_registrants_go_to_the_waiting_list(client, meeting):
    for number in range(3):
        register_and_confirm(client, meeting, f"person{number}@kommune.example")
    statuses = list(
        Registration.objects.order_by("pk").values_list("status", flat=True)
    )
    assert statuses == ["angemeldet", "angemeldet", "warteliste"]
    waiting_mail = mail.outbox[-1]
    assert waiting_mail.subject == "Warteliste: Werkstatt Beteiligung"
    assert "konferenz.example.org" not in waiting_mail.body
    assert not waiting_mail.attachments


def test_waiting_list_page_keeps_the_access_link_hidden(client, meeting):
    for number in range(2):
        register_and_confirm(client, meeting, f"person{number}@kommune.example")
    response = register_and_confirm(client, meeting, "wartend@kommune.example")
    page = client.get(response["Location"]).content.decode()
    assert "Sie stehen auf der Warteliste" in page
    assert "konferenz.example.org" not in page


def test_cancelling_moves_the_first_waiting_person_up(client, meeting):
    first = register_and_confirm(client, meeting, "erste@kommune.example")
    register_and_confirm(client, meeting, "zweite@kommune.example")
    register_and_confirm(client, meeting, "dritte@kommune.example")
    register_and_confirm(client, meeting, "vierte@kommune.example")
    mail.outbox.clear()

    assert client.post(first["Location"]).status_code == 302

    by_email = dict(Registration.objects.values_list("email", "status"))
    assert by_email == {
        "erste@kommune.example": "abgemeldet",
        "zweite@kommune.example": "angemeldet",
        "dritte@kommune.example": "angemeldet",
        "vierte@kommune.example": "warteliste",
    }
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert subjects == {
        "erste@kommune.example": "Abmeldung bestätigt: Werkstatt Beteiligung",
        "dritte@kommune.example": "Ein Platz ist frei geworden: Werkstatt Beteiligung",
    }


def test_opening_the_cancellation_link_cancels_nothing(client, meeting):
    response = register_and_confirm(client, meeting, "erika@kommune.example")
    page = client.get(response["Location"]).content.decode()
    assert "Von der Veranstaltung abmelden" in page
    assert Registration.objects.get().status == RegistrationStatus.CONFIRMED


def test_every_mail_after_the_request_carries_the_management_link(client, meeting):
    register_and_confirm(client, meeting, "erika@kommune.example")
    registration = Registration.objects.get()
    seats.cancel(registration)
    [request, *later] = mail.outbox
    assert "/bestaetigen/" in request.body
    assert len(later) == 2
    for message in later:
        assert manage_url(registration) in message.body


def test_a_second_confirmation_of_one_address_takes_no_second_seat(client, meeting):
    register_and_confirm(client, meeting, "erika@kommune.example")
    register_and_confirm(client, meeting, "ERIKA@kommune.example")
    assert Registration.objects.filter(status="angemeldet").count() == 1
    assert Registration.objects.count() == 1


def test_an_expired_link_confirms_nothing(client, meeting):
    client.post(form_url(meeting), registration_post())
    Registration.objects.update(confirm_by=timezone.now() - datetime.timedelta(1))
    path = link_in(mail.outbox[0], "/bestaetigen/")
    assert client.get(path).status_code == 410
    client.post(path)
    assert Registration.objects.get().status == RegistrationStatus.UNCONFIRMED


def test_unknown_and_forged_links_answer_404(client, meeting):
    registration = RegistrationFactory(meeting=meeting)
    forged = manage_url(registration).removeprefix(PORTAL)[:-3] + "xx/"
    assert client.get(forged).status_code == 404
    assert client.get("/veranstaltungen/anmeldung/bestaetigen/abc/").status_code == 404


def test_missing_consent_is_refused_with_a_german_message(client, meeting):
    response = client.post(form_url(meeting), registration_post(privacy_consent=""))
    assert response.status_code == 422
    assert "Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu" in response.text
    assert not Registration.objects.exists()


def test_the_honeypot_refuses_bots(client, meeting):
    response = client.post(
        form_url(meeting), registration_post(website_url="http://spam.example")
    )
    assert response.status_code == 400
    assert not Registration.objects.exists()


def test_registrations_are_rate_limited(client, meeting, settings):
    settings.RATELIMIT_ENABLED = True
    settings.MEETING_RATELIMIT_POSTS = 2
    for number in range(2):
        client.post(form_url(meeting), registration_post(email=f"a{number}@x.example"))
    response = client.post(form_url(meeting), registration_post())
    assert response.status_code == 429
    assert Registration.objects.count() == 2


def test_the_form_needs_its_csrf_token(meeting):
    client = Client(enforce_csrf_checks=True)
    response = client.post(form_url(meeting), registration_post())
    assert response.status_code == 403
    assert not Registration.objects.exists()


def test_a_past_meeting_takes_no_registrations(client, meeting_index):
    past = MeetingPageFactory(parent=meeting_index, start=at(-3), end=at(-3, 13))
    assert "Die Anmeldung ist geschlossen" in client.get(form_url(past)).text
    assert client.post(form_url(past), registration_post()).status_code == 409
    assert not Registration.objects.exists()


def test_draft_meetings_have_no_form(client, meeting):
    meeting.unpublish()
    assert client.get(form_url(meeting)).status_code == 404


@pytest.fixture
def members_meeting(meeting_index):
    return MeetingPageFactory(parent=meeting_index, members_only=True)


def test_members_only_meeting_sends_visitors_to_the_login(client, members_meeting):
    response = client.get(form_url(members_meeting))
    assert response.status_code == 302
    assert response["Location"].startswith("/anmelden/?next=")


def test_members_only_meeting_refuses_other_accounts(client, members_meeting):
    client.force_login(User.objects.create_user("gast", "gast@example.org"))
    assert client.get(form_url(members_meeting)).status_code == 403


def test_members_register_for_members_only_meetings(client, members_meeting):
    member = User.objects.create_user(
        "mitglied", "mitglied@stadt.example", first_name="Mia", last_name="Mitglied"
    )
    member.groups.add(Group.objects.get_or_create(name="Mitglieder")[0])
    client.force_login(member)
    page = client.get(form_url(members_meeting)).text
    assert 'value="mitglied@stadt.example"' in page
    response = client.post(form_url(members_meeting), registration_post())
    assert response.status_code == 302


def test_publishing_more_seats_moves_the_waiting_list_up(
    meeting, django_capture_on_commit_callbacks
):
    for number in range(3):
        registration = RegistrationFactory(meeting=meeting, email=f"p{number}@x.de")
        seats.confirm(registration)
    mail.outbox.clear()
    meeting.capacity = 3
    with django_capture_on_commit_callbacks(execute=True):
        meeting.save_revision().publish()
    assert not Registration.objects.filter(status=RegistrationStatus.WAITING).exists()
    [promotion] = mail.outbox
    assert promotion.to == ["p2@x.de"]
    assert promotion.subject.startswith("Ein Platz ist frei geworden")
