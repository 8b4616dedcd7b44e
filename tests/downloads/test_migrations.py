"""The kernel's 0007 moves the library and figures pages into their own apps:
the rows stay where they are, and their content types change app label."""

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from downloads.models import DownloadIndexPage
from figures.models import NetworkFiguresPage
from tests.downloads.factories import DownloadIndexPageFactory
from tests.migrations import migrate, migrate_to_latest, on_postgresql_only

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    on_postgresql_only,
]

BEFORE = [
    ("portal", "0006_document_release"),
    ("downloads", None),
    ("figures", None),
]


def labels(*pages):
    return [
        (page.content_type.app_label, page.content_type.model)
        for page in Page.objects.filter(pk__in=[p.pk for p in pages]).order_by("pk")
    ]


@pytest.fixture
def pages(home_page):
    library = DownloadIndexPageFactory(parent=home_page, intro="<p>Alles</p>")
    figures = NetworkFiguresPage(title="Zahlen", slug="zahlen", intro="<p>Viel</p>")
    home_page.add_child(instance=figures)
    yield library, figures
    migrate_to_latest()


def test_moving_back_and_forth_keeps_the_pages(pages):
    library, figures = pages
    assert labels(library, figures) == [
        ("downloads", "downloadindexpage"),
        ("figures", "networkfigurespage"),
    ]

    old = migrate(BEFORE).loader.project_state(BEFORE[:1]).apps
    assert labels(library, figures) == [
        ("portal", "downloadindexpage"),
        ("portal", "networkfigurespage"),
    ]
    assert old.get_model("portal", "DownloadIndexPage").objects.get().intro == (
        "<p>Alles</p>"
    )

    migrate_to_latest()
    assert labels(library, figures) == [
        ("downloads", "downloadindexpage"),
        ("figures", "networkfigurespage"),
    ]
    assert Page.objects.get(pk=library.pk).specific.intro == "<p>Alles</p>"
    assert isinstance(Page.objects.get(pk=figures.pk).specific, NetworkFiguresPage)
    assert DownloadIndexPage.objects.get().pk == library.pk


def test_a_content_type_the_new_code_created_early_gives_way(pages):
    """`migrate downloads` alone runs post_migrate before the kernel's move."""
    library, figures = pages
    migrate(BEFORE)
    early = ContentType.objects.create(app_label="downloads", model="downloadindexpage")
    Permission.objects.create(
        content_type=early, codename="add_downloadindexpage", name="Früh"
    )
    migrate_to_latest()
    assert labels(library, figures) == [
        ("downloads", "downloadindexpage"),
        ("figures", "networkfigurespage"),
    ]
    assert ContentType.objects.filter(model="downloadindexpage").count() == 1
    assert not Permission.objects.filter(name="Früh").exists()
