"""The tag vocabulary."""

from django.db import models
from django.db.models import Count
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from taggit.models import TagBase
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from core.text import german_slugify

__all__ = [
    "Tag",
    "TopicsMixin",
    "entries_per_tag",
]


class TagQuerySet(models.QuerySet):
    def approaches(self):
        return self.filter(kind=Tag.Kind.APPROACH).order_by("sort_order", "name")

    def topics(self):
        return self.filter(kind=Tag.Kind.TOPIC).order_by("name")


class Tag(index.Indexed, TagBase):
    """The portal's one vocabulary; approaches are the tags the site features."""

    class Kind(models.TextChoices):
        APPROACH = "approach", _("Ansatz")
        TOPIC = "topic", _("Thema")

    kind = models.CharField(
        _("Art"),
        max_length=16,
        choices=Kind.choices,
        default=Kind.TOPIC,
        help_text=_(
            "Ansätze (datenbasiert, sozialräumlich, partizipativ) werden auf der "
            "Startseite hervorgehoben."
        ),
    )
    claim = models.CharField(
        _("Leitsatz"),
        max_length=120,
        blank=True,
        help_text=_("Kurzer Leitsatz, z. B. „Daten bieten Kommunikationsanlässe“."),
    )
    description = models.TextField(
        _("Erläuterung"),
        blank=True,
        help_text=_("Ein bis drei Sätze; erscheinen auf der Schlagwortseite."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("Reihenfolge"),
        default=0,
        help_text=_("Kleinere Zahlen stehen weiter vorn."),
    )

    objects = TagQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("claim"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("Schlagwort")
        verbose_name_plural = _("Schlagwörter")
        ordering = ["sort_order", "name"]

    def slugify(self, tag, i=None):
        slug = german_slugify(tag)
        return slug if i is None else f"{slug}-{i}"

    @property
    def is_approach(self):
        return self.kind == self.Kind.APPROACH


class TopicsMixin:
    """`topics`: a page's tags by name, from a prefetch of `tagged_items__tag`
    where listings made one, else in one query."""

    @cached_property
    def topics(self):
        if "tagged_items" in getattr(self, "_prefetched_objects_cache", {}):
            tags = [item.tag for item in self.tagged_items.all()]
        else:
            tags = list(self.tags.all())
        return sorted(tags, key=lambda tag: tag.name)


def entries_per_tag(queryset):
    """{tag slug: entries} of a queryset whose tags hang off `tagged_items`,
    in one query (for `TagListing.counts`)."""
    rows = (
        queryset.filter(tagged_items__isnull=False)
        .values("tagged_items__tag__slug")
        .annotate(entries=Count("pk", distinct=True))
    )
    return {row["tagged_items__tag__slug"]: row["entries"] for row in rows}
