import io

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from wagtail.models import Page

from core.models import PortalDocument
from dossiers.models import DossierPage
from practices.models import CityPage, PracticePage
from search.models import SearchEntry


def generate(**options):
    defaults = {"practices": 30, "cities": 3, "dossiers": 2, "documents": 3, "seed": 5}
    call_command(
        "generate_content",
        **{**defaults, **options},
        verbosity=0,
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )


@pytest.fixture
def generated(demo_content, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    generate()
    return demo_content


def test_creates_live_practices_below_new_city_pages(demo_content, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    demo_cities = set(CityPage.objects.values_list("pk", flat=True))
    generate()
    new_cities = CityPage.objects.exclude(pk__in=demo_cities)
    assert new_cities.count() == 3
    assert PracticePage.objects.live().filter(city__page__in=new_cities).count() == 30


def test_bulk_written_tree_is_consistent(generated):
    assert Page.find_problems() == ([], [], [], [], [])


def test_generated_practice_is_served_with_its_tags(client, generated):
    practice = PracticePage.objects.order_by("-pk").first()
    response = client.get(practice.url)
    assert response.status_code == 200
    assert practice.title in response.text
    assert practice.approaches.exists()
    assert practice.tagged_items.exists()


def test_generated_content_is_findable(generated):
    practice = PracticePage.objects.order_by("-pk").first()
    assert SearchEntry.objects.filter(key=f"page:{practice.pk}").exists()


def test_dossiers_embed_generated_practices(generated):
    dossier = DossierPage.objects.order_by("-pk").first()
    assert dossier.practice_links.exists()


def test_documents_have_a_readable_pdf(generated):
    document = PortalDocument.objects.order_by("-pk").first()
    with document.file.open() as handle:
        assert handle.read(5) == b"%PDF-"


def test_demo_content_stays_untouched(demo_content, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    fields = ("pk", "title", "path", "live", "latest_revision_id", "last_published_at")
    before = list(Page.objects.order_by("pk").values_list(*fields))
    generate()
    after = Page.objects.filter(pk__in=[row[0] for row in before])
    assert list(after.order_by("pk").values_list(*fields)) == before


def test_same_seed_gives_the_same_content(demo_content, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    runs = []
    for _ in range(2):
        with transaction.atomic():
            generate(dossiers=0, documents=0)
            runs.append(
                list(
                    PracticePage.objects.exclude(city__slug="mannheim")
                    .order_by("path")
                    .values_list("title", flat=True)[:20]
                )
            )
            transaction.set_rollback(True)
    assert runs[0] == runs[1]


def test_refuses_to_run_without_the_demo_structure(db):
    with pytest.raises(CommandError, match="load_demo_content"):
        generate()
