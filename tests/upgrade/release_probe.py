"""Seed, fingerprint and serve a portal database; run on the release and today's code.

    python tests/upgrade/release_probe.py STEP [STEP ...] --out DIR

Steps: ``seed`` (what editors and visitors add to a live site), ``fingerprint``
(DIR/fingerprint.json) and ``serve`` (DIR/served.json). Run with the working
directory at the root of the code tree under test and DJANGO_SETTINGS_MODULE set.

The same file runs against the release and against the current code, so it imports
no project module: models are found through the app registry by model name, content
types by model name, counts by raw SQL. App labels may change between versions.
"""

import argparse
import io
import json
import os
import site
import sys
import traceback
from pathlib import Path

EXTRA_URLS = ["/", "/suche/?q=bildung", "/themendossiers/", "/praxis/"]


def setup_django():
    root = Path.cwd().resolve()
    # Run as a script, Python put this folder first; the tree under test goes first.
    here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]
    sys.path.insert(0, str(root))
    import django

    django.setup()


def check_imports():
    """Every module came from the tree under test or the Python installation.

    An editable install of the project maps its packages to one checkout; a module
    the tree lacks would otherwise be imported from there.
    """
    allowed = [Path.cwd(), Path(__file__).parent]
    allowed += [Path(p) for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)]
    allowed += [Path(p) for p in site.getsitepackages()]
    pythonpath = os.environ.get("PYTHONPATH", "")
    allowed += [Path(p) for p in pythonpath.split(os.pathsep) if p]
    allowed = [p.resolve() for p in allowed]
    strays = []
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None)
        if file and Path(file).is_absolute():
            path = Path(file).resolve()
            if not any(path.is_relative_to(folder) for folder in allowed):
                strays.append(f"{name} from {path}")
    if strays:
        raise SystemExit("modules from elsewhere:\n" + "\n".join(sorted(strays)))


def model_named(model_name):
    from django.apps import apps

    found = [m for m in apps.get_models() if m._meta.model_name == model_name]
    if len(found) != 1:
        raise LookupError(f"{len(found)} installed models named {model_name!r}")
    return found[0]


def pages_of(model_name):
    from wagtail.models import Page

    return Page.objects.filter(content_type__model=model_name).order_by("path")


# -- seed -------------------------------------------------------------------------


def seed():
    from django.contrib.auth import get_user_model
    from django.core.files.base import ContentFile
    from django.db import transaction
    from django.utils import timezone
    from wagtail.documents import get_document_model

    admin = get_user_model().objects.get(username="admin")
    now = timezone.now()
    with transaction.atomic():
        # A confirmed print order for two dossiers.
        order_model = model_named("printorder")
        item_model = model_named("printorderitem")
        dossier = pages_of("dossierpage").live().first()
        order = order_model.objects.create(
            submission_key="upgrade-probe-0001",
            status="bestaetigt",
            name="Erika Mustermann",
            organisation="Stadt Musterstadt",
            street="Hauptstraße 1",
            postcode="12345",
            town="Musterstadt",
            email="erika@example.org",
            privacy_consent_at=now,
            confirm_by=now + timezone.timedelta(days=7),
            confirmed_at=now,
        )
        # One item of a dossier taken down since: its page is gone, the title kept.
        for quantity, (dossier_id, title) in enumerate(
            [(dossier.pk, dossier.title), (None, "Ein zurückgezogenes Heft")], start=2
        ):
            item_model.objects.create(
                order=order,
                dossier_id=dossier_id,
                dossier_title=title,
                quantity=quantity,
            )

        # A document as an editor uploads it.
        document_model = get_document_model()
        document = document_model(title="Upgrade-Probe Protokoll")
        if hasattr(document, "released_at"):
            document.released_at = now
        document.file.save(
            "upgrade-probe.txt", ContentFile(b"Protokoll der Probe\n"), save=False
        )
        document.save()

    # A published edit of a report or standard page.
    for model_name in ("articlepage", "standardpage"):
        page = pages_of(model_name).live().first()
        if page:
            page = page.specific
            page.title += " (überarbeitet)"
            page.save_revision(user=admin).publish(user=admin)
            break
    else:
        raise LookupError("no live article or standard page to revise")

    seed_image(admin)

    # A draft of a practice submitted to its review workflow.
    practice = pages_of("practicepage").live().first().specific
    practice.teaser = (practice.teaser or "") + " Entwurf nach der Probe."
    practice.save_revision(user=admin)
    workflow = practice.get_workflow()
    if workflow is None:
        raise LookupError(f"no workflow for {practice.url_path}")
    workflow.start(practice, admin)


