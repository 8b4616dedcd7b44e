from core.facetindex import in_order
from core.fragments import CARD_KEY_FIELDS
from core.visibility import live_single


def newest_practices(limit):
    from practices.listing import practice_facet_index
    from practices.models import PracticeIndexPage, PracticePage

    # The listing's index holds every visible practice newest first already;
    # sorting the catalogue per request does not scale.
    index_page = live_single(PracticeIndexPage, public=False)
    if index_page is None:
        return []
    ids = list(practice_facet_index(index_page).ids[:limit])
    # The cards are kept (core.fragments): rows for what is not.
    return in_order(PracticePage.objects.only(*CARD_KEY_FIELDS), ids)


def practice_index_url():
    from practices.models import PracticeIndexPage

    index = live_single(PracticeIndexPage, public=False)
    return index.url if index else None
