from django.db.models.signals import post_save
from django.dispatch import receiver

from portal.models import City

from .models import CityPage, PracticeIndexPage
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
