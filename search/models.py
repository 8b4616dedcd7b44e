from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """One public, findable entry: a page or a document, as the search sees it.

    `search_vector` and `head_vector` (its title and summary lexemes, which
    rank first) are filled only on PostgreSQL; on SQLite the FTS5 table
    `search_entry_fts` (same rowid as `id`) holds the lexemes instead.
    """

    key = models.CharField(max_length=64, unique=True)
    kind = models.CharField(max_length=32, db_index=True)
    title = models.CharField(max_length=255)
    url = models.CharField(max_length=500)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    city = models.CharField(max_length=100, blank=True, db_index=True)
    date = models.DateField(null=True, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True, db_index=True)
    title_folded = models.CharField(max_length=255, db_index=True)
    search_vector = SearchVectorField(null=True, editable=False)
    head_vector = SearchVectorField(null=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Sucheintrag")
        verbose_name_plural = _("Sucheinträge")

    def __str__(self):
        return self.title


class SearchEntryTag(models.Model):
    entry = models.ForeignKey(
        SearchEntry, on_delete=models.CASCADE, related_name="tags"
    )
    slug = models.CharField(max_length=100, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["entry", "slug"], name="unique_entry_tag")
        ]

    def __str__(self):
        return self.slug


class SearchTerm(models.Model):
    """Words of titles and teasers, for "Meinten Sie …?" suggestions."""

    folded = models.CharField(max_length=100, unique=True)
    word = models.CharField(max_length=100)
    lexeme = models.CharField(max_length=100)

    def __str__(self):
        return self.word
