"""Leichte Sprache, Gebärdensprache and the accessibility statement as content
types; barrier reports in the admin; a section of the editors' guide."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from core.contract import ContentType, Demo, SearchPart
from core.grants import NetworkEditorGrant
from core.guide import GuideSection

from . import demo, search
from .models import (
    AccessibilityStatementPage,
    BarrierReport,
    EasyLanguagePage,
    SignLanguagePage,
)
from .viewsets import BarrierReportPermissionPolicy, BarrierReportViewSet

register_permission_policy(BarrierReport, BarrierReportPermissionPolicy(BarrierReport))

STYLESHEETS = ("accessibility/css/accessibility.css",)


@hooks.register("register_content_type")
def easy_language():
    return ContentType(
        key="easy_language",
        label=_("Leichte Sprache"),
        singular=_("Leichte Sprache"),
        model=EasyLanguagePage,
        order=86,
        search=SearchPart(search.easy_language_entry, search.all_easy_language_pages),
        demo=Demo(load=demo.load),
        stylesheets=STYLESHEETS,
    )


@hooks.register("register_content_type")
def sign_language():
    return ContentType(
        key="sign_language",
        label=_("Gebärdensprache"),
        singular=_("Gebärdensprache"),
        model=SignLanguagePage,
        order=87,
        search=SearchPart(search.sign_language_entry, search.all_sign_language_pages),
    )


@hooks.register("register_content_type")
def accessibility_statement():
    return ContentType(
        key="accessibility_statement",
        label=_("Barrierefreiheit"),
        singular=_("Erklärung zur Barrierefreiheit"),
        model=AccessibilityStatementPage,
        order=88,
        search=SearchPart(search.statement_entry, search.all_statement_pages),
        # Reports come from visitors: storing one must not empty the page cache.
        visitor_written=("accessibility.barrierreport",),
        robots_disallow=lambda request: ["/barriere-melden/"],
    )


@hooks.register("register_admin_viewset")
def register_barrier_reports():
    return BarrierReportViewSet()


@hooks.register("register_network_editor_grants")
def network_editors_handle_reports_and_videos():
    return NetworkEditorGrant(
        permissions=(
            "accessibility.view_barrierreport",
            "accessibility.change_barrierreport",
        ),
        # wagtailmedia checks media rights per collection, like images.
        collection_permissions=("wagtailmedia.add_media", "wagtailmedia.change_media"),
    )


@hooks.register("register_editor_guide_section")
def guide_sections():
    return [
        GuideSection(
            "netzwerkredaktion",
            "gebaerdensprache-video",
            _("Ein Video in Gebärdensprache einstellen"),
            "accessibility/admin/guide/sign_language_video.html",
            order=80,
        ),
        GuideSection(
            "netzwerkredaktion",
            "barrieremeldungen",
            _("Barrieremeldungen bearbeiten"),
            "accessibility/admin/guide/barrier_reports.html",
            order=81,
        ),
    ]
