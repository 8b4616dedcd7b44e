"""Security headers on public pages and in the admin, under the production settings."""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory

from tests.portal.conftest import load_production_settings

ROOT = Path(__file__).resolve().parents[2]
SECURITY_SETTINGS = (
    "MIDDLEWARE",
    "CONTENT_SECURITY_POLICY",
    "ADMIN_CONTENT_SECURITY_POLICY",
    "PERMISSIONS_POLICY",
    "X_FRAME_OPTIONS",
)
SECURITY_PREFIXES = ("SECURE_", "SESSION_", "CSRF_")


@pytest.fixture
def production(settings, monkeypatch):
    """The test settings with every security setting taken from production.py."""
    module = load_production_settings(monkeypatch)
    for name in dir(module):
        if name in SECURITY_SETTINGS or name.startswith(SECURITY_PREFIXES):
            setattr(settings, name, getattr(module, name))
    return settings


def get(client, url, **extra):
    return client.get(url, secure=True, **extra)


@pytest.mark.django_db
def test_public_page_sends_every_security_header(client, home_page, production):
    response = get(client, "/")
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_public_policy_allows_only_own_resources_and_nothing_inline(
    client, home_page, production
):
    policy = directives(get(client, "/")["Content-Security-Policy"])
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["base-uri"] == "'self'"
    assert policy["form-action"] == "'self'"
    assert "unsafe" not in " ".join(policy.values())
    assert "nonce" not in " ".join(policy.values())


@pytest.mark.django_db
def test_plain_http_is_redirected_to_https(client, home_page, production):
    response = client.get("/praxis/?seite=2")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/praxis/?seite=2"


@pytest.mark.django_db
def test_admin_gets_its_own_looser_policy_and_may_frame_itself(
    admin_client, home_page, production
):
    response = get(admin_client, "/admin/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == "'self'"
    assert policy["object-src"] == "'none'"


@pytest.mark.django_db
def test_wagtail_preview_of_a_public_page_may_be_framed_by_the_admin(
    home_page, production
):
    # Behind the proxy, as in production.
    editor_request = RequestFactory().get("/admin/", HTTP_X_FORWARDED_PROTO="https")
    response = home_page.make_preview_request(original_request=editor_request)
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert policy["frame-ancestors"] == "'self'"
    assert policy["script-src"] == "'self'"


@pytest.mark.django_db
def test_session_and_csrf_cookies_are_secure_httponly_and_samesite(
    client, home_page, production
):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("mitglied", password="geheim-12345")
    login_page = get(client, "/anmelden/")
    csrf = login_page.cookies["csrftoken"]
    assert csrf["secure"] and csrf["httponly"] and csrf["samesite"] == "Lax"
    response = client.post(
        "/anmelden/",
        {"username": "mitglied", "password": "geheim-12345"},
        secure=True,
    )
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"


INLINE_CODE = [
    (re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I), "inline <script>"),
    (re.compile(r"<style\b", re.I), "<style> element"),
    (re.compile(r"\sstyle=[\"']", re.I), "style attribute"),
    (re.compile(r"\son[a-z]+=[\"']", re.I), "event handler attribute"),
    (re.compile(r"javascript:", re.I), "javascript: URL"),
]


def public_templates():
    for path in sorted((ROOT / "templates").rglob("*.html")):
        relative = path.relative_to(ROOT / "templates").as_posix()
        # The admin has its own policy; PDFs and mails are never served as pages.
        if "/admin/" in relative or "/pdf/" in relative or "/emails/" in relative:
            continue
        yield relative, path.read_text(encoding="utf-8")


def test_public_templates_contain_no_inline_script_or_style():
    findings = [
        f"{name}: {what}"
        for name, text in public_templates()
        for pattern, what in INLINE_CODE
        if pattern.search(text)
    ]
    assert findings == []


@pytest.mark.django_db
def test_rendered_demo_pages_need_nothing_the_policy_forbids(client, demo_content):
    from wagtail.models import Page

    urls = [page.url for page in Page.objects.live().public().filter(depth__gt=1)]
    urls += ["/suche/?q=Bildung", "/anmelden/", "/schlagwort/datenbasiert/"]
    assert len(urls) > 10
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        soup = BeautifulSoup(response.content, "html.parser")
        # JSON-LD is data, not code: the policy does not apply to it.
        inline = [
            script
            for script in soup.find_all("script")
            if not script.get("src") and script.get("type") != "application/ld+json"
        ]
        assert not inline, url
        assert not soup.find_all("style"), url
        assert not soup.select("[style]"), url
        for tag in soup.find_all(True):
            assert not [a for a in tag.attrs if a.startswith("on")], (url, tag.name)
        # A canonical link names the page's own address; nothing is loaded from it.
        loaded = "script[src], link[href]:not([rel=canonical]), img[src]"
        for element in soup.select(loaded):
            address = element.get("src") or element.get("href")
            assert address.startswith(("/", "#", "data:")), (url, address)


def directives(header):
    return dict(
        part.strip().split(" ", 1) for part in header.split(";") if part.strip()
    )
