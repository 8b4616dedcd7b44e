"""Ordering printed dossiers without an account, and serving the stored PDFs."""

import re
import secrets

from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from core.forms import HONEYPOT_FIELD
from core.mails import hash_token
from core.models import PortalSettings
from core.ratelimit import hit, too_many_requests
from core.visibility import public_pages_q

from .forms import SUBMISSION_KEY, OrderForm
from .models import DossierPage, OrderStatus, PrintOrder
from .models.pages import with_cover_renditions
from .ordering import OrderQuotaReached, OutOfStock, place_order
from .ordering import confirm_order as confirm
from .tasks import queue_stale_pdf

ORDER_WINDOW = 60 * 60
CONFIRM_LIMIT = 30
ACTIONS = ("pruefen", "aendern", "absenden")
SESSION_KEY = "dossier_order_reference"
CONFIRMATION_TOKEN = re.compile(r"^[A-Za-z0-9_-]{43}$")


def orderable_dossiers():
    return (
        DossierPage.objects.live()
        .filter(public_pages_q())
        .filter(print_available=True)
        .select_related("print_stock", "pdf_document__collection", "generated_pdf")
        .prefetch_related(with_cover_renditions())
        .order_by("-issue_number")
    )


def bad_request(request):
    return render(request, "dossiers/order_bad_request.html", status=400)


def order_form_for(request, data=None):
    privacy = PortalSettings.for_request(request).privacy_page
    initial = {"submission_key": secrets.token_urlsafe(24)}
    return OrderForm(
        data,
        initial=initial,
        dossiers=list(orderable_dossiers()),
        privacy_url=privacy.url if privacy and privacy.live else "",
    )


def preselect(request, form):
    """?ausgabe=<id> from a dossier page starts the form with one copy of it."""
    chosen = request.GET.get("ausgabe", "")
    for dossier in form.dossiers:
        if str(dossier.pk) == chosen:
            form.initial[form.quantity_name(dossier)] = 1


ORDER_META = {
    "meta_title": "Themendossiers kostenfrei bestellen",
    "meta_description": (
        "Die gedruckten Themendossiers des Großstadtnetzwerks kostenfrei bestellen, "
        "solange der Vorrat reicht; ohne Konto, bestätigt per E-Mail."
    ),
}


def show_form(request, form, status=200):
    context = {"form": form, **ORDER_META}
    return render(request, "dossiers/order_form.html", context, status=status)


@require_http_methods(["GET", "POST"])
def order_form(request):
    if request.method == "GET":
        form = order_form_for(request)
        preselect(request, form)
        return show_form(request, form)
    if hit(request, "dossier-order", settings.DOSSIER_ORDER_RATE_LIMIT, ORDER_WINDOW):
        return too_many_requests(request, ORDER_WINDOW)
    action = request.POST.get("action")
    key = request.POST.get("submission_key", "")
    if action not in ACTIONS or not SUBMISSION_KEY.match(key):
        return bad_request(request)
    if action == "absenden":
        existing = PrintOrder.objects.filter(submission_key=key).first()
        if existing is not None:
            return received(request, existing)
    return handle_submission(request, action, order_form_for(request, request.POST))


def handle_submission(request, action, form):
    if not form.is_valid():
        if HONEYPOT_FIELD in form.errors:
            return bad_request(request)
        return show_form(request, form, status=422)
    if action == "aendern":
        return show_form(request, form)
    if action == "pruefen":
        return render(request, "dossiers/order_review.html", {"form": form})
    try:
        order = place_order(
            form.cleaned_data["submission_key"], form.order_data(), form.items()
        )
    except OutOfStock as error:
        error.dossier.print_stock.refresh_from_db()
        form.add_error(
            form.quantity_name(error.dossier), form.stock_message(error.dossier)
        )
        return show_form(request, form, status=409)
    except OrderQuotaReached:
        # A parallel request used the last order of this address meanwhile.
        form.add_error("email", form.quota_error())
        return show_form(request, form, status=422)
    return received(request, order)


def received(request, order):
    request.session[SESSION_KEY] = order.reference
    return redirect("dossier_order_received")


@require_GET
def order_received(request):
    reference = request.session.get(SESSION_KEY, "")
    context = {
        "reference": reference,
        "confirmation_days": settings.DOSSIER_CONFIRMATION_DAYS,
    }
    return render(request, "dossiers/order_received.html", context)


def order_for_token(token):
    if not CONFIRMATION_TOKEN.match(token):
        return None
    return (
        PrintOrder.objects.filter(confirmation_token_hash=hash_token(token))
        .prefetch_related("items")
        .first()
    )


@require_http_methods(["GET", "POST"])
def confirm_order(request, token):
    if hit(request, "dossier-confirm", CONFIRM_LIMIT, ORDER_WINDOW):
        return too_many_requests(request, ORDER_WINDOW)
    order = order_for_token(token)
    if order is None:
        return render(request, "dossiers/order_link_invalid.html", status=404)
    if request.method == "POST":
        confirm(order)
        return redirect("dossier_order_confirm", token=token)
    if order.is_expired:
        confirm(order)  # expires it and returns the copies
    status = 410 if order.status == OrderStatus.EXPIRED else 200
    context = {"order": order, "statuses": OrderStatus}
    return render(request, "dossiers/order_confirm.html", context, status=status)


@require_GET
def dossier_pdf(request, page_id):
    dossier = get_object_or_404(
        DossierPage.objects.live()
        .filter(public_pages_q())
        .select_related("generated_pdf"),
        pk=page_id,
    )
    if dossier.pdf_document_id:
        if not dossier.pdf_document.is_public:
            raise Http404
        return redirect(dossier.pdf_document.url)
    generated = getattr(dossier, "generated_pdf", None)
    if generated is None or not generated.file:
        raise Http404
    if not generated.is_current(dossier):
        # Something it embeds was changed, unpublished, restricted or deleted.
        queue_stale_pdf(generated)
        response = render(
            request, "dossiers/pdf_pending.html", {"dossier": dossier}, status=503
        )
        response["Retry-After"] = "120"
        return response
    return FileResponse(
        generated.file.open("rb"),
        content_type="application/pdf",
        filename=f"themendossier-{dossier.issue_number}.pdf",
    )
