from core.fragments import CARD_KEY_FIELDS
from core.visibility import live_single


def dossier_index():
    from dossiers.models import DossierIndexPage

    return live_single(DossierIndexPage)


def newest_dossiers(limit):
    index = dossier_index()
    if index is None:
        return []
    # The cards are kept (core.fragments): rows for what is not.
    light = index.dossiers().select_related(None).prefetch_related(None)
    return light.only(*CARD_KEY_FIELDS)[:limit]


def dossier_index_url():
    index = dossier_index()
    return index.url if index else None
