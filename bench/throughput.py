"""Requests per second with gunicorn (2 workers) under wrk on loopback.

Runs the production settings against the PostgreSQL database `bench/pages.py`
builds for one size (built first if missing; production refuses SQLite), once
with the page cache off and once on, for the home page, a practice page and the
search page, beside a static file served by whitenoise
from the same server as the ceiling. Afterwards it reports the resident memory
of each worker, which by then has answered well over 10,000 mixed requests.

Needs wrk (Debian: apt-get install wrk).
Usage: python bench/throughput.py [--size 1000] [--seconds 10] [--connections 8]
DATABASE_URL=postgres://…/name picks the server (default: local, `praxisportal_bench`).
"""

import argparse
import re
import shutil
import subprocess
import tempfile

from _server import (
    collect_static,
    prepare,
    production_env,
    python_output,
    start_gunicorn,
    worker_rss,
)

PORT = 8765


def server_env(size, cache_seconds, cache_dir):
    return production_env(
        size,
        PAGE_CACHE_TIMEOUT=str(cache_seconds),
        CACHE_DIR=cache_dir,
        CONN_MAX_AGE="60",
    )


def paths(env):
    code = (
        "import django; django.setup();"
        "from practices.models import PracticePage;"
        "print(PracticePage.objects.live().order_by('-pk').first().url)"
    )
    practice = python_output(code, env).strip()
    return {
        "Startseite": "/",
        "Praxisprofil": practice,
        "Suche": "/suche/?q=Bildungsplanung",
        "Statische Datei": "/static/portal/css/portal.css",
    }


def wrk(path, seconds, connections):
    output = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{connections}",
            f"-d{seconds}s",
            f"http://127.0.0.1:{PORT}{path}",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    total = int(re.search(r"(\d+) requests in", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        raise SystemExit(f"{path}: {errors.group(1)} Fehlerantworten")
    return rate, total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args()
    prepare(args.size)
    cache_dir = tempfile.mkdtemp(prefix="praxisportal-bench-cache-")
    env = server_env(args.size, 0, cache_dir)
    collect_static(env)
    urls = paths(env)
    requests = 0
    print(
        f"== gunicorn, 2 Worker, wrk {args.connections} Verbindungen, "
        f"{args.seconds} s je Messung, {args.size} Praxisprofile"
    )
    print(f"{'Seite':18} {'ungecacht':>12} {'gecacht':>12}")
    results = {}
    for label, seconds in (("ungecacht", 0), ("gecacht", 600)):
        server = start_gunicorn(server_env(args.size, seconds, cache_dir), PORT)
        try:
            for name, path in urls.items():
                rate, total = wrk(path, args.seconds, args.connections)
                results[name, label] = rate
                requests += total
            rss = worker_rss(server)
        finally:
            server.terminate()
            server.wait()
    for name in urls:
        print(
            f"{name:18} {results[name, 'ungecacht']:9.0f}/s "
            f"{results[name, 'gecacht']:9.0f}/s"
        )
    ceiling = results["Statische Datei", "gecacht"]
    for name in ("Startseite", "Praxisprofil", "Suche"):
        share = results[name, "gecacht"] / ceiling * 100
        print(f"  {name} gecacht: {share:.0f} % des Durchsatzes der statischen Datei")
    print(
        f"Speicher je Worker nach {requests} Anfragen: "
        + ", ".join(f"{mb:.0f} MB" for mb in rss)
    )
    shutil.rmtree(cache_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
