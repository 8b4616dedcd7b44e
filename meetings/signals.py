"""Publishing a meeting with more seats (or none limited) moves the waiting
list up at once."""

from django.db import transaction
from wagtail.signals import page_published


def fill_seats_on_publish(sender, instance, **kwargs):
    from .registration import fill_free_seats

    transaction.on_commit(lambda: fill_free_seats(instance.pk))


def connect():
    from .models import MeetingPage

    page_published.connect(
        fill_seats_on_publish, sender=MeetingPage, dispatch_uid="meetings_fill_seats"
    )
