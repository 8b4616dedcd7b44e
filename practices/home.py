from django.utils.translation import gettext_lazy as _

from portal.shared.home import HomeSection, register_home_section
from portal.visibility import public_pages_q


def newest_practices(limit):
    from practices.models import PracticePage

    return (
        PracticePage.objects.live()
        .filter(public_pages_q())
        .select_related("city")
        .prefetch_related("approaches")
        .order_by("-first_published_at", "title")[:limit]
    )


def practice_index_url():
    from practices.models import PracticeIndexPage

    index = PracticeIndexPage.objects.live().first()
    return index.url if index else None


def register():
    register_home_section(
        HomeSection(
            key="practices",
            heading=_("Neue Praxisprofile"),
            link_text=_("Alle Praxisprofile"),
            items=newest_practices,
            index_url=practice_index_url,
            card_template="components/practice_card.html",
            order=10,
        )
    )
