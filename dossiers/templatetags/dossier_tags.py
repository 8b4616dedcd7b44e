from django import template

from portal.visibility import live_single, public_pages_q

register = template.Library()


@register.simple_tag
def practice_dossiers(practice):
    """The live, public dossiers that embed this practice, newest first."""
    from dossiers.models import DossierPage

    return list(
        DossierPage.objects.live()
        .filter(public_pages_q(), practice_links__practice=practice)
        .order_by("-publication_date", "-issue_number")
    )


@register.simple_tag
def dossier_index_url():
    """The overview's address, which editors may change with its slug."""
    from dossiers.models import DossierIndexPage

    index = live_single(DossierIndexPage)
    return index.url if index else "/"
