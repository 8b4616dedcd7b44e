"""Background work of the alerts: sending runs in the task queue."""

from django_tasks import task

__all__ = ["send_confirmation_mail", "send_immediate_alerts"]


@task()
def send_immediate_alerts():
    from .sending import send_immediate

    send_immediate()


@task()
def send_confirmation_mail(subscription_pk):
    from .subscribing import send_confirmation

    send_confirmation(subscription_pk)
