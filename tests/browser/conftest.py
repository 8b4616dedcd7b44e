import io
import os
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

# Playwright's sync API runs an event loop in the test thread; the ORM calls
# in fixtures are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOT_DIR = Path(
    os.environ.get("SCREENSHOT_DIR", ROOT / "artifacts" / "screenshots")
)
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


@pytest.fixture
def demo_site(django_db_serialized_rollback, live_server, monkeypatch):
    # Serialized rollback restores Wagtail's root page and locale after each flush.
    monkeypatch.setenv("DEMO_PASSWORD", "demo-passwort-fuer-browser")
    call_command("load_demo_content", "--with-users", stdout=io.StringIO())
    from wagtail.models import Site

    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    return live_server.url


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


def screenshot(page, name):
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    for width, label in ((1280, "desktop"), (375, "phone")):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=SCREENSHOT_DIR / f"{name}-{label}.png", full_page=True)
