"""Background work of the dossiers app: order mails and PDF generation."""

import logging

from django_tasks import task

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


@task()
def generate_dossier_pdf(page_id):
    from .pdf import store_generated_pdf

    dossier = DossierPage.objects.live().filter(pk=page_id).first()
    if dossier is None or dossier.pdf_document_id is not None:
        return
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
