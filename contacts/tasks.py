"""Background work of the contacts app: the confirmation link and the forward."""

from django.db import transaction
from django_tasks import task

from . import mails


@task()
def send_confirmation_mail(message_pk):
    mails.send_confirmation(message_pk)


@task()
def forward_contact_message(message_pk):
    mails.forward(message_pk)


def queue_confirmation(message_pk):
    # After commit: the worker must see the stored message.
    transaction.on_commit(lambda: send_confirmation_mail.enqueue(message_pk))


def queue_forward(message_pk):
    transaction.on_commit(lambda: forward_contact_message.enqueue(message_pk))
