from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """One public, findable entry: a page or a document, as the search sees it.

    Its lexemes live apart: in `SearchLexemes` on PostgreSQL, in the FTS5
    table `search_entry_fts` (same rowid as `id`) on SQLite.
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
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Sucheintrag")
        verbose_name_plural = _("Sucheinträge")

    def __str__(self):
        return self.title


class SearchLexemes(models.Model):
    """An entry's lexemes on PostgreSQL: all of them, and those of its title
    and summary (`head_vector`), which rank first.

    Kept out of the entry's row on purpose: counting a broad term's matches
    visits one row per match, and ~110 of these narrow rows fit a heap page
    against ~29 entries (74,000 matches: 12 instead of 20 ms).
    """

    entry = models.OneToOneField(
        SearchEntry, primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    search_vector = SearchVectorField()
    head_vector = SearchVectorField()

    class Meta:
        verbose_name = _("Lexeme eines Sucheintrags")
        verbose_name_plural = _("Lexeme der Sucheinträge")

    def __str__(self):
        return str(self.entry_id)


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


class SearchEntryYear(models.Model):
    """A year the entry is about (`Entry.facet_years`), for the year facet."""

    entry = models.ForeignKey(
        SearchEntry, on_delete=models.CASCADE, related_name="years"
    )
    year = models.PositiveSmallIntegerField(db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["entry", "year"], name="unique_entry_year")
        ]

    def __str__(self):
        return str(self.year)


class SearchTerm(models.Model):
    """Words of titles and teasers, for "Meinten Sie …?" suggestions."""

    folded = models.CharField(max_length=100, unique=True)
    word = models.CharField(max_length=100)
    lexeme = models.CharField(max_length=100)

    def __str__(self):
        return self.word
