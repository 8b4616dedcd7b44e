"""Full-text search in the portal's own database: FTS5 on SQLite, tsvector on
PostgreSQL, both fed with the lexemes from search.analysis."""

from django.db import connection, transaction
from django.db.models import BooleanField, Count, F, FloatField, Q
from django.db.models.expressions import RawSQL

from ..analysis import fold
from ..documents import fts_columns, tsvector_literal
from ..documents import quote as tsquote
from ..models import SearchEntry, SearchEntryTag
from ..query import SearchFilters
from .base import RawHit, RawResults, SearchBackend

FTS_WEIGHTS = "10.0, 4.0, 1.0, 0.3"  # title, summary, body, extra
MAIN_COLUMNS = "{title summary body}"
DIMENSION_FIELDS = {"kinds": "kind", "cities": "city", "years": "year"}


def fts_query(parsed):
    clauses = [f'"{term}"' for term in parsed.terms]
    clauses += [f'{MAIN_COLUMNS} : "{" ".join(p)}"' for p in parsed.phrases]
    return " AND ".join(clauses)


def pg_tsquery(parsed):
    clauses = [tsquote(term) for term in parsed.terms]
    clauses += ["(" + " <-> ".join(tsquote(t) for t in p) + ")" for p in parsed.phrases]
    return " & ".join(clauses)


