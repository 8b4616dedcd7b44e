"""What city and network editors see first in the admin: their practices.

Every panel reads a fixed number of rows (`SHOWN`) plus counts, so the
dashboard costs the same with three practices or thirty thousand.
"""

import calendar
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, F, OuterRef, Q, Subquery
from django.db.models.functions import Cast, Coalesce, TruncDate
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState, WorkflowState

from .models import PracticePage

__all__ = [
    "CityPracticesPanel",
    "OverduePracticesPanel",
    "ReviewQueuePanel",
    "review_due_before",
]

SHOWN = 10


def months_before(day, months):
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return day.replace(year=year, month=month + 1, day=min(day.day, last))


def review_due_before():
    """Profiles reviewed (or first published) before this day are due."""
    return months_before(timezone.localdate(), settings.PRACTICE_REVIEW_MONTHS)


def review_overdue():
    # As PracticePage.reviewed_on: the review date, else the first publication.
    cutoff = review_due_before()
    return Q(live=True) & (
        Q(last_reviewed__lt=cutoff)
        | Q(last_reviewed__isnull=True, first_published_at__date__lt=cutoff)
    )


def reviewed_on():
    return Coalesce("last_reviewed", TruncDate("first_published_at"))


def submitted_at():
    """When the page's review began; None while it is in no workflow."""
    states = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=Cast(OuterRef("pk"), CharField()),
        status=WorkflowState.STATUS_IN_PROGRESS,
    )
    return Subquery(states.values("created_at")[:1])


def more_text(count):
    hidden = count - SHOWN
    if hidden <= 0:
        return ""
    return ngettext(
        "und %(count)d weiteres Praxisprofil",
        "und %(count)d weitere Praxisprofile",
        hidden,
    ) % {"count": hidden}


@dataclass
class PracticeGroup:
    key: str
    heading: str
    empty: str
    date_label: str
    practices: list
    count: int

    @property
    def more(self):
        return more_text(self.count)


def practice_group(queryset, key, heading, empty, date_label, date_field):
    rows = queryset.annotate(shown_date=F(date_field) if date_field else reviewed_on())
    return PracticeGroup(
        key=key,
        heading=heading,
        empty=empty,
        date_label=date_label,
        practices=list(rows[:SHOWN]),
        count=queryset.count(),
    )


class CityPracticesPanel(Component):
    """A city editor's "Meine Praxisprofile": drafts, in review, live, due."""

    name = "city_practices"
    order = 10
    template_name = "practices/admin/city_practices_panel.html"

    def __init__(self, city_pages):
        self.city_pages = city_pages

    def practices(self):
        below = Q(pk__in=[])
        for city_page in self.city_pages:
            below |= Q(path__startswith=city_page.path, depth=city_page.depth + 1)
        return (
            PracticePage.objects.filter(below)
            .annotate(submitted_at=submitted_at())
            .select_related("city")
        )

    def groups(self):
        practices = self.practices()
        in_review = Q(submitted_at__isnull=False)
        return [
            practice_group(
                practices.filter(~in_review, live=False).order_by(
                    "-latest_revision_created_at"
                ),
                "drafts",
                _("Entwürfe"),
                _("Keine Entwürfe."),
                _("zuletzt bearbeitet"),
                "latest_revision_created_at",
            ),
            practice_group(
                practices.filter(in_review).order_by("submitted_at"),
                "in-review",
                _("In Prüfung"),
                _("Kein Praxisprofil wartet auf die Freigabe."),
                _("eingereicht"),
                "submitted_at",
            ),
            practice_group(
                practices.filter(~in_review, live=True).order_by("-last_published_at"),
                "live",
                _("Veröffentlicht"),
                _("Noch kein Praxisprofil veröffentlicht."),
                _("veröffentlicht"),
                "last_published_at",
            ),
            practice_group(
                practices.filter(review_overdue()).order_by(reviewed_on(), "title"),
                "due",
                _("Prüfung fällig"),
                _("Alle veröffentlichten Praxisprofile sind aktuell geprüft."),
                _("zuletzt geprüft"),
                None,
            ),
        ]

    def get_context_data(self, parent_context=None):
        several = len(self.city_pages) > 1
        return {
            "groups": self.groups(),
            "several_cities": several,
            "due_intro": due_text(settings.PRACTICE_REVIEW_MONTHS),
            "cities": [
                {
                    "name": city_page.title,
                    "add_url": reverse(
                        "wagtailadmin_pages:add",
                        args=("practices", "practicepage", city_page.pk),
                    ),
                    "explore_url": reverse("wagtailadmin_explore", args=[city_page.pk]),
                }
                for city_page in self.city_pages
            ],
        }


class ReviewQueuePanel(Component):
    """Practices waiting for the network editors' approval, oldest first."""

    name = "practice_review_queue"
    order = 20
    template_name = "practices/admin/review_queue_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        states = (
            TaskState.objects.reviewable_by(self.user)
            .filter(
                workflow_state__content_type=ContentType.objects.get_for_model(
                    PracticePage
                )
            )
            .select_related("workflow_state__requested_by")
            .order_by("started_at", "pk")
        )
        shown = list(states[:SHOWN])
        pages = PracticePage.objects.select_related("city").in_bulk(
            [int(state.workflow_state.object_id) for state in shown]
        )
        today = timezone.localdate()
        rows = []
        for state in shown:
            page = pages.get(int(state.workflow_state.object_id))
            if page is None:
                continue
            days = (today - timezone.localdate(state.started_at)).days
            rows.append({"page": page, "state": state, "waiting": waiting(days)})
        count = states.count()
        return {"rows": rows, "count": count, "more": more_text(count)}


def waiting(days):
    if days < 1:
        return _("seit heute")
    return ngettext("seit %(count)d Tag", "seit %(count)d Tagen", days) % {
        "count": days
    }


class OverduePracticesPanel(Component):
    """Live practices nobody has confirmed for PRACTICE_REVIEW_MONTHS."""

    name = "practice_review_due"
    order = 30
    template_name = "practices/admin/overdue_practices_panel.html"

    def get_context_data(self, parent_context=None):
        overdue = PracticePage.objects.filter(review_overdue())
        count = overdue.count()
        return {
            "practices": list(
                overdue.select_related("city")
                .annotate(shown_date=reviewed_on())
                .order_by("shown_date", "title")[:SHOWN]
            ),
            "count": count,
            "more": more_text(count),
            "intro": due_text(settings.PRACTICE_REVIEW_MONTHS),
        }


def due_text(months):
    return ngettext(
        "Seit mehr als %(count)d Monat nicht auf Aktualität geprüft:",
        "Seit mehr als %(count)d Monaten nicht auf Aktualität geprüft:",
        months,
    ) % {"count": months}
