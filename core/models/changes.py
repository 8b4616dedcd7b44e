from django.db import models
from django.utils import timezone

__all__ = ["PageChange"]


class PageChange(models.Model):
    """A committed change of a page, for the processes' in-memory indexes to
    replay (`core.pagechanges`); `page_id` empty: replaying will not do."""

    page_id = models.IntegerField(null=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return f"{self.page_id} ({self.created_at:%Y-%m-%d %H:%M:%S})"
