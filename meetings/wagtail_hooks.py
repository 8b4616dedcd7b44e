"""Network meetings as the portal's content type."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from core.contract import (
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
from .models import MeetingPage, Registration
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
