from django.conf import settings
from django.contrib.auth import get_user_model
from django_tasks import task

from .export import write_export
from .models import PracticePage
from .reminders import review_mail


@task()
def write_practice_export():
    write_export()


@task()
def send_review_reminder(user_id, page_ids):
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    practices = list(
        PracticePage.objects.live()
        .filter(pk__in=page_ids)
        .select_related("city")
        .order_by("city__name", "title")
    )
    if user is None or not user.email or not practices:
        return
    review_mail(user, practices, settings.PRACTICE_REVIEW_MONTHS).send()
