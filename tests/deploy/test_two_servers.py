"""Two app servers (gunicorn, production settings) share PostgreSQL, Redis and
media: a publish on one is visible on the other within a second, with no stale
page, listing facet or search result, though both had it cached."""

import http.client
import os
import re
import socket
import subprocess
import sys
import time
import zlib
from html import unescape
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection
from wagtail.fields import StreamField

from tests.factories import (
    ApproachFactory,
    CityPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    make_site,
)

ROOT = Path(__file__).resolve().parents[2]
REDIS = ("127.0.0.1", 6379)
PASSWORD = "zwei-server-passwort-2026"
VISIBLE_WITHIN = 1.0
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def redis_answers():
    try:
        with socket.create_connection(REDIS, timeout=0.5) as probe:
            probe.sendall(b"PING\r\n")
            return probe.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@pytest.fixture
def shared_services():
    if connection.vendor != "postgresql":
        pytest.skip(
            "braucht PostgreSQL (DATABASE_URL): Produktion läuft nie auf SQLite"
        )
    if not redis_answers():
        pytest.skip("braucht Redis auf 127.0.0.1:6379 als gemeinsamen Cache")
    import redis

    # A database number of its own per test database, emptied first.
    number = 8 + zlib.crc32(connection.settings_dict["NAME"].encode()) % 8
    redis.Redis(*REDIS, db=number).flushdb()
    return f"redis://{REDIS[0]}:{REDIS[1]}/{number}"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_environment(redis_url, media_root):
    database = connection.settings_dict
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.deploy.server_settings",
        "DATABASE_URL": (
            f"postgres://{database['USER']}@{database['HOST'] or '127.0.0.1'}:"
            f"{database['PORT'] or 5432}/{database['NAME']}"
        ),
        "REDIS_URL": redis_url,
        "SECRET_KEY": "zwei-server-test-" + "s3cr3t-k3y-0123456789abcdef" * 2,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "False",
        "PAGE_CACHE_TIMEOUT": "600",
        "MEDIA_ROOT": str(media_root),
        "LOG_LEVEL": "WARNING",
    }


def start(command, environment, log):
    # The servers' log lines go to pytest's report when the test fails.
    return subprocess.Popen(  # noqa: S603
        command, cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT
    )


def wait_until_up(port, process, seconds=60):
    """Until a worker answers: the master listens before its workers are up."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError("gunicorn hat sich beendet")
        try:
            client = http.client.HTTPConnection("127.0.0.1", port, timeout=seconds)
            client.request("GET", "/healthz", headers={"Host": "127.0.0.1"})
            client.getresponse().read()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"gunicorn auf Port {port} antwortet nicht")


class Server:
    """One app server, spoken to over loopback with its own cookies."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}

    def request(self, method, path, body=None, cookies=True):
        client = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Host": f"127.0.0.1:{self.port}"}
        if cookies and self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        client.request(method, path, body=body, headers=headers)
        response = client.getresponse()
        text = response.read().decode()
        if cookies:
            # The production cookies are Secure; plain HTTP clients drop them.
            for header in response.headers.get_all("Set-Cookie") or []:
                name, value = header.split(";", 1)[0].split("=", 1)
                self.cookies[name] = value
        client.close()
        return response, text

    def visit(self, path):
        """As an anonymous visitor, who gets pages from the page cache."""
        return self.request("GET", path, cookies=False)

    def post_form(self, path, fields):
        from urllib.parse import urlencode

        return self.request("POST", path, body=urlencode(fields, doseq=True))

    def log_in(self, username):
        _, page = self.request("GET", "/admin/login/")
        response, _ = self.post_form(
            "/admin/login/",
            {
                "csrfmiddlewaretoken": csrf_token(page),
                "username": username,
                "password": PASSWORD,
                "next": "/admin/",
            },
        )
        assert response.status == 302, "Anmeldung im Admin fehlgeschlagen"


