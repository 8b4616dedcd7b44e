"""Network meetings as the portal's content type."""

from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.permissions import policy_registry, register_permission_policy

from core.contract import (
    AlertPart,
    ContentType,
    Demo,
    HomeSection,
    SearchPart,
    Slot,
    StructuredData,
    TagListing,
)
from core.guide import GuideSection

from . import admin_views, demo, figures, home, search, structured_data, urls
from .feeds import MeetingFeed
from .models import MeetingPage, Registration, RegistrationStatus
from .viewsets import RegistrationPermissionPolicy, RegistrationViewSet

register_permission_policy(Registration, RegistrationPermissionPolicy(Registration))


@hooks.register("register_content_type")
def meeting():
    return ContentType(
        key="meeting",
        label=_("Veranstaltungen"),
        singular=_("Veranstaltung"),
        model=MeetingPage,
        order=45,
        search=SearchPart(search.meeting_entry, search.all_meetings),
        tag_listing=TagListing(
            search.tagged_meetings,
            search.meeting_tag_counts,
            entry_template="meetings/includes/tag_entry.html",
        ),
        home=HomeSection(
            heading=_("Nächste Veranstaltung"),
            link_text=_("Alle Veranstaltungen"),
            items=home.upcoming_meetings,
            index_url=home.meeting_index_url,
            card_template="meetings/includes/next_meeting.html",
            limit=1,
            list_class="card-list meeting-list--home",
            kept_cards=False,
        ),
        feed=MeetingFeed,
        structured_data=StructuredData(structured_data.meeting_data, "website"),
        key_figures=figures.KEY_FIGURES,
        demo=Demo(load=demo.load, finish=demo.finish),
        # Registrations and their mails come from visitors: they must not
        # empty the page cache.
        visitor_written=("meetings.registration", "meetings.meetingmail"),
        stylesheets=("meetings/css/meetings.css",),
        slots=(
            Slot(
                "practices.PracticePage",
                "aside",
                "meetings/includes/practice_meetings.html",
            ),
        ),
        urls=urls.urlpatterns,
        # Forms and personal links: nothing for search engines.
        robots_disallow=lambda request: ["/veranstaltungen/anmeldung/"],
        alerts=AlertPart(
            tags=lambda page: [*page.approaches.all(), *page.tags.all()],
            cities=lambda page: page.cities.all(),
        ),
    )


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet()


@hooks.register("register_admin_urls")
def register_participant_pdfs():
    return [
        path(
            "veranstaltungen/<int:meeting_id>/teilnehmende.pdf",
            admin_views.participants_pdf,
            name="meetings_participants_pdf",
        ),
        path(
            "veranstaltungen/<int:meeting_id>/namensschilder.pdf",
            admin_views.badges_pdf,
            name="meetings_badges_pdf",
        ),
    ]


@hooks.register("register_editor_guide_section")
def meeting_guide():
    return [
        GuideSection(
            "netzwerkredaktion",
            "veranstaltungen-planen",
            _("Veranstaltungen planen"),
            "meetings/admin/guide/plan_meeting.html",
            order=40,
        ),
        GuideSection(
            "netzwerkredaktion",
            "anmeldungen-betreuen",
            _("Anmeldungen betreuen"),
            "meetings/admin/guide/registrations.html",
            order=45,
        ),
    ]


@hooks.register("register_bulk_action")
class MarkAttendedBulkAction(BulkAction):
    display_name = _("Teilgenommen")
    action_type = "mark_attended"
    aria_label = _("Ausgewählte Anmeldungen als teilgenommen markieren")
    template_name = "meetings/admin/confirm_bulk_attended.html"
    models = [Registration]

    def dispatch(self, request, *args, **kwargs):
        # The confirmation lists names: refuse before showing it.
        policy = policy_registry.get_by_type(Registration)
        if not policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def check_perm(self, registration):
        return registration.status == RegistrationStatus.CONFIRMED

    @classmethod
    def execute_action(cls, objects, **kwargs):
        pks = [registration.pk for registration in objects]
        marked = Registration.objects.filter(
            pk__in=pks, status=RegistrationStatus.CONFIRMED
        ).update(attended=True)
        return marked, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d Anmeldung als teilgenommen markiert.",
            "%(count)d Anmeldungen als teilgenommen markiert.",
            num_parent_objects,
        ) % {"count": num_parent_objects}
