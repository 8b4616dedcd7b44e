"""Page types in the deployed shape: gunicorn (2 workers), production settings,
PostgreSQL, Redis when REDIS_URL is set, requests over loopback with wrk.

For each page type, req/s, p50 and p95 of: one client on a server that keeps
nothing, so every request renders the whole page (the first visitor after a
change of it); one client with a session cookie, which keeps it out of the page
cache, as for a logged-in member (header rendered, body and head kept, see
core.fragments); eight connections from the page cache. The static file's req/s
from the same server is the ceiling. Then
the cache hit ratio under a mixed load across many pages while a publisher
publishes one practice every `--publish-every` seconds (one a minute in
production: scale the interval with the run) and the task worker follows it.

The database is the one `bench/pages.py` builds for the size (built first when
missing, `--reuse` kept). REDIS_URL must name a Redis database of its own: the
script empties it at the start.

Usage: python bench/deployed.py [--size 1000] [--seconds 10] [--mix-seconds 60]
    [--publish-every 60]
DATABASE_URL=postgres://…/name picks the server (default: local, `praxisportal_bench`).
Needs wrk (Debian: apt-get install wrk).
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request

from _server import (
    ROOT,
    collect_static,
    prepare,
    production_env,
    python_output,
    start_gunicorn,
    worker_rss,
)

PORT = 8766
REDIS_URL = os.environ.get("REDIS_URL", "")
SESSION_COOKIE = "sessionid=bench-visitor-with-a-session"

# wrk: paths taken in turn, hits and misses counted from X-Portal-Cache, and
# the latency percentiles printed as JSON at the end.
WRK_SCRIPT = """
local paths = {PATHS}
local cookie = "{COOKIE}"
local counter = math.random(#paths)
hits, misses = 0, 0
local threads = {}
function setup(thread) table.insert(threads, thread) end
function request()
  counter = counter % #paths + 1
  local headers = {}
  if cookie ~= "" then headers["Cookie"] = cookie end
  return wrk.format("GET", paths[counter], headers)
end
function response(status, headers, body)
  local state = headers["X-Portal-Cache"]
  if state == "hit" then hits = hits + 1 end
  if state == "miss" then misses = misses + 1 end
end
function done(summary, latency, requests)
  local h, m = 0, 0
  for _, thread in ipairs(threads) do
    h = h + thread:get("hits")
    m = m + thread:get("misses")
  end
  io.write(string.format(
    'RESULT {"requests": %d, "seconds": %f, "errors": %d, "p50": %f, "p95": %f, '
    .. '"hits": %d, "misses": %d}\\n',
    summary.requests, summary.duration / 1e6,
    summary.errors.status + summary.errors.connect + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, h, m))
end
"""

PUBLISHER = """
import random, sys, time, django
django.setup()
from practices.models import PracticePage
every = float(sys.argv[1])
ids = list(PracticePage.objects.live().values_list("pk", flat=True))
print("ready", flush=True)
until = time.monotonic() + float(sys.argv[2])
count = 0
while time.monotonic() + every < until:
    time.sleep(every)
    page = PracticePage.objects.get(pk=random.choice(ids))
    page.teaser = page.teaser.rstrip(".") + "."
    page.save_revision().publish()
    count += 1
print(count)
"""


def server_env(size, media_root):
    env = production_env(
        size,
        PAGE_CACHE_TIMEOUT="600",
        MEDIA_ROOT=media_root,
        CACHE_DIR=os.path.join(media_root, "cache"),
        LOG_LEVEL="WARNING",
    )
    env.pop("CONN_MAX_AGE", None)  # the production default
    return env


def page_paths(env):
    """Paths per page type, many of each so the load spreads over the site."""
    code = """
import json, django
django.setup()
from dossiers.models import DossierPage
from practices.models import CityPage, PracticePage
live = lambda model, n: [p.url for p in model.objects.live().order_by("?")[:n]]
cities = CityPage.objects.live().select_related("city")[:40]
print(json.dumps({
    "Startseite": ["/"],
    "Praxisprofil": live(PracticePage, 500),
    "Themendossier": live(DossierPage, 50),
    "Kommune": [page.url for page in cities],
    "Praxisliste, 2 Filter": [
        f"/praxis/?ansatz={a}&stadt={page.city.slug}"
        for a in ("datenbasiert", "sozialraeumlich", "partizipativ")
        for page in cities
    ],
    "Schlagwort": ["/schlagwort/datenbasiert/", "/schlagwort/partizipativ/"],
    "Suche": ["/suche/?q=Bildungsplanung", "/suche/?q=Quartier",
              "/suche/?q=Sprachf%C3%B6rderung"],
}))
"""
    return json.loads(python_output(code, env))


def start(command, env):
    return subprocess.Popen(command, env=env, cwd=ROOT)


def wrk(paths, seconds, connections, cookie=""):
    script = WRK_SCRIPT.replace("{COOKIE}", cookie).replace(
        "{PATHS}", "{" + ", ".join(json.dumps(path) for path in paths) + "}"
    )
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    try:
        output = subprocess.run(
            ["wrk", f"-t{min(2, connections)}", f"-c{connections}"]
            # A page rendered after a publish may wait for a facet index to be
            # rebuilt: wrk's default of 2 s would drop it uncounted.
            + [f"-d{seconds}s", "--timeout", "30s", "-s", handle.name]
            + [f"http://127.0.0.1:{PORT}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    finally:
        os.unlink(handle.name)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        raise SystemExit(f"{paths[0]}: {errors.group(1)} Fehlerantworten")
    result = json.loads(output.split("RESULT ", 1)[1])
    result["rate"] = result["requests"] / result["seconds"]
    return result


def warm(paths, cookie=""):
    for path in paths:
        request = urllib.request.Request(f"http://127.0.0.1:{PORT}{path}")
        if cookie:
            request.add_header("Cookie", cookie)
        urllib.request.urlopen(request, timeout=60).read()  # noqa: S310


def empty_redis():
    if REDIS_URL:
        import redis

        redis.Redis.from_url(REDIS_URL).flushdb()


def measure_rendered(paths, seconds, env, keep_cards):
    """One client on a server that keeps no page and no page part
    (`PAGE_CACHE_TIMEOUT=0`): every request renders the whole page, as for the
    first visitor after a change of it. With `keep_cards` the cards in its lists
    are kept (what a change of the page leaves), else nothing is (what a change
    of a snippet, a tag or the site leaves)."""
    settings = {"PAGE_CACHE_TIMEOUT": "0"}
    if not keep_cards:
        settings["CARD_CACHE_TIMEOUT"] = "0"
    server = start_gunicorn({**env, **settings}, PORT)
    try:
        results = {}
        for name, group in paths.items():
            # Each worker builds its facet indexes once; that is not the page's
            # time. With kept cards, every card of the group is kept first.
            warm(group if keep_cards else group[:4] * 2)
            results[name] = wrk(group, seconds, 1)
        return results
    finally:
        server.terminate()
        server.wait()


def print_page_types(paths, seconds, cold, rendered):
    heading = ("nichts gehalten (1 Client)", "neu gerendert (1 Client)")
    heading += ("mit Sitzung (1 Client)", "gecacht (8 Verbindungen)")
    print(f"{'Seite':24}" + "".join(f" {title:>30}" for title in heading))
    print(f"{'':24}" + f" {'req/s':>8} {'p50':>10} {'p95':>10}" * 4)
    rates = {}
    for name, group in paths.items():
        # A visitor with a session gets the header rendered for them and the
        # kept body and head of each page (core.fragments).
        warm(group, cookie=SESSION_COOKIE)
        session = wrk(group, seconds, 1, SESSION_COOKIE)
        warm(group)
        cached = wrk(group, seconds, 8)
        rates[name] = cached["rate"]
        print(
            f"{name:24}"
            + "".join(
                f" {result['rate']:8.0f} {result['p50']:8.1f}ms {result['p95']:8.1f}ms"
                for result in (cold[name], rendered[name], session, cached)
            ),
            flush=True,
        )
    static = wrk(["/static/portal/css/portal.css"], seconds, 8)
    print(f"{'Statische Datei':24} {'':92} {static['rate']:8.0f}")
    for name, rate in rates.items():
        share = rate / static["rate"] * 100
        print(f"  {name} gecacht: {share:.0f} % der statischen Datei")


def print_hit_ratio(paths, env, seconds, every):
    mix = [path for group in paths.values() for path in group]
    warm(mix)
    publisher = subprocess.Popen(
        [sys.executable, "-c", PUBLISHER, str(every), str(seconds)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    # Load and publishes start together, once the publisher has loaded Django.
    publisher.stdout.readline()
    result = wrk(mix, seconds, 8)
    published = publisher.communicate()[0].strip()
    ratio = result["hits"] / max(1, result["hits"] + result["misses"])
    print(
        f"Mischlast über {len(mix)} Seiten, {seconds} s, eine Veröffentlichung alle "
        f"{every:g} s ({published} veröffentlicht): {result['rate']:.0f} req/s, "
        f"Trefferquote des Seitencaches {ratio * 100:.1f} % "
        f"({result['hits']} Treffer, {result['misses']} Fehlschläge, "
        f"{result['errors']} Fehler/Zeitüberschreitungen)"
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--mix-seconds", type=int, default=60)
    parser.add_argument("--publish-every", type=float, default=60)
    args = parser.parse_args()
    prepare(args.size)
    media_root = tempfile.mkdtemp(prefix="praxisportal-bench-media-")
    env = server_env(args.size, media_root)
    collect_static(env)
    empty_redis()
    paths = page_paths(env)
    cache = "Redis" if REDIS_URL else "Dateicache"
    print(
        f"== Einsatzform: gunicorn 2 Worker, Produktionseinstellungen, PostgreSQL, "
        f"{cache}, {args.size} Praxisprofile, {args.seconds} s je Messung"
    )
    cold = measure_rendered(paths, args.seconds, env, keep_cards=False)
    rendered = measure_rendered(paths, args.seconds, env, keep_cards=True)
    server = start_gunicorn(env, PORT)
    worker = start(
        [sys.executable, "manage.py", "db_worker", "--no-startup-delay", "--no-reload"],
        env,
    )
    try:
        print_page_types(paths, args.seconds, cold, rendered)
        print_hit_ratio(paths, env, args.mix_seconds, args.publish_every)
        rss = worker_rss(server)
        print("Speicher je Worker: " + ", ".join(f"{mb:.0f} MB" for mb in rss))
    finally:
        for process in (server, worker):
            process.terminate()
            process.wait()
        shutil.rmtree(media_root, ignore_errors=True)


if __name__ == "__main__":
    main()
