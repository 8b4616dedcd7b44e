"""Practices and cities' pages as the portal's content types."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.contract import (
    ContentType,
    Demo,
    Generated,
    HomeSection,
    SearchPart,
    StructuredData,
    TagListing,
)

from . import demo, figures, generate, home, search, structured_data
from .feeds import PracticeFeed
from .models import CityPage, PracticePage


@hooks.register("register_content_type")
def practice():
    return ContentType(
        key="practice",
        label=_("Praxisprofile"),
        singular=_("Praxisprofil"),
        model=PracticePage,
        order=10,
        search=SearchPart(search.practice_entry, search.all_practices),
        tag_listing=TagListing(
            search.tagged_practices,
            search.practice_tag_counts,
            filter_url=search.practice_listing_url,
        ),
        home=HomeSection(
            heading=_("Neue Praxisprofile"),
            link_text=_("Alle Praxisprofile"),
            items=home.newest_practices,
            index_url=home.practice_index_url,
            card_template="components/practice_card.html",
        ),
        feed=PracticeFeed,
        structured_data=StructuredData(structured_data.practice_data, "article"),
        key_figures=figures.KEY_FIGURES,
        charts=figures.CHARTS,
        demo=Demo(load=demo.load, accounts=demo.DEMO_ACCOUNTS),
        generated=(
            Generated(
                "cities",
                _("Kommunen"),
                40,
                lambda gen, count, made: generate.generate_cities(gen, count),
            ),
            Generated(
                "practices",
                _("Praxisprofile"),
                1000,
                lambda gen, count, made: generate.generate_practices(
                    gen, count, made["cities"]
                ),
                requires=("cities",),
            ),
        ),
    )


@hooks.register("register_content_type")
def city():
    return ContentType(
        key="city",
        label=_("Kommunen"),
        singular=_("Kommune"),
        model=CityPage,
        order=20,
        search=SearchPart(search.city_entry, search.all_city_pages),
        structured_data=StructuredData(structured_data.city_data),
    )
