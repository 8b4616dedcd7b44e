"""gunicorn with the production settings over a database of `bench/pages.py`,
shared by bench/throughput.py and bench/deployed.py (`make bench` runs no file
starting with `_`)."""

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASE_URL = os.environ.get("DATABASE_URL", "")
if not BASE_URL.startswith("postgres"):
    BASE_URL = "postgres://postgres@127.0.0.1:5432/praxisportal_bench"


def database_url(size):
    return f"{BASE_URL}_{size}"


def has_content(size):
    import psycopg

    try:
        with psycopg.connect(database_url(size)) as conn:
            count = conn.execute("SELECT count(*) FROM practices_practicepage")
            return count.fetchone()[0] >= size
    except psycopg.Error:
        return False


def ensure_database(size):
    """The size's database from bench/pages.py, built only when it is missing."""
    if has_content(size):
        return
    subprocess.run(
        [sys.executable, "bench/pages.py", "--sizes", str(size), "--rounds", "1"]
        + ["--reuse"],
        env={**os.environ, "DATABASE_URL": BASE_URL},
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def prepare(size):
    """wrk at hand and the size's database built."""
    if not shutil.which("wrk"):
        raise SystemExit("wrk fehlt: apt-get install wrk")
    ensure_database(size)


def collect_static(env):
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        env=env,
        cwd=ROOT,
        check=True,
    )


def python_output(code, env):
    """What `code` prints, run with the project on the path and `env`."""
    return subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def production_env(size, **settings):
    """The environment of a deployed server on loopback; `settings` add to it."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "DATABASE_URL": database_url(size),
        "SECRET_KEY": "bench-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "False",
        **settings,
    }


def start_gunicorn(env, port, ready_path="/healthz"):
    """gunicorn with 2 workers, returned once `ready_path` answers."""
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "portal.wsgi", "--workers", "2"]
        + ["--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
        env=env,
        cwd=ROOT,
    )
    for _ in range(150):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{ready_path}", timeout=2)  # noqa: S310
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn antwortet nicht")


def worker_rss(server):
    """Resident memory of each gunicorn worker, in MB."""
    children = subprocess.run(
        ["ps", "--ppid", str(server.pid), "-o", "rss="],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return [int(kb) / 1024 for kb in children]
