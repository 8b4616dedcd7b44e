"""Keeping the search index in step with the content, and rebuilding it."""

import itertools

from django.apps import apps
from wagtail.models import Page

from core.cache import LISTINGS, SEARCH, bump

from .analysis import fold, iter_words
from .models import SearchTerm
from .registry import search_sources, source_for_model

MIN_TERM_LENGTH = 4
MAX_TERM_LENGTH = 100
BATCH_SIZE = 200


def entry_key(obj):
    if isinstance(obj, Page):
        return f"page:{obj.pk}"
    source = source_for_model(type(obj))
    return f"{source.kind if source else obj._meta.model_name}:{obj.pk}"


def backend():
    from .service import get_backend

    return get_backend()


def remember_terms(entries, seen=None):
    """Every word the entries show, for correcting misspelt queries.

    `seen` (a set shared by the batches of a rebuild) skips words already
    stored, so a rebuild writes each word once.
    """
    seen = set() if seen is None else seen
    terms = {}
    met = set()  # words as written, looked at once: most recur, and fold() costs
    for entry in entries:
        for text in (
            entry.title,
            entry.summary,
            entry.body,
            entry.extra,
            *entry.tag_names,
        ):
            for word in iter_words(text):
                if word.text not in met:
                    met.add(word.text)
                    remember(word.text, terms, seen)
    SearchTerm.objects.bulk_create(
        [SearchTerm(folded=f, word=w, lexeme="") for f, w in terms.items()],
        ignore_conflicts=True,
        batch_size=500,
    )


def remember(word, terms, seen):
    if len(word) < MIN_TERM_LENGTH or len(word) > MAX_TERM_LENGTH:
        return
    if not word.isalpha():
        return
    folded = fold(word)
    if folded not in seen:
        seen.add(folded)
        terms[folded] = word


def update_objects(objects):
    """Index what is findable, drop what is not (draft, private, gone)."""
    entries, gone = [], []
    for obj in objects:
        source = source_for_model(type(obj))
        entry = source.to_entry(obj) if source else None
        if entry:
            entries.append(entry)
        else:
            gone.append(entry_key(obj))
    if entries:
        backend().index_entries(entries)
        remember_terms(entries)
    if gone:
        backend().delete_keys(gone)
    # Cached search pages and tag pages read the index.
    bump(SEARCH, LISTINGS)


def update_by_reference(model_label, pks):
    model = apps.get_model(model_label)
    found = model.objects.filter(pk__in=pks)
    if issubclass(model, Page):
        found = found.specific()
    found = list(found)
    missing = set(pks) - {obj.pk for obj in found}
    update_objects(found)
    if missing:
        prefix = "page" if issubclass(model, Page) else source_kind(model)
        delete_keys([f"{prefix}:{pk}" for pk in missing])


def delete_keys(keys):
    backend().delete_keys(keys)
    bump(SEARCH, LISTINGS)


def source_kind(model):
    source = source_for_model(model)
    return source.kind if source else model._meta.model_name


def update_subtree(page_pk):
    """A page and everything below it: moves and view restrictions reach down."""
    page = Page.objects.filter(pk=page_pk).first()
    if page is None:
        return
    for batch in batched(Page.objects.descendant_of(page, inclusive=True).specific()):
        update_objects(batch)


def batched(iterable, size=BATCH_SIZE):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def rebuild(progress=None, extra=()):
    """Index every findable object of every source; returns the entry count.

    `extra`: further batches of entries beside the sources' (a load test's
    generated ones), indexed but not offered as spelling corrections.
    """
    SearchTerm.objects.all().delete()
    counter = {"total": 0, "seen": set()}
    backend().rebuild(itertools.chain(_entry_batches(counter, progress), extra))
    bump(SEARCH, LISTINGS)
    return counter["total"]


def _entry_batches(counter, progress):
    for source in search_sources():
        for batch in batched(source.all_objects()):
            entries = [entry for entry in map(source.to_entry, batch) if entry]
            remember_terms(entries, counter["seen"])
            counter["total"] += len(entries)
            if progress:
                progress(source, counter["total"])
            yield entries
