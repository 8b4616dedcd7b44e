"""Publishing a public item records it once in the outbox (`AlertItem`);
the sending task fans it out after the commit."""

from django.db import IntegrityError, transaction
from wagtail.signals import page_published

from core.contract import content_type_for
from core.links import absolute
from core.visibility import page_is_findable

__all__ = ["connect", "record"]


def record(page):
    """The outbox row for a live, public page of a kind with alerts, or None.

    Only the first publication counts: corrections send nothing new.
    """
    from .models import AlertItem

    page = page.specific
    kind = content_type_for(type(page))
    if kind is None or kind.alerts is None or not page_is_findable(page):
        return None
    if AlertItem.objects.filter(page=page).exists():
        return None
    try:
        with transaction.atomic():
            return AlertItem.objects.create(
                kind=kind.key,
                page=page,
                title=page.title,
                url=absolute(page.url or ""),
                teaser=getattr(page, "teaser", "") or "",
                tag_ids=sorted({tag.pk for tag in kind.alerts.tags(page)}),
                city_ids=sorted({city.pk for city in kind.alerts.cities(page)}),
            )
    except IntegrityError:  # published twice at once
        return None


def on_publish(sender, instance, **kwargs):
    from .tasks import send_immediate_alerts

    if record(instance) is not None:
        transaction.on_commit(lambda: send_immediate_alerts.enqueue())


def connect():
    page_published.connect(on_publish, dispatch_uid="alerts_record_published")
