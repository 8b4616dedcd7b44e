from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.db.models.signals import post_delete, post_migrate, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from practices.models import PracticePage

from .models import DossierPage, DossierPractice, PrintOrder, PrintStock
from .permissions import ensure_dispatch_group
from .tasks import queue_pdf


def _queue_pdfs(links):
    dossier_ids = links.filter(dossier__live=True).values_list("dossier_id", flat=True)
    for dossier_id in set(dossier_ids):
        queue_pdf(dossier_id)


def _queue_pdfs_below(path):
    """Renew the dossiers embedding a practice at or below `path`."""
    _queue_pdfs(DossierPractice.objects.filter(practice__path__startswith=path))


@receiver(page_published, sender=DossierPage)
def dossier_published(sender, instance, **kwargs):
    queue_pdf(instance.pk)


@receiver(page_published, sender=PracticePage)
def practice_published(sender, instance, **kwargs):
    # The PDF embeds the practice's profile, so it follows the practice's edits.
    _queue_pdfs(DossierPractice.objects.filter(practice=instance))


# The download view refuses a PDF whose embedded practices changed since; these
# renew it for unpublishing, moves, privacy and deletes of a practice or an ancestor.
@receiver(page_unpublished)
@receiver(post_page_move)
def page_left_or_moved(sender, instance, **kwargs):
    _queue_pdfs_below(instance.path)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restriction_changed(sender, instance, raw=False, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).only("path").first()
    if not raw and page is not None:
        _queue_pdfs_below(page.path)


@receiver(pre_delete, sender=PracticePage)
def practice_deleted(sender, instance, **kwargs):
    # Before the delete: the links go with the practice.
    _queue_pdfs(DossierPractice.objects.filter(practice=instance))


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
