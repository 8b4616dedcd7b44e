"""A database built by the release upgrades to the current code with `migrate` alone.

The release's code (git archive of RELEASE) builds a database as a live site has one:
migrate, demo content with users, then a print order, revisions, a document and a
workflow in progress (release_probe.py seed). Today's code then runs `manage.py
migrate --noinput` on that database, and nothing else. Both sides are fingerprinted by
the same probe, which compares by data and model names, never by app label: models
move between apps (portal -> core -> reports, downloads, ...) with state-only
migrations.

Runs where the suite runs: on an SQLite file, or, when the suite itself runs on
PostgreSQL (DATABASE_URL), on a fresh database on that server. CI runs the suite on
both, so each database is upgraded once per run.
"""

import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

import pytest

RELEASE = "9301dd5"

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("release_probe.py")

# Tables whose rows migrations of a newer version may add to; every other table keeps
# its exact count, and no table loses rows.
ALLOWED_TO_GROW = {
    "django_migrations",  # one row per new migration
    "django_content_type",  # models added or moved to another app
    "auth_permission",  # their permissions
    "auth_group_permissions",  # groups granted the new permissions
    # Collection rights of a new collection-based model (wagtailmedia's videos):
    # its migrations grant them to Wagtail's groups, the accessibility app to the
    # network editors.
    "wagtailcore_groupcollectionpermission",
    # SQLite FTS5 segment storage of the admin search, not rows of content: moving
    # the images' entries to the new image model writes a segment.
    "wagtailsearch_indexentry_fts_data",
    "wagtailsearch_indexentry_fts_idx",
}

# Settings of a tree under test, with media in a folder shared by both versions.
SETTINGS_TEMPLATE = """\
import os
from pathlib import Path

from {base} import *  # noqa: F403

MEDIA_ROOT = Path(os.environ["UPGRADE_MEDIA_ROOT"])
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    # No fsync after each of the many migrations: a third faster on a busy disk.
    DATABASES["default"].setdefault("OPTIONS", {{}})["init_command"] = (  # noqa: F405
        "PRAGMA synchronous=OFF"
    )
"""

# An editable install of the project maps its packages to one checkout, and Python
# asks that mapping for any module the tree under test lacks (Wagtail looks for
# <app>.wagtail_hooks, the demo loader for <app>.demo): the release would import
# today's modules. Each tree imports from itself only.
SITECUSTOMIZE = """\
import sys

sys.meta_path[:] = [
    finder
    for finder in sys.meta_path
    if not getattr(finder, "__module__", "").startswith("__editable__")
]
"""

# What the environment of the suite must not leak into either version.
CLEARED_ENV = (
    "DATABASE_URL",
    "DJANGO_SETTINGS_MODULE",
    "PYTHONPATH",
    "REDIS_URL",
    "ELASTICSEARCH_URL",
    "MEDIA_ROOT",
    "CACHE_DIR",
)


def git(*args):
    return subprocess.run(
        ["git", "-C", str(ROOT), *args],  # noqa: S607
        capture_output=True,
        check=False,
    )


def settings_module_of(tree):
    """The pytest settings of a tree: portal.settings.test, later core.settings.test."""
    pyproject = tomllib.loads((tree / "pyproject.toml").read_text())
    return pyproject["tool"]["pytest"]["ini_options"]["DJANGO_SETTINGS_MODULE"]


@pytest.fixture(scope="module")
def release_tree(tmp_path_factory):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if git("rev-parse", "--verify", "--quiet", f"{RELEASE}^{{commit}}").returncode:
        pytest.skip(f"release commit {RELEASE} not available (no git history here)")
    archive = git("archive", "--format=tar", RELEASE)
    if archive.returncode:
        pytest.skip(f"git archive {RELEASE} failed: {archive.stderr.decode()}")
    tree = tmp_path_factory.mktemp("release")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(tree, filter="data")
    if (ROOT / ".venv").exists():
        (tree / ".venv").symlink_to(ROOT / ".venv")
    return tree


