from django.utils.translation import gettext_lazy as _

from core.shared.home import HomeSection, register_home_section
from core.visibility import live_single


def dossier_index():
    from dossiers.models import DossierIndexPage

    return live_single(DossierIndexPage)


def newest_dossiers(limit):
    index = dossier_index()
    return index.dossiers()[:limit] if index else []


def dossier_index_url():
    index = dossier_index()
    return index.url if index else None


def register():
    register_home_section(
        HomeSection(
            key="dossiers",
            heading=_("Themendossiers"),
            link_text=_("Alle Themendossiers"),
            items=newest_dossiers,
            index_url=dossier_index_url,
            card_template="dossiers/includes/dossier_card.html",
            order=20,
            limit=2,
            list_class="dossier-list",
        )
    )
