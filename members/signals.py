from django.db.models.signals import post_save
from django.dispatch import receiver

from members.access import ensure_member_area
from members.models import MemberAreaPage


@receiver(post_save, sender=MemberAreaPage)
def member_area_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        ensure_member_area(instance)
