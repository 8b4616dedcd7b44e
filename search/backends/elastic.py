"""Elasticsearch backend: the same Python lexemes, aggregations for facets,
a completion suggester for autocomplete, and alias switching for rebuilds."""

import time
from datetime import date

from django.conf import settings
from elasticsearch import Elasticsearch, NotFoundError
from elasticsearch.dsl import (
    Completion,
    Date,
    Document,
    Integer,
    Keyword,
    Search,
    Text,
    analyzer,
)
from elasticsearch.dsl import Q as EsQ
from elasticsearch.helpers import bulk

from ..analysis import compound_parts, fold, right_hand_parts
from ..documents import fts_columns
from .base import RawHit, RawResults, SearchBackend

# Lexemes come ready from Python; the engine must not change them again.
lexeme_analyzer = analyzer("portal_lexemes", tokenizer="whitespace")
german_analyzer = analyzer(
    "portal_german",
    tokenizer="standard",
    filter=["lowercase", "german_normalization", "german_stem"],
)
LEXEME_FIELDS = {
    "lexemes_title": 10.0,
    "lexemes_summary": 4.0,
    "lexemes_body": 1.0,
    "lexemes_extra": 0.3,
    "lexemes_parts": 2.0,
}
PHRASE_FIELDS = ["lexemes_title", "lexemes_summary", "lexemes_body"]
FACET_FIELDS = {"kinds": "kind", "cities": "city", "years": "year", "tags": "tags"}
FACET_SIZE = 50


class EntryDocument(Document):
    key = Keyword()
    kind = Keyword()
    title = Text(analyzer=german_analyzer)
    url = Keyword(index=False)
    summary = Text(analyzer=german_analyzer)
    body = Text(analyzer=german_analyzer)
    city = Keyword()
    date = Date()
    year = Integer()
    tags = Keyword()
    lexemes_title = Text(analyzer=lexeme_analyzer)
    lexemes_summary = Text(analyzer=lexeme_analyzer)
    lexemes_body = Text(analyzer=lexeme_analyzer)
    lexemes_extra = Text(analyzer=lexeme_analyzer)
    lexemes_parts = Text(analyzer=lexeme_analyzer)
    suggest = Completion(analyzer="simple")


def document_source(entry):
    columns = fts_columns(entry)
    return {
        "key": entry.key,
        "kind": entry.kind,
        "title": entry.title,
        "url": entry.url,
        "summary": entry.summary,
        "body": entry.body,
        "city": entry.city,
        "date": entry.date.isoformat() if entry.date else None,
        "year": entry.facet_years,
        "tags": list(dict.fromkeys(entry.tags)),
        "lexemes_title": columns["title"],
        "lexemes_summary": columns["summary"],
        "lexemes_body": columns["body"],
        "lexemes_extra": columns["extra"],
        "lexemes_parts": f"{columns['parts_title']} {columns['parts_text']}",
        "suggest": {"input": suggest_inputs(entry.title)},
    }


def suggest_inputs(title):
    """The title and each word-start inside it, so "Bericht" completes too,
    and each later part of a compound word ("Monitoring" in
    "Bildungsmonitoring")."""
    words = title.split()
    inputs = [" ".join(words[i:]) for i in range(min(len(words), 6))]
    for i, word in enumerate(words[:6]):
        folded = fold(word)
        for tail in right_hand_parts(folded, compound_parts(folded)):
            inputs.append(" ".join([tail, *words[i + 1 :]]))
    return inputs


def match_query(parsed):
    """Every term (or, when relaxed, all but one) and every phrase.

    A widened term also matches as its compound's parts together or as the
    start of a longer lexeme; a corrected query (`fuzzy`) lets Elasticsearch
    forgive a further slip in a long word, as the database's vocabulary does.
    """
    if parsed.is_empty:
        return EsQ("match_all")
    clauses = [term_query(parsed, term) for term in parsed.terms]
    clauses += [
        EsQ("multi_match", query=" ".join(p), fields=PHRASE_FIELDS, type="phrase")
        for p in parsed.phrases
    ]
    if parsed.relaxed and len(clauses) > 1:
        return EsQ("bool", should=clauses, minimum_should_match=len(clauses) - 1)
    return EsQ("bool", must=clauses)


def lexeme_match(lexeme, fuzzy=False):
    fields = [f"{name}^{boost}" for name, boost in LEXEME_FIELDS.items()]
    options = {"fuzziness": "AUTO:5,8", "prefix_length": 1} if fuzzy else {}
    return EsQ("multi_match", query=lexeme, fields=fields, **options)


def term_query(parsed, term):
    whole = lexeme_match(term, parsed.fuzzy)
    alternatives = []
    if term in parsed.parts:
        alternatives.append(
            EsQ("bool", must=[lexeme_match(part) for part in parsed.parts[term]])
        )
    if term in parsed.prefixes:
        start = parsed.prefixes[term]
        alternatives += [
            EsQ("prefix", **{name: {"value": start, "boost": boost}})
            for name, boost in LEXEME_FIELDS.items()
        ]
    if not alternatives:
        return whole
    return EsQ("bool", should=[whole, *alternatives], minimum_should_match=1)


def filter_clauses(filters, skip=None):
    clauses = []
    for dimension, field in FACET_FIELDS.items():
        values = getattr(filters, dimension)
        if not values or dimension == skip:
            continue
        if dimension == "tags":  # every chosen tag must be present
            clauses += [EsQ("term", tags=value) for value in values]
        else:
            clauses.append(EsQ("terms", **{field: values}))
    return clauses


