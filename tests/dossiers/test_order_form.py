import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client

from dossiers.models import OrderStatus, PrintOrder, PrintOrderItem, PrintStock
from tests.dossiers.conftest import SUBMISSION_KEY, order_post
from tests.dossiers.factories import order_with_items

ORDER_URL = "/themendossiers/bestellen/"


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def stock_of(dossier):
    return PrintStock.objects.get(dossier=dossier).stock


def field_errors(response):
    soup = soup_of(response)
    return {
        p["id"].removesuffix("_error").removeprefix("id_"): p.get_text(" ", strip=True)
        for p in soup.select(".form-field__error[id]")
    }


def test_form_lists_every_dossier_in_print_with_a_bounded_quantity(
    client, dossier_site
):
    soup = soup_of(client.get(ORDER_URL))

    quantity = soup.select_one(f"input[name='quantity_{dossier_site.current.pk}']")
    assert quantity["type"] == "number"
    assert (quantity["min"], quantity["max"], quantity["value"]) == ("0", "5", "0")
    label = soup.select_one(f"label[for='{quantity['id']}']").get_text()
    assert "Themendossier 2: Integrierte Bildungsplanung" in label
    sold_out = soup.select_one(".order-form__sold-out").get_text()
    assert "Themendossier 1: Bildung im Quartier" in sold_out
    assert not soup.select_one(f"input[name='quantity_{dossier_site.sold_out.pk}']")
    assert "Nur digital" not in soup.get_text()


def test_form_is_accessible_without_javascript(client, dossier_site):
    soup = soup_of(client.get(ORDER_URL))

    form = soup.select_one("form.order-form")
    assert form["method"] == "post" and form.select_one("[name=csrfmiddlewaretoken]")
    for field in form.select("input:not([type=hidden]), select, textarea"):
        assert soup.select_one(f"label[for='{field['id']}']"), field["name"]
    assert [legend.get_text() for legend in form.select("legend")] == [
        "Welche Hefte möchten Sie haben?",
        "Lieferadresse",
        "Kontakt",
        "Datenschutz",
    ]
    email = form.select_one("#id_email")
    assert email["aria-describedby"] == "id_email_helptext"
    assert soup.select_one("#id_email_helptext")
    assert form.select_one(".honeypot-field[aria-hidden=true] input[name=website_url]")
    assert soup.select_one("#id_country option[selected]")["value"] == "DE"
    privacy = soup.select_one("label[for=id_consent] a")
    assert privacy["href"] == "/datenschutz/"


def test_a_dossier_page_link_preselects_one_copy(client, dossier_site):
    pk = dossier_site.current.pk
    soup = soup_of(client.get(ORDER_URL, {"ausgabe": pk}))
    assert soup.select_one(f"input[name='quantity_{pk}']")["value"] == "1"


def test_review_step_shows_everything_and_stores_nothing(client, dossier_site):
    response = client.post(ORDER_URL, order_post(dossier_site, action="pruefen"))

    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.h1.get_text() == "Bitte prüfen Sie Ihre Bestellung"
    table = soup.select_one(".order-table").get_text(" ", strip=True)
    assert "Themendossier 2: Integrierte Bildungsplanung 2" in table
    address = soup.select_one("address").get_text(" ", strip=True)
    assert address == (
        "Erika Mustermann Bildungsbüro Musterstadt Rathausplatz 1 68159 Mannheim "
        "Deutschland"
    )
    hidden = {i["name"]: i.get("value", "") for i in soup.select("input[type=hidden]")}
    assert hidden["submission_key"] == SUBMISSION_KEY
    assert hidden[f"quantity_{dossier_site.current.pk}"] == "2"
    assert {b["value"] for b in soup.select("button[name=action]")} == {
        "absenden",
        "aendern",
    }
    assert not PrintOrder.objects.exists()
    assert stock_of(dossier_site.current) == 10


