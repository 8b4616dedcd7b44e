"""The barrier report form's own URL: the statement page shows the form and
posts here; errors and the thank-you page are rendered here too."""

from django.conf import settings
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from core.forms import HONEYPOT_FIELD
from core.models import PortalSettings
from core.ratelimit import hit, too_many_requests
from core.visibility import live_single

from .forms import BarrierReportForm
from .models import AccessibilityStatementPage
from .reporting import submit

__all__ = ["report_barrier", "report_received"]


def _context(request, form):
    privacy = PortalSettings.for_request(request).privacy_page
    return {
        "form": form,
        "statement": live_single(AccessibilityStatementPage),
        "privacy": privacy if privacy and privacy.live else None,
        "retention_days": settings.BARRIER_REPORT_RETENTION_DAYS,
    }


def _show(request, form, status=200):
    context = _context(request, form)
    return render(request, "accessibility/report_form.html", context, status=status)


@require_http_methods(["GET", "POST"])
def report_barrier(request):
    if request.method == "GET":
        return _show(request, BarrierReportForm())
    window = settings.BARRIER_REPORT_RATELIMIT_WINDOW
    if hit(request, "barrier-report", settings.BARRIER_REPORT_RATELIMIT_POSTS, window):
        return too_many_requests(request, window)
    form = BarrierReportForm(request.POST)
    if not form.is_valid():
        status = 400 if HONEYPOT_FIELD in form.errors else 422
        return _show(request, form, status=status)
    submit(form.cleaned_data)
    return redirect("barrier_report_received")


@require_GET
def report_received(request):
    context = {"statement": live_single(AccessibilityStatementPage)}
    return render(request, "accessibility/report_received.html", context)
