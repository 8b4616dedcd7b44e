"""Reminders to review practice profiles that nobody has confirmed for a while.

Run daily (`manage.py send_review_reminders`): each editor of a city with
profiles due gets one mail listing them, and a profile is not named again
within `PRACTICE_REVIEW_REMINDER_DAYS`.
"""

import calendar
import datetime
from collections import defaultdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import ngettext
from wagtail.models import GroupPagePermission

from core.links import absolute

from .models import CityPage, PracticePage, ReviewReminder
from .permissions import CITY_EDITOR_PREFIX

__all__ = ["due_practices", "review_mail", "send_review_reminders"]


def months_before(day, months):
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return day.replace(year=year, month=month + 1, day=min(day.day, last_day))


def due_practices(today=None, months=None, interval_days=None):
    """Live practices not reviewed (or, never reviewed, not published) since
    `months`, leaving out those reminded of within the interval."""
    today = today or timezone.localdate()
    months = settings.PRACTICE_REVIEW_MONTHS if months is None else months
    if interval_days is None:
        interval_days = settings.PRACTICE_REVIEW_REMINDER_DAYS
    cutoff = months_before(today, months)
    cutoff_time = timezone.make_aware(
        datetime.datetime.combine(cutoff, datetime.time.min)
    )
    reminded_since = timezone.now() - datetime.timedelta(days=interval_days)
    return (
        PracticePage.objects.live()
        .filter(
            Q(last_reviewed__lt=cutoff)
            | Q(last_reviewed=None, first_published_at__lt=cutoff_time)
        )
        .exclude(review_reminder__reminded_at__gte=reminded_since)
        .select_related("city")
        .order_by("city__name", "title")
    )


def editors_by_city(city_ids):
    """{city id: [editor, ...]}: active members of each city's editor group."""
    pages = dict(
        CityPage.objects.filter(city_id__in=city_ids).values_list("pk", "city_id")
    )
    links = GroupPagePermission.objects.filter(
        page_id__in=pages, group__name__startswith=CITY_EDITOR_PREFIX
    ).values_list("page_id", "group_id")
    groups_by_city = defaultdict(set)
    for page_id, group_id in links:
        groups_by_city[pages[page_id]].add(group_id)
    users = (
        get_user_model()
        .objects.filter(
            is_active=True, groups__in={g for s in groups_by_city.values() for g in s}
        )
        .exclude(email="")
        .prefetch_related("groups")
        .distinct()
    )
    editors = defaultdict(list)
    for user in users:
        user_groups = {group.pk for group in user.groups.all()}
        for city_id, group_ids in groups_by_city.items():
            if user_groups & group_ids:
                editors[city_id].append(user)
    return editors


def review_mail(user, practices, months):
    count = len(practices)
    subject = ngettext(
        "Bitte prüfen: %(count)d Praxisprofil Ihrer Kommune",
        "Bitte prüfen: %(count)d Praxisprofile Ihrer Kommune",
        count,
    ) % {"count": count}
    period = ngettext(
        "seit mehr als einem Monat", "seit mehr als %(count)d Monaten", months
    ) % {"count": months}
    admin = settings.WAGTAILADMIN_BASE_URL
    entries = [
        {
            "page": page,
            "url": absolute(page.url),
            "edit_url": admin + reverse("wagtailadmin_pages:edit", args=[page.pk]),
            "review_url": admin + reverse("practice_mark_reviewed", args=[page.pk]),
        }
        for page in practices
    ]
    guide_url = admin + reverse("editor_guide") + "#pruefdatum-bestaetigen"
    body = render_to_string(
        "practices/emails/review_reminder.txt",
        {
            "user": user,
            "entries": entries,
            "count": count,
            "period": period,
            "guide_url": guide_url,
        },
    )
    return EmailMessage(subject, body, to=[user.email])


def send_review_reminders(today=None):
    """Queues one mail per editor; returns (mails, practices) counted."""
    from .tasks import send_review_reminder

    practices = list(due_practices(today))
    editors = editors_by_city({page.city_id for page in practices})
    pages_by_user, users = defaultdict(list), {}
    for page in practices:
        for user in editors.get(page.city_id, ()):
            pages_by_user[user.pk].append(page.pk)
            users[user.pk] = user
    reminded = {pk for pks in pages_by_user.values() for pk in pks}
    now = timezone.now()
    with transaction.atomic():
        # bulk_create sends no post_save: a reminder changes nothing visitors see.
        ReviewReminder.objects.bulk_create(
            [ReviewReminder(page_id=pk, reminded_at=now) for pk in reminded],
            update_conflicts=True,
            unique_fields=["page"],
            update_fields=["reminded_at"],
        )
        for user_id, page_ids in pages_by_user.items():
            transaction.on_commit(
                lambda u=user_id, p=page_ids: send_review_reminder.enqueue(u, p),
                robust=True,
            )
    return len(pages_by_user), len(reminded)
