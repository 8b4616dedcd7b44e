"""Search latency at 10,000 and 100,000 entries (Faker de_DE plus the demo).

Prints p50/p95 of the search page for 50 fixed queries, searched anew each time
and then answered from the result cache, and the same for a bare top-10 query
on the same rows and index as the lower bound: on PostgreSQL to_tsquery over
all lexemes (and over title and summary alone, which the page's first tier
ranks), on SQLite FTS5 MATCH ordered by bm25. The ratio page/bare of the p95s
holds up under a machine shared with other work, which the milliseconds do not.
Usage: python bench/search.py [--sizes 10000 100000] [--rounds 3] [--reuse]
--reuse keeps a database that already holds the size, built by the same
analysis (search.analysis) as now; otherwise it is filled anew.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/praxisportal-bench.sqlite3")

import gc  # noqa: E402

import django  # noqa: E402

django.setup()
gc.freeze()  # as portal/wsgi.py does in every worker

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from faker import Faker  # noqa: E402

from search import indexing  # noqa: E402
from search.backends.database import (  # noqa: E402
    FTS_WEIGHTS,
    DatabaseBackend,
    fts_query,
    pg_tsquery,
)
from search.documents import tsvector_literal  # noqa: E402
from search.models import SearchEntry  # noqa: E402
from search.query import parse_query  # noqa: E402
from search.registry import Entry  # noqa: E402
from search.service import get_backend  # noqa: E402

DOMAIN_WORDS = [
    "Bildungsplanung",
    "Bildungsmonitoring",
    "Quartier",
    "Quartiere",
    "Sozialraum",
    "Kinder",
    "Jugendliche",
    "Ferienprogramm",
    "Kinderferienprogramm",
    "Schulen",
    "Kita",
    "Übergang",
    "Bildungsbericht",
    "Steuerung",
    "Führungskräfte",
    "Verwaltung",
    "Jugendhilfe",
    "Beteiligung",
    "Partizipation",
    "Armutsprävention",
    "Stadtentwicklung",
    "Daten",
    "Kennzahlen",
    "Elternarbeit",
    "Ganztagsschule",
    "Sprachförderung",
    "Berufsorientierung",
    "Integration",
    "Netzwerk",
]
QUERIES = [
    "Bildung",
    "Bildungsplanung",
    "Quartier",
    "Quartieren",
    "Kinder",
    "Ferienprogramm",
    "Kinderferienprogramm",
    "Führungskräfte",
    "Fuehrungskraefte",
    "Schule",
    "Schulen",
    "Kita",
    "Übergang",
    "Bildungsberichte",
    "Steuerung",
    "Verwaltung",
    "Jugendhilfe",
    "Beteiligung",
    "Partizipation",
    "Armut",
    "Stadtentwicklung",
    "Daten",
    "Kennzahlen",
    "Eltern",
    "Ganztag",
    "Sprachförderung",
    "Berufsorientierung",
    "Integration",
    "Netzwerk",
    "KLAR",
    "ISM",
    "Planung",
    "Monitoring",
    "Sozialraum",
    "Jugendliche",
    "Stadt",
    "Städte",
    "Amt",
    "Ämter",
    "Konzept",
    "Bericht",
    "Projekt",
    "Familie",
    "Familien",
    '"integrierte Planung"',
    "Kinder Quartier",
    "Daten Steuerung",
    "Bildung Verwaltung Netzwerk",
    "Bildungsberict",
    "xyz",
]
if len(QUERIES) != 50:
    raise SystemExit(f"{len(QUERIES)} statt 50 Suchanfragen")


def fake_entries(count, seed=7):
    fake = Faker("de_DE")
    Faker.seed(seed)
    rng = random.Random(seed)
    cities = [fake.city() for _ in range(120)]
    tags = ["datenbasiert", "sozialraeumlich", "partizipativ"] + [
        f"thema-{n}" for n in range(40)
    ]
    for number in range(count):
        words = fake.words(nb=140) + rng.sample(DOMAIN_WORDS, 8)
        rng.shuffle(words)
        yield Entry(
            key=f"bench:{number}",
            kind=rng.choice(["practice", "dossier", "article", "document"]),
            title=" ".join(rng.sample(DOMAIN_WORDS, 2) + fake.words(nb=4)).title(),
            url=f"/bench/{number}/",
            summary=fake.sentence(nb_words=18) + " " + rng.choice(DOMAIN_WORDS),
            body=" ".join(words),
            city=rng.choice(cities),
            date=fake.date_between("-8y", "today"),
            tags=rng.sample(tags, 3),
        )


def fill(count):
    """The demo's own entries plus `count` generated ones, in one rebuild."""
    started = time.monotonic()
    indexing.rebuild(extra=indexing.batched(fake_entries(count), 1000))
    return time.monotonic() - started


