from django.urls import path

from . import views

urlpatterns = [
    path("", views.open_data, name="open_data"),
    path(
        "praxisprofile.<str:file_format>",
        views.practice_export,
        name="practice_export",
    ),
]