def test_change_step_shows_the_form_filled_in(client, dossier_site):
    response = client.post(ORDER_URL, order_post(dossier_site, action="aendern"))

    soup = soup_of(response)
    assert soup.select_one("#id_name")["value"] == "Erika Mustermann"
    assert soup.select_one("#id_consent").has_attr("checked")
    assert not PrintOrder.objects.exists()


def test_sending_stores_an_unconfirmed_order_and_reserves_stock(
    client, dossier_site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ORDER_URL, order_post(dossier_site))

    order = PrintOrder.objects.get()
    assert response.status_code == 302
    assert response["Location"] == "/themendossiers/bestellen/eingegangen/"
    assert order.status == OrderStatus.UNCONFIRMED
    assert (order.name, order.postcode, order.country) == (
        "Erika Mustermann",
        "68159",
        "DE",
    )
    assert [(i.dossier, i.quantity) for i in order.items.all()] == [
        (dossier_site.current, 2)
    ]
    assert stock_of(dossier_site.current) == 8
    assert order.privacy_consent_at is not None
    received = client.get(response["Location"])
    assert order.reference in received.content.decode()


def test_sending_mails_a_confirmation_link_after_commit(
    client, dossier_site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        client.post(ORDER_URL, order_post(dossier_site))
    assert mail.outbox == []  # nothing is sent before the order is committed

    for callback in callbacks:
        callback()

    order = PrintOrder.objects.get()
    [message] = mail.outbox
    assert message.to == ["erika@example.org"]
    assert order.reference in message.subject
    assert "http://testserver/themendossiers/bestellen/bestaetigen/" in message.body
    assert "2 × Themendossier 2: Integrierte Bildungsplanung" in message.body
    order.refresh_from_db()
    assert order.confirmation_mail_sent_at is not None


def test_a_double_submit_creates_one_order(
    client, dossier_site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(ORDER_URL, order_post(dossier_site))
        second = client.post(ORDER_URL, order_post(dossier_site))

    assert first.status_code == second.status_code == 302
    assert PrintOrder.objects.count() == 1
    assert stock_of(dossier_site.current) == 8
    assert len(mail.outbox) == 1


def test_two_submissions_with_fresh_keys_are_two_orders(client, dossier_site):
    client.post(ORDER_URL, order_post(dossier_site))
    client.post(ORDER_URL, order_post(dossier_site, submission_key="X" * 32))
    assert PrintOrder.objects.count() == 2
    assert stock_of(dossier_site.current) == 6


def invalid(client, site, **overrides):
    response = client.post(ORDER_URL, order_post(site, **overrides))
    assert response.status_code == 422, response.status_code
    assert not PrintOrder.objects.exists()
    assert not PrintOrderItem.objects.exists()
    assert stock_of(site.current) == 10
    return response


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "Dieses Feld muss ausgefüllt werden."),
        ("street", "", "Dieses Feld muss ausgefüllt werden."),
        ("name", "x" * 101, "höchstens 100 Zeichen"),
        ("purpose", "x" * 501, "höchstens 500 Zeichen"),
        ("name", "Erika\x00Muster", "Nullzeichen sind nicht erlaubt"),
        ("name", "Erika\x1bMuster", "keine Steuer- oder Sonderzeichen"),
        ("town", "Mann\u202eheim", "keine Steuer- oder Sonderzeichen"),
        ("street", "Weg 1\nZeile 2", "keine Steuer- oder Sonderzeichen"),
        ("postcode", "6815", "fünfstellige Postleitzahl"),
        ("postcode", "ABCDE", "fünfstellige Postleitzahl"),
        ("country", "XX", "gültige Auswahl"),
        ("email", "keine-adresse", "gültige E-Mail-Adresse"),
        ("phone", "0621/<script>", "nur Ziffern"),
        ("consent", None, "Bitte stimmen Sie der Speicherung"),
    ],
)
def test_invalid_input_is_shown_at_the_field_in_german(
    client, dossier_site, field, value, message
):
    response = invalid(client, dossier_site, **{field: value})

    errors = field_errors(response)
    assert message in errors[field]
    soup = soup_of(response)
    widget = soup.select_one(f"#id_{field}")
    assert f"id_{field}_error" in widget["aria-describedby"]
    assert widget["aria-invalid"] == "true"
    summary = soup.select_one(".error-summary[role=alert]")
    links = summary.select(f"a[href='#id_{field}']")
    assert any(message in link.get_text() for link in links)
    assert soup.title.get_text().startswith("Fehler: ")


