import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

from core.models import HomePage, PortalDocument
from dossiers.models import DossierIndexPage, DossierPage, GeneratedPdf
from tests.dossiers.factories import DossierPageFactory, chapter
from tests.factories import PersonFactory, PracticePageFactory


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def text_of(element):
    return element.get_text(" ", strip=True).replace("\xa0", " ")


def give_generated_pdf(dossier, size=250_000):
    pdf = GeneratedPdf(
        dossier=dossier,
        file_size=size,
        page_count=12,
        generated_at=timezone.now(),
        render_seconds=0.5,
        fingerprint=dossier.embedded_fingerprint(),
    )
    pdf.file.save("dossier.pdf", ContentFile(b"%PDF-1.7 test"), save=False)
    pdf.save()
    return pdf


class TestPageTree(WagtailPageTestCase):
    def test_dossiers_live_below_their_index_below_home(self):
        self.assertAllowedParentPageTypes(DossierIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(DossierIndexPage, {DossierPage})
        self.assertAllowedParentPageTypes(DossierPage, {DossierIndexPage})
        self.assertAllowedSubpageTypes(DossierPage, set())


def test_index_lists_live_dossiers_newest_first(client, dossier_site):
    DossierPageFactory(parent=dossier_site.index, title="Entwurf", live=False)

    soup = soup_of(client, "/themendossiers/")

    titles = [a.get_text() for a in soup.select(".dossier-card .card__title a")]
    assert titles == [
        "Nur digital",
        "Integrierte Bildungsplanung",
        "Bildung im Quartier",
    ]
    eyebrow = soup.select_one(".dossier-card .eyebrow").get_text()
    assert "Themendossier 3" in eyebrow and "November 2026" in eyebrow


def test_index_shows_availability_in_print(client, dossier_site):
    soup = soup_of(client, "/themendossiers/")

    cards = {
        card.select_one(".card__title").get_text(strip=True): card.get_text(" ")
        for card in soup.select(".dossier-card")
    }
    assert "Druckausgabe kostenfrei bestellbar" in cards["Integrierte Bildungsplanung"]
    assert "Druckausgabe vergriffen" in cards["Bildung im Quartier"]
    assert "bestellbar" not in cards["Nur digital"]
    assert soup.select_one("a[href='/themendossiers/bestellen/']")


def test_dossier_tags_link_to_the_tag_pages(client, dossier_site):
    soup = soup_of(client, dossier_site.current.url)
    assert soup.select_one(".tag-list a[href='/schlagwort/datenbasiert/']")


def test_dossier_page_embeds_live_practices_in_the_editors_order(client, dossier_site):
    draft = PracticePageFactory(
        parent=dossier_site.ism.get_parent(), title="Noch nicht frei", live=False
    )
    page = dossier_site.current
    page.chapters = [
        chapter(
            "Datenbasiert planen", [dossier_site.ism, draft, dossier_site.monitoring]
        )
    ]
    page.save()

    soup = soup_of(client, page.url)

    chapter_section = soup.select_one("#kapitel-1")
    assert "Datenbasiert planen" in chapter_section.h2.get_text()
    shown = [
        a.get_text() for a in chapter_section.select(".practice-card .card__title a")
    ]
    assert shown == ["Integriertes Sozialmanagement", "Bildungsmonitoring"]
    assert soup.select_one(".dossier-toc a[href='#kapitel-1']")


def test_practice_page_links_back_to_its_dossiers(client, dossier_site):
    soup = soup_of(client, dossier_site.ism.url)

    backlink = soup.select_one(".dossier-backlinks")
    assert "Enthalten im Themendossier 2: Integrierte Bildungsplanung" in (
        backlink.get_text(" ", strip=True)
    )
    assert backlink.a["href"] == dossier_site.current.url


def test_back_links_skip_unpublished_and_private_dossiers(client, dossier_site):
    PageViewRestriction.objects.create(
        page=dossier_site.current, restriction_type=PageViewRestriction.LOGIN
    )
    assert not soup_of(client, dossier_site.ism.url).select_one(".dossier-backlinks")


def test_back_links_follow_the_published_chapters_not_drafts(client, dossier_site):
    page = dossier_site.current
    page.chapters = [chapter("Neu", [dossier_site.monitoring])]
    page.save_revision()  # a draft: the live page still embeds both practices

    assert soup_of(client, dossier_site.ism.url).select_one(".dossier-backlinks")

    page.get_latest_revision().publish()

    assert not soup_of(client, dossier_site.ism.url).select_one(".dossier-backlinks")


def test_sold_out_dossier_says_so_and_offers_the_pdf(client, dossier_site):
    give_generated_pdf(dossier_site.sold_out, size=245 * 1024)

    soup = soup_of(client, dossier_site.sold_out.url)

    actions = text_of(soup.select_one(".dossier__aside"))
    assert "vergriffen" in actions
    assert "(PDF, 245,0 KB)" in actions
    link = soup.select_one(".dossier-actions__download a")
    assert link["href"] == f"/themendossiers/pdf/{dossier_site.sold_out.pk}/"
    assert not soup.select_one("a[href^='/themendossiers/bestellen/']")


def test_dossier_in_stock_links_to_the_form_with_itself_chosen(client, dossier_site):
    soup = soup_of(client, dossier_site.current.url)
    link = soup.select_one(".dossier-actions a.button--secondary")
    assert (
        link["href"] == f"/themendossiers/bestellen/?ausgabe={dossier_site.current.pk}"
    )


def test_uploaded_pdf_wins_over_the_generated_one(client, dossier_site):
    page = dossier_site.current
    give_generated_pdf(page)
    document = PortalDocument.objects.create(
        title="Heft als PDF", file=ContentFile(b"%PDF-1.4 hochgeladen", "heft.pdf")
    )
    page.pdf_document = document
    page.save_revision().publish()

    soup = soup_of(client, page.url)

    link = soup.select_one(".dossier-actions__download a")
    assert link["href"] == document.url
    assert "(PDF, 20 Bytes)" in text_of(soup.select_one(".dossier-actions__download"))
    response = client.get(f"/themendossiers/pdf/{page.pk}/")
    assert response.status_code == 302 and response["Location"] == document.url


def test_stored_pdf_is_served_without_rendering(client, dossier_site, monkeypatch):
    import dossiers.pdf

    def fail(*args, **kwargs):
        raise AssertionError("PDFs are rendered in the background only")

    monkeypatch.setattr(dossiers.pdf, "render_pdf", fail)
    give_generated_pdf(dossier_site.current)

    response = client.get(f"/themendossiers/pdf/{dossier_site.current.pk}/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")


@pytest.mark.parametrize("which", ["unknown", "draft", "private", "no_pdf"])
def test_pdf_of_a_hidden_or_missing_dossier_is_404(client, dossier_site, which):
    page = dossier_site.current
    give_generated_pdf(page)
    if which == "draft":
        page.unpublish()
    elif which == "private":
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.LOGIN
        )
    elif which == "no_pdf":
        page = dossier_site.sold_out
    page_id = 999_999 if which == "unknown" else page.pk
    assert client.get(f"/themendossiers/pdf/{page_id}/").status_code == 404


