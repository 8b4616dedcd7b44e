"""Admin views of the practices app: confirming a practice as reviewed."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request

from .models import PracticePage
from .review import mark_reviewed, may_mark_reviewed


def mark_reviewed_view(request, page_id):
    """GET asks, POST marks: a link in a menu never changes anything."""
    page = get_object_or_404(PracticePage, pk=page_id)
    if not may_mark_reviewed(page, request.user):
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    next_url = get_valid_next_url_from_request(request) or edit_url
    if request.method == "POST":
        mark_reviewed(page, request.user)
        messages.success(request, _("Als geprüft markiert"))
        return redirect(next_url)
    return TemplateResponse(
        request,
        "practices/admin/confirm_mark_reviewed.html",
        {
            "page": page,
            "today": timezone.localdate(),
            "next_url": next_url,
            "header_title": _("Als geprüft markieren"),
            "page_title": _("Als geprüft markieren"),
            "page_subtitle": page.title,
            "header_icon": "calendar-check",
        },
    )