def test_the_error_summary_names_each_field(client, dossier_site):
    response = invalid(client, dossier_site, name="", consent=None)
    links = [a.get_text() for a in soup_of(response).select(".error-summary a")]
    assert links == [
        "Name: Dieses Feld muss ausgefüllt werden.",
        "Datenschutz: Bitte stimmen Sie der Speicherung Ihrer Angaben zu.",
    ]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("-1", "keine negative Anzahl"),
        ("6", "Höchstens 5 Exemplare je Bestellung"),
        ("99999999999999999999", "Höchstens 5 Exemplare"),
        ("zwei", "ganze Zahl"),
        ("1.5", "ganze Zahl"),
    ],
)
def test_invalid_quantities_are_refused(client, dossier_site, value, message):
    name = f"quantity_{dossier_site.current.pk}"
    response = invalid(client, dossier_site, **{name: value})
    assert message in field_errors(response)[name]


def test_more_than_the_stock_is_refused_with_what_is_left(client, dossier_site):
    PrintStock.objects.filter(dossier=dossier_site.current).update(stock=1)
    name = f"quantity_{dossier_site.current.pk}"

    response = client.post(ORDER_URL, order_post(dossier_site, **{name: "2"}))

    assert response.status_code == 422
    assert "nur noch 1 Exemplar vorrätig" in field_errors(response)[name]
    assert not PrintOrder.objects.exists()


def test_nothing_chosen_is_refused(client, dossier_site):
    response = invalid(
        client, dossier_site, **{f"quantity_{dossier_site.current.pk}": "0"}
    )
    soup = soup_of(response)
    assert (
        "mindestens ein Heft" in soup.select_one("#bestellung-hefte-error").get_text()
    )
    assert soup.select_one(".error-summary a[href='#bestellung-hefte']")


@pytest.mark.parametrize("which", ["unknown", "sold_out", "pdf_only"])
def test_quantities_for_dossiers_not_on_offer_are_refused(client, dossier_site, which):
    pk = {
        "unknown": 999_999,
        "sold_out": dossier_site.sold_out.pk,
        "pdf_only": dossier_site.pdf_only.pk,
    }[which]

    response = invalid(client, dossier_site, **{f"quantity_{pk}": "1"})

    assert (
        "nicht mehr bestellbar"
        in soup_of(response).select_one("#bestellung-hefte-error").get_text()
    )


def test_orders_per_email_are_limited(client, dossier_site, settings):
    settings.DOSSIER_ORDERS_PER_EMAIL = 2
    for _ in range(2):
        order_with_items([(dossier_site.current, 1)], email="Erika@Example.org")

    response = client.post(ORDER_URL, order_post(dossier_site))

    assert response.status_code == 422
    assert (
        "in den letzten 30 Tagen schon 2 Bestellungen"
        in field_errors(response)["email"]
    )


def test_a_tagged_or_capitalised_address_counts_as_the_same_mailbox(
    client, dossier_site, settings
):
    settings.DOSSIER_ORDERS_PER_EMAIL = 2
    order_with_items([(dossier_site.current, 1)], email="erika@example.org")
    order_with_items([(dossier_site.current, 1)], email="Erika+fachtag@Example.org")

    response = client.post(
        ORDER_URL, order_post(dossier_site, email=" ERIKA+neu@example.org ")
    )

    assert response.status_code == 422
    assert "schon 2 Bestellungen" in field_errors(response)["email"]


