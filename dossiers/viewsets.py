"""The dispatch admin: orders with filters, status changes and export; stock."""

import datetime

import django_filters
from django import forms
from django.contrib import messages
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList, Panel
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, TitleColumn
from wagtail.admin.views.generic import EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy

from core.text import NeutralisedExportMixin, german_datetime

from .models import DossierPage, OrderStatus, PrintOrder, PrintStock
from .ordering import ADDRESS_FIELDS, change_status

__all__ = ["PrintDispatchGroup", "PrintOrderPermissionPolicy"]


class PrintOrderPermissionPolicy(ModelPermissionPolicy):
    """Orders come only from the public form, never from the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


class PrintOrderFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=OrderStatus.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    dossier = django_filters.ModelChoiceFilter(
        label=_("Themendossier"),
        field_name="items__dossier",
        queryset=DossierPage.objects.order_by("-issue_number"),
        distinct=True,
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Bestellt am"), widget=DateRangePickerWidget
    )

    class Meta:
        model = PrintOrder
        fields = ["status", "dossier", "created_at"]


class PrintOrderIndexView(NeutralisedExportMixin, IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("items")

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        return super()._get_title_column(
            field_name,
            column_class,
            get_title_id=lambda order: f"order_{order.pk}_title",
            **kwargs,
        )

    @cached_property
    def columns(self):
        checkbox = BulkActionsCheckboxColumn("bulk_actions", obj_type="order")
        return [checkbox, *super().columns]


class OrderSummaryPanel(Panel):
    """Address and items, read-only above the status form."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "dossiers/admin/order_summary_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["order"] = self.instance
            return context


class PrintOrderForm(WagtailAdminModelForm):
    """Status and note; the status moves only along the allowed transitions."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial_status = self.instance.status
        allowed = {self.initial_status, *self.instance.next_statuses}
        self.fields["status"].choices = [
            choice for choice in OrderStatus.choices if choice[0] in allowed
        ]

    def save(self, commit=True):
        # The status changes in PrintOrderEditView through change_status().
        self.instance.status = self.initial_status
        if commit:
            self.instance.save(update_fields=["note"])
        return self.instance


class PrintOrderEditView(EditView):
    def save_instance(self):
        order = super().save_instance()
        wanted = self.form.cleaned_data["status"]
        if wanted != order.status and not change_status(order, wanted):
            messages.error(
                self.request,
                _("Der Status wurde inzwischen geändert; bitte erneut prüfen."),
            )
        return order


class PrintOrderInspectView(InspectView):
    def get_items_summary_display_value(self):
        return self.object.items_summary()

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if value is None or value == "":
            return "–"
        if isinstance(value, datetime.date):
            return german_datetime(value)  # Europe/Berlin, as in the list
        return value


class PrintOrderViewSet(ModelViewSet):
    model = PrintOrder
    name = "bestellungen"
    icon = "mail"
    menu_label = _("Bestellungen")
    index_view_class = PrintOrderIndexView
    edit_view_class = PrintOrderEditView
    inspect_view_class = PrintOrderInspectView
    index_template_name = "dossiers/admin/printorder_index.html"
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "reference",
        "status",
        "name",
        "town",
        "items_summary",
        "created_at",
    ]
    filterset_class = PrintOrderFilterSet
    search_fields = ["reference", "name", "organisation", "email", "town"]
    ordering = ["-created_at"]
    list_export = [
        "reference",
        "name",
        "organisation",
        "street",
        "postcode",
        "town",
        "get_country_display",
        "items_summary",
        "total_copies",
        "get_status_display",
        "confirmed_at",
    ]
    export_headings = {
        "get_country_display": _("Land"),
        "get_status_display": _("Status"),
    }
    export_filename = "bestellungen-adressen"
    inspect_view_fields = [
        "reference",
        "status",
        "items_summary",
        *ADDRESS_FIELDS,
        "note",
        "created_at",
        "confirm_by",
        "confirmed_at",
        "status_changed_at",
        "confirmation_mail_sent_at",
        "dispatch_mail_sent_at",
        "mail_attempts",
        "anonymised_at",
    ]
    edit_handler = ObjectList(
        [OrderSummaryPanel(), FieldPanel("status"), FieldPanel("note")],
        base_form_class=PrintOrderForm,
    )


class PrintStockForm(WagtailAdminModelForm):
    change = forms.IntegerField(
        label=_("Zugang (+) oder Abgang (−)"),
        min_value=-100_000,
        max_value=100_000,
        help_text=_(
            "z. B. 250 für einen Nachdruck oder -3 für beschädigte Hefte. Laufende "
            "Bestellungen werden dabei nicht überschrieben."
        ),
    )

    def clean_change(self):
        change = self.cleaned_data["change"]
        if self.instance.stock + change < 0:
            raise forms.ValidationError(
                _("Es sind nur %(stock)s Exemplare auf Lager.")
                % {"stock": self.instance.stock}
            )
        return change

    def save(self, commit=True):
        if commit:
            PrintStock.adjust(self.instance.pk, self.cleaned_data["change"])
            self.instance.refresh_from_db()
        return self.instance


class PrintStockIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("dossier")


class PrintStockViewSet(ModelViewSet):
    model = PrintStock
    index_view_class = PrintStockIndexView
    name = "lagerbestand"
    icon = "clipboard-list"
    menu_label = _("Lagerbestand")
    copy_view_enabled = False
    list_display = ["dossier", "stock", "updated_at"]
    ordering = ["-dossier__issue_number"]
    edit_handler = ObjectList(
        [FieldPanel("stock", read_only=True), FieldPanel("change")],
        base_form_class=PrintStockForm,
    )


class PrintDispatchGroup(ModelViewSetGroup):
    menu_label = _("Druckversand")
    menu_icon = "mail"
    menu_order = 260
    items = (PrintOrderViewSet, PrintStockViewSet)