def seed_image(admin):
    """An image as editors use it: tagged, in a city's collection, with a focal
    point and a rendition; a practice's hero, a dossier's cover, a person's
    photo, a city's logo and an image block on a standard page."""
    from django.core.files.base import ContentFile
    from PIL import Image as PILImage
    from wagtail.images import get_image_model
    from wagtail.models import Collection

    buffer = io.BytesIO()
    PILImage.new("RGB", (640, 400), "#0b5a73").save(buffer, "PNG")
    collection = Collection.objects.filter(depth__gt=1).order_by("path").first()
    image = get_image_model()(
        title="Upgrade-Probe Bild",
        description="Ein blaues Rechteck.",
        collection=collection or Collection.get_first_root_node(),
        focal_point_x=320,
        focal_point_y=200,
        focal_point_width=100,
        focal_point_height=80,
    )
    image.file.save("upgrade-probe.png", ContentFile(buffer.getvalue()), save=False)
    image.width, image.height = 640, 400  # not read back from a ContentFile
    image.save()
    image.tags.add("Upgrade-Probe")
    image.get_rendition("fill-120x80")

    for model_name, field in (("person", "photo"), ("city", "logo")):
        rows = model_named(model_name).objects
        rows.filter(pk=rows.order_by("pk").first().pk).update(**{field: image})
    for model_name, field in (
        ("practicepage", "hero_image"),
        ("dossierpage", "cover_image"),
    ):
        page = pages_of(model_name).live().last().specific
        setattr(page, field, image)
        page.save_revision(user=admin).publish(user=admin)
    page = pages_of("standardpage").live().last().specific
    block = {"image": image.pk, "decorative": False, "alt_text": ""}
    body = list(page.body.raw_data) + [
        {"type": "image", "value": {"image": block, "caption": "Probe"}}
    ]
    page.body = json.dumps(body)
    page.save_revision(user=admin).publish(user=admin)


def image_fingerprint():
    """Each image with what belongs to it, and every reference to one."""
    from django.apps import apps
    from wagtail.images import get_image_model
    from wagtail.models import ReferenceIndex

    image_model = get_image_model()
    images = [
        [
            image.pk,
            image.title,
            image.file.name,
            image.collection.name,
            [
                image.focal_point_x,
                image.focal_point_y,
                image.focal_point_width,
                image.focal_point_height,
            ],
            sorted(image.tags.names()),
            image.description,
            sorted(image.renditions.values_list("filter_spec", flat=True)),
            ReferenceIndex.get_references_to(image).count(),
        ]
        for image in image_model.objects.order_by("pk")
    ]
    references = []
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if field.many_to_one and field.related_model is image_model:
                if field.name == "image":
                    continue  # the renditions
                used = model._base_manager.exclude(**{field.attname: None})
                name = model._meta.model_name
                for pk, image_id in used.values_list("pk", field.attname):
                    references.append([name, pk, field.name, image_id])
    blocks = []
    for page in pages_of("standardpage"):
        for block in page.specific.body:
            if block.block_type == "image":
                image = block.value["image"]
                blocks.append([page.pk, image.pk if image else None, str(image)])
    return {
        "images": images,
        "image_references": sorted(references),
        "image_blocks": blocks,
    }


# -- fingerprint ------------------------------------------------------------------


def table_counts(connection):
    qn = connection.ops.quote_name
    with connection.cursor() as cursor:
        counts = {}
        for table in sorted(connection.introspection.table_names(cursor)):
            cursor.execute(f"SELECT COUNT(*) FROM {qn(table)}")  # noqa: S608
            counts[table] = cursor.fetchone()[0]
    return counts


def content_type_references(connection, stale_ids):
    """Rows per table.column that point at a content type of no installed model."""
    qn = connection.ops.quote_name
    found = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            if table in ("django_content_type", "auth_permission"):
                continue  # stale permissions are judged by who holds them
            relations = connection.introspection.get_relations(cursor, table)
            for column, (_, target) in sorted(relations.items()):
                if target != "django_content_type":
                    continue
                count = 0
                if stale_ids:
                    marks = ", ".join(["%s"] * len(stale_ids))
                    cursor.execute(
                        f"SELECT COUNT(*) FROM {qn(table)} "  # noqa: S608
                        f"WHERE {qn(column)} IN ({marks})",
                        list(stale_ids),
                    )
                    count = cursor.fetchone()[0]
                found[f"{table}.{column}"] = count
    return found


def permission_key(permission):
    # Model name, not app label: moving a model to another app keeps this key.
    return f"{permission.content_type.model}.{permission.codename}"


def resolves(content_type):
    return content_type.model_class() is not None


