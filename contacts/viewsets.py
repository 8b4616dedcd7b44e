"""The log of contact messages in the admin: read-only, without any text."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from .models import ContactMessage, MessageStatus

__all__ = ["ContactMessagePermissionPolicy", "ContactMessageViewSet"]

LOG_FIELDS = [
    "created_at",
    "to_office",
    "person",
    "page",
    "status",
    "confirm_by",
    "confirmed_at",
    "forwarded_at",
    "mail_attempts",
]


class ContactMessagePermissionPolicy(ModelPermissionPolicy):
    """Messages come only from visitors; nobody adds, edits or deletes them."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)


class ContactMessageFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=MessageStatus.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Eingegangen am"), widget=DateRangePickerWidget
    )

    class Meta:
        model = ContactMessage
        fields = ["status", "created_at"]


class ContactMessageViewSet(ModelViewSet):
    model = ContactMessage
    name = "kontaktanfragen"
    icon = "mail"
    menu_label = _("Kontaktanfragen")
    menu_order = 270
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["created_at", "recipient", "page", "status", "forwarded_at"]
    list_filter = None
    filterset_class = ContactMessageFilterSet
    ordering = ["-created_at"]
    inspect_view_fields = LOG_FIELDS
    # Required by ModelViewSet; the permission policy refuses every edit.
    form_fields = ["status"]

    def get_queryset(self, request):
        return ContactMessage.objects.select_related("person", "page")
