import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client

from contacts.models import ContactMessage
from members.access import members_group
from practices.models import PracticeContact
from tests.contacts.conftest import SECRET_ADDRESS, message_post, restrict
from tests.factories import PersonFactory
from tests.members.factories import MeetingMaterialPageFactory, MemberAreaPageFactory
from tests.reports.factories import ArticleIndexPageFactory, ArticlePageFactory


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_practice_page_links_its_contact_to_the_message_form(client, contact_site):
    response = client.get(contact_site.practice.url)

    link = soup(response).select_one(".person-card__message a")
    assert link["href"] == contact_site.url
    assert link.get_text(" ", strip=True) == "Nachricht schreiben an Anna Verborgen"
    assert SECRET_ADDRESS not in response.content.decode()


def test_city_page_links_its_contact_to_the_message_form(client, contact_site):
    response = client.get(contact_site.city_page.url)

    link = soup(response).select_one(".person-card__message a")
    expected = f"/kontakt/nachricht/{contact_site.city_page.pk}/"
    assert link["href"] == f"{expected}{contact_site.person.pk}/"


def test_card_shows_role_organisation_and_no_address_without_consent(
    client, contact_site
):
    card = soup(client.get(contact_site.practice.url)).select_one(".person-card")

    roles = [p.get_text() for p in card.select(".person-card__role")]
    assert roles == ["Bildungsplanerin", "Fachbereich Bildung"]
    assert not card.select("a[href^='mailto:']")
    assert "Telefon" not in card.get_text()


def test_card_shows_email_and_phone_with_consent(client, contact_site):
    contact_site.person.public_contact = True
    contact_site.person.save()

    card = soup(client.get(contact_site.practice.url)).select_one(".person-card")

    assert card.select_one(f"a[href='mailto:{SECRET_ADDRESS}']")
    assert card.select_one("a[href='tel:06212930']").get_text() == "0621 293 0"


def test_card_without_email_offers_no_message_link(client, contact_site):
    contact_site.person.email = ""
    contact_site.person.save()

    card = soup(client.get(contact_site.practice.url)).select_one(".person-card")

    assert card.select_one(".person-card__message") is None


def test_form_names_the_person_but_never_their_address(client, contact_site):
    response = client.get(contact_site.url)

    page = soup(response)
    assert response.status_code == 200
    assert page.h1.get_text() == "Nachricht an Anna Verborgen"
    assert page.select_one("form[method=post] input[name=csrfmiddlewaretoken]")
    assert SECRET_ADDRESS not in response.content.decode()
    consent = page.select_one("label[for=id_privacy_consent] a")
    assert consent["href"] == "/datenschutz/"


def test_person_not_named_on_the_page_gets_404(client, contact_site):
    stranger = PersonFactory(email="fremd@example.org")

    url = f"/kontakt/nachricht/{contact_site.practice.pk}/{stranger.pk}/"
    response = client.get(url)

    assert response.status_code == 404


def test_contact_of_another_page_gets_404(client, contact_site):
    # Named on the city page, asked for on the index page.
    url = f"/kontakt/nachricht/{contact_site.index.pk}/{contact_site.person.pk}/"

    assert client.get(url).status_code == 404


def test_unpublished_page_gets_404(client, contact_site):
    contact_site.practice.unpublish()

    assert client.get(contact_site.url).status_code == 404
    assert client.post(contact_site.url, message_post()).status_code == 404


def test_private_page_gets_404(client, contact_site):
    restrict(contact_site.city_page)  # the practice lies below it

    assert client.get(contact_site.url).status_code == 404


def test_person_without_email_gets_404(client, contact_site):
    contact_site.person.email = ""
    contact_site.person.save()

    assert client.get(contact_site.url).status_code == 404


def test_draft_contact_is_no_recipient(client, contact_site):
    newcomer = PersonFactory(email="neu@example.org")
    practice = contact_site.practice
    practice.contacts.add(PracticeContact(person=newcomer))
    practice.save_revision()  # a draft; the live page keeps its contacts

    url = f"/kontakt/nachricht/{practice.pk}/{newcomer.pk}/"
    assert client.get(url).status_code == 404


def test_contact_person_block_offers_the_form(client, contact_site):
    value = {"heading": "Ansprechperson", "person": contact_site.person.pk}
    report = ArticlePageFactory(
        parent=ArticleIndexPageFactory(parent=contact_site.home),
        body=[{"type": "contact", "value": value}],
    )
    url = f"/kontakt/nachricht/{report.pk}/{contact_site.person.pk}/"

    link = soup(client.get(report.url)).select_one(".contact-block .person-card a")
    assert link["href"] == url
    assert client.get(url).status_code == 200


