from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["ReviewReminder"]


class ReviewReminder(models.Model):
    """When a practice's city editors were last reminded to review it.

    Kept off the page: publishing writes every page field from its revision.
    """

    page = models.OneToOneField(
        "practices.PracticePage",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="review_reminder",
    )
    reminded_at = models.DateTimeField(_("Zuletzt erinnert am"))

    class Meta:
        verbose_name = _("Prüferinnerung")
        verbose_name_plural = _("Prüferinnerungen")

    def __str__(self):
        return f"{self.page_id}: {self.reminded_at:%Y-%m-%d}"
