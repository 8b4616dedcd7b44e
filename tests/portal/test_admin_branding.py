"""The admin carries the portal's name and mark, not Wagtail's."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def test_admin_login_names_the_portal(client):
    soup = BeautifulSoup(client.get("/admin/login/").content, "html.parser")
    assert soup.select_one("h1").get_text(strip=True) == (
        "Anmelden im Praxisportal Großstadtnetzwerk"
    )
    assert soup.title.get_text().endswith("Praxisportal Großstadtnetzwerk")
    assert soup.select_one("link[rel=icon]")["href"].endswith("portal/img/favicon.svg")


def test_dashboard_welcomes_to_the_portal(admin_client):
    soup = BeautifulSoup(admin_client.get("/admin/").content, "html.parser")
    assert "Praxisportal Großstadtnetzwerk" in soup.select_one("h1").get_text()
    logo = soup.select_one("template[data-wagtail-sidebar-branding-logo]")
    assert 'fill="#0b5a73"' in logo.decode_contents()
