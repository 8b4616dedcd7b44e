from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.coalesce import queue_once
from core.models import City, Person

from .export import discard_export
from .models import CityPage, PracticeIndexPage, PracticePage
from .permissions import (
    ensure_city_editor_group,
    ensure_network_editor_group,
    ensure_practice_workflow,
)

# Saving a draft only writes revision bookkeeping; nothing the groups depend on.
CITY_PAGE_FIELDS = {"city", "city_id"}


def _skip(raw, update_fields, relevant=frozenset()):
    if raw:
        return True
    return update_fields is not None and not relevant & set(update_fields)


@receiver(post_save, sender=CityPage)
def city_page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if not _skip(raw, update_fields, CITY_PAGE_FIELDS):
        ensure_city_editor_group(instance)


@receiver(post_save, sender=PracticeIndexPage)
def practice_index_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if not _skip(raw, update_fields):
        ensure_network_editor_group(instance)
        ensure_practice_workflow(instance)


@receiver(post_save, sender=City)
def city_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    # A renamed city renames its editors' group and collection too.
    if raw:
        return
    page = CityPage.objects.filter(city=instance).first()
    if page is not None:
        ensure_city_editor_group(page)


def queue_export(*args, **kwargs):
    from .tasks import write_practice_export

    # Once per transaction, after its commit: the worker must see what was
    # published, and a bulk import rewrites the files once, not once per row.
    queue_once(write_practice_export)


def discard_and_queue_export(*args, **kwargs):
    # What may have left the export (a row, a contact detail) must not be served
    # from the older files until the worker rewrites them.
    discard_export()
    queue_export()


def _is_catalogue_page(page):
    # post_page_move sends a plain Page.
    return issubclass(page.specific_class, (PracticePage, CityPage))


def catalogue_page_published(sender, instance, **kwargs):
    if _is_catalogue_page(instance):
        queue_export()


def page_left(sender, instance, **kwargs):
    if _is_catalogue_page(instance):
        discard_and_queue_export()


def object_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        discard_and_queue_export()


# What changes a row of the open-data export: publishing, unpublishing, moving or
# deleting a practice or city page, privacy, and the cities and people it names.
page_published.connect(catalogue_page_published, dispatch_uid="export-published")
page_unpublished.connect(page_left, dispatch_uid="export-unpublished")
post_page_move.connect(page_left, dispatch_uid="export-moved")
post_delete.connect(page_left, sender=PracticePage, dispatch_uid="export-deleted")
for model in (PageViewRestriction, City, Person):
    post_save.connect(object_saved, sender=model, dispatch_uid=f"export-{model}")
post_delete.connect(
    discard_and_queue_export, sender=PageViewRestriction, dispatch_uid="export-pvr"
)