def test_sending_stores_an_unconfirmed_message(client, contact_site):
    response = client.post(contact_site.url, message_post())

    assert response.status_code == 302
    assert response["Location"] == "/kontakt/nachricht/gesendet/"
    message = ContactMessage.objects.get()
    assert message.status == "unbestaetigt"
    assert message.page_id == contact_site.practice.pk
    assert message.person == contact_site.person
    assert message.confirmed_at is None


def test_received_page_asks_for_confirmation(client, contact_site):
    response = client.get("/kontakt/nachricht/gesendet/")

    assert "Bitte bestätigen Sie Ihre Nachricht" in soup(response).h1.get_text()
    assert "24 Stunden" in response.content.decode()


def test_missing_fields_are_named_at_the_fields(client, contact_site):
    response = client.post(contact_site.url, message_post(subject="", message=""))

    page = soup(response)
    assert response.status_code == 422
    assert page.select_one("[role=alert]")
    subject = page.select_one("#id_subject")
    assert subject["aria-describedby"] == "id_subject_error"
    assert page.select_one("#id_subject_error").get_text() == (
        "Bitte füllen Sie dieses Feld aus."
    )
    assert not ContactMessage.objects.exists()


def test_too_long_message_is_refused(client, contact_site):
    response = client.post(contact_site.url, message_post(message="x" * 5001))

    assert response.status_code == 422
    assert "Höchstens 5000 Zeichen (jetzt 5001)." in response.content.decode()
    assert not ContactMessage.objects.exists()


def test_line_break_in_subject_is_refused(client, contact_site):
    response = client.post(contact_site.url, message_post(subject="Hallo\nBcc: x@y.z"))

    assert response.status_code == 422
    assert not ContactMessage.objects.exists()


def test_consent_is_required(client, contact_site):
    data = message_post()
    del data["privacy_consent"]

    response = client.post(contact_site.url, data)

    assert response.status_code == 422
    assert "Bitte stimmen Sie der Verarbeitung" in response.content.decode()


def test_sender_input_is_escaped_when_shown_again(client, contact_site):
    response = client.post(
        contact_site.url,
        message_post(sender_name="<script>alert(1)</script>", subject=""),
    )

    assert b"<script>alert(1)</script>" not in response.content
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in response.content


def test_honeypot_refuses_bots(client, contact_site):
    response = client.post(contact_site.url, message_post(website_url="spam.example"))

    assert response.status_code == 400
    assert not ContactMessage.objects.exists()


def test_post_without_csrf_token_is_refused(contact_site):
    strict = Client(enforce_csrf_checks=True)

    response = strict.post(contact_site.url, message_post())

    assert response.status_code == 403
    assert not ContactMessage.objects.exists()


def test_client_address_is_rate_limited(client, contact_site, settings):
    settings.CONTACT_RATELIMIT_POSTS = 2
    for _ in range(2):
        client.post(contact_site.url, message_post(subject=""))

    response = client.post(contact_site.url, message_post())

    assert response.status_code == 429
    assert response["Retry-After"] == str(settings.CONTACT_RATELIMIT_WINDOW)
    assert not ContactMessage.objects.exists()


def test_sender_address_is_limited_per_day(client, contact_site, settings):
    settings.CONTACT_MESSAGES_PER_EMAIL = 1
    client.post(contact_site.url, message_post())

    # The same mailbox, written differently.
    response = client.post(
        contact_site.url, message_post(sender_email=" Bernd+zwei@Kommune.example")
    )

    assert response.status_code == 429
    assert "nur 1 Nachricht verschickt" in response.content.decode()
    assert ContactMessage.objects.count() == 1


@pytest.mark.parametrize("method", ["put", "delete"])
def test_other_methods_are_refused(client, contact_site, method):
    assert getattr(client, method)(contact_site.url).status_code == 405


def test_member_area_offers_no_message_link(client, contact_site):
    value = {"heading": "Ansprechperson", "person": contact_site.person.pk}
    meeting = MeetingMaterialPageFactory(
        parent=MemberAreaPageFactory(parent=contact_site.home),
        body=[{"type": "contact", "value": value}],
    )
    member = get_user_model().objects.create_user("mitglied", password="x-12345678")
    member.groups.add(members_group())
    client.force_login(member)

    card = soup(client.get(meeting.url)).select_one(".contact-block .person-card")

    assert card.select_one(".person-card__name").get_text() == "Anna Verborgen"
    assert card.select_one(".person-card__message") is None
    url = f"/kontakt/nachricht/{meeting.pk}/{contact_site.person.pk}/"
    assert client.get(url).status_code == 404


def test_forms_are_kept_out_of_search_engines(client, contact_site):
    form = soup(client.get(contact_site.url))
    robots = client.get("/robots.txt").content.decode()

    assert form.select_one("meta[name=robots]")["content"] == "noindex"
    assert "Disallow: /kontakt/nachricht/" in robots
