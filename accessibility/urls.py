from django.urls import path

from . import views

urlpatterns = [
    path("", views.report_barrier, name="barrier_report"),
    path("gesendet/", views.report_received, name="barrier_report_received"),
]
