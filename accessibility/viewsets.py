"""Barrier reports in the admin: the network editors set status, answer date
and a note; what the visitor wrote stays as it came."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from .models import BarrierReport, ReportStatus

__all__ = ["BarrierReportPermissionPolicy", "BarrierReportViewSet"]


class BarrierReportPermissionPolicy(ModelPermissionPolicy):
    """Reports come only from visitors: nobody adds or deletes them here."""

    def user_has_permission(self, user, action):
        if action in ("add", "delete"):
            return False
        return super().user_has_permission(user, action)


class BarrierReportFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=ReportStatus.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Eingegangen am"), widget=DateRangePickerWidget
    )

    class Meta:
        model = BarrierReport
        fields = ["status", "created_at"]


class BarrierReportViewSet(ModelViewSet):
    model = BarrierReport
    name = "barrier_reports"
    url_prefix = "barrieremeldungen"
    icon = "warning"
    menu_label = _("Barrieremeldungen")
    menu_order = 275
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["created_at", "page_reference", "status", "answered_on"]
    list_filter = None
    filterset_class = BarrierReportFilterSet
    search_fields = ["page_reference", "description"]
    ordering = ["-created_at"]
    # What the visitor wrote stands above the editors' fields, unchangeable.
    panels = [
        FieldPanel("created_at", read_only=True),
        FieldPanel("page_reference", read_only=True),
        FieldPanel("description", read_only=True),
        FieldPanel("contact_name", read_only=True),
        FieldPanel("contact_email", read_only=True),
        FieldPanel("status"),
        FieldPanel("answered_on"),
        FieldPanel("note"),
    ]
    inspect_view_fields = [
        "created_at",
        "page_reference",
        "description",
        "contact_name",
        "contact_email",
        "status",
        "answered_on",
        "note",
        "mail_sent_at",
        "anonymised_at",
    ]
