"""Background work of the meetings app: every mail goes out through a task."""

from django.db import transaction
from django_tasks import task

__all__ = ["queue_mail", "send_meeting_mail"]


@task()
def send_meeting_mail(mail_pk):
    from . import mails

    mails.send(mail_pk)


def queue_mail(registration, kind):
    """Record the mail as owed, then send it after the commit; a failed send
    stays in the outbox for `send_meeting_mails`."""
    from .models import MeetingMail

    mail = MeetingMail.objects.create(registration=registration, kind=kind)
    transaction.on_commit(lambda: send_meeting_mail.enqueue(mail.pk))
    return mail
