from django.urls import path

from . import views

urlpatterns = [
    path("bestellen/", views.order_form, name="dossier_order"),
    path("bestellen/eingegangen/", views.order_received, name="dossier_order_received"),
    path(
        "bestellen/bestaetigen/<str:token>/",
        views.confirm_order,
        name="dossier_order_confirm",
    ),
    path("pdf/<int:page_id>/", views.dossier_pdf, name="dossier_pdf"),
]
