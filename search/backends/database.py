"""Full-text search in the portal's own database: FTS5 on SQLite, tsvector on
PostgreSQL, both fed with the lexemes from search.analysis."""

from django.db import connection, transaction
from django.db.models import BooleanField, F, Q
from django.db.models.expressions import RawSQL
from django.utils.functional import cached_property

from portal.facetindex import FacetIndex, cached_index

from ..analysis import fold
from ..documents import fts_columns, tsvector_literal
from ..documents import quote as tsquote
from ..models import SearchEntry, SearchEntryTag
from .base import RawHit, RawResults, SearchBackend

FTS_WEIGHTS = "10.0, 4.0, 1.0, 0.3"  # title, summary, body, extra
MAIN_COLUMNS = "{title summary body}"
DIMENSION_FIELDS = {"kinds": "kind", "cities": "city", "years": "year"}
FACET_DIMENSIONS = ("kinds", "tags", "cities", "years")
WORD = (1 << 64) - 1
# Matches as bitset words: bit (id - base) % 64 of word (id - base) // 64.
# SQLite has no bit_or; a sum of distinct bits is the same and cannot overflow.
PG_MATCH_WORDS = (
    "SELECT (id - %(base)s) >> 6, bit_or(1::bigint << ((id - %(base)s) & 63)::int) "
    "FROM search_searchentry WHERE search_vector @@ %(query)s::tsquery "
    "AND id >= %(base)s GROUP BY 1"
)
SQLITE_MATCH_WORDS = (
    "SELECT (rowid - %(base)s) >> 6, sum(1 << ((rowid - %(base)s) & 63)) "
    "FROM search_entry_fts WHERE search_entry_fts MATCH %(query)s "
    "AND rowid >= %(base)s GROUP BY 1"
)


def selection(filters):
    return {
        dimension: [str(value) for value in getattr(filters, dimension)]
        for dimension in FACET_DIMENSIONS
    }


def build_entry_index():
    """Bitsets over every entry; bit n is the entry with id `base + n`.

    With bits tied to ids the database can hand over a match set as 64-bit
    words (see `_matched`) instead of one row per match. Ids freed by updates
    leave unused bits until the next rebuild.
    """
    entries = SearchEntry.objects.order_by(F("date").desc(nulls_last=True), "title")
    rows = list(entries.values_list("id", "kind", "city", "year"))
    base = min((row[0] for row in rows), default=0)
    ids = [None] * (max((row[0] for row in rows), default=-1) - base + 1)
    for row in rows:
        ids[row[0] - base] = row[0]
    tags = SearchEntryTag.objects.values_list("entry_id", "slug")
    index = FacetIndex.build(
        ids,
        {
            "kinds": ((row[0], row[1], row[1]) for row in rows),
            "cities": ((row[0], row[2], row[2]) for row in rows),
            "years": ((row[0], row[3], row[3]) for row in rows),
            "tags": ((entry_id, slug, slug) for entry_id, slug in tags.iterator()),
        },
        orders={"datum": [row[0] - base for row in rows]},
    )
    index.base = base
    return index


def mask_from_words(rows):
    """A bitset from (word number, signed 64-bit word) rows."""
    rows = list(rows)
    if not rows:
        return 0
    bits = bytearray(8 * (max(word for word, _ in rows) + 1))
    for word, value in rows:
        bits[8 * word : 8 * word + 8] = (value & WORD).to_bytes(8, "little")
    return int.from_bytes(bits, "little")


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
        self.optimize()

    def optimize(self):
        """After many writes: fresh planner statistics and a compact index."""
        if not self.is_postgres:
            return
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE search_searchentry, search_searchentrytag")
            if not connection.in_atomic_block:
                # An index grown row by row answers several times slower;
                # CONCURRENTLY keeps searches running meanwhile.
                index = (
                    "search_entry_vector_rum"
                    if self.has_rum
                    else "search_entry_vector_gin"
                )
                cursor.execute(f"REINDEX INDEX CONCURRENTLY {index}")

    # Searching
    #
    # One query fetches the ids of every match; total, facets and the date
    # order then come from bitsets over all public entries (portal.facetindex),
    # built once per content version. Only the relevance order asks the
    # database again, for one page.

    def entry_index(self):
        return cached_index("search-entries", build_entry_index)

    def _matched(self, parsed, index):
        if parsed.is_empty:
            return index.everything
        with connection.cursor() as cursor:
            if self.is_postgres:
                params = {"base": index.base, "query": pg_tsquery(parsed)}
                with transaction.atomic():
                    # The planner does not price reading each vector from TOAST
                    # and picks a sequential scan for broad terms: 20× slower.
                    cursor.execute("SET LOCAL enable_seqscan = off")
                    cursor.execute(PG_MATCH_WORDS, params)
                    words = cursor.fetchall()
                    cursor.execute("SET LOCAL enable_seqscan TO DEFAULT")
            else:
                params = {"base": index.base, "query": fts_query(parsed)}
                cursor.execute(SQLITE_MATCH_WORDS, params)
                words = cursor.fetchall()
        # Entries written after the index was built wait for its next version.
        return mask_from_words(words) & index.everything

    def count(self, parsed, filters):
        index = self.entry_index()
        return (
            self._matched(parsed, index) & index.matching(selection(filters))
        ).bit_count()

    def search(self, parsed, filters, sort, offset, limit):
        index = self.entry_index()
        matched = self._matched(parsed, index)
        selected = selection(filters)
        hits = matched & index.matching(selected)
        facets = {
            dimension: {
                value: count
                for value, _, count in index.counts(
                    dimension, matched & index.matching(selected, skip=dimension)
                )
            }
            for dimension in FACET_DIMENSIONS
        }
        page = self._page(parsed, filters, sort, index, hits, offset, limit)
        return RawResults(
            hits=self._hits(page),
            total=hits.bit_count(),
            facets=facets,
        )

    def _page(self, parsed, filters, sort, index, hits, offset, limit):
        if not hits:
            return []
        if sort == "datum" or parsed.is_empty:
            ids = index.ids_in_order(hits, offset, offset + limit)
            found = SearchEntry.objects.defer("search_vector").in_bulk(ids)
            return [found[pk] for pk in ids if pk in found]
        if self.is_postgres:
            return self._pg_ranked(parsed, filters, offset, limit)
        return self._sqlite_ranked(parsed, filters, offset, limit)

    @cached_property
    def has_rum(self):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT 1 FROM pg_indexes WHERE indexname = 'search_entry_vector_rum'"
            )
            return cursor.fetchone() is not None

    def _pg_ranked(self, parsed, filters, offset, limit):
        tsquery = pg_tsquery(parsed)
        queryset = self._filtered(
            SearchEntry.objects.filter(
                RawSQL(  # noqa: S611 - the query is a parameter
                    "search_vector @@ %s::tsquery",
                    [tsquery],
                    output_field=BooleanField(),
                )
            ),
            filters,
        )
        if self.has_rum:
            # Distance from the RUM index: lower is more relevant.
            order = RawSQL("search_vector <=> %s::tsquery", [tsquery])  # noqa: S611
            ranked = queryset.annotate(distance=order).order_by("distance")
        else:
            rank = RawSQL("ts_rank(search_vector, %s::tsquery)", [tsquery])  # noqa: S611
            ranked = queryset.annotate(rank=rank).order_by("-rank")
        return list(ranked.defer("search_vector")[offset : offset + limit])

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
        rows = SearchEntry.objects.defer("search_vector").in_bulk(ids)
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
