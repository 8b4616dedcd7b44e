from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from core.models import PortalDocument
from core.releases import release_documents_used_by
from core.tasks import extract_document_text


@receiver(post_save, sender=PortalDocument)
def document_saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    # The extraction task saves with update_fields, which never include "file".
    if raw or (update_fields is not None and "file" not in update_fields):
        return
    if created or instance.file_hash != getattr(instance, "_loaded_file_hash", None):
        instance._loaded_file_hash = instance.file_hash
        extract_document_text.enqueue(instance.pk)


@receiver(page_published)
def page_published_releases_documents(sender, instance, **kwargs):
    # A page in the member area shows its documents to members only.
    if not instance.get_view_restrictions().exists():
        release_documents_used_by(instance)
