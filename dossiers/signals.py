from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.db import transaction
from django.db.models.signals import post_migrate, pre_delete
from django.dispatch import receiver
from wagtail.signals import page_published

from practices.models import PracticePage

from .models import DossierPage, DossierPractice, PrintOrder, PrintStock
from .permissions import ensure_dispatch_group


def _queue_pdf(page_id):
    from .tasks import generate_dossier_pdf

    # After commit: the worker must see the published content.
    transaction.on_commit(lambda: generate_dossier_pdf.enqueue(page_id), robust=True)


@receiver(page_published, sender=DossierPage)
def dossier_published(sender, instance, **kwargs):
    _queue_pdf(instance.pk)


@receiver(page_published, sender=PracticePage)
def practice_published(sender, instance, **kwargs):
    # The PDF embeds the practice's profile, so it follows the practice's edits.
    dossier_ids = DossierPractice.objects.filter(
        practice=instance, dossier__live=True
    ).values_list("dossier_id", flat=True)
    for dossier_id in dossier_ids:
        _queue_pdf(dossier_id)


@receiver(pre_delete, sender=PrintOrder)
def order_deleted(sender, instance, **kwargs):
    if instance.holds_stock:
        for item in instance.items.exclude(dossier=None):
            PrintStock.release(item.dossier_id, item.quantity)


@receiver(post_migrate)
def create_dispatch_group(sender, **kwargs):
    if sender.name != "dossiers":
        return
    # Django's own handler for this app may not have run yet.
    create_permissions(
        apps.get_app_config("dossiers"), verbosity=0, using=kwargs.get("using")
    )
    ensure_dispatch_group()
