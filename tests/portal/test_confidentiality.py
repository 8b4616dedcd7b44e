"""The member area, its documents and their titles stay out of everything public."""

import pytest
from wagtail.models import PageViewRestriction

from core.search import all_standard_pages, standard_page_entry
from downloads.search import all_documents, document_entry
from reports.search import all_articles, article_entry
from search.registry import search_sources, source_for_model
from tests.downloads.factories import DownloadIndexPageFactory
from tests.factories import StandardPageFactory, TagFactory
from tests.portal.factories import DocumentFactory
from tests.reports.factories import ArticleIndexPageFactory, ArticlePageFactory


@pytest.fixture
def tagged(home_page, member_area):
    """A public report and document, and a private document, all tagged alike."""
    tag = TagFactory(name="Bildungsmonitoring")
    index = ArticleIndexPageFactory(parent=home_page)
    article = ArticlePageFactory(parent=index, title="Öffentlicher Bericht")
    article.tags.add(tag)
    article.save_revision().publish()
    public = DocumentFactory(title="Öffentlicher Bildungsbericht")
    public.tags.add(tag)
    member_area["document"].tags.add(tag)
    DownloadIndexPageFactory(parent=home_page)
    return {"tag": tag, "article": article, "public": public, **member_area}


def test_tag_page_lists_reports_and_public_documents_only(client, tagged):
    content = client.get("/schlagwort/bildungsmonitoring/").content.decode()
    assert "Öffentlicher Bericht" in content
    assert f'href="{tagged["public"].url}"' in content
    assert '<p class="card__meta">PDF, 684\xa0Bytes</p>' in content
    assert "Vertrauliches Protokoll" not in content


def test_no_public_page_names_the_private_material(client, tagged):
    for url in ("/", "/downloads/", "/aktuelles/", "/schlagwort/bildungsmonitoring/"):
        content = client.get(url).content.decode()
        assert "Vertrauliches Protokoll" not in content, url
        assert "Treffen im Mai" not in content, url


def test_search_entries_exist_only_for_public_content(tagged):
    assert document_entry(tagged["document"]) is None
    entry = document_entry(tagged["public"])
    assert entry.kind == "document" and entry.url == tagged["public"].url
    assert "Kommunale Bildungsplanung im Quartier." in entry.body
    assert entry.tags == ["bildungsmonitoring"]
    assert list(all_documents()) == [tagged["public"]]


def test_restricted_or_draft_reports_have_no_search_entry(tagged):
    article = tagged["article"]
    assert article_entry(article).kind == "article"
    PageViewRestriction.objects.create(page=article, restriction_type="login")
    assert article_entry(article) is None
    assert list(all_articles()) == []


def test_standard_pages_are_searchable_while_public(home_page):
    page = StandardPageFactory(parent=home_page, title="Impressum")
    entry = standard_page_entry(page)
    assert (entry.kind, entry.title, entry.url) == ("page", "Impressum", "/impressum/")
    page.unpublish()
    assert standard_page_entry(page) is None
    assert list(all_standard_pages()) == []


def test_portal_registers_its_three_search_sources():
    labels = {source.kind: str(source.label) for source in search_sources()}
    assert labels["article"] == "Berichte"
    assert labels["document"] == "Downloads"
    assert labels["page"] == "Seiten"
    from members.models import MeetingMaterialPage, MemberAreaPage

    assert source_for_model(MemberAreaPage) is None
    assert source_for_model(MeetingMaterialPage) is None
