from django import template

from core.cache import held
from core.visibility import public_pages_q
from dossiers import home

register = template.Library()


@register.simple_tag
def practice_dossiers(practice):
    """The live, public dossiers that embed this practice, newest first."""
    from dossiers.models import DossierPage, DossierPractice

    # Most practices are in no dossier: they need not ask.
    embedded = held(
        "dossier-practices",
        lambda: frozenset(
            DossierPractice.objects.values_list("practice_id", flat=True)
        ),
    )
    if practice.pk not in embedded:
        return []
    return list(
        DossierPage.objects.live()
        .filter(public_pages_q(), practice_links__practice=practice)
        .order_by("-publication_date", "-issue_number")
    )


@register.simple_tag
def dossier_index_url():
    """The overview's address, which editors may change with its slug."""
    return home.dossier_index_url() or "/"
