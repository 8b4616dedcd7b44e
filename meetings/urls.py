"""The meetings' addresses beside their pages, declared through the contract
(`ContentType.urls`) and mounted at the site's root."""

from django.urls import path

from . import views


def urlpatterns():
    return [
        path("veranstaltungen.ics", views.calendar_ics, name="meetings_calendar"),
        path("veranstaltungen/<slug:slug>.ics", views.meeting_ics, name="meeting_ics"),
        path(
            "veranstaltungen/anmeldung/<int:meeting_id>/",
            views.register,
            name="meeting_register",
        ),
        path(
            "veranstaltungen/anmeldung/<int:meeting_id>/eingegangen/",
            views.registration_received,
            name="meeting_registration_received",
        ),
        path(
            "veranstaltungen/anmeldung/bestaetigen/<str:token>/",
            views.confirm,
            name="meeting_confirm",
        ),
        path(
            "veranstaltungen/anmeldung/verwalten/<str:token>/",
            views.manage,
            name="meeting_registration",
        ),
    ]