def built_by_this_analysis(probes=50):
    """Whether the first generated entries hold the lexemes the analysis gives
    now: an index built before a change of it answers other queries."""
    entries = {entry.key: entry for entry in fake_entries(probes)}
    rows = dict(SearchEntry.objects.filter(key__in=entries).values_list("pk", "key"))
    if len(rows) < probes:
        return False
    with connection.cursor() as cursor:
        for pk, key in rows.items():
            if connection.vendor == "postgresql":
                cursor.execute(
                    "SELECT search_vector = %s::tsvector FROM search_searchlexemes "
                    "WHERE entry_id = %s",
                    [tsvector_literal(entries[key]), pk],
                )
                same = cursor.fetchone()[0]
            else:
                cursor.execute(
                    "SELECT body FROM search_entry_fts WHERE rowid = %s", [pk]
                )
                same = (
                    cursor.fetchone()[0] == DatabaseBackend._fts_values(entries[key])[2]
                )
            if not same:
                return False
    return True


def percentiles(samples):
    ordered = sorted(samples)
    p95 = ordered[max(0, round(len(ordered) * 0.95) - 1)]
    return statistics.median(ordered) * 1000, p95 * 1000


def time_search_page(rounds, result_cache):
    """The whole page; without the result cache every request searches anew."""
    client, samples = Client(), []
    timeout = settings.SEARCH_CACHE_TIMEOUT if result_cache else 0
    with override_settings(SEARCH_CACHE_TIMEOUT=timeout):
        client.get("/suche/", {"q": "Bildung"})  # builds the entry index once
        for query in QUERIES:
            client.get("/suche/", {"q": query})  # warm
            for _ in range(rounds):
                started = time.perf_counter()
                response = client.get("/suche/", {"q": query})
                samples.append(time.perf_counter() - started)
                if response.status_code != 200:
                    raise SystemExit(f"{query!r}: HTTP {response.status_code}")
    return percentiles(samples)


def time_bare_tsquery(rounds, column="search_vector"):
    """The top 10 by relevance alone over `column`: all lexemes (the limit the
    issue names), or only title and summary (`head_vector`, what the page's
    first tier ranks)."""
    order = (
        f"{column} <=> %s::tsquery"
        if get_backend().has_rum
        else f"ts_rank({column}, %s::tsquery) DESC"
    )
    samples = []
    with connection.cursor() as cursor:
        for query in QUERIES:
            tsquery = pg_tsquery(parse_query(query)) or "''"
            for _ in range(rounds):
                started = time.perf_counter()
                cursor.execute(
                    "SELECT entry_id FROM search_searchlexemes "  # noqa: S608
                    f"WHERE {column} @@ %s::tsquery ORDER BY {order} LIMIT 10",
                    [tsquery, tsquery],
                )
                cursor.fetchall()
                samples.append(time.perf_counter() - started)
    return percentiles(samples)


def time_bare_fts(rounds):
    """The top 10 by bm25 alone, over all columns, as FTS5 answers it."""
    samples = []
    with connection.cursor() as cursor:
        for query in QUERIES:
            match = fts_query(parse_query(query)) or '""'
            for _ in range(rounds):
                started = time.perf_counter()
                cursor.execute(
                    "SELECT rowid FROM search_entry_fts WHERE search_entry_fts "  # noqa: S608
                    f"MATCH %s ORDER BY bm25(search_entry_fts, {FTS_WEIGHTS}) "
                    "LIMIT 10",
                    [match],
                )
                cursor.fetchall()
                samples.append(time.perf_counter() - started)
    return percentiles(samples)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--reuse", action="store_true", help="keep an index that already has the size"
    )
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    if not (args.reuse and SearchEntry.objects.exists()):
        call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    vendor = connection.vendor
    print(f"Suche, Datenbank: {vendor}, Backend: {get_backend().name}")
    for size in args.sizes:
        reuse = (
            args.reuse
            and size <= SearchEntry.objects.count() < size * 1.1
            and built_by_this_analysis()
        )
        seconds = 0 if reuse else fill(size)
        total = SearchEntry.objects.count()
        p50, p95 = time_search_page(args.rounds, result_cache=False)
        c50, c95 = time_search_page(args.rounds, result_cache=True)
        line = (
            f"{total:>7} Einträge (Aufbau {seconds:.0f} s): "
            f"Suchseite p50 {p50:.1f} ms, p95 {p95:.1f} ms; "
            f"aus dem Ergebniscache p50 {c50:.1f} ms, p95 {c95:.1f} ms"
        )
        if vendor == "postgresql":
            b50, b95 = time_bare_tsquery(args.rounds)
            h50, h95 = time_bare_tsquery(args.rounds, "head_vector")
            line += (
                f"; bare to_tsquery p50 {b50:.1f} ms, p95 {b95:.1f} ms"
                f" (nur Titel und Teaser: p50 {h50:.1f} ms, p95 {h95:.1f} ms)"
            )
        else:
            b50, b95 = time_bare_fts(args.rounds)
            line += f"; bare FTS5 bm25 p50 {b50:.1f} ms, p95 {b95:.1f} ms"
        line += f"; Suchseite/bare p95 {p95 / b95:.2f}×"
        print(line, f"(load average {os.getloadavg()[0]:.1f})", flush=True)


if __name__ == "__main__":
    main()
