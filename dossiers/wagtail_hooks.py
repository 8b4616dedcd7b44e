from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.permissions import policy_registry, register_permission_policy

from core.admin_access import may_publish_pages
from core.contract import (
    AlertPart,
    ContentType,
    Demo,
    Generated,
    HomeSection,
    LibraryPart,
    SearchPart,
    Slot,
    StructuredData,
    TagListing,
)
from core.guide import GuideSection

from . import demo, figures, generate, home, library, search, structured_data
from .dashboard import DispatchPanel, LowStockPanel
from .feeds import DossierFeed
from .models import DossierPage, OrderStatus, PrintOrder
from .ordering import change_status
from .viewsets import PrintDispatchGroup, PrintOrderPermissionPolicy

register_permission_policy(PrintOrder, PrintOrderPermissionPolicy(PrintOrder))


@hooks.register("register_content_type")
def dossier():
    return ContentType(
        key="dossier",
        label=_("Themendossiers"),
        singular=_("Themendossier"),
        model=DossierPage,
        order=30,
        search=SearchPart(search.dossier_entry, search.all_dossiers),
        tag_listing=TagListing(search.tagged_dossiers, search.dossier_tag_counts),
        home=HomeSection(
            heading=_("Themendossiers"),
            link_text=_("Alle Themendossiers"),
            items=home.newest_dossiers,
            index_url=home.dossier_index_url,
            card_template="dossiers/includes/dossier_card.html",
            limit=2,
            list_class="dossier-list",
        ),
        feed=DossierFeed,
        structured_data=StructuredData(structured_data.dossier_data, "article"),
        key_figures=figures.KEY_FIGURES,
        demo=Demo(load=demo.load, accounts=demo.DEMO_ACCOUNTS),
        generated=(
            Generated(
                "dossiers",
                _("Themendossiers"),
                10,
                lambda gen, count, made: generate.generate_dossiers(
                    gen, count, made.get("practices", [])
                ),
            ),
        ),
        # Orders come from visitors: ordering must not empty the page cache.
        visitor_written=("dossiers.printorder", "dossiers.printorderitem"),
        stylesheets=("dossiers/css/dossiers.css",),
        slots=(
            Slot(
                "practices.PracticePage",
                "aside",
                "dossiers/includes/practice_dossiers.html",
            ),
        ),
        library=LibraryPart(library.dossier_pdfs),
        alerts=AlertPart(tags=lambda page: [*page.approaches.all(), *page.tags.all()]),
    )


@hooks.register("register_admin_viewset")
def register_dispatch_viewsets():
    return PrintDispatchGroup()


@hooks.register("construct_homepage_panels")
def add_print_panels(request, panels):
    # The dispatch panel lists low stock too; nobody needs it twice.
    if policy_registry.get_by_type(PrintOrder).user_has_permission(
        request.user, "view"
    ):
        panels.append(DispatchPanel())
    elif may_publish_pages(request.user):
        panels.append(LowStockPanel())


@hooks.register("register_bulk_action")
class MarkShippedBulkAction(BulkAction):
    display_name = _("Versendet")
    action_type = "mark_shipped"
    aria_label = _("Ausgewählte Bestellungen als versendet markieren")
    template_name = "dossiers/admin/confirm_bulk_shipped.html"
    models = [PrintOrder]

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(PrintOrder)

    def dispatch(self, request, *args, **kwargs):
        # Even the confirmation page lists names, so refuse before showing it.
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def check_perm(self, order):
        return OrderStatus.SHIPPED in order.next_statuses

    @classmethod
    def execute_action(cls, objects, **kwargs):
        shipped = sum(change_status(order, OrderStatus.SHIPPED) for order in objects)
        return shipped, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d Bestellung als versendet markiert.",
            "%(count)d Bestellungen als versendet markiert.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


@hooks.register("register_editor_guide_section")
def dossier_guide():
    return [
        GuideSection(
            "netzwerkredaktion",
            "dossiers-zusammenstellen",
            _("Themendossiers zusammenstellen"),
            "dossiers/admin/guide/assemble_dossier.html",
            order=30,
        ),
        GuideSection(
            "versand",
            "bestellungen-bearbeiten",
            _("Bestellungen bearbeiten"),
            "dossiers/admin/guide/handle_orders.html",
            order=10,
        ),
        GuideSection(
            "versand",
            "exporte",
            _("Adresslisten exportieren"),
            "dossiers/admin/guide/export_orders.html",
            order=20,
        ),
    ]
