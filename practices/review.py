""" "Geprüft, unverändert": a city confirms that a live practice is still accurate.

Only the review date changes, so no new revision is made and nothing goes
through "Praxisfreigabe" again. The date is written to the live row and to the
revisions from the live one on: publishing a draft (or approving one in review)
later writes every page field from its revision, and must not bring the old
date back.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter, log
from wagtail.models import Revision

from core.cache import bump_page

from .models import PracticePage
from .signals import queue_export

__all__ = [
    "REVIEW_ACTION",
    "MarkedReviewedFormatter",
    "mark_reviewed",
    "may_mark_reviewed",
]

REVIEW_ACTION = "practices.mark_reviewed"


class MarkedReviewedFormatter(LogFormatter):
    label = _("Als geprüft markieren")

    def format_message(self, log_entry):
        day = log_entry.data.get("date")
        if not day:
            return _("Als geprüft markiert")
        day = date_format(datetime.date.fromisoformat(day), "d.m.Y")
        return _("Als geprüft markiert (Prüfdatum %(date)s)") % {"date": day}


def is_practice(page):
    return issubclass(page.specific_class or type(page), PracticePage)


def may_mark_reviewed(page, user):
    """City editors of the page's city and network editors, on a live practice
    that no lock or review keeps from them."""
    if not (page.live and is_practice(page)):
        return False
    permissions = page.permissions_for_user(user)
    return permissions.can_edit() and not permissions.page_locked()


def _revisions_from_live(page):
    revisions = Revision.page_revisions.filter(object_id=str(page.pk))
    if page.live_revision_id:
        revisions = revisions.filter(pk__gte=page.live_revision_id)
    return revisions


def _purge_frontend_cache(page):
    # What Wagtail's frontend-cache app does on publishing, where one is set up.
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        from wagtail.contrib.frontend_cache.utils import purge_page_from_cache

        purge_page_from_cache(page)


@transaction.atomic
def mark_reviewed(page, user, day=None):
    """Sets the review date of a live practice to `day` (today), without a
    new revision, and logs it."""
    day = day or timezone.localdate()
    PracticePage.objects.filter(pk=page.pk).update(last_reviewed=day)
    for revision in _revisions_from_live(page):
        revision.content["last_reviewed"] = day.isoformat()
        revision.save(update_fields=["content"])
    page.last_reviewed = day
    log(page, REVIEW_ACTION, user=user, data={"date": day.isoformat()})
    # update() sends no post_save: invalidate as a save would.
    bump_page(page)
    queue_export()
    transaction.on_commit(lambda: _purge_frontend_cache(page), robust=True)
    return day
