"""What editors see in the admin outside the pages they edit.

City editors may edit their own city only; the page chooser and the report
on page types would otherwise show them the titles of other cities' drafts
and of the member area.
"""

from django.db.models import Q
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry

from core.visibility import public_pages_q

__all__ = [
    "NetworkPageTypesUsageReportView",
    "confine_page_chooser",
    "may_publish_pages",
]


def may_publish_pages(user):
    """Network editors and superusers; city editors only submit for review."""
    return policy_registry.get_by_type(Page).user_has_permission(user, "publish")


def confine_page_chooser(pages, user):
    """Live public pages, plus the pages the user may explore in the admin."""
    if user.is_superuser:
        return pages
    explorable = policy_registry.get_by_type(Page).explorable_instances(user)
    visible = Q(live=True) & public_pages_q()
    return pages.filter(visible | Q(pk__in=explorable.values("pk")))


class NetworkPageTypesUsageReportView(PageTypesUsageReportView):
    """Counts and last edits across every city: for those who may publish."""

    permission_required = "publish"
    any_permission_required = None
