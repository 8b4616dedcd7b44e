"""Builders shared by the practice tests: the page tree, editors, admin form data."""

import json
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from tests.factories import (
    ApproachFactory,
    CityPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
)

PRACTICE_FORMSETS = ("contacts", "departments", "downloads", "related_practice_links")


def build_tree(home_page):
    """Startseite > Praxis > Mannheim and Augsburg, each with one live practice."""
    approach = ApproachFactory(name="datenbasiert")
    index = PracticeIndexPageFactory(parent=home_page)
    mannheim = CityPageFactory(
        parent=index, city__name="Mannheim", city__slug="mannheim"
    )
    augsburg = CityPageFactory(
        parent=index,
        city__name="Augsburg",
        city__slug="augsburg",
        city__federal_state="BY",
    )
    return SimpleNamespace(
        home=home_page,
        index=index,
        approach=approach,
        mannheim=mannheim,
        mannheim_practice=PracticePageFactory(
            parent=mannheim,
            title="Bildungsmonitoring Mannheim",
            slug="bildungsmonitoring-mannheim",
            approaches=[approach],
        ),
        augsburg=augsburg,
        augsburg_practice=PracticePageFactory(
            parent=augsburg,
            title="Bildungsregion Augsburg",
            slug="bildungsregion-augsburg",
            approaches=[approach],
        ),
    )


def make_editor(username, group_name):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "geheim-123"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


def empty_formsets(*prefixes):
    data = {}
    for prefix in prefixes:
        data |= {
            f"{prefix}-TOTAL_FORMS": "0",
            f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-MIN_NUM_FORMS": "0",
            f"{prefix}-MAX_NUM_FORMS": "1000",
        }
    return data


def practice_form_data(approach, title, slug, **extra):
    """A complete, valid POST body for the practice add and edit forms."""
    return {
        "title": title,
        "slug": slug,
        "teaser": "Wie die Stadt ihre Bildungsplanung auf Daten stützt.",
        "status": "laufend",
        "approaches": [approach.pk],
        "further_links-count": "0",
        **empty_formsets(*PRACTICE_FORMSETS),
        **extra,
    }


def city_form_data(city_page, title, **extra):
    return {
        "title": title,
        "slug": city_page.slug,
        "city": city_page.city_id,
        **empty_formsets("contacts"),
        **extra,
    }


def index_form_data(index_page, title, **extra):
    return {"title": title, "slug": index_page.slug, **extra}


def draftail(text):
    """Rich text as the admin's Draftail editor posts it."""
    block = {
        "key": "a1b2c",
        "type": "unstyled",
        "text": text,
        "depth": 0,
        "inlineStyleRanges": [],
        "entityRanges": [],
    }
    return json.dumps({"blocks": [block], "entityMap": {}})


def home_form_data(home_page, title, **extra):
    return {
        "title": title,
        "slug": home_page.slug,
        "hero_heading": home_page.hero_heading,
        "intro": draftail("Das Großstadtnetzwerk teilt gute Praxis."),
        "approaches_heading": home_page.approaches_heading,
        "body-count": "0",
        **extra,
    }
