import io

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Site

from core.models import PortalSettings
from core.text import starts_like_formula
from formpages.demo import build_form
from formpages.demo_content import JOIN_FORM, SUGGEST_FORM
from tests import markup
from tests.factories import StandardPageFactory
from tests.formpages.factories import FormPageFactory, FormPageFieldFactory
from tests.spreadsheets import csv_rows

FIELDS = [
    ("Kommune", "singleline", True, ""),
    ("Bundesland", "dropdown", True, "Bayern\nHessen"),
    ("E-Mail", "email", True, ""),
    ("Ansätze", "checkboxes", False, "datenbasiert\nsozialräumlich"),
    ("Einwohnerzahl", "number", False, ""),
    ("Website", "url", False, ""),
    ("Nachricht", "multiline", False, ""),
]
VALID = {
    "kommune": "Augsburg",
    "bundesland": "Bayern",
    "e_mail": "bildung@augsburg.example",
    "privacy_consent": "on",
}


@pytest.fixture
def form_page(home_page):
    page = FormPageFactory(
        parent=home_page, intro="<p>Ein Einstieg ist jederzeit möglich.</p>"
    )
    for order, (label, kind, required, choices) in enumerate(FIELDS):
        FormPageFieldFactory(
            page=page,
            sort_order=order,
            label=label,
            field_type=kind,
            required=required,
            choices=choices,
        )
    settings = PortalSettings.for_site(Site.objects.get())
    settings.notification_email = "redaktion@example.org"
    settings.privacy_page = StandardPageFactory(
        parent=home_page, title="Datenschutz", slug="datenschutz"
    )
    settings.save()
    return page


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def test_form_shows_editor_fields_consent_and_hidden_honeypot(client, form_page):
    soup = soup_of(client.get("/mitglied-werden/"))
    labels = [
        label.get_text(" ", strip=True) for label in soup.select(".portal-form__label")
    ]
    assert labels[0] == "Kommune (Pflichtfeld)"
    consent = soup.select_one("label[for=id_privacy_consent]")
    assert consent.select_one("a")["href"] == "/datenschutz/"
    honeypot = soup.select_one(".honeypot-field")
    assert honeypot["aria-hidden"] == "true"
    assert honeypot.select_one("input[name=website_url]")["tabindex"] == "-1"
    assert (
        soup.select_one("select[name=bundesland] option").get_text() == "Bitte wählen"
    )


def test_valid_submission_is_stored_and_mailed(client, form_page):
    response = client.post("/mitglied-werden/", VALID)
    assert response.status_code == 200
    assert "Vielen Dank" in response.content.decode()
    submission = FormSubmission.objects.get()
    assert submission.form_data["kommune"] == "Augsburg"
    assert submission.form_data["privacy_consent"] is True
    assert "website_url" not in submission.form_data
    message = mail.outbox[0]
    assert message.to == ["redaktion@example.org"]
    assert message.reply_to == ["bildung@augsburg.example"]
    assert message.subject == "Neue Anfrage"
    assert "Kommune: Augsburg" in message.body
    assert f"/admin/forms/submissions/{form_page.pk}/" in message.body


def test_missing_consent_is_explained_and_nothing_is_stored(client, form_page):
    data = {key: value for key, value in VALID.items() if key != "privacy_consent"}
    response = client.post("/mitglied-werden/", data)
    soup = soup_of(response)
    summary = soup.select_one(".form-errors[role=alert]")
    assert "Einwilligung: Bitte stimmen Sie der Verarbeitung" in summary.get_text()
    assert not FormSubmission.objects.exists()
    assert not mail.outbox


def test_errors_are_tied_to_their_fields(client, form_page):
    response = client.post("/mitglied-werden/", {**VALID, "e_mail": "keine-adresse"})
    soup = soup_of(response)
    field = soup.select_one("#id_e_mail")
    assert field["aria-invalid"] == "true"
    error = soup.select_one(f"#{field['aria-describedby']}")
    assert error.get_text() == "Bitte gültige E-Mail-Adresse eingeben."
    link = soup.select_one(".form-errors a")
    assert link["href"] == "#id_e_mail"
    assert soup.title.get_text().startswith("Fehler: ")


def test_filled_honeypot_is_refused(client, form_page):
    response = client.post("/mitglied-werden/", {**VALID, "website_url": "http://spam"})
    assert "Die Anfrage konnte nicht verarbeitet werden." in response.content.decode()
    assert not FormSubmission.objects.exists()


def test_too_many_posts_get_429(client, form_page, settings):
    for _ in range(settings.FORM_RATELIMIT_POSTS):
        client.post("/mitglied-werden/", {})
    response = client.post("/mitglied-werden/", VALID)
    assert response.status_code == 429
    assert not FormSubmission.objects.exists()


def test_without_a_notification_address_the_submission_is_still_stored(
    client, form_page
):
    settings = PortalSettings.for_site(Site.objects.get())
    settings.notification_email = ""
    settings.save()
    client.post("/mitglied-werden/", VALID)
    assert FormSubmission.objects.count() == 1
    assert not mail.outbox


def test_form_page_queries_are_bounded(
    client, form_page, django_assert_max_num_queries
):
    client.get("/mitglied-werden/")
    with django_assert_max_num_queries(20):
        client.get("/mitglied-werden/")


