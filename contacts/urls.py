from django.urls import path

from . import views

urlpatterns = [
    path("nachricht/", views.office_form, name="contact_office"),
    path(
        "nachricht/<int:page_id>/<int:person_id>/",
        views.person_form,
        name="contact_person",
    ),
    path("nachricht/gesendet/", views.message_received, name="contact_received"),
    path(
        "nachricht/bestaetigen/<str:token>/",
        views.confirm_message,
        name="contact_confirm",
    ),
]