def test_dotted_addresses_are_other_mailboxes(client, dossier_site, settings):
    settings.DOSSIER_ORDERS_PER_EMAIL = 1
    order_with_items([(dossier_site.current, 1)], email="erika.m@example.org")

    response = client.post(
        ORDER_URL, order_post(dossier_site, email="erikam@example.org")
    )

    assert response.status_code == 302


def test_quota_used_up_after_the_form_check_refuses_the_order(
    client, dossier_site, settings, monkeypatch
):
    # A parallel request placed the third order after this form was validated.
    from dossiers.forms import OrderForm

    monkeypatch.setattr(OrderForm, "clean_email", lambda form: form.data["email"])
    for _ in range(3):
        order_with_items([(dossier_site.current, 1)], email="erika@example.org")

    response = client.post(ORDER_URL, order_post(dossier_site))

    assert response.status_code == 422
    assert "schon 3 Bestellungen" in field_errors(response)["email"]
    summary = soup_of(response).select_one(".error-summary[role=alert]")
    link = summary.select_one("a[href='#id_email']").get_text()
    assert link.startswith("E-Mail-Adresse: Mit dieser E-Mail-Adresse wurden")
    assert PrintOrder.objects.count() == 3
    assert not PrintOrder.objects.filter(submission_key=SUBMISSION_KEY).exists()
    assert stock_of(dossier_site.current) == 7


def test_stock_gone_between_check_and_reservation_keeps_nothing(
    client, dossier_site, monkeypatch
):
    # Another order took the copies after the form was validated.
    from dossiers.forms import OrderForm

    monkeypatch.setattr(OrderForm, "_check_quantities", lambda form, data: None)
    PrintStock.objects.filter(dossier=dossier_site.current).update(stock=1)

    response = client.post(ORDER_URL, order_post(dossier_site))

    assert response.status_code == 409
    assert "nur noch 1 Exemplar" in soup_of(response).get_text()
    assert not PrintOrder.objects.exists()
    assert not PrintOrderItem.objects.exists()
    assert stock_of(dossier_site.current) == 1


def test_a_filled_honeypot_is_refused(client, dossier_site):
    response = client.post(ORDER_URL, order_post(dossier_site, website_url="x.de"))
    assert response.status_code == 400
    assert "nicht verarbeitet" in response.content.decode()
    assert not PrintOrder.objects.exists()


@pytest.mark.parametrize(
    "overrides",
    [
        {"submission_key": None},
        {"submission_key": "kurz"},
        {"submission_key": "<script>alert(1)</script>" * 2},
        {"action": None},
        {"action": "loeschen"},
    ],
)
def test_malformed_requests_get_400(client, dossier_site, overrides):
    response = client.post(ORDER_URL, order_post(dossier_site, **overrides))
    assert response.status_code == 400
    assert "Die Anfrage konnte nicht verarbeitet werden" in response.content.decode()
    assert not PrintOrder.objects.exists()


def test_other_methods_are_not_allowed(client, dossier_site):
    assert client.put(ORDER_URL).status_code == 405


def test_the_form_needs_its_csrf_token(dossier_site):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(ORDER_URL, order_post(dossier_site)).status_code == 403
    assert not PrintOrder.objects.exists()


def test_posts_are_rate_limited_per_address(client, dossier_site, settings):
    settings.RATELIMIT_ENABLED = True
    settings.DOSSIER_ORDER_RATE_LIMIT = 3
    data = order_post(dossier_site, action="pruefen")
    for _ in range(3):
        assert client.post(ORDER_URL, data).status_code == 200

    response = client.post(ORDER_URL, data)

    assert response.status_code == 429
    assert "Zu viele Anfragen" in response.content.decode()
    other = client.post(ORDER_URL, data, REMOTE_ADDR="198.51.100.7")
    assert other.status_code == 200


def test_form_says_so_when_nothing_is_in_print(client, dossier_site):
    PrintStock.objects.update(stock=0)
    soup = soup_of(client.get(ORDER_URL))
    assert "Zurzeit ist keine Ausgabe gedruckt vorrätig" in soup.get_text()
    assert not soup.select_one("form.order-form")
