import pytest
from wagtail.models import Page


def test_every_demo_page_returns_200(client, demo_content):
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    assert pages.count() >= 4
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url


def test_footer_shows_the_three_legal_pages(client, demo_content):
    response = client.get("/")
    content = response.content.decode()
    for title in (
        "Impressum",
        "Datenschutzerklärung",
        "Erklärung zur Barrierefreiheit",
    ):
        assert f">{title}</a>" in content


def test_legal_pages_say_they_hold_example_text(client, demo_content):
    response = client.get("/impressum/")
    assert "Beispieltext aus den Demodaten" in response.content.decode()


@pytest.mark.django_db
def test_unknown_address_gives_german_404(client, home_page):
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode()
