"""What dossiers contribute to the portal search and to the tag pages."""

from collections import Counter

from django.db.models import Q

from core.blocks import stream_text
from core.contract import Entry, tag_fields
from core.text import plain_text
from core.visibility import page_is_findable, public_pages_q


def tagged_dossiers(tag):
    from dossiers.models import DossierPage, TaggedDossier

    approach_rows = DossierPage.approaches.through.objects.filter(tag=tag)
    topic_rows = TaggedDossier.objects.filter(tag=tag)
    return (
        DossierPage.objects.live()
        .filter(
            public_pages_q(),
            Q(pk__in=approach_rows.values("dossierpage_id"))
            | Q(pk__in=topic_rows.values("content_object_id")),
        )
        .order_by("-publication_date", "-issue_number")
    )


def dossier_tag_counts():
    from dossiers.models import DossierPage

    public = DossierPage.objects.live().filter(public_pages_q())
    approaches = public.filter(approaches__isnull=False).values_list(
        "pk", "approaches__slug"
    )
    topics = public.filter(tagged_items__isnull=False).values_list(
        "pk", "tagged_items__tag__slug"
    )
    # A dossier with the same tag as approach and topic counts once.
    return dict(Counter(slug for _, slug in set(approaches) | set(topics)))


def chapters_text(page):
    return stream_text(page.chapters)


def dossier_entry(page):
    if not page_is_findable(page):
        return None
    intro = plain_text(page.intro)
    return Entry(
        key=f"page:{page.pk}",
        kind="dossier",
        title=page.full_title,
        url=page.url or "",
        summary=page.subtitle or intro[:300],
        body=f"{intro}\n{chapters_text(page)}",
        date=page.publication_date,
        extra=str(page.label),
        **tag_fields(page.approaches.all(), page.topics),
    )


def all_dossiers():
    from dossiers.models import DossierPage

    return (
        DossierPage.objects.live()
        .public()
        .prefetch_related("approaches", "tagged_items__tag")
    )
