"""Background work of the dossiers app: order mails and PDF generation."""

import logging

from django.core.cache import cache
from django_tasks import task

from core.coalesce import queue_once

from . import mails
from .models import DossierPage, OrderStatus, PrintOrder

logger = logging.getLogger(__name__)


@task()
def send_confirmation_mail(order_id):
    order = (
        PrintOrder.objects.filter(
            pk=order_id,
            status=OrderStatus.UNCONFIRMED,
            confirmation_mail_sent_at=None,
        )
        .prefetch_related("items")
        .first()
    )
    if order is not None:
        mails.send_confirmation(order)


@task()
def send_dispatch_notice(order_id):
    order = (
        PrintOrder.objects.filter(pk=order_id, dispatch_mail_sent_at=None)
        .prefetch_related("items")
        .first()
    )
    if order is not None:
        mails.send_dispatch_notice(order)


def queue_pdf(page_id):
    # Once per dossier and transaction, after the commit: the worker must see
    # the changed content, and ten edited practices of one dossier render once.
    queue_once(generate_dossier_pdf, page_id)


def queue_stale_pdf(generated):
    """Once per stale state, however often visitors ask for the PDF meanwhile."""
    key = f"dossiers:pdf-queued:{generated.dossier_id}:{generated.fingerprint}"
    if cache.add(key, True, timeout=10 * 60):
        queue_pdf(generated.dossier_id)


@task()
def generate_dossier_pdf(page_id):
    from .pdf import store_generated_pdf

    dossier = (
        DossierPage.objects.live()
        .filter(pk=page_id)
        .select_related("generated_pdf")
        .first()
    )
    if dossier is None or dossier.pdf_document_id is not None:
        return
    generated = getattr(dossier, "generated_pdf", None)
    if generated is not None and generated.is_current(dossier):
        return  # queued twice for one change
    try:
        store_generated_pdf(dossier)
    except OSError as error:
        # WeasyPrint's native libraries are missing: the page stays without a PDF.
        logger.error(
            "PDF für Dossier %s nicht erzeugt (%s). Benötigt: apt-get install "
            "libpango-1.0-0 libpangoft2-1.0-0",
            page_id,
            error,
        )
