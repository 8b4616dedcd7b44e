from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.shared.tagging import TaggedSource, register_tagged_source


def tagged_practices(tag):
    from practices.models import PracticePage

    return (
        PracticePage.objects.live()
        .public()
        .filter(Q(approaches=tag) | Q(tagged_items__tag=tag))
        .distinct()
        .select_related("city")
        .order_by("title")
    )


def register():
    register_tagged_source(
        TaggedSource(
            key="practices",
            label=_("Praxisprofile"),
            entries=tagged_practices,
            order=10,
        )
    )