hostile_text = st.one_of(
    markup.hostile_text,
    st.sampled_from(["\x00", "' OR 1=1 --", "1e309", "ä" * 5001]),
)


@pytest.fixture(params=[JOIN_FORM, SUGGEST_FORM], ids=lambda form: form["slug"])
def public_form(request, home_page):
    """The demo's "Mitglied werden" and "Praxis vorschlagen" pages."""
    page = build_form(home_page, request.param)
    settings = PortalSettings.for_site(Site.objects.get())
    settings.notification_email = "redaktion@example.org"
    settings.save()
    return page


def field_values(field):
    choices = [choice.strip() for choice in field.choices.splitlines()]
    valid = {
        "dropdown": st.sampled_from(choices or [""]),
        "checkboxes": st.sampled_from(choices or [""]),
        "email": st.emails(),
        "number": st.integers().map(str),
        "url": st.sampled_from(["https://www.augsburg.de/", "javascript:alert(1)"]),
    }.get(field.field_type, st.sampled_from(["Augsburg", "Bildungsmonitoring"]))
    values = st.one_of(hostile_text, valid)
    return st.lists(values, max_size=3) if field.field_type == "checkboxes" else values


def hostile_submission(page):
    """Posts to `page`: hostile or valid values for any of its fields."""
    optional = {
        field.clean_name: field_values(field) for field in page.get_form_fields()
    }
    optional["privacy_consent"] = st.sampled_from(["on", "", "false", "x"])
    optional["website_url"] = st.sampled_from(["", "http://spam.example"])
    return st.fixed_dictionaries({}, optional=optional)


@hypothesis_settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_input_causes_an_error_a_stray_submission_or_markup(
    client, public_form, settings, data
):
    settings.RATELIMIT_ENABLED = False
    post = data.draw(hostile_submission(public_form))
    before = FormSubmission.objects.count()
    response = client.post(public_form.url, post)
    assert response.status_code == 200
    html = response.content.decode()
    assert markup.injected_markup(html) == []
    stored = FormSubmission.objects.count() - before
    accepted = "Vielen Dank" in html
    assert stored == (1 if accepted else 0)
    if accepted:
        required = [f.clean_name for f in public_form.get_form_fields() if f.required]
        assert all(str(post[name]).strip() for name in required)
        assert post.get("privacy_consent") in ("on", "x")
        assert not post.get("website_url")


@pytest.mark.parametrize("attack", markup.ATTACKS[:3])
def test_error_page_shows_typed_attacks_as_text(client, form_page, attack):
    data = {**VALID, "kommune": attack, "nachricht": attack, "e_mail": attack}
    response = client.post("/mitglied-werden/", data)
    html = response.content.decode()
    assert soup_of(response).select_one(".form-errors[role=alert]")
    assert markup.injected_markup(html) == []


def exported_cells(client, page, export_format):
    response = client.get(
        f"/admin/forms/submissions/{page.pk}/", {"export": export_format}
    )
    content = b"".join(response.streaming_content)
    if export_format == "csv":
        return [cell for row in csv_rows(content) for cell in row]
    sheet = load_workbook(io.BytesIO(content)).active
    return [cell for row in sheet.iter_rows(values_only=True) for cell in row]


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
@pytest.mark.parametrize("value", markup.FORMULA_FORMS)
def test_every_form_of_a_formula_in_a_submission_is_exported_as_text(
    admin_client, form_page, export_format, value
):
    FormSubmission.objects.create(
        page=form_page, form_data={**VALID, "kommune": f"{value} Augsburg"}
    )
    cells = exported_cells(admin_client, form_page, export_format)
    [kommune] = [c for c in cells if isinstance(c, str) and c.endswith(" Augsburg")]
    assert kommune.startswith("'"), repr(kommune)


# Stored input: a submission is shown in the admin, exported and mailed; it must
# stay inert text everywhere.


@hypothesis_settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    kommune=markup.hostile_text.filter(
        lambda text: text.strip() and "\x00" not in text
    ).map(lambda text: text[:200]),
    nachricht=markup.hostile_text,
)
def test_stored_submission_stays_text_in_admin_exports_and_mail(
    client, admin_client, form_page, settings, kommune, nachricht
):
    settings.RATELIMIT_ENABLED = False
    FormSubmission.objects.all().delete()
    mail.outbox.clear()
    data = {**VALID, "kommune": kommune, "nachricht": nachricht}
    response = client.post("/mitglied-werden/", data)
    if "Vielen Dank" not in response.content.decode():
        return  # refused input is covered above
    listing = admin_client.get(f"/admin/forms/submissions/{form_page.pk}/")
    assert markup.injected_markup(listing.content.decode()) == []

    exported = admin_client.get(
        f"/admin/forms/submissions/{form_page.pk}/", {"export": "csv"}
    )
    cells = [cell for row in csv_rows(exported) for cell in row]
    exported = admin_client.get(
        f"/admin/forms/submissions/{form_page.pk}/", {"export": "xlsx"}
    )
    sheet = load_workbook(io.BytesIO(b"".join(exported.streaming_content))).active
    cells += [c for row in sheet.iter_rows(values_only=True) for c in row]
    assert not [c for c in cells if isinstance(c, str) and starts_like_formula(c)]

    [message] = mail.outbox
    assert message.content_subtype == "plain"
    assert not getattr(message, "alternatives", [])
    assert "\n" not in message.subject
