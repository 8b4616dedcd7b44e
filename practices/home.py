from core.visibility import live_single


def newest_practices(limit):
    from practices.listing import load_practices, practice_facet_index
    from practices.models import PracticeIndexPage

    # The listing's index holds every visible practice newest first already;
    # sorting the catalogue per request does not scale.
    index_page = live_single(PracticeIndexPage, public=False)
    if index_page is None:
        return []
    return load_practices(list(practice_facet_index(index_page).ids[:limit]))


def practice_index_url():
    from practices.models import PracticeIndexPage

    index = live_single(PracticeIndexPage, public=False)
    return index.url if index else None
