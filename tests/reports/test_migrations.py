"""The kernel's 0009 moves the network reports into their own app: the rows
stay where they are, and their content types change app label."""

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from reports.models import ArticleKind, ArticlePage
from tests.factories import TagFactory
from tests.migrations import migrate, migrate_to_latest, on_postgresql_only
from tests.reports.factories import ArticleIndexPageFactory, ArticlePageFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    on_postgresql_only,
]

BEFORE = [("portal", "0008_merge_moves"), ("reports", None)]


def label(page):
    content_type = Page.objects.get(pk=page.pk).content_type
    return content_type.app_label, content_type.model


@pytest.fixture
def report(home_page):
    index = ArticleIndexPageFactory(parent=home_page)
    page = ArticlePageFactory(parent=index, title="Treffen im Mai", place="Augsburg")
    page.tags.add(TagFactory(name="datenbasiert"))
    page.save()
    yield page
    migrate_to_latest()


def test_moving_back_and_forth_keeps_the_report(report):
    assert label(report) == ("reports", "articlepage")

    old = migrate(BEFORE).loader.project_state(BEFORE[:1]).apps
    assert label(report) == ("portal", "articlepage")
    old_page = old.get_model("portal", "ArticlePage").objects.get()
    assert (old_page.title, old_page.place) == ("Treffen im Mai", "Augsburg")
    assert old.get_model("portal", "TaggedArticle").objects.count() == 1

    migrate_to_latest()
    assert label(report) == ("reports", "articlepage")
    page = Page.objects.get(pk=report.pk).specific
    assert isinstance(page, ArticlePage)
    assert page.kind == ArticleKind.objects.get()
    assert [tag.name for tag in page.tags.all()] == ["datenbasiert"]


def test_every_moved_model_keeps_one_content_type(report):
    migrate(BEFORE)
    migrate_to_latest()
    for model in ("articleindexpage", "articlekind", "articlepage", "taggedarticle"):
        assert list(
            ContentType.objects.filter(model=model).values_list("app_label", flat=True)
        ) == ["reports"]