def fingerprint():
    from django.apps import apps
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from wagtail.documents import get_document_model
    from wagtail.models import (
        GroupCollectionPermission,
        GroupPagePermission,
        Page,
        Revision,
        WorkflowState,
    )

    ContentType.objects.clear_cache()
    content_types = {ct.pk: ct for ct in ContentType.objects.all()}
    stale = {pk for pk, ct in content_types.items() if not resolves(ct)}

    table_models = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.managed and not model._meta.proxy:
            table_models[model._meta.db_table] = model._meta.model_name

    pages = {}
    for page in Page.objects.order_by("path"):
        content_type = content_types[page.content_type_id]
        try:
            specific = type(page.specific).__name__
        except Exception as error:  # noqa: BLE001
            specific = f"error: {error!r}"
        pages[str(page.pk)] = {
            "url_path": page.url_path,
            "title": page.title,
            "app_label": content_type.app_label,
            "model": content_type.model,
            "resolves": resolves(content_type),
            "specific": specific,
            "live": page.live,
            "latest_revision_id": page.latest_revision_id,
        }

    order_model = model_named("printorder")
    orders = [
        {
            "reference": order.reference,
            "status": order.status,
            "email": order.email,
            "items": [
                [item.dossier_id, item.dossier_title, item.quantity]
                for item in order.items.order_by("pk")
            ],
        }
        for order in order_model.objects.order_by("pk")
    ]

    groups = {}
    for group in Group.objects.order_by("name"):
        held = group.permissions.select_related("content_type")
        groups[group.name] = sorted(
            permission_key(p) for p in held if resolves(p.content_type)
        )
    users = {}
    for user in get_user_model().objects.order_by("username"):
        held = user.user_permissions.select_related("content_type")
        users[user.username] = {
            "groups": sorted(user.groups.values_list("name", flat=True)),
            "permissions": sorted(
                permission_key(p) for p in held if resolves(p.content_type)
            ),
            "is_superuser": user.is_superuser,
        }

    return {
        **image_fingerprint(),
        "tables": table_counts(connection),
        "table_models": table_models,
        "pages": pages,
        "page_content_types": sorted(
            {(p["app_label"], p["model"]) for p in pages.values()}
        ),
        "revisions": {
            "ids": sorted(Revision.objects.values_list("pk", flat=True)),
            "page_revisions": Revision.page_revisions.count(),
        },
        "documents": [
            [d.pk, d.title, d.file.name]
            for d in get_document_model().objects.order_by("pk")
        ],
        "orders": orders,
        "permissions": sorted(
            set(Permission.objects.values_list("codename", flat=True))
        ),
        "group_permissions": groups,
        "users": users,
        "group_page_permissions": sorted(
            [gpp.group.name, gpp.page.url_path, gpp.permission.codename]
            for gpp in GroupPagePermission.objects.select_related(
                "group", "page", "permission"
            )
        ),
        "group_collection_permissions": sorted(
            [gcp.group.name, gcp.collection.name, gcp.permission.codename]
            for gcp in GroupCollectionPermission.objects.select_related(
                "group", "collection", "permission"
            )
        ),
        "workflow_states": sorted(
            [
                content_types[state.content_type_id].model,
                state.object_id,
                state.workflow.name,
                state.status,
                state.current_task_state.task.name
                if state.current_task_state
                else None,
            ]
            for state in WorkflowState.objects.select_related("workflow")
        ),
        "stale_content_types": sorted(
            [content_types[pk].app_label, content_types[pk].model] for pk in stale
        ),
        "stale_content_type_references": content_type_references(connection, stale),
    }


# -- serve ------------------------------------------------------------------------


def serve():
    from django.test import Client
    from wagtail.models import Page

    client = Client()
    urls = {}
    for page in Page.objects.live().public().order_by("path"):
        url = page.get_url()
        if url and page.depth > 1:
            urls.setdefault(url, page.url_path)
    for url in EXTRA_URLS:
        urls.setdefault(url, None)

    served = {}
    for url, url_path in urls.items():
        try:
            response = client.get(url)
            status, detail = response.status_code, response.get("Location", "")
        except Exception:  # noqa: BLE001
            status, detail = "exception", traceback.format_exc(limit=-3)
        served[url] = {"status": status, "url_path": url_path, "detail": detail}
    return served


def edit():
    """Every page's edit view in the admin, as a superuser opens it."""
    from django.contrib.auth import get_user_model
    from django.test import Client
    from wagtail.models import Page

    client = Client()
    client.force_login(get_user_model().objects.filter(is_superuser=True).first())
    opened = {}
    for page in Page.objects.filter(depth__gt=1).order_by("path"):
        try:
            status = client.get(f"/admin/pages/{page.pk}/edit/").status_code
        except Exception:  # noqa: BLE001
            status = traceback.format_exc(limit=-3)
        opened[page.url_path] = status
    from wagtail.images import get_image_model

    for image in get_image_model().objects.order_by("pk"):
        path = f"/admin/images/{image.pk}/"
        opened[path] = client.get(path).status_code
    return opened


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "steps", nargs="+", choices=["seed", "fingerprint", "serve", "edit"]
    )
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    setup_django()
    args.out.mkdir(parents=True, exist_ok=True)
    for step in args.steps:
        if step == "seed":
            seed()
        elif step == "fingerprint":
            data = fingerprint()
            (args.out / "fingerprint.json").write_text(json.dumps(data, indent=1))
        elif step == "edit":
            (args.out / "edited.json").write_text(json.dumps(edit(), indent=1))
        else:
            (args.out / "served.json").write_text(json.dumps(serve(), indent=1))
    check_imports()


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "upgrade_settings")
    main()