def test_tag_page_lists_the_dossier(client, dossier_site):
    soup = soup_of(client, "/schlagwort/datenbasiert/")
    headings = [h.get_text(" ", strip=True) for h in soup.select(".tag-group h2")]
    assert any(h.startswith("Themendossiers") for h in headings)
    assert soup.select_one(f"a[href='{dossier_site.current.url}']")


def count_queries(client, url):
    client.get(url)  # warm caches that are per process, not per page
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_queries_do_not_grow_with_dossiers_and_practices(client, dossier_site):
    page = dossier_site.current
    page.chapters = [chapter("Kapitel", [dossier_site.ism], quote_by=PersonFactory())]
    page.save()
    urls = ["/themendossiers/", page.url, dossier_site.ism.url]
    urls.append("/themendossiers/bestellen/")
    before = [count_queries(client, url) for url in urls]

    city = dossier_site.ism.get_parent()
    practices = [PracticePageFactory(parent=city) for _ in range(8)]
    for _ in range(8):
        DossierPageFactory(
            parent=dossier_site.index,
            stock=5,
            chapters=[chapter("Kapitel", [dossier_site.ism])],
        )
    page.chapters = [
        chapter(f"Kapitel {n}", [p], quote_by=PersonFactory())
        for n, p in enumerate(practices)
    ]
    page.save()

    after = [count_queries(client, url) for url in urls]
    assert after == before
    assert max(after) <= 30


def test_stock_and_pdf_are_read_with_the_dossier(client, dossier_site):
    url = dossier_site.current.url
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    tables = ('FROM "dossiers_printstock"', 'FROM "dossiers_generatedpdf"')
    assert not [q for q in queries if q["sql"].split(" WHERE ")[0].endswith(tables)]


def test_head_and_body_read_tags_and_chapters_once(client, dossier_site):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(dossier_site.current.url).status_code == 200
    sql = [query["sql"] for query in queries]
    approaches = [q for q in sql if 'JOIN "dossiers_dossierpage_approaches"' in q]
    chosen = [q for q in sql if 'FROM "practices_practicepage"' in q]
    assert len(approaches) == 1
    # The chapters' choices, the readable ones, then their cards (none kept).
    assert len(chosen) == 3


def test_a_dossier_rendered_anew_reads_no_practice_card_it_kept(
    client, dossier_site, settings
):
    settings.CARD_CACHE_TIMEOUT = 600
    url = dossier_site.current.url
    first = soup_of(client, url).select(".practice-card")
    with CaptureQueriesContext(connection) as queries:
        second = soup_of(client, url).select(".practice-card")
    assert second == first and len(first) == 2
    read = " ".join(query["sql"] for query in queries)
    assert "practices_practicepage_approaches" not in read
    assert "practices_practicedepartment" not in read


def test_unpublished_dossier_is_not_reachable(client, dossier_site):
    url = dossier_site.current.url
    dossier_site.current.unpublish()
    assert client.get(url).status_code == 404


def test_a_practice_in_no_dossier_asks_no_query(
    dossier_site, django_assert_num_queries
):
    from dossiers.templatetags.dossier_tags import practice_dossiers

    elsewhere = PracticePageFactory(parent=dossier_site.ism.get_parent())
    practice_dossiers(elsewhere)  # learns which practices dossiers embed
    with django_assert_num_queries(0):
        assert practice_dossiers(elsewhere) == []


def test_back_links_cost_one_query(dossier_site, django_assert_num_queries):
    from dossiers.templatetags.dossier_tags import practice_dossiers

    practice_dossiers(dossier_site.ism)  # caches the view restrictions
    with django_assert_num_queries(1):
        assert practice_dossiers(dossier_site.ism) == [dossier_site.current]
    PageViewRestriction.objects.create(
        page=dossier_site.index, restriction_type=PageViewRestriction.LOGIN
    )
    assert practice_dossiers(dossier_site.ism) == []
