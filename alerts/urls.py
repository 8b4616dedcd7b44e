from django.urls import path

from . import views

urlpatterns = [
    path("", views.subscribe, name="alerts_subscribe"),
    path("eingegangen/", views.received, name="alerts_received"),
    path("bestaetigen/<str:token>/", views.confirm, name="alerts_confirm"),
    path("verwalten/<str:token>/", views.manage, name="alerts_manage"),
    path("abmelden/<str:token>/", views.unsubscribe, name="alerts_unsubscribe"),
    path("abgemeldet/", views.ended, name="alerts_ended"),
]
