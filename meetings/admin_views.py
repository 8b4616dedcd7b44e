"""The participant list and name badges as PDF, for the organisers."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.permissions import policy_registry

from core.pdf import html_to_pdf

from .models import MeetingPage, Registration, RegistrationStatus

__all__ = ["badges_pdf", "participants_pdf"]


def _participants(request, meeting_id):
    policy = policy_registry.get_by_type(Registration)
    if not policy.user_has_permission(request.user, "view"):
        raise PermissionDenied
    meeting = get_object_or_404(MeetingPage, pk=meeting_id)
    people = meeting.registrations.filter(
        status=RegistrationStatus.CONFIRMED, purged_at=None
    ).order_by("name", "pk")
    return meeting, list(people)


def _pdf(template, meeting, people, filename):
    context = {
        "meeting": meeting,
        "people": people,
        "start": timezone.localtime(meeting.start),
        "end": timezone.localtime(meeting.end),
        "generated_at": timezone.localtime(),
    }
    content, _pages = html_to_pdf(render_to_string(template, context))
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Personal data: never kept by a browser or a cache in between.
    response["Cache-Control"] = "no-store"
    return response


def participants_pdf(request, meeting_id):
    meeting, people = _participants(request, meeting_id)
    filename = f"teilnehmende-{meeting.slug}.pdf"
    return _pdf("meetings/pdf/participants.html", meeting, people, filename)


def badges_pdf(request, meeting_id):
    meeting, people = _participants(request, meeting_id)
    filename = f"namensschilder-{meeting.slug}.pdf"
    return _pdf("meetings/pdf/badges.html", meeting, people, filename)
