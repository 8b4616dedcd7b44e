"""/schlagwort/: the approaches first, then every topic with public entries."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from core.views import tag_counts
from tests.factories import TagFactory

pytestmark = pytest.mark.django_db


def overview(client):
    response = client.get("/schlagwort/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_approaches_come_first_with_their_claim(client, open_content):
    soup = overview(client)
    headings = [h.get_text() for h in soup.select("main h2")]
    assert headings == ["Die drei Ansätze", "Themen"]
    first = soup.select_one(".approach-card")
    assert first.select_one("a")["href"] == "/schlagwort/datenbasiert/"


def test_topics_show_what_is_public_across_every_kind(client, open_content):
    counts = tag_counts()
    soup = overview(client)
    shown = {
        item.select_one("a").get_text(): item.select_one(".count").get_text()
        for item in soup.select(".tag-overview li")
    }
    assert shown
    for name, count in shown.items():
        slug = soup.find("a", string=name)["href"].split("/")[2]
        assert count == f"({counts[slug]})"


def test_a_private_entry_is_not_counted(client, open_content):
    before = tag_counts()
    PageViewRestriction.objects.create(
        page=open_content.report, restriction_type=PageViewRestriction.LOGIN
    )
    after = tag_counts()
    for tag in open_content.report.tags.all():
        assert after.get(tag.slug, 0) == before[tag.slug] - 1


def queries_of_the_overview(client):
    cache.clear()  # counted afresh, not from the cache
    with CaptureQueriesContext(connection) as queries:
        overview(client)
    return len(queries)


def test_counting_does_not_grow_with_the_number_of_tags(client, open_content):
    queries_of_the_overview(client)  # Wagtail's own per-process lookups
    few = queries_of_the_overview(client)
    report = open_content.report
    report.tags.add(*[TagFactory(name=f"Thema {number}") for number in range(20)])
    report.save_revision().publish()
    assert queries_of_the_overview(client) == few


def test_tag_pages_lead_back_to_the_overview(client, open_content):
    soup = BeautifulSoup(client.get("/schlagwort/datenbasiert/").content, "html.parser")
    crumbs = [a["href"] for a in soup.select(".breadcrumbs a")]
    assert crumbs == ["/", "/schlagwort/"]
