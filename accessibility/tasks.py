"""Background work of the accessibility app: mailing a barrier report."""

from django.db import transaction
from django_tasks import task

from . import reporting


@task()
def send_barrier_report_mail(report_pk):
    reporting.send_report_mail(report_pk)


def queue_report_mail(report_pk):
    # After commit: the worker must see the stored report.
    transaction.on_commit(lambda: send_barrier_report_mail.enqueue(report_pk))