def build_search(index, parsed, filters, sort, offset, limit):
    search = Search(index=index).query(match_query(parsed))
    active = filter_clauses(filters)
    if active:
        search = search.post_filter(EsQ("bool", filter=active))
    for dimension, field in FACET_FIELDS.items():
        others = filter_clauses(filters, skip=dimension) or [EsQ("match_all")]
        facet = search.aggs.bucket(dimension, "filter", EsQ("bool", filter=others))
        facet.bucket("values", "terms", field=field, size=FACET_SIZE)
    if sort == "datum" or parsed.is_empty:
        search = search.sort({"date": {"order": "desc", "missing": "_last"}}, "_score")
    search = search.source(
        ["key", "kind", "title", "url", "summary", "body", "city", "date", "tags"]
    )
    return search.extra(track_total_hits=True)[offset : offset + limit]


def build_ranked(index, parsed, filters, limit):
    search = Search(index=index).query(match_query(parsed))
    active = filter_clauses(filters)
    if active:
        search = search.filter(EsQ("bool", filter=active))
    return search.source(["key"])[:limit]


def build_suggest(index, prefix, limit):
    return (
        Search(index=index)
        .suggest("titles", prefix, completion={"field": "suggest", "size": limit})
        .source(["title", "url"])
    )


class ElasticsearchBackend(SearchBackend):
    name = "elasticsearch"

    def __init__(self, url):
        self.client = Elasticsearch(url, request_timeout=10)
        prefix = getattr(settings, "ELASTICSEARCH_INDEX_PREFIX", "praxisportal")
        self.alias = f"{prefix}-entries"
        self._alias_ready = False

    def check(self):
        if not self.client.indices.exists_alias(name=self.alias):
            raise RuntimeError(f"Index-Alias {self.alias} fehlt")

    # Index management: a new index per rebuild, then the alias moves over.

    def create_index(self):
        name = f"{self.alias}-{time.strftime('%Y%m%d%H%M%S')}-{time.monotonic_ns()}"
        EntryDocument.init(index=name, using=self.client)
        return name

    def ensure_alias(self):
        if self._alias_ready:
            return
        if not self.client.indices.exists_alias(name=self.alias):
            self.switch_alias(self.create_index())
        self._alias_ready = True

    def switch_alias(self, new_index):
        actions = [{"add": {"index": new_index, "alias": self.alias}}]
        try:
            old = list(self.client.indices.get_alias(name=self.alias))
        except NotFoundError:
            old = []
        actions += [{"remove": {"index": name, "alias": self.alias}} for name in old]
        self.client.indices.update_aliases(actions=actions)
        for name in old:
            self.client.indices.delete(index=name)

    def bulk_index(self, entries, index):
        actions = (
            {"_index": index, "_id": e.key, "_source": document_source(e)}
            for e in entries
        )
        bulk(self.client, actions, refresh="wait_for")

    def index_entries(self, entries):
        self.ensure_alias()
        self.bulk_index(entries, self.alias)

    def delete_keys(self, keys):
        self.ensure_alias()
        actions = ({"_op_type": "delete", "_index": self.alias, "_id": k} for k in keys)
        bulk(self.client, actions, raise_on_error=False, refresh="wait_for")

    def clear(self):
        self.switch_alias(self.create_index())
        self._alias_ready = True

    def rebuild(self, batches):
        """Fill a fresh index while the old one keeps answering, then switch."""
        new_index = self.create_index()
        for entries in batches:
            self.bulk_index(entries, new_index)
        self.switch_alias(new_index)
        self._alias_ready = True

    # Searching

    def search(self, parsed, filters, sort, offset, limit):
        self.ensure_alias()
        body = build_search(self.alias, parsed, filters, sort, offset, limit)
        response = body.using(self.client).execute()
        return RawResults(
            hits=[raw_hit(hit.to_dict()) for hit in response],
            total=response.hits.total.value,
            facets={
                dimension: {
                    bucket.key: bucket.doc_count
                    for bucket in response.aggregations[dimension]["values"].buckets
                }
                for dimension in FACET_FIELDS
            },
        )

    def count(self, parsed, filters):
        self.ensure_alias()
        search = Search(index=self.alias).query(match_query(parsed))
        search = search.filter(EsQ("bool", filter=filter_clauses(filters)))
        return search.using(self.client).count()

    def ranked_keys(self, parsed, filters, limit):
        if parsed.is_empty:
            return []
        self.ensure_alias()
        response = build_ranked(self.alias, parsed, filters, limit)
        return [hit.key for hit in response.using(self.client).execute()]

    def autocomplete(self, prefix, limit):
        self.ensure_alias()
        response = build_suggest(self.alias, prefix, limit).using(self.client).execute()
        options = response.suggest.titles[0].options if response.suggest else []
        return [(o._source.title, o._source.url) for o in options]


def raw_hit(source):
    return RawHit(
        key=source["key"],
        kind=source["kind"],
        title=source["title"],
        url=source["url"],
        summary=source.get("summary", ""),
        body=source.get("body", ""),
        city=source.get("city", ""),
        date=date.fromisoformat(source["date"]) if source.get("date") else None,
        tags=source.get("tags", []),
    )