class DatabaseBackend(SearchBackend):
    name = "database"

    @property
    def is_postgres(self):
        return connection.vendor == "postgresql"

    def check(self):
        SearchEntry.objects.exists()

    # Indexing

    def index_entries(self, entries):
        entries = list({entry.key: entry for entry in entries}.values())
        if not entries:
            return
        with transaction.atomic():
            self.delete_keys([entry.key for entry in entries])
            rows = SearchEntry.objects.bulk_create(
                [self._row(entry) for entry in entries], batch_size=500
            )
            SearchEntryTag.objects.bulk_create(
                [
                    SearchEntryTag(entry=row, slug=slug)
                    for row, entry in zip(rows, entries, strict=True)
                    for slug in dict.fromkeys(entry.tags)
                ],
                batch_size=1000,
            )
            self._write_lexemes(rows, entries)

    @staticmethod
    def _row(entry):
        return SearchEntry(
            key=entry.key,
            kind=entry.kind,
            title=entry.title[:255],
            url=entry.url[:500],
            summary=entry.summary,
            body=entry.body,
            city=entry.city[:100],
            date=entry.date,
            year=entry.date.year if entry.date else None,
            title_folded=fold(entry.title)[:255],
        )

    def _write_lexemes(self, rows, entries):
        pairs = zip(rows, entries, strict=True)
        with connection.cursor() as cursor:
            if self.is_postgres:
                cursor.executemany(
                    "UPDATE search_searchentry SET search_vector = %s::tsvector "
                    "WHERE id = %s",
                    [(tsvector_literal(entry), row.pk) for row, entry in pairs],
                )
                return
            cursor.executemany(
                "INSERT INTO search_entry_fts (rowid, title, summary, body, extra) "
                "VALUES (%s, %s, %s, %s, %s)",
                [(row.pk, *self._fts_values(entry)) for row, entry in pairs],
            )

    @staticmethod
    def _fts_values(entry):
        columns = fts_columns(entry)
        return (
            columns["title"] + " " + columns["parts_title"],
            columns["summary"],
            columns["body"] + " " + columns["parts_text"],
            columns["extra"],
        )

    def delete_keys(self, keys):
        ids = list(
            SearchEntry.objects.filter(key__in=keys).values_list("pk", flat=True)
        )
        self._delete_ids(ids)

    def _delete_ids(self, ids):
        if not ids:
            return
        with transaction.atomic():
            if not self.is_postgres:
                with connection.cursor() as cursor:
                    cursor.executemany(
                        "DELETE FROM search_entry_fts WHERE rowid = %s",
                        [(pk,) for pk in ids],
                    )
            SearchEntryTag.objects.filter(entry_id__in=ids).delete()
            SearchEntry.objects.filter(pk__in=ids).delete()

    def clear(self):
        with transaction.atomic():
            if not self.is_postgres:
                with connection.cursor() as cursor:
                    cursor.execute("DELETE FROM search_entry_fts")
            SearchEntry.objects.all().delete()

    def rebuild(self, batches):
        # One transaction: searches keep seeing the old index until it commits.
        with transaction.atomic():
            self.clear()
            for entries in batches:
                self.index_entries(entries)

    # Searching

    def _matching(self, parsed):
        if parsed.is_empty:
            return SearchEntry.objects.all()
        if self.is_postgres:
            condition = RawSQL(  # noqa: S611 - the query is a parameter
                "search_vector @@ %s::tsquery",
                [pg_tsquery(parsed)],
                output_field=BooleanField(),
            )
            return SearchEntry.objects.filter(condition)
        matched_ids = RawSQL(  # noqa: S611 - the query is a parameter
            "SELECT rowid FROM search_entry_fts WHERE search_entry_fts MATCH %s",
            [fts_query(parsed)],
        )
        return SearchEntry.objects.filter(id__in=matched_ids)

    @staticmethod
    def _filtered(queryset, filters):
        for dimension, field in DIMENSION_FIELDS.items():
            values = getattr(filters, dimension)
            if values:
                queryset = queryset.filter(**{f"{field}__in": values})
        for slug in filters.tags:
            queryset = queryset.filter(
                id__in=SearchEntryTag.objects.filter(slug=slug).values("entry_id")
            )
        return queryset

    def count(self, parsed, filters):
        return self._filtered(self._matching(parsed), filters).count()

    def search(self, parsed, filters, sort, offset, limit):
        matching = self._matching(parsed)
        total, facets = self._count_cube(self._cube(matching, filters), filters)
        rows = []
        if total:
            hits_queryset = self._filtered(matching, filters)
            rows = self._page(parsed, filters, hits_queryset, sort, offset, limit)
        facets["tags"] = self._tag_facet(matching, filters)
        return RawResults(hits=self._hits(rows), total=total, facets=facets)

    def _page(self, parsed, filters, queryset, sort, offset, limit):
        by_date = (F("date").desc(nulls_last=True), "title")
        if sort == "datum" or parsed.is_empty:
            return list(queryset.order_by(*by_date)[offset : offset + limit])
        if self.is_postgres:
            rank = RawSQL(  # noqa: S611 - the query is a parameter
                "ts_rank(search_vector, %s::tsquery)",
                [pg_tsquery(parsed)],
                output_field=FloatField(),
            )
            ranked = queryset.annotate(rank=rank).order_by("-rank", *by_date)
            return list(ranked[offset : offset + limit])
        return self._sqlite_ranked(parsed, filters, offset, limit)

    def _sqlite_ranked(self, parsed, filters, offset, limit):
        """Rank inside FTS5; filters only as a plain id subquery, without MATCH."""
        condition, params = "", []
        if not filters.is_empty:
            filtered = self._filtered(SearchEntry.objects.all(), filters)
            subquery, params = filtered.values("id").query.sql_with_params()
            # Django's own SQL for the filters; the values stay parameters.
            condition = f"AND rowid IN ({subquery}) "
        sql = (
            "SELECT rowid FROM search_entry_fts "  # noqa: S608
            f"WHERE search_entry_fts MATCH %s {condition}"
            f"ORDER BY bm25(search_entry_fts, {FTS_WEIGHTS}) LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [fts_query(parsed), *params, limit, offset])
            ids = [row[0] for row in cursor.fetchall()]
        rows = SearchEntry.objects.in_bulk(ids)
        return [rows[pk] for pk in ids if pk in rows]

    @staticmethod
    def _hits(rows):
        tags = {}
        for tag in SearchEntryTag.objects.filter(entry__in=[r.pk for r in rows]):
            tags.setdefault(tag.entry_id, []).append(tag.slug)
        return [
            RawHit(
                key=row.key,
                kind=row.kind,
                title=row.title,
                url=row.url,
                summary=row.summary,
                body=row.body,
                city=row.city,
                date=row.date,
                tags=tags.get(row.pk, []),
            )
            for row in rows
        ]

    def _cube(self, matching, filters):
        """Hit counts per (kind, city, year) in one query; the tag filter in SQL."""
        rows = (
            self._filtered(matching, SearchFilters(tags=filters.tags))
            .order_by()
            .values_list(*DIMENSION_FIELDS.values())
            .annotate(n=Count("id"))
        )
        sql, params = rows.query.sql_with_params()
        with connection.cursor() as cursor:  # raw rows: no per-value converters
            cursor.execute(sql, params)
            return cursor.fetchall()

    @staticmethod
    def _count_cube(cube, filters):
        """Total hits and, per dimension, counts under the other dimensions' filters."""
        chosen = [set(getattr(filters, d)) for d in DIMENSION_FIELDS]
        facets = [{} for _ in DIMENSION_FIELDS]
        total = 0
        for *key, count in cube:
            failed = [i for i, c in enumerate(chosen) if c and key[i] not in c]
            if len(failed) > 1:
                continue
            if not failed:
                total += count
            for i in failed or range(len(key)):
                if key[i]:
                    facets[i][key[i]] = facets[i].get(key[i], 0) + count
        return total, dict(zip(DIMENSION_FIELDS, facets, strict=True))

    def _tag_facet(self, matching, filters):
        entries = self._filtered(matching, filters.without("tags"))
        rows = (
            SearchEntryTag.objects.filter(entry__in=entries.values("id"))
            .order_by()
            .values("slug")
            .annotate(n=Count("entry_id", distinct=True))
        )
        return {row["slug"]: row["n"] for row in rows}

    def autocomplete(self, prefix, limit):
        folded = fold(prefix)
        if len(folded) < 2:
            return []
        rows = (
            SearchEntry.objects.filter(
                Q(title_folded__startswith=folded)
                | Q(title_folded__contains=" " + folded)
            )
            .order_by("title")
            .values_list("title", "url")[:limit]
        )
        return list(rows)