def csrf_token(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def form_fields(html, form_id):
    """What a browser would send for the form as shown, buttons left out."""
    form = BeautifulSoup(html, "html.parser").find("form", id=form_id)
    fields = []
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        kind = field.get("type", "text")
        if not name or field.has_attr("disabled") or kind in ("submit", "button"):
            continue
        if field.name == "textarea":
            fields.append((name, field.text))
        elif field.name == "select":
            chosen = field.find_all("option", selected=True)
            if not chosen and not field.has_attr("multiple"):
                chosen = field.find_all("option")[:1]
            fields.extend((name, option.get("value", option.text)) for option in chosen)
        elif kind in ("checkbox", "radio"):
            if field.has_attr("checked"):
                fields.append((name, field.get("value", "on")))
        elif kind != "file":
            fields.append((name, unescape(field.get("value", ""))))
    return fields


def publish_title(server, page, title):
    _, html = server.request("GET", f"/admin/pages/{page.pk}/edit/")
    fields = [(k, v) for k, v in form_fields(html, "page-edit-form") if k != "title"]
    # StreamFields are drawn by the admin's JavaScript; empty ones send a count.
    fields += [
        (f"{field.name}-count", "0")
        for field in page._meta.fields
        if isinstance(field, StreamField) and not field.value_from_object(page)
    ]
    fields += [("title", title), ("action-publish", "action-publish")]
    response, _ = server.post_form(f"/admin/pages/{page.pk}/edit/", fields)
    assert response.status == 302, "Veröffentlichen fehlgeschlagen"


def shows_within(server, path, text, seconds=VISIBLE_WITHIN, present=True):
    deadline = time.monotonic() + seconds
    while True:
        response, html = server.visit(path)
        if response.status == 200 and (text in html) == present:
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)


@pytest.fixture
def content(django_user_model):
    home = make_site()
    approach = ApproachFactory(name="datenbasiert")
    index = PracticeIndexPageFactory(parent=home)
    city = CityPageFactory(parent=index, city__name="Mannheim", city__slug="mannheim")
    practice = PracticePageFactory(
        parent=city, title="Lernpatenschaften", approaches=[approach]
    )
    editor = django_user_model.objects.create_superuser(
        "netzwerk", "netzwerk@example.org", None
    )
    # Hashed as production checks it (the test settings use a faster hasher).
    editor.password = PBKDF2PasswordHasher().encode(PASSWORD, "zweiserver")
    editor.save()
    return practice


@pytest.fixture
def servers(shared_services, content, tmp_path):
    from django.core.management import call_command

    call_command("rebuild_portal_index", stdout=open(os.devnull, "w"))  # noqa: SIM115
    environment = server_environment(shared_services, tmp_path / "media")
    ports = [free_port(), free_port()]
    gunicorn = [sys.executable, "-m", "gunicorn", "portal.wsgi", "--workers", "1"]
    log = open(tmp_path / "servers.log", "w")  # noqa: SIM115
    processes = [
        start([*gunicorn, "--bind", f"127.0.0.1:{port}"], environment, log)
        for port in ports
    ]
    # The task worker that keeps the search index in step, as in production.
    processes.append(
        start(
            [sys.executable, "manage.py", "db_worker", "--interval", "0.05"]
            + ["--no-startup-delay", "--no-reload"],
            environment,
            log,
        )
    )
    try:
        for port, process in zip(ports, processes, strict=False):
            wait_until_up(port, process)
        yield [Server(port) for port in ports]
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=10)
        log.close()
        sys.stdout.write((tmp_path / "servers.log").read_text())
        # The worker's connection must be gone before the database is flushed.
        connection.close()


LISTING = "/praxis/?ansatz=datenbasiert&stadt=mannheim"
SEARCH = "/suche/?q=Sprachcaf%C3%A9"
OLD_SEARCH = "/suche/?q=Lernpatenschaften"


def test_a_publish_on_one_server_shows_on_the_other_within_a_second(servers, content):
    first, second = servers
    paths = [content.url, LISTING, OLD_SEARCH, SEARCH]
    for path in paths * 2:  # rendered, then from the page cache
        assert second.visit(path)[0].status == 200
    assert second.visit(content.url)[0].getheader("X-Portal-Cache") == "hit"
    first.log_in("netzwerk")

    publish_title(first, content, "Sprachcafé für Eltern")

    assert shows_within(second, content.url, "Sprachcafé für Eltern")
    assert shows_within(second, LISTING, "Sprachcafé für Eltern")
    # Hits mark the query's words, so the hit is known by its address.
    assert shows_within(second, SEARCH, f'href="{content.url}"')
    assert shows_within(second, OLD_SEARCH, f'href="{content.url}"', present=False)
