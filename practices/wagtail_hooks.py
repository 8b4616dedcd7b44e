"""Practices and cities' pages as the portal's content types."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from core.admin_access import may_publish_pages
from core.contract import (
    AlertPart,
    ContentType,
    Demo,
    Generated,
    HomeSection,
    SearchPart,
    StructuredData,
    TagListing,
)
from core.guide import GuideSection

from . import demo, figures, generate, home, search, structured_data
from .admin_views import mark_reviewed_view
from .dashboard import CityPracticesPanel, OverduePracticesPanel, ReviewQueuePanel
from .feeds import PracticeFeed
from .models import CityPage, PracticePage
from .permissions import city_pages_edited_by, confined_city_ids
from .review import REVIEW_ACTION, MarkedReviewedFormatter, may_mark_reviewed

MARK_REVIEWED_LABEL = _("Geprüft, unverändert")

# City editors review nothing, and "In Prüfung" lists what they submitted.
REVIEWER_PANELS = (
    "workflow_objects_to_moderate",
    "user_objects_in_workflow_moderation",
)

# City editors keep only their own city's people (core/people.py).
hooks.register("confine_to_cities", confined_city_ids)


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
        alerts=AlertPart(
            tags=lambda page: [*page.approaches.all(), *page.tags.all()],
            cities=lambda page: [page.city] if page.city else [],
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


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path(
            "praxis/<int:page_id>/geprueft/",
            mark_reviewed_view,
            name="practice_mark_reviewed",
        )
    ]


@hooks.register("register_log_actions")
def register_review_log_action(actions):
    actions.register_action(REVIEW_ACTION)(MarkedReviewedFormatter)


class MarkReviewedMenuItem(ActionMenuItem):
    """In the editor's action menu; leads to the confirmation."""

    name = "action-mark-reviewed"
    label = MARK_REVIEWED_LABEL
    icon_name = "calendar-check"

    def is_shown(self, context):
        if context["view"] != "edit" or context["locked_for_user"]:
            return False
        return may_mark_reviewed(context["page"], context["request"].user)

    def get_url(self, parent_context):
        return reverse("practice_mark_reviewed", args=[parent_context["page"].pk])


@hooks.register("register_page_action_menu_item")
def mark_reviewed_menu_item():
    return MarkReviewedMenuItem(order=25)


class MarkReviewedButton(PageMenuItem):
    label = MARK_REVIEWED_LABEL
    icon_name = "calendar-check"
    url_name = "practice_mark_reviewed"

    def is_shown(self, user):
        return may_mark_reviewed(self.page, user)


@hooks.register("register_page_listing_more_buttons")
def mark_reviewed_listing_button(page, user, next_url=None):
    yield MarkReviewedButton(page=page, next_url=next_url, priority=45)


@hooks.register("register_editor_guide_section")
def practice_guide():
    return [
        GuideSection(
            "kommunalredaktion",
            "praxisprofil-anlegen",
            _("Praxisprofil anlegen"),
            "practices/admin/guide/create_practice.html",
            order=10,
        ),
        GuideSection(
            "kommunalredaktion",
            "zur-pruefung-einreichen",
            _("Zur Prüfung einreichen"),
            "practices/admin/guide/submit_practice.html",
            order=20,
        ),
        GuideSection(
            "kommunalredaktion",
            "pruefdatum-bestaetigen",
            _("Prüfdatum bestätigen"),
            "practices/admin/guide/confirm_review.html",
            order=30,
        ),
        GuideSection(
            "netzwerkredaktion",
            "praxisprofile-freigeben",
            _("Praxisprofile freigeben"),
            "practices/admin/guide/approve_practice.html",
            order=10,
        ),
    ]


@hooks.register("construct_homepage_panels")
def add_practice_panels(request, panels):
    user = request.user
    city_pages = list(city_pages_edited_by(user).order_by("title"))
    if city_pages:
        panels.append(CityPracticesPanel(city_pages))
    if may_publish_pages(user):
        panels += [ReviewQueuePanel(user), OverduePracticesPanel()]
    elif city_pages:
        panels[:] = [panel for panel in panels if panel.name not in REVIEWER_PANELS]
