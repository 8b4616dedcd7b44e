"""The kernel and the login learn of the member area only through the contract."""

import pytest
from django.contrib.auth import get_user_model

from core.contract import ContentType, content_types, declaring
from core.models import StandardPage


def test_the_member_area_declares_its_path_and_the_login_target():
    assert "member_area" in [kind.key for kind in declaring("robots_disallow")]
    assert [kind.key for kind in declaring("login_redirect")] == ["member_area"]


@pytest.mark.django_db
def test_robots_txt_disallows_what_any_kind_declares(client, home_page, monkeypatch):
    extra = ContentType(
        key="extra",
        label="Extra",
        singular="Extra",
        model=StandardPage,
        robots_disallow=lambda request: ["/extra/"],
    )
    kinds = [*content_types(), extra]
    monkeypatch.setattr(
        "core.views.declaring",
        lambda part: [kind for kind in kinds if getattr(kind, part)],
    )
    lines = client.get("/robots.txt").content.decode().splitlines()
    assert "Disallow: /extra/" in lines


@pytest.mark.django_db
def test_without_a_member_area_the_login_leads_home(client, home_page):
    get_user_model().objects.create_user("mitglied", password="geheim-12345")
    response = client.post(
        "/anmelden/", {"username": "mitglied", "password": "geheim-12345"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/"
