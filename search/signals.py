"""Follow publish, unpublish, move, privacy changes and deletes into the index."""

from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .indexing import entry_key
from .registry import source_for_model
from .tasks import delete_entries_task, update_objects_task, update_subtree_task


def _enqueue(task, *args):
    # Enqueued inside the saving transaction: the database task queue only
    # sees the task once the content it refers to is committed too.
    task.enqueue(*args)


def _queue_object(instance):
    if isinstance(instance, Page):
        _enqueue(update_objects_task, "wagtailcore.Page", [instance.pk])
    elif source_for_model(type(instance)):
        _enqueue(update_objects_task, instance._meta.label, [instance.pk])


def page_changed(sender, instance, **kwargs):
    _queue_object(instance)


def page_moved(sender, instance, **kwargs):
    _enqueue(update_subtree_task, instance.pk)


def restriction_changed(sender, instance, **kwargs):
    _enqueue(update_subtree_task, instance.page_id)


def collection_restriction_changed(sender, instance, **kwargs):
    documents = get_document_model().objects.filter(
        collection__path__startswith=instance.collection.path
    )
    pks = list(documents.values_list("pk", flat=True))
    if pks:
        _enqueue(update_objects_task, get_document_model()._meta.label, pks)


def object_saved(sender, instance, raw=False, **kwargs):
    if not raw and not isinstance(instance, Page):
        _queue_object(instance)


def object_deleted(sender, instance, **kwargs):
    # Delete by key: the specific row may already be gone when this runs.
    if isinstance(instance, Page) or source_for_model(type(instance)):
        _enqueue(delete_entries_task, [entry_key(instance)])


def connect():
    page_published.connect(page_changed, dispatch_uid="search-published")
    page_unpublished.connect(page_changed, dispatch_uid="search-unpublished")
    post_page_move.connect(page_moved, dispatch_uid="search-moved")
    post_save.connect(restriction_changed, sender=PageViewRestriction)
    post_delete.connect(restriction_changed, sender=PageViewRestriction)
    post_save.connect(collection_restriction_changed, sender=CollectionViewRestriction)
    post_delete.connect(
        collection_restriction_changed, sender=CollectionViewRestriction
    )
    post_save.connect(object_saved, dispatch_uid="search-object-saved")
    post_delete.connect(object_deleted, dispatch_uid="search-object-deleted")
