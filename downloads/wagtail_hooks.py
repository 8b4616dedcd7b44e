"""The downloads library and its documents as the portal's content types, and
the release of uploads in the admin (the rules are the kernel's core/releases.py:
serving and publishing need them too)."""

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.documents import get_document_model
from wagtail.documents.views.bulk_actions.document_bulk_action import (
    DocumentBulkAction,
)

from core.contract import ContentType, Demo, Generated, SearchPart, TagListing
from core.guide import GuideSection
from core.releases import can_release, release_document

from . import demo, figures, generate, search
from .models import DownloadIndexPage

RELEASE_PANEL_SHOWN = 10


@hooks.register("register_content_type")
def document():
    return ContentType(
        key="document",
        label=_("Downloads"),
        singular=_("Dokument"),
        model=get_document_model(),
        order=50,
        search=SearchPart(search.document_entry, search.all_documents),
        tag_listing=TagListing(
            search.tagged_documents,
            search.document_tag_counts,
            entry_template="downloads/tag_entries/document.html",
        ),
        key_figures=figures.KEY_FIGURES,
        charts=figures.CHARTS,
        generated=(
            Generated(
                "documents",
                _("Downloads"),
                100,
                lambda gen, count, made: generate.generate_documents(
                    gen, count, [page.city for page in made.get("cities", [])]
                ),
            ),
        ),
        stylesheets=("downloads/css/downloads.css",),
    )


@hooks.register("register_content_type")
def library():
    # Declared so that the page cache watches this app's pages too.
    return ContentType(
        key="library",
        label=_("Downloadbibliothek"),
        singular=_("Downloadbibliothek"),
        model=DownloadIndexPage,
        order=55,
        demo=Demo(load=demo.load),
    )


@hooks.register("register_bulk_action")
class ReleaseDocumentsBulkAction(DocumentBulkAction):
    display_name = _("Freigeben")
    action_type = "release"
    aria_label = _("Ausgewählte Dokumente freigeben")
    template_name = "downloads/admin/confirm_bulk_release.html"
    action_priority = 5

    def dispatch(self, request, *args, **kwargs):
        # Only network editors release; city editors submit, like practices.
        if not can_release(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def check_perm(self, document):
        return not document.is_released

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        released = sum(release_document(document, user=user) for document in objects)
        return released, 0

    def get_execution_context(self):
        return {"user": self.request.user}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d Dokument freigegeben.",
            "%(count)d Dokumente freigegeben.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class ReleasePanel(Component):
    name = "document_release"
    order = 40
    template_name = "downloads/admin/release_panel.html"

    def get_context_data(self, parent_context=None):
        pending = get_document_model().objects.awaiting_release()
        documents = list(
            pending.select_related("collection", "uploaded_by_user").order_by(
                "-created_at"
            )[:RELEASE_PANEL_SHOWN]
        )
        release_url = reverse(
            "wagtail_bulk_action",
            args=[
                get_document_model()._meta.app_label,
                get_document_model()._meta.model_name,
                ReleaseDocumentsBulkAction.action_type,
            ],
        )
        return {
            "documents": documents,
            "count": pending.count(),
            "release_url": release_url,
        }


@hooks.register("construct_homepage_panels")
def add_release_panel(request, panels):
    if can_release(request.user):
        panels.append(ReleasePanel())


@hooks.register("register_editor_guide_section")
def downloads_guide():
    return [
        GuideSection(
            "kommunalredaktion",
            "dokumente-hochladen",
            _("Dokumente hochladen"),
            "downloads/admin/guide/upload_documents.html",
            order=50,
        ),
        GuideSection(
            "netzwerkredaktion",
            "dokumente-freigeben",
            _("Dokumente freigeben"),
            "downloads/admin/guide/release_documents.html",
            order=20,
        ),
    ]