def postgres_server():
    """The suite's PostgreSQL server as a URL without database, or None and why."""
    parts = urlsplit(os.environ.get("DATABASE_URL", ""))
    if parts.scheme not in ("postgres", "postgresql", "psql", "pgsql"):
        # Twice the run time; the CI's PostgreSQL pass covers it.
        return None, "the suite runs on SQLite (DATABASE_URL is no PostgreSQL URL)"
    psycopg = pytest.importorskip("psycopg")
    server = f"postgresql://{parts.netloc}"
    try:
        psycopg.connect(f"{server}/postgres", connect_timeout=3).close()
    except psycopg.Error as error:
        return None, f"no PostgreSQL at {parts.hostname}:{parts.port}: {error}"
    return server, ""


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def database_url(request, tmp_path_factory):
    server, reason = postgres_server()
    if request.param == "sqlite":
        if server is not None:
            pytest.skip("the suite runs on PostgreSQL; its SQLite pass covers SQLite")
        folder = tmp_path_factory.mktemp("sqlite")
        yield f"sqlite:///{folder / 'upgrade.sqlite3'}"
        return
    import psycopg
    from psycopg import sql

    if server is None:
        pytest.skip(reason)
    # One database per run: other checkouts may run the suite at the same time.
    name = sql.Identifier(f"upgrade_probe_{os.getpid()}")
    drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name)
    try:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
            connection.execute(drop)
            connection.execute(sql.SQL("CREATE DATABASE {}").format(name))
    except psycopg.Error as error:
        pytest.skip(f"cannot create a database on {server}: {error}")
    yield f"{server}/upgrade_probe_{os.getpid()}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(drop)


class Runner:
    """Runs commands in one code tree against the upgrade database."""

    def __init__(self, label, tree, database_url, media, scratch):
        self.tree = tree
        settings_dir = scratch / f"settings-{label}"
        settings_dir.mkdir()
        (settings_dir / "sitecustomize.py").write_text(SITECUSTOMIZE)
        (settings_dir / "upgrade_settings.py").write_text(
            SETTINGS_TEMPLATE.format(base=settings_module_of(tree))
        )
        self.env = {k: v for k, v in os.environ.items() if k not in CLEARED_ENV}
        self.env.update(
            DATABASE_URL=database_url,
            DJANGO_SETTINGS_MODULE="upgrade_settings",
            PYTHONPATH=os.pathsep.join([str(tree), str(settings_dir)]),
            UPGRADE_MEDIA_ROOT=str(media),
            DEMO_PASSWORD="upgrade-probe-passwort",
            ELASTICSEARCH_URL="",
        )

    def __call__(self, *args):
        result = subprocess.run(
            [sys.executable, *map(str, args)],
            cwd=self.tree,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if result.returncode:
            pytest.fail(
                f"{' '.join(map(str, args))} failed in {self.tree}:\n"
                f"{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
            )
        return result.stdout


@pytest.fixture(scope="module")
def upgrade(release_tree, database_url, tmp_path_factory):
    scratch = tmp_path_factory.mktemp("upgrade")
    media = scratch / "media"

    release = Runner("release", release_tree, database_url, media, scratch)
    release("manage.py", "migrate", "--noinput")
    release("manage.py", "load_demo_content", "--with-users")
    release(PROBE, "seed", "fingerprint", "--out", scratch / "before")

    current = Runner("current", ROOT, database_url, media, scratch)
    current("manage.py", "migrate", "--noinput")
    current(PROBE, "fingerprint", "serve", "edit", "--out", scratch / "after")

    def load(name):
        return json.loads((scratch / name).read_text())

    return {
        "before": load("before/fingerprint.json"),
        "after": load("after/fingerprint.json"),
        "served": load("after/served.json"),
        "edited": load("after/edited.json"),
    }


def missing(before, after):
    return [item for item in before if item not in after]


def test_release_database_holds_what_a_live_site_holds(upgrade):
    before = upgrade["before"]
    assert len(before["pages"]) > 20
    assert sum(page["live"] for page in before["pages"].values()) > 20
    assert [len(order["items"]) for order in before["orders"]] == [2]
    assert "Upgrade-Probe Protokoll" in [title for _, title, _ in before["documents"]]
    assert ["practicepage", "in_progress"] in [
        [model, status] for model, _, _, status, _ in before["workflow_states"]
    ]
    assert len(before["revisions"]["ids"]) >= 2
    assert before["group_page_permissions"]
    assert not any(before["stale_content_type_references"].values())
    probe = [image for image in before["images"] if image[1] == "Upgrade-Probe Bild"]
    assert probe and probe[0][5] == ["Upgrade-Probe"] and probe[0][7]
    assert probe[0][8] >= 3  # hero, cover and image block in the reference index
    assert {ref[2] for ref in before["image_references"]} >= {
        "hero_image",
        "cover_image",
        "photo",
        "logo",
    }
    assert [block[1] for block in before["image_blocks"]] == [probe[0][0]]


def test_no_table_loses_rows(upgrade):
    before, after = upgrade["before"], upgrade["after"]
    problems = []
    for table, count in before["tables"].items():
        if table in after["tables"]:
            now = after["tables"][table]
        else:
            # A model moved to another app may have its table renamed with it.
            model_name = before["table_models"].get(table)
            renamed = [
                new
                for new, name in after["table_models"].items()
                if name == model_name and new not in before["tables"]
            ]
            if len(renamed) != 1:
                problems.append(f"{table} ({count} rows) is gone")
                continue
            table, now = renamed[0], after["tables"][renamed[0]]
        if now < count or (now != count and table not in ALLOWED_TO_GROW):
            problems.append(f"{table}: {count} rows before, {now} after")
    assert not problems, "\n".join(problems)


def test_every_page_keeps_its_type(upgrade):
    before, after = upgrade["before"], upgrade["after"]
    revisions = set(after["revisions"]["ids"])
    problems = []
    for page_id, page in before["pages"].items():
        now = after["pages"].get(page_id)
        if now is None:
            problems.append(f"{page['url_path']} is gone")
            continue
        for key in ("url_path", "title", "model", "specific", "live"):
            if now[key] != page[key]:
                problems.append(f"{page['url_path']} {key}: {page[key]} -> {now[key]}")
        if not now["resolves"]:
            problems.append(
                f"{page['url_path']}: content type {now['app_label']}.{now['model']} "
                "has no installed model"
            )
        if now["latest_revision_id"] not in revisions | {None}:
            problems.append(f"{page['url_path']}: latest revision is gone")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "key",
    [
        "documents",
        "orders",
        "permissions",
        "group_page_permissions",
        "group_collection_permissions",
        "workflow_states",
        "images",
        "image_references",
        "image_blocks",
    ],
)
def test_records_survive(upgrade, key):
    assert not missing(upgrade["before"][key], upgrade["after"][key])


