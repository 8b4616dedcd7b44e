"""The tag table of dossiers and the index of practices they embed."""

from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase

from core.cache import bump_pages_by_id
from core.models import Tag

__all__ = ["DossierPractice", "TaggedDossier"]


class TaggedDossier(ItemBase):
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="dossiers")
    content_object = ParentalKey(
        "dossiers.DossierPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class DossierPractice(models.Model):
    """Which practices a dossier's saved chapters embed, for the back-links.

    Rebuilt from the chapters whenever the page's own row is saved (creation and
    publishing), so it follows the live content, not drafts.
    """

    # Changes the "In Themendossiers" of the practices it links (see core.cache).
    invalidates_linked_pages = True

    dossier = models.ForeignKey(
        "dossiers.DossierPage", on_delete=models.CASCADE, related_name="practice_links"
    )
    practice = models.ForeignKey(
        "practices.PracticePage",
        on_delete=models.CASCADE,
        related_name="dossier_links",
    )
    chapter = models.PositiveSmallIntegerField(_("Kapitel"))

    class Meta:
        verbose_name = _("Praxisprofil im Themendossier")
        verbose_name_plural = _("Praxisprofile in Themendossiers")
        constraints = [
            models.UniqueConstraint(
                fields=["dossier", "practice"], name="unique_practice_per_dossier"
            )
        ]

    def __str__(self):
        return f"{self.dossier_id} → {self.practice_id}"

    @classmethod
    @transaction.atomic
    def sync(cls, dossier, chapter_practices):
        cls.objects.filter(dossier=dossier).delete()
        first_chapter = {}
        for chapter, practice_id in chapter_practices:
            first_chapter.setdefault(practice_id, chapter)
        cls.objects.bulk_create(
            cls(dossier=dossier, practice_id=practice_id, chapter=chapter)
            for practice_id, chapter in first_chapter.items()
        )
        # bulk_create sends no post_save: the practices newly linked show the
        # dossier under "In Themendossiers" (the removed ones: post_delete).
        bump_pages_by_id(first_chapter)
