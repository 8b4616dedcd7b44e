"""Registration, its confirmation and management, and the calendar files.

The form lives on its own URL, never inside a cached page: a CSRF token must
not be shared between visitors. Links from mails show a page with a button,
so link scanners confirm or cancel nothing.
"""

import re

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from core.forms import HONEYPOT_FIELD
from core.mails import hash_token
from core.models import PortalSettings
from core.ratelimit import hit, too_many_requests
from core.visibility import page_is_findable
from members.access import MEMBERS_GROUP

from . import registration as seats
from .conf import setting
from .forms import RegistrationForm
from .ical import meeting_calendar
from .links import manage_token, reference_from
from .models import MeetingPage, Registration, RegistrationStatus

LINK_LIMIT = 30  # confirmation and management requests per address and hour
CONFIRMATION_TOKEN = re.compile(r"^[A-Za-z0-9_-]{43}$")


def _public_meeting(**lookup):
    meeting = MeetingPage.objects.live().filter(**lookup).order_by("pk").first()
    if meeting is None or not page_is_findable(meeting):
        raise Http404
    return meeting


def is_member(user):
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=MEMBERS_GROUP).exists()


def _privacy_page(request):
    privacy = PortalSettings.for_request(request).privacy_page
    return privacy if privacy and privacy.live else None


def _show_form(request, meeting, form, status=200):
    context = {
        "meeting": meeting,
        "form": form,
        "privacy": _privacy_page(request),
        "seats": seats.seat_summary(meeting),
    }
    return render(request, "meetings/registration_form.html", context, status=status)


def _initial(request):
    user = request.user
    if not user.is_authenticated:
        return {}
    return {"name": user.get_full_name(), "email": user.email}


@require_http_methods(["GET", "POST"])
def register(request, meeting_id):
    meeting = _public_meeting(pk=meeting_id)
    if meeting.members_only and not is_member(request.user):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        context = {"meeting": meeting}
        return render(request, "meetings/members_only.html", context, status=403)
    if not meeting.accepts_registrations:
        status = 200 if request.method == "GET" else 409
        context = {"meeting": meeting}
        return render(
            request, "meetings/registration_closed.html", context, status=status
        )
    if request.method == "GET":
        return _show_form(request, meeting, RegistrationForm(initial=_initial(request)))
    window = setting("MEETING_RATELIMIT_WINDOW")
    if hit(request, "meeting-register", setting("MEETING_RATELIMIT_POSTS"), window):
        return too_many_requests(request, window)
    form = RegistrationForm(request.POST)
    if not form.is_valid():
        status = 400 if HONEYPOT_FIELD in form.errors else 422
        return _show_form(request, meeting, form, status=status)
    seats.purge_expired()  # opportunistically, besides the daily timer
    seats.register(meeting, form.cleaned_data)
    return redirect("meeting_registration_received", meeting_id=meeting.pk)


@require_GET
def registration_received(request, meeting_id):
    context = {
        "meeting": _public_meeting(pk=meeting_id),
        "confirmation_hours": setting("MEETING_CONFIRMATION_HOURS"),
    }
    return render(request, "meetings/registration_received.html", context)


def _link_limit(request):
    if hit(request, "meeting-link", LINK_LIMIT, 60 * 60):
        return too_many_requests(request, 60 * 60)
    return None


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    if limited := _link_limit(request):
        return limited
    registration = None
    if CONFIRMATION_TOKEN.match(token):
        registration = (
            Registration.objects.filter(confirmation_token_hash=hash_token(token))
            .select_related("meeting")
            .first()
        )
    if registration is None:
        return render(request, "meetings/link_invalid.html", status=404)
    if request.method == "POST":
        current = seats.confirm(registration)
        return redirect("meeting_registration", token=manage_token(current))
    status = 410 if registration.is_expired else 200
    context = {"registration": registration, "meeting": registration.meeting}
    return render(request, "meetings/registration_confirm.html", context, status=status)


@require_http_methods(["GET", "POST"])
def manage(request, token):
    if limited := _link_limit(request):
        return limited
    reference = reference_from(token)
    registration = (
        Registration.objects.filter(reference=reference)
        .select_related("meeting")
        .first()
        if reference
        else None
    )
    if registration is None or registration.purged_at:
        return render(request, "meetings/link_invalid.html", status=404)
    if request.method == "POST":
        seats.cancel(registration)
        return redirect("meeting_registration", token=token)
    meeting = registration.meeting
    confirmed = registration.status == RegistrationStatus.CONFIRMED
    context = {
        "registration": registration,
        "meeting": meeting,
        "statuses": RegistrationStatus,
        "access_url": meeting.access_url if confirmed and meeting.online else "",
        "may_cancel": registration.status
        in (
            RegistrationStatus.CONFIRMED,
            RegistrationStatus.WAITING,
        )
        and not meeting.is_past,
    }
    return render(request, "meetings/registration_manage.html", context)


def _calendar_response(body, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def meeting_ics(request, slug):
    meeting = _public_meeting(slug=slug)
    return _calendar_response(meeting_calendar([meeting]), f"{slug}.ics")


@require_GET
def calendar_ics(request):
    from .search import public_meetings

    meetings = public_meetings().order_by("start", "pk")
    body = meeting_calendar(meetings, name="Großstadtnetzwerk: Veranstaltungen")
    return _calendar_response(body, "veranstaltungen.ics")
