"""Search quality on a judged set of German queries, per category and database.

Builds the demo content plus the corpus of bench/_quality_corpus.py in a
database of its own, runs every query of bench/search_quality_set.tsv through
the portal search (`search.service.search`, first page of ten, recovery steps
included) and through Wagtail's default database search (pages, then
documents) as the baseline, and prints per category: MRR, success@1 and
recall@10. For the category "nothing" all three are the share of queries that
found nothing, as they should.

Usage: python bench/search_quality.py [--databases sqlite postgres]
       [--pg-url URL] [--reuse] [--misses]
SQLite runs in /tmp; PostgreSQL in the database named by --pg-url (or the
environment variable SEARCH_QUALITY_PG_URL), which is dropped and recreated:
give it a database of its own. Without either, only SQLite runs.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET_FILE = HERE / "search_quality_set.tsv"
SQLITE_URL = "sqlite:////tmp/praxisportal-search-quality.sqlite3"
TOP = 10
MEDIA = Path(tempfile.gettempdir()) / "praxisportal-search-quality-media"
ENGINES = ("portal", "wagtail")


def read_set(path=SET_FILE):
    """[(category, query, {relevant paths})] from the judged set."""
    aliases, judged = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            name, target = line[1:].split()
            aliases[name] = target
            continue
        category, query, relevant = (line.split("\t") + [""])[:3]
        judged.append((category, query, {aliases[n] for n in relevant.split()}))
    return judged


def scores(found, relevant):
    """(reciprocal rank, success@1, recall@10) of one query's ranked paths."""
    found = found[:TOP]
    if not relevant:  # must find nothing
        value = 0.0 if found else 1.0
        return value, value, value
    ranks = [rank for rank, path in enumerate(found, start=1) if path in relevant]
    reciprocal = 1 / ranks[0] if ranks else 0.0
    recall = len(set(found) & relevant) / len(relevant)
    return reciprocal, float(bool(ranks) and ranks[0] == 1), recall


def summarise(results):
    """{category: (n, mrr, s@1, r@10)} plus "gesamt", from per-query rows."""
    rows = defaultdict(list)
    for row in results:
        rows[row["category"]].append(row["scores"])
        rows["gesamt"].append(row["scores"])
    summary = {}
    for category, values in rows.items():
        columns = zip(*values, strict=True)
        summary[category] = (len(values), *(sum(c) / len(values) for c in columns))
    return summary


# The worker: one database, both engines.


def setup_django(database_url):
    sys.path.insert(0, str(HERE.parent))
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()
    from django.conf import settings

    settings.MEDIA_ROOT = str(MEDIA)  # the test settings name their own folder


def recreate_database(database_url):
    shutil.rmtree(MEDIA, ignore_errors=True)  # stored files would get new names
    if database_url.startswith("sqlite:"):
        Path(database_url.removeprefix("sqlite:///")).unlink(missing_ok=True)
        return
    import psycopg

    base, _, name = database_url.rpartition("/")
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


def build_content():
    from django.core.management import call_command

    from search import indexing

    sys.path.insert(0, str(HERE))
    import _quality_corpus

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    _quality_corpus.build()
    indexing.rebuild()
    # The test settings do not index on save: Wagtail's index, the baseline, is
    # filled here.
    call_command("wagtail_update_index", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115


def portal_paths(query):
    from search import service

    return [hit.url for hit in service.search(query, per_page=TOP).hits]


def wagtail_paths(query):
    from wagtail.documents import get_document_model
    from wagtail.models import Page
    from wagtail.search.utils import parse_query_string

    _, parsed = parse_query_string(query)
    pages = Page.objects.live().public().exclude(depth__lte=2).search(parsed)
    paths = [page.url for page in pages[:TOP]]
    model = get_document_model()
    public = set(model.objects.public().values_list("pk", flat=True))
    documents = [d for d in model.objects.search(parsed)[:TOP] if d.pk in public]
    paths += [document.url for document in documents[: TOP - len(paths)]]
    return paths


def work(database_url, reuse):
    if not reuse:
        recreate_database(database_url)
    setup_django(database_url)
    if not reuse:
        build_content()
    results = {engine: [] for engine in ENGINES}
    for category, query, relevant in read_set():
        for engine, run in (("portal", portal_paths), ("wagtail", wagtail_paths)):
            found = run(query)
            results[engine].append(
                {
                    "category": category,
                    "query": query,
                    "found": found[:TOP],
                    "scores": scores(found, relevant),
                }
            )
    return results


# The parent: one worker process per database, then the tables.


def print_table(label, results):
    portal, wagtail = summarise(results["portal"]), summarise(results["wagtail"])
    print(f"\n{label}")
    print("| Kategorie | n | MRR | S@1 | R@10 | Wagtail MRR | S@1 | R@10 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    order = [c for c in portal if c != "gesamt"] + ["gesamt"]
    for category in order:
        n, *mine = portal[category]
        _, *theirs = wagtail[category]
        cells = " | ".join(f"{value:.2f}" for value in (*mine, *theirs))
        print(f"| {category} | {n} | {cells} |")


def print_misses(label, results):
    judged = {query: relevant for _, query, relevant in read_set()}
    print(f"\nVerfehlt ({label}, Portal):")
    for row in results["portal"]:
        if row["scores"][0] < 1:
            wanted = sorted(judged[row["query"]])
            found = row["found"][:3]
            print(f"  [{row['category']}] {row['query']!r}: {found} ≠ {wanted[:3]}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgres"])
    parser.add_argument("--pg-url", default=os.environ.get("SEARCH_QUALITY_PG_URL"))
    parser.add_argument("--reuse", action="store_true", help="keep the built database")
    parser.add_argument("--misses", action="store_true", help="list imperfect queries")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        results = work(args.worker, args.reuse)
        Path(args.out).write_text(json.dumps(results), encoding="utf-8")
        return
    urls = {"sqlite": SQLITE_URL, "postgres": args.pg_url}
    print(f"{len(read_set())} Anfragen, erste Seite ({TOP} Treffer) je Anfrage")
    for name in args.databases:
        if not urls.get(name):
            print(f"\n{name}: übersprungen (keine --pg-url / SEARCH_QUALITY_PG_URL)")
            continue
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            command = [sys.executable, __file__, "--worker", urls[name]]
            command += ["--out", out.name] + (["--reuse"] if args.reuse else [])
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            results = json.loads(Path(out.name).read_text(encoding="utf-8"))
        print_table(name, results)
        if args.misses:
            print_misses(name, results)


if __name__ == "__main__":
    main()
