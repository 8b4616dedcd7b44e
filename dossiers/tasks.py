"""Background work of the dossiers app: order mails and PDF generation."""

from django_tasks import task

from . import mails
from .models import DossierPage, OrderStatus, PrintOrder


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
    if dossier is not None and dossier.pdf_document_id is None:
        store_generated_pdf(dossier)
