import io
import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client, override_settings
from pytest_django.live_server_helper import LiveServer

from core.links import sync_default_site

# Playwright's sync API runs an event loop in the test thread; the ORM calls
# in fixtures are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOT_DIR = Path(
    os.environ.get("SCREENSHOT_DIR", ROOT / "artifacts" / "screenshots")
)
DEMO_PASSWORD = "demo-passwort-fuer-browser"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(items):
    for item in items:
        item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args():
    executable = shutil.which("chromium")
    if not executable:
        pytest.fail("Debian-Paket 'chromium' fehlt: apt-get install chromium")
    return {"executable_path": executable, "args": CHROMIUM_FLAGS}


@pytest.fixture(scope="session")
def django_db_setup(
    django_test_environment, django_db_modify_db_settings, django_db_blocker
):
    """The test database, created for the live server rather than for a test.

    pytest-django creates databases only for tests that ask for `db`; here no
    test does, because the content is loaded once and shared (see demo_site).
    Under pytest-xdist each worker gets a database of its own, named by
    pytest-django's `django_db_modify_db_settings`.
    """
    from django.test.utils import setup_databases, teardown_databases

    with django_db_blocker.unblock():
        config = setup_databases(verbosity=0, interactive=False, aliases={"default"})
    yield
    with django_db_blocker.unblock():
        teardown_databases(config, verbosity=0)


@pytest.fixture(scope="session")
def demo_site(django_db_setup, django_db_blocker):
    """One live server over the demo content for the whole session.

    Loading the demo content takes seconds, so it happens once. Tests that
    change content undo it themselves (see the journeys); orders and sessions
    they leave behind change no page. The database stays unblocked while the
    server runs because its request threads reach it too.
    """
    with django_db_blocker.unblock(), pytest.MonkeyPatch.context() as patch:
        patch.setenv("DEMO_PASSWORD", DEMO_PASSWORD)
        call_command("load_demo_content", "--with-users", stdout=io.StringIO())
        server = LiveServer("localhost")
        # Links in mails point at the live server, so a test can follow them.
        try:
            with override_settings(
                PORTAL_BASE_URL=server.url, WAGTAILADMIN_BASE_URL=server.url
            ):
                sync_default_site()
                yield server.url
        finally:
            server.stop()


@pytest.fixture(scope="session")
def member_cookie(demo_site):
    """A logged-in member's session, so member pages open without the form."""
    from django.contrib.auth import get_user_model

    client = Client()
    # force_login: the login form itself is under test elsewhere, and axes
    # refuses authenticate() calls that carry no request.
    client.force_login(get_user_model().objects.get(username="mitglied"))
    name = settings.SESSION_COOKIE_NAME
    return {"name": name, "value": client.cookies[name].value, "url": demo_site}


@pytest.fixture
def visit(page, demo_site, member_cookie):
    """Open a path on the live site; the member area as the demo member."""

    def open_path(path):
        if path.startswith("/intern/"):
            page.context.add_cookies([member_cookie])
        return page.goto(demo_site + path)

    return open_path


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    # The limits count per client address, and every test comes from 127.0.0.1.
    cache.clear()


def run_axe(page):
    """All violations of any impact on the current page, as readable lines."""
    if not AXE_SCRIPT.exists():
        pytest.fail("axe-core fehlt: npm install im Projektordner ausführen")
    # Evaluated through the DevTools protocol: the pages' CSP forbids inline scripts.
    page.evaluate(AXE_SCRIPT.read_text(encoding="utf-8"))
    violations = page.evaluate(
        """async () => {
            const result = await axe.run(document, {
                runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
            });
            return result.violations;
        }"""
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} – {node['target']}"
        for v in violations
        for node in v["nodes"]
    ]


def screenshot(page, name, reload=False):
    """The page at 1280 and 375 px; `reload` (GET pages only) lets phone scripts run."""
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    for width, label in ((1280, "desktop"), (375, "phone")):
        page.set_viewport_size({"width": width, "height": 900})
        if reload and label == "phone":
            page.reload()
        page.screenshot(path=SCREENSHOT_DIR / f"{name}-{label}.png", full_page=True)


FOCUS_STOP = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
        tag: el.tagName.toLowerCase(),
        id: el.id,
        name: el.getAttribute("name") || "",
        text: (el.innerText || el.value || "").trim().slice(0, 80),
        label: el.labels && el.labels.length ? el.labels[0].innerText.trim() : "",
        top: box.top + window.scrollY,
        left: box.left + window.scrollX,
        outline: style.outlineStyle === "none" ? 0 : parseFloat(style.outlineWidth),
        shadow: style.boxShadow,
        focusVisible: el.matches(":focus-visible"),
    };
}"""


def focus_stop(page):
    """What has the keyboard focus, where it is and how it is drawn."""
    return page.evaluate(FOCUS_STOP)


def tab_to(page, matches, limit=60, key="Tab"):
    """Press Tab until `matches(stop)` holds; every stop on the way is returned."""
    stops = []
    for _ in range(limit):
        page.keyboard.press(key)
        stop = focus_stop(page)
        stops.append(stop)
        if matches(stop):
            return stops
    raise AssertionError(f"Nach {limit}× {key} nicht erreicht; zuletzt: {stops[-3:]}")


def assert_focus_visible(stops):
    hidden = [
        stop
        for stop in stops
        if not stop["focusVisible"]
        or (stop["outline"] < 2 and stop["shadow"] == "none")
    ]
    assert hidden == [], f"Fokus nicht sichtbar: {hidden}"
