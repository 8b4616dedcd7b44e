"""Full-text search in the portal's own database: FTS5 on SQLite, tsvector on
PostgreSQL, both fed with the lexemes from search.analysis."""

import functools

from django.db import connection, transaction
from django.db.models import BooleanField, F, Q
from django.db.models.expressions import RawSQL
from django.utils.functional import cached_property

from core.facetindex import FacetIndex, cached_index, in_order

from ..analysis import fold
from ..documents import (
    HEAD_FIELDS,
    PHRASE_VERSION,
    fts_columns,
    phrase_lexeme,
    tsvector_literal,
)
from ..documents import quote as tsquote
from ..models import SearchEntry, SearchEntryTag, SearchEntryYear, SearchLexemes
from .base import RawHit, RawResults, SearchBackend
from .lexeme_swap import LIVE as LEXEMES_TABLE
from .lexeme_swap import rebuild_beside, wait_for_rebuild

FTS_WEIGHTS = "10.0, 4.0, 1.0, 0.3"  # title, summary, body, extra
MAIN_COLUMNS = "{title summary body}"
HEAD_COLUMNS = "{title summary}"  # ranked first, like documents.HEAD_FIELDS
DIMENSION_FIELDS = {"kinds": "kind", "cities": "city"}
FACET_DIMENSIONS = ("kinds", "tags", "cities", "years")
SEARCH_TABLES = (
    "search_searchentry, search_searchentrytag, search_searchentryyear, "
    "search_searchlexemes"
)
DELETE_BATCH = 500
RANK_ALL = 2000  # matches PostgreSQL ranks by ts_rank; more come from RUM
MIN_INNER_COMPLETION = 4  # shorter, and a word inside a word completes anything
WORD = (1 << 64) - 1
# Matches as bitset words: bit (id - base) % 64 of word (id - base) // 64.
# SQLite has no bit_or; a sum of distinct bits is the same and cannot overflow.
PG_MATCH_WORDS = (
    "SELECT (entry_id - %(base)s) >> 6, "
    "bit_or(1::bigint << ((entry_id - %(base)s) & 63)::int) "
    "FROM search_searchlexemes WHERE search_vector @@ %(query)s::tsquery "
    "AND entry_id >= %(base)s GROUP BY 1"
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
    rows = list(entries.values_list("id", "kind", "city"))
    base = min((row[0] for row in rows), default=0)
    ids = [None] * (max((row[0] for row in rows), default=-1) - base + 1)
    for row in rows:
        ids[row[0] - base] = row[0]
    tags = SearchEntryTag.objects.values_list("entry_id", "slug")
    years = SearchEntryYear.objects.values_list("entry_id", "year")
    index = FacetIndex.build(
        ids,
        {
            "kinds": ((row[0], row[1], row[1]) for row in rows),
            "cities": ((row[0], row[2], row[2]) for row in rows),
            "years": ((entry_id, year, year) for entry_id, year in years.iterator()),
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


def vector_matches(column, tsquery, negated=False):
    condition = f"{column} @@ %s::tsquery"
    if negated:  # a missing vector is no match
        condition = f"({condition}) IS NOT TRUE"
    # The query is a parameter; the column one of SearchLexemes' own.
    return RawSQL(condition, [tsquery], output_field=BooleanField())  # noqa: S611


def tiered_page(first, rest, count_first, offset, limit):
    """One page of a ranking that lists all of `first`, then `rest`.

    `first` and `rest` fetch (start, count) of their tier; `count_first` is
    asked only for a page that starts past the end of the first tier.
    """
    page = first(offset, limit)
    if len(page) == limit:
        return page
    before = offset + len(page) if page or not offset else count_first()
    return page + rest(max(0, offset - before), limit - len(page))


def combined(clauses, relaxed, conjunction, disjunction):
    """All clauses, or when relaxed: all but any one of them."""
    if not relaxed or len(clauses) < 2:
        return conjunction.join(clauses)
    groups = (
        conjunction.join(c for j, c in enumerate(clauses) if j != i)
        for i in range(len(clauses))
    )
    return disjunction.join(f"({group})" for group in groups)


def alternatives(parsed, term, quote, conjunction, prefix_of):
    """A term, or its compound's parts together, or the word start it is."""
    found = [quote(term)]
    if term in parsed.parts:
        found.append("(" + conjunction.join(map(quote, parsed.parts[term])) + ")")
    if term in parsed.prefixes:
        found.append(prefix_of(parsed.prefixes[term]))
    return found


def fts_query(parsed):
    clauses = [
        "(" + " OR ".join(alternatives(parsed, t, fts_quote, " AND ", fts_prefix)) + ")"
        for t in parsed.terms
    ]
    clauses += [f'{MAIN_COLUMNS} : "{" ".join(p)}"' for p in parsed.phrases]
    return combined(clauses, parsed.relaxed, " AND ", " OR ")


def fts_quote(lexeme):
    return f'"{lexeme}"'


def fts_prefix(start):
    return f'"{start}" *'


def pg_clauses(parsed):
    clauses = [
        "(" + " | ".join(alternatives(parsed, t, tsquote, " & ", pg_prefix)) + ")"
        for t in parsed.terms
    ]
    return clauses + [pg_phrase(phrase) for phrase in parsed.phrases]


def pg_tsquery(parsed):
    return combined(pg_clauses(parsed), parsed.relaxed, " & ", " | ")


def pg_rank_query(parsed):
    """What relevance weighs: each clause on its own. Ranked with the query's
    AND, PostgreSQL scores by how close the words stand, and an entry naming
    its city in its last line ("ISM" … "Mannheim") sinks below any long
    report that has both in one sentence; SQLite's bm25 sums each word's
    weight, as this does."""
    return " | ".join(pg_clauses(parsed))


def pg_phrase(phrase):
    """Main lexemes in order; in vectors written before phrase lexemes existed
    (until `rebuild_portal_index`), any lexemes in order."""
    marked = " <-> ".join(tsquote(phrase_lexeme(lexeme)) for lexeme in phrase)
    plain = " <-> ".join(tsquote(lexeme) for lexeme in phrase)
    return f"(({marked}) | (!{tsquote(PHRASE_VERSION)} & ({plain})))"


def pg_prefix(start):
    return f"{tsquote(start)}:*"


class DatabaseBackend(SearchBackend):
    name = "database"

    @property
    def is_postgres(self):
        return connection.vendor == "postgresql"

    def check(self):
        SearchEntry.objects.exists()

    # Indexing

    def index_entries(self, entries, lexemes_table=LEXEMES_TABLE):
        """`lexemes_table`: where PostgreSQL's vectors go (a rebuild's own)."""
        entries = list({entry.key: entry for entry in entries}.values())
        if not entries:
            return
        with transaction.atomic():
            self.delete_keys([entry.key for entry in entries])
            rows = SearchEntry.objects.bulk_create(
                [self._row(entry) for entry in entries], batch_size=500
            )
            pairs = list(zip(rows, entries, strict=True))
            if self.is_postgres:
                self._write_lexemes(pairs, lexemes_table)
            else:
                self._write_fts(pairs)
            SearchEntryTag.objects.bulk_create(
                [
                    SearchEntryTag(entry=row, slug=slug)
                    for row, entry in pairs
                    for slug in dict.fromkeys(entry.tags)
                ],
                batch_size=1000,
            )
            SearchEntryYear.objects.bulk_create(
                [
                    SearchEntryYear(entry=row, year=year)
                    for row, entry in pairs
                    for year in dict.fromkeys(entry.facet_years)
                ],
                batch_size=1000,
            )

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

    @staticmethod
    def _write_lexemes(pairs, table):
        # Inserted whole: filling the vectors by a later UPDATE would leave a
        # dead copy of every row behind, and counting reads twice the pages.
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} (entry_id, search_vector, head_vector) "  # noqa: S608
                "VALUES (%s, %s::tsvector, %s::tsvector)",
                [
                    (
                        row.pk,
                        tsvector_literal(entry),
                        tsvector_literal(entry, HEAD_FIELDS),
                    )
                    for row, entry in pairs
                ],
            )

    def _write_fts(self, pairs):
        with connection.cursor() as cursor:
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
        if self.is_postgres:
            wait_for_rebuild()  # before reading any search table
        ids = list(
            SearchEntry.objects.filter(key__in=keys).values_list("pk", flat=True)
        )
        self._delete_ids(ids)

    def _delete_ids(self, ids):
        # Plain DELETEs: with post_delete receivers connected for every model,
        # Django's delete() would first load each row, texts included.
        with transaction.atomic(), connection.cursor() as cursor:
            for start in range(0, len(ids), DELETE_BATCH):
                batch = ids[start : start + DELETE_BATCH]
                marks = ", ".join(["%s"] * len(batch))
                for table, column in self._tables:
                    cursor.execute(
                        f"DELETE FROM {table} WHERE {column} IN ({marks})",  # noqa: S608
                        batch,
                    )

    def clear(self):
        with transaction.atomic(), connection.cursor() as cursor:
            for table, _ in self._tables:
                cursor.execute(f"DELETE FROM {table}")  # noqa: S608

    @property
    def _tables(self):
        """(table, entry id column) of everything an entry has, entries last."""
        lexemes = (
            ("search_searchlexemes", "entry_id")
            if self.is_postgres
            else ("search_entry_fts", "rowid")
        )
        return (
            lexemes,
            ("search_searchentrytag", "entry_id"),
            ("search_searchentryyear", "entry_id"),
            ("search_searchentry", "id"),
        )

    def rebuild(self, batches):
        # One transaction: searches keep seeing the old index until it commits.
        with transaction.atomic():
            if self.is_postgres:

                def write(table):
                    for entries in batches:
                        self.index_entries(entries, lexemes_table=table)

                rebuild_beside(self.clear, write)
            else:
                self.clear()
                for entries in batches:
                    self.index_entries(entries)
        self.optimize()

    def optimize(self):
        """After many writes: fresh planner statistics, dead rows vacuumed."""
        if not self.is_postgres:
            return
        with connection.cursor() as cursor:
            if connection.in_atomic_block:
                cursor.execute(f"ANALYZE {SEARCH_TABLES}")
                return
            cursor.execute(f"VACUUM ANALYZE {SEARCH_TABLES}")

    # Searching
    #
    # One query fetches the ids of every match; total, facets and the date
    # order then come from bitsets over all public entries (core.facetindex),
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
            return in_order(
                SearchEntry.objects, index.ids_in_order(hits, offset, offset + limit)
            )
        ids = self._ranked_ids(parsed, filters, offset, limit, hits.bit_count())
        return in_order(SearchEntry.objects, ids)

    def _ranked_ids(self, parsed, filters, offset, limit, matches=None):
        """`matches`: how many entries match, when known (PostgreSQL ranks
        up to RANK_ALL of them by ts_rank, more from the RUM index)."""
        if self.is_postgres:
            if matches is None:
                index = self.entry_index()
                matched = self._matched(parsed, index)
                matches = (matched & index.matching(selection(filters))).bit_count()
            return self._pg_ranked(parsed, filters, offset, limit, matches)
        return self._sqlite_ranked(parsed, filters, offset, limit)

    def ranked_keys(self, parsed, filters, limit):
        if parsed.is_empty:
            return []
        ids = self._ranked_ids(parsed, filters, 0, limit)
        keys = dict(SearchEntry.objects.filter(pk__in=ids).values_list("pk", "key"))
        return [keys[pk] for pk in ids if pk in keys]

    @cached_property
    def fulltext_indexes(self):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT indexname FROM pg_indexes WHERE tablename = "
                "'search_searchlexemes' AND indexdef ~ '(gin|rum) \\((search|head)_'"
            )
            return sorted(row[0] for row in cursor.fetchall())

    @property
    def has_rum(self):
        return "search_entry_vector_rum" in self.fulltext_indexes

    def _pg_ranked(self, parsed, filters, offset, limit, matches):
        """Hits in the title or summary first, then those in the text only,
        each tier by relevance.

        A broad term ("Bildung") occurs somewhere in most entries but in the
        title or summary of a third as many, so the first pages come from the
        small head index; the whole vector is ranked only past its end.
        """
        tsquery, rank_query = pg_tsquery(parsed), pg_rank_query(parsed)
        # ts_rank reads every match's vector; the RUM index does not.
        from_index = self.has_rum and matches > RANK_ALL
        lexemes = self._filtered(SearchLexemes.objects.all(), filters, "entry__")
        head = lexemes.filter(vector_matches("head_vector", tsquery))
        rest = lexemes.filter(
            vector_matches("search_vector", tsquery),
            vector_matches("head_vector", tsquery, negated=True),
        )
        head_ids = self._pg_order(head, "head_vector", rank_query, from_index)
        rest_ids = self._pg_order(rest, "search_vector", rank_query, from_index)
        return tiered_page(
            lambda start, count: list(head_ids[start:][:count]),
            lambda start, count: list(rest_ids[start:][:count]),
            head.count,
            offset,
            limit,
        )

    @staticmethod
    def _pg_order(lexemes, column, rank_query, from_index):
        """Entry ids in relevance order: from the RUM index (`from_index`), or
        by ts_rank divided by the number of distinct words in the entry
        (normalisation 8): a short entry about the words beats a long one
        that mentions them in passing, and a word said often still counts."""
        if from_index:
            # Distance from the RUM index: lower is more relevant. The index
            # sorts every match itself, the same way for each page, and a
            # tie-break would make PostgreSQL sort them all again.
            order = [RawSQL(f"{column} <=> %s::tsquery", [rank_query])]  # noqa: S611
        else:
            rank = RawSQL(f"ts_rank({column}, %s::tsquery, 8)", [rank_query])  # noqa: S611
            # Without a tie-break, LIMIT/OFFSET may split equal ranks
            # differently on each page.
            order = [rank.desc(), "entry_id"]
        return lexemes.order_by(*order).values_list("entry_id", flat=True)

    @staticmethod
    def _filtered(queryset, filters, prefix=""):
        """`prefix` leads from `queryset`'s model to the entry's fields."""
        for dimension, field in DIMENSION_FIELDS.items():
            values = getattr(filters, dimension)
            if values:
                queryset = queryset.filter(**{f"{prefix}{field}__in": values})
        for slug in filters.tags:
            tagged = SearchEntryTag.objects.filter(slug=slug).values("entry_id")
            queryset = queryset.filter(**{f"{prefix}id__in": tagged})
        if filters.years:
            dated = SearchEntryYear.objects.filter(year__in=filters.years)
            queryset = queryset.filter(**{f"{prefix}id__in": dated.values("entry_id")})
        return queryset

    def _sqlite_ranked(self, parsed, filters, offset, limit):
        """Rank inside FTS5, title and summary hits first as on PostgreSQL;
        filters only as a plain id subquery, without MATCH."""
        condition, params = "", []
        if not filters.is_empty:
            filtered = self._filtered(SearchEntry.objects.all(), filters)
            subquery, params = filtered.values("id").query.sql_with_params()
            # Django's own SQL for the filters; the values stay parameters.
            condition = f"AND rowid IN ({subquery}) "
        query = fts_query(parsed)
        head, rest = (
            f"{HEAD_COLUMNS} : ({query})",
            f"({query}) NOT {HEAD_COLUMNS} : ({query})",
        )
        where = f"FROM search_entry_fts WHERE search_entry_fts MATCH %s {condition}"
        ranked = (
            f"SELECT rowid {where}"  # noqa: S608
            f"ORDER BY bm25(search_entry_fts, {FTS_WEIGHTS}), rowid LIMIT %s OFFSET %s"
        )

        def fetch(match, start, count):
            with connection.cursor() as cursor:
                cursor.execute(ranked, [match, *params, count, start])
                return [row[0] for row in cursor.fetchall()]

        def count_head():
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT count(*) {where}", [head, *params])  # noqa: S608
                return cursor.fetchone()[0]

        return tiered_page(
            functools.partial(fetch, head),
            functools.partial(fetch, rest),
            count_head,
            offset,
            limit,
        )

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
        """Titles with a word starting as typed, then (from four letters on)
        titles with it inside a word: "Monitoring" completes
        "Bildungsmonitoring …"."""
        folded = fold(prefix)
        if len(folded) < 2:
            return []
        entries = SearchEntry.objects.order_by("title")
        starts = Q(title_folded__startswith=folded) | Q(
            title_folded__contains=" " + folded
        )
        found = list(entries.filter(starts).values_list("title", "url")[:limit])
        if len(found) < limit and len(folded) >= MIN_INNER_COMPLETION:
            inner = entries.filter(title_folded__contains=folded).exclude(starts)
            found += inner.values_list("title", "url")[: limit - len(found)]
        return found
