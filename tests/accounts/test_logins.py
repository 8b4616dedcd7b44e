"""Brute-force lockout, its lifting in the admin, and optional two-factor login."""

import io

import pytest
from axes.models import AccessAttempt
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "richtiges-passwort-2024"


@pytest.fixture(autouse=True)
def _no_address_limit(settings):
    cache.clear()
    settings.AXES_FAILURE_LIMIT = 3


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        "redakteurin", "redaktion@example.org", PASSWORD
    )


def admin_login(client, password, username="redakteurin"):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR="203.0.113.9",
    )


def text(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


@pytest.mark.django_db
def test_admin_login_locks_after_repeated_failures_with_a_german_page(client, editor):
    for _ in range(2):
        assert admin_login(client, "falsch").status_code == 200
    locked = admin_login(client, "falsch")
    assert locked.status_code == 429
    assert "Anmeldung vorübergehend gesperrt" in text(locked)
    assert "Nach 3 fehlgeschlagenen Anmeldeversuchen" in text(locked)
    # Even the right password is refused while locked.
    assert admin_login(client, PASSWORD).status_code == 429


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/anmelden/", "/admin/login/"])
def test_overlong_user_name_is_refused_and_recorded_cut_to_fit(client, url):
    # PostgreSQL refused axes' failure record of a 3,000-character name (a 500).
    response = client.post(url, {"username": "ä" * 3000, "password": "falsch"})
    assert response.status_code == 200
    # The admin's form refuses the name before authenticating; ours records it.
    recorded = {attempt.username for attempt in AccessAttempt.objects.all()}
    assert recorded == ({"ä" * 255} if url == "/anmelden/" else set())


@pytest.mark.django_db
def test_lockout_is_per_address_so_others_can_still_log_in(client, editor):
    for _ in range(3):
        admin_login(client, "falsch")
    response = client.post(
        "/admin/login/",
        {"username": "redakteurin", "password": PASSWORD},
        REMOTE_ADDR="198.51.100.20",
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_member_login_is_locked_the_same_way(client, editor):
    for _ in range(3):
        response = client.post(
            "/anmelden/", {"username": "redakteurin", "password": "falsch"}
        )
    assert response.status_code == 429
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Anmeldung vorübergehend gesperrt"
    assert soup.select_one("header.site-header")


@pytest.mark.django_db
def test_admin_lifts_a_lockout_by_deleting_the_attempt(client, admin_client, editor):
    for _ in range(3):
        admin_login(client, "falsch")
    attempt = AccessAttempt.objects.get(username="redakteurin")
    listing = admin_client.get("/admin/anmeldesperren/")
    assert "redakteurin" in text(listing) and "ja" in text(listing)

    response = admin_client.post(f"/admin/anmeldesperren/delete/{attempt.pk}/")
    assert response.status_code == 302
    assert admin_login(client, PASSWORD).status_code == 302


@pytest.mark.django_db
def test_axes_reset_command_lifts_every_lockout(client, editor):
    for _ in range(3):
        admin_login(client, "falsch")
    call_command("axes_reset", verbosity=0)
    assert admin_login(client, PASSWORD).status_code == 302


@pytest.mark.django_db
def test_lockout_log_lines_carry_no_name_or_address(client, editor, caplog):
    for _ in range(3):
        admin_login(client, "falsch")
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "Anmeldung" in logged
    assert "redakteurin" not in logged and "203.0.113.9" not in logged


def test_short_passwords_are_refused(settings):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        validate_password("kurz-123")
    validate_password("ein-langes-passwort-fuer-die-redaktion")


# Two-factor authentication


def forget_failures(device):
    """Lift django-otp's throttle after a deliberate wrong code."""
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_count=0, throttling_failure_timestamp=None
    )


def current_code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=6):06d}"


@pytest.fixture
def editor_client(client, editor):
    assert admin_login(client, PASSWORD).status_code == 302
    return client


@pytest.mark.django_db
def test_editor_sets_up_two_factor_with_code_and_password(editor_client, editor):
    page = editor_client.get("/admin/zwei-faktor/einrichten/")
    soup = BeautifulSoup(page.content, "html.parser")
    assert soup.select_one("img[src^='data:image/svg+xml']")
    device = TOTPDevice.objects.get(user=editor, confirmed=False)

    wrong = editor_client.post(
        "/admin/zwei-faktor/einrichten/", {"code": "000000", "password": PASSWORD}
    )
    assert "Der Code stimmt nicht" in text(wrong)
    forget_failures(device)

    response = editor_client.post(
        "/admin/zwei-faktor/einrichten/",
        {"code": current_code(device), "password": PASSWORD},
    )
    assert response.status_code == 302
    assert TOTPDevice.objects.get(user=editor).confirmed


@pytest.fixture
def device(editor):
    return TOTPDevice.objects.create(user=editor, name="App", confirmed=True)


@pytest.mark.django_db
def test_with_a_device_the_admin_asks_for_a_code_after_the_password(
    client, editor, device
):
    response = admin_login(client, PASSWORD)
    assert response.status_code == 302
    dashboard = client.get("/admin/pages/")
    assert dashboard.status_code == 302
    assert dashboard["Location"].startswith("/admin/zwei-faktor/?next=")

    wrong = client.post("/admin/zwei-faktor/", {"code": "123456", "next": "/admin/"})
    assert "Der Code stimmt nicht" in text(wrong)
    forget_failures(device)

    right = client.post(
        "/admin/zwei-faktor/", {"code": current_code(device), "next": "/admin/pages/"}
    )
    assert right["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


@pytest.mark.django_db
def test_code_form_refuses_foreign_redirects(client, editor, device):
    admin_login(client, PASSWORD)
    response = client.post(
        "/admin/zwei-faktor/",
        {"code": current_code(device), "next": "https://angreifer.example/"},
    )
    assert response["Location"] == "/admin/"


@pytest.mark.django_db
def test_repeated_wrong_codes_are_throttled(client, editor, device):
    admin_login(client, PASSWORD)
    client.post("/admin/zwei-faktor/", {"code": "111111"})
    # Right away, even the right code is refused: django-otp's throttling.
    response = client.post("/admin/zwei-faktor/", {"code": current_code(device)})
    assert response.status_code == 200
    assert client.get("/admin/pages/").status_code == 302


@pytest.mark.django_db
def test_reset_command_switches_two_factor_off(client, editor, device):
    call_command("reset_two_factor", "redakteurin", stdout=io.StringIO())
    assert not TOTPDevice.objects.filter(user=editor).exists()
    admin_login(client, PASSWORD)
    assert client.get("/admin/pages/").status_code == 200


@pytest.mark.django_db
def test_account_page_links_two_factor_setup(editor_client):
    response = editor_client.get("/admin/account/")
    assert "Zwei-Faktor-Anmeldung" in text(response)


@pytest.mark.django_db
def test_verified_editor_switches_two_factor_off_with_code_and_password(
    client, editor, device
):
    admin_login(client, PASSWORD)
    client.post("/admin/zwei-faktor/", {"code": current_code(device)})
    refused = client.post(
        "/admin/zwei-faktor/abschalten/", {"code": "000000", "password": "falsch"}
    )
    assert "Das Passwort stimmt nicht" in text(refused)
    assert TOTPDevice.objects.filter(user=editor).exists()
