from wagtail.models import PageViewRestriction

from dossiers.search import all_dossiers, dossier_entry
from search.registry import source_for_model


def test_dossiers_are_registered_as_a_search_source(dossier_site):
    source = source_for_model(type(dossier_site.current))
    assert source.kind == "dossier" and str(source.label) == "Themendossiers"


def test_a_live_public_dossier_becomes_an_entry(dossier_site):
    entry = dossier_entry(dossier_site.current)

    assert entry.key == f"page:{dossier_site.current.pk}"
    assert entry.title == "Themendossier 2: Integrierte Bildungsplanung"
    assert entry.url == dossier_site.current.url
    assert "datenbasiert" in entry.tags
    assert "Datenbasiert planen" in entry.body
    assert entry.date.isoformat() == "2026-10-01"


def test_drafts_and_private_dossiers_are_not_found(dossier_site):
    PageViewRestriction.objects.create(
        page=dossier_site.current, restriction_type=PageViewRestriction.LOGIN
    )
    dossier_site.sold_out.unpublish()

    assert dossier_entry(dossier_site.current) is None
    assert dossier_entry(dossier_site.sold_out) is None
    assert list(all_dossiers()) == [dossier_site.pdf_only]
