"""Server time and SQL queries per page type at 1,000 and 100,000 practices.

Builds a database per size (migrate, demo content, `generate_content`), then
requests every page type through Django's test client: median and p95 of the
server time over the timed rounds, and the query count of the last one. The
page cache is off, so every figure is an uncached rendering.

Usage: python bench/pages.py [--sizes 1000 100000] [--rounds 30] [--reuse]
On PostgreSQL (DATABASE_URL=postgres://…/name) each size gets its own database
`<name>_<size>`; on SQLite a file in /tmp. --reuse keeps a database that already
holds the content of its size (generating 100,000 practices takes minutes).
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
os.environ["SEARCH_CACHE_TIMEOUT"] = "0"  # searches run anew, like every page here
BASE_URL = os.environ.get("DATABASE_URL", "sqlite:////tmp/praxisportal-pages")


def database_url(size):
    return f"{BASE_URL}_{size}" + (".sqlite3" if BASE_URL.startswith("sqlite") else "")


def prepare_database(size, reuse):
    """Point Django at the size's database; a new, empty one unless reused."""
    url = database_url(size)
    os.environ["DATABASE_URL"] = url
    if url.startswith("postgres"):
        import psycopg

        server, name = url.rsplit("/", 1)
        with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
            exists = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [name]
            ).fetchone()
            if exists and not reuse:
                conn.execute(f'DROP DATABASE "{name}"')
            if not exists or not reuse:
                conn.execute(f'CREATE DATABASE "{name}"')
    elif not reuse:
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)


def build(size, reuse):
    from django.core.management import call_command

    from practices.models import PracticePage

    call_command("migrate", verbosity=0)
    if reuse and PracticePage.objects.count() >= size:
        print(
            f"  vorhandene Datenbank mit {PracticePage.objects.count()} Praxisprofilen"
        )
        return
    call_command("load_demo_content", verbosity=0)
    started = time.monotonic()
    call_command(
        "generate_content",
        practices=size,
        cities=max(20, size // 1250),
        dossiers=50,
        documents=min(size // 10, 5000),
        seed=1,
    )
    print(f"  erzeugt in {time.monotonic() - started:.0f} s")


def page_urls():
    from dossiers.models import DossierPage
    from practices.models import CityPage, PracticePage
    from reports.models import ArticlePage

    practice = PracticePage.objects.live().order_by("-pk").first()
    city = CityPage.objects.live().order_by("-pk").first()
    return {
        "Startseite": "/",
        "Praxisliste": "/praxis/",
        "Praxisliste, 2 Filter": "/praxis/?ansatz=datenbasiert&thema=schule",
        "Praxisliste, Seite 40": "/praxis/?ansatz=partizipativ&seite=40",
        "Praxisprofil": practice.url,
        "Kommune": city.url,
        "Themendossier": DossierPage.objects.live().order_by("-pk").first().url,
        "Beitrag": ArticlePage.objects.live().first().url,
        "Downloads": "/downloads/",
        "Schlagwort": "/schlagwort/datenbasiert/",
        "Suche": "/suche/?q=Bildungsplanung",
        "Suche, Filter": "/suche/?q=Quartier&typ=practice&schlagwort=partizipativ",
    }


def measure(rounds):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    rows = []
    for name, url in page_urls().items():
        for _ in range(3):
            client.get(url)
        times = []
        for _ in range(rounds):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url}: Status {response.status_code}")
        times.sort()
        p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
        rows.append((name, statistics.median(times), p95, len(queries)))
    return rows


def run_one(size, rounds, reuse):
    import gc

    import django

    django.setup()
    gc.freeze()  # as portal/wsgi.py does in every worker
    from django.conf import settings
    from django.db import connection

    print(f"\n== {size:,} Praxisprofile ({connection.vendor})".replace(",", "."))
    build(size, reuse)
    settings.PAGE_CACHE_TIMEOUT = 0
    print(f"{'Seite':26} {'Median':>9} {'p95':>9} {'Abfragen':>9}")
    for name, median, p95, queries in measure(rounds):
        print(f"{name:26} {median:7.1f}ms {p95:7.1f}ms {queries:9d}", flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 100000])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        return run_one(args.one, args.rounds, args.reuse)
    # One process per size: each talks to its own database from the start.
    for size in args.sizes:
        prepare_database(size, args.reuse)
        command = [sys.executable, __file__, "--one", str(size)]
        command += ["--rounds", str(args.rounds)] + (["--reuse"] if args.reuse else [])
        subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
