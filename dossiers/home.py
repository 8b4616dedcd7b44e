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