def test_revisions_survive(upgrade):
    before, after = upgrade["before"], upgrade["after"]
    assert not missing(before["revisions"]["ids"], after["revisions"]["ids"])
    assert after["revisions"]["page_revisions"] == before["revisions"]["page_revisions"]


def test_groups_and_users_keep_their_rights(upgrade):
    # Only permissions on installed models count: a permission whose content type
    # lost its model after a move grants nothing in the admin.
    before, after = upgrade["before"], upgrade["after"]
    problems = []
    for group, permissions in before["group_permissions"].items():
        lost = missing(permissions, after["group_permissions"].get(group, []))
        if lost:
            problems.append(f"group {group} lost {lost}")
    for username, user in before["users"].items():
        now = after["users"].get(username)
        if now is None:
            problems.append(f"user {username} is gone")
            continue
        if now["is_superuser"] != user["is_superuser"]:
            problems.append(f"user {username} changed is_superuser")
        for key in ("groups", "permissions"):
            lost = missing(user[key], now[key])
            if lost:
                problems.append(f"user {username} lost {key} {lost}")
    assert not problems, "\n".join(problems)


def test_the_network_editors_gain_what_the_newer_apps_grant_them(upgrade):
    # The release had neither of these apps; their migrations grant the existing
    # group what a new group gets from the apps' declarations (core.grants).
    after = upgrade["after"]
    assert {
        "barrierreport.view_barrierreport",
        "barrierreport.change_barrierreport",
        "contactmessage.view_contactmessage",
        "subscription.view_alert_counts",
    } <= set(after["group_permissions"]["Netzwerkredaktion"])
    media = {
        codename
        for group, _, codename in after["group_collection_permissions"]
        if group == "Netzwerkredaktion"
    }
    assert {"add_media", "change_media"} <= media


def test_nothing_points_at_content_types_without_a_model(upgrade):
    after = upgrade["after"]
    used = {tuple(pair) for pair in after["page_content_types"]}
    stale = {tuple(pair) for pair in after["stale_content_types"]}
    assert not used & stale, f"pages use content types of no model: {used & stale}"
    referencing = {
        column: count
        for column, count in after["stale_content_type_references"].items()
        if count
    }
    assert not referencing, (
        f"rows refer to content types of no installed model "
        f"{after['stale_content_types']}: {referencing}"
    )


def test_every_live_public_page_is_served(upgrade):
    served = upgrade["served"]
    live = sum(page["live"] for page in upgrade["before"]["pages"].values())
    assert len(served) > live // 2
    failed = {url: result for url, result in served.items() if result["status"] != 200}
    assert not failed, json.dumps(failed, indent=1, ensure_ascii=False)


def test_editors_open_every_page_in_the_admin(upgrade):
    failed = {
        path: status for path, status in upgrade["edited"].items() if status != 200
    }
    assert not failed, json.dumps(failed, indent=1, ensure_ascii=False)
