from django import template
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction

register = template.Library()


@register.simple_tag
def practice_dossiers(practice):
    """The live, public dossiers that embed this practice, newest first.

    One query: `.public()` would first load every view restriction, so the same
    rule (no restriction on the page or an ancestor) is a subquery here.
    """
    from dossiers.models import DossierPage

    covering = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return list(
        DossierPage.objects.live()
        .filter(practice_links__practice=practice)
        .exclude(Exists(covering))
        .order_by("-publication_date", "-issue_number")
    )


@register.simple_tag
def dossier_index_url():
    """The overview's address, which editors may change with its slug."""
    from dossiers.models import DossierIndexPage

    index = DossierIndexPage.objects.live().public().first()
    return index.url if index else "/"
