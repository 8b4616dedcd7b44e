"""The organisers' admin: registrations per meeting, export, attendance."""

import django_filters
from django import forms
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from core.admin_access import may_publish_pages
from core.text import NeutralisedExportMixin

from .models import MeetingPage, Registration, RegistrationStatus

__all__ = ["RegistrationPermissionPolicy", "RegistrationViewSet"]


class RegistrationPermissionPolicy(ModelPermissionPolicy):
    """Network editors (who may publish) see and mark registrations; nobody
    adds or deletes them here: they come from the form and leave by purge."""

    def user_has_permission(self, user, action):
        if action in ("add", "delete"):
            return False
        return user.is_active and (user.is_superuser or may_publish_pages(user))

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class RegistrationFilterSet(WagtailFilterSet):
    meeting = django_filters.ModelChoiceFilter(
        label=_("Veranstaltung"),
        queryset=MeetingPage.objects.order_by("-start"),
    )
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=RegistrationStatus.choices,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Registration
        fields = ["meeting", "status"]


class RegistrationIndexView(NeutralisedExportMixin, IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("meeting")

    @cached_property
    def columns(self):
        checkbox = BulkActionsCheckboxColumn("bulk_actions", obj_type="registration")
        return [checkbox, *super().columns]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        meeting_id = self.request.GET.get("meeting", "")
        context["meeting"] = (
            MeetingPage.objects.filter(pk=meeting_id).first()
            if meeting_id.isdigit()
            else None
        )
        return context


class RegistrationViewSet(ModelViewSet):
    model = Registration
    name = "anmeldungen"
    icon = "group"
    menu_label = _("Veranstaltungsanmeldungen")
    menu_order = 270
    add_to_admin_menu = True
    index_view_class = RegistrationIndexView
    index_template_name = "meetings/admin/registration_index.html"
    copy_view_enabled = False
    list_display = ["name", "organisation", "city", "meeting", "status", "attended"]
    filterset_class = RegistrationFilterSet
    search_fields = ["name", "organisation", "city", "email"]
    ordering = ["meeting", "created_at"]
    list_export = [
        "name",
        "organisation",
        "city",
        "email",
        "accessibility_needs",
        "get_status_display",
        "attendance",
        "confirmed_at",
        "meeting",
    ]
    export_headings = {"get_status_display": _("Status")}
    export_filename = "veranstaltung-anmeldungen"
    edit_handler = ObjectList(
        [
            FieldPanel("name", read_only=True),
            FieldPanel("organisation", read_only=True),
            FieldPanel("city", read_only=True),
            FieldPanel("email", read_only=True),
            FieldPanel("accessibility_needs", read_only=True),
            FieldPanel("status", read_only=True),
            FieldPanel("attended"),
        ]
    )
