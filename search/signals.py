"""Follow publish, unpublish, move, privacy changes and deletes into the index."""

from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.coalesce import queue_batch, queue_once, runs_inline

from .indexing import entry_key
from .registry import source_for_model
from .tasks import delete_entries_task, update_objects_task, update_subtree_task


def _enqueue_batch(task, *args, items):
    if runs_inline(task):
        # Development and tests run tasks inside `enqueue`: the index follows
        # within the same request, as the next page expects.
        task.enqueue(*args, list(items))
    else:
        # One task per kind and transaction after the commit, with the objects
        # of every save merged: a bulk import re-indexes in one go.
        queue_batch(task, *args, items=items)


def _enqueue_once(task, *args):
    if runs_inline(task):
        task.enqueue(*args)
    else:
        queue_once(task, *args)


def _queue_object(instance):
    if isinstance(instance, Page):
        _enqueue_batch(update_objects_task, "wagtailcore.Page", items=[instance.pk])
    elif source_for_model(type(instance)):
        _enqueue_batch(update_objects_task, instance._meta.label, items=[instance.pk])


def page_changed(sender, instance, **kwargs):
    _queue_object(instance)


def page_moved(sender, instance, **kwargs):
    _enqueue_once(update_subtree_task, instance.pk)


def restriction_changed(sender, instance, **kwargs):
    _enqueue_once(update_subtree_task, instance.page_id)


def collection_restriction_changed(sender, instance, **kwargs):
    documents = get_document_model().objects.filter(
        collection__path__startswith=instance.collection.path
    )
    pks = list(documents.values_list("pk", flat=True))
    if pks:
        label = get_document_model()._meta.label
        _enqueue_batch(update_objects_task, label, items=pks)


def object_saved(sender, instance, raw=False, **kwargs):
    if not raw and not isinstance(instance, Page):
        _queue_object(instance)


def object_deleted(sender, instance, **kwargs):
    # Delete by key: the specific row may already be gone when this runs.
    if isinstance(instance, Page) or source_for_model(type(instance)):
        _enqueue_batch(delete_entries_task, items=[entry_key(instance)])


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
