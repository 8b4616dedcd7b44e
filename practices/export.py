"""The public practice catalogue as open data: one row per practice, CSV and JSON.

The files are written to storage by a background task whenever a practice, its
city or a contact changes (practices/signals.py), and served from stable
addresses (`/daten/praxisprofile.csv`, `.json`). Contacts appear with their public
role only; email and phone only where the person agreed (`Person.public_contact`).
"""

import csv
import io
import json
from collections import defaultdict

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from core.text import neutralise_formula
from core.visibility import public_pages_q

__all__ = [
    "COLUMNS",
    "FORMATS",
    "LICENCE",
    "discard_export",
    "export_path",
    "export_rows",
    "render_export",
    "write_export",
]

LICENCE = {
    "name": "Datenlizenz Deutschland – Namensnennung – Version 2.0",
    "id": "dl-de/by-2-0",
    "url": "https://www.govdata.de/dl-de/by-2-0",
}
ATTRIBUTION = "Großstadtnetzwerk, Praxisportal (Praxisprofile der Mitgliedskommunen)"
FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
}
RELATED = ("ansaetze", "themen", "fachbereiche", "ansprechpersonen")
# Only what practice_row reads: practice bodies are the bulk of each row.
EXPORTED_FIELDS = (
    "title",
    "url_path",
    "city",
    "status",
    "start_year",
    "end_year",
    "teaser",
    "first_published_at",
    "last_published_at",
    "last_reviewed",
)
# (column, German description for the data page)
COLUMNS = [
    ("id", "Kennung des Praxisprofils im Portal"),
    ("titel", "Titel des Praxisprofils"),
    ("url", "Adresse des Praxisprofils"),
    ("kommune", "Mitgliedskommune"),
    ("bundesland", "Bundesland der Kommune"),
    ("breitengrad", "Lage der Kommune (Dezimalgrad)"),
    ("laengengrad", "Lage der Kommune (Dezimalgrad)"),
    ("ansaetze", "Ansätze, durch „; “ getrennt"),
    ("themen", "Themen, durch „; “ getrennt"),
    ("status", "geplant, laufend oder abgeschlossen"),
    ("beginn", "Jahr des Beginns"),
    ("ende", "Jahr des Endes (leer, solange die Praxis läuft)"),
    ("kurzbeschreibung", "Kurzbeschreibung"),
    ("fachbereiche", "Beteiligte Fachbereiche, durch „; “ getrennt"),
    ("ansprechpersonen", "Name und öffentliche Funktion, durch „; “ getrennt"),
    (
        "kontakt",
        "E-Mail und Telefon der Ansprechpersonen, die der Veröffentlichung "
        "zugestimmt haben",
    ),
    ("veroeffentlicht", "Zuerst veröffentlicht (Datum)"),
    ("aktualisiert", "Zuletzt veröffentlicht (Datum)"),
    ("zuletzt_geprueft", "Von der Kommune zuletzt geprüft (Datum)"),
]


def public_practices():
    from .models import PracticePage

    return (
        PracticePage.objects.live()
        .filter(public_pages_q())
        .select_related("city")
        .only(*EXPORTED_FIELDS)
        .order_by("city__name", "title", "pk")
    )


def related_values(practices):
    """{column: {practice id: [values]}} for a queryset of practices, four queries.

    Django's prefetch_related asks each practice's (modelcluster) manager for a
    queryset of its own: more than half an hour at 100,000 practices.
    """
    from .models import PracticeContact, PracticeDepartment, PracticePage
    from .models.relations import TaggedPractice

    ids = practices.order_by().values("pk")
    related = {key: defaultdict(list) for key in RELATED}
    approaches = PracticePage.approaches.through.objects.filter(practicepage_id__in=ids)
    approaches = approaches.order_by("tag__sort_order", "tag__name")
    for practice_id, name in approaches.values_list("practicepage_id", "tag__name"):
        related["ansaetze"][practice_id].append(name)
    topics = TaggedPractice.objects.filter(content_object_id__in=ids)
    for practice_id, name in topics.values_list("content_object_id", "tag__name"):
        related["themen"][practice_id].append(name)
    for names in related["themen"].values():
        names.sort()  # as the page sorts them (core.models.tags), not by collation
    for department in PracticeDepartment.objects.filter(page_id__in=ids):
        related["fachbereiche"][department.page_id].append(str(department))
    contacts = PracticeContact.objects.filter(page_id__in=ids)
    for link in contacts.select_related("person"):
        related["ansprechpersonen"][link.page_id].append(contact(link.person))
    return related


def contact(person):
    data = {
        "name": person.full_name,
        "funktion": person.role,
        "organisation": person.organisation or None,
    }
    if person.public_contact:
        data["email"] = person.email or None
        data["telefon"] = person.phone or None
    return data


def _date(moment):
    return timezone.localdate(moment).isoformat() if moment else None


def practice_row(practice, base_url, root_path, related):
    city = practice.city
    inside = root_path is not None and practice.url_path.startswith(root_path)
    return {
        "id": practice.pk,
        "titel": practice.title,
        "url": base_url + "/" + practice.url_path[len(root_path) :] if inside else None,
        "kommune": city.name if city else None,
        "bundesland": city.get_federal_state_display() if city else None,
        "breitengrad": float(city.latitude) if city and city.latitude else None,
        "laengengrad": float(city.longitude) if city and city.longitude else None,
        "ansaetze": related["ansaetze"][practice.pk],
        "themen": related["themen"][practice.pk],
        "status": practice.status,
        "beginn": practice.start_year,
        "ende": practice.end_year,
        "kurzbeschreibung": practice.teaser,
        "fachbereiche": related["fachbereiche"][practice.pk],
        "ansprechpersonen": related["ansprechpersonen"][practice.pk],
        "veroeffentlicht": _date(practice.first_published_at),
        "aktualisiert": _date(practice.last_published_at),
        "zuletzt_geprueft": practice.last_reviewed,
    }


def export_rows():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    base_url = settings.PORTAL_BASE_URL
    # URLs from the site's root path: asking each page for its URL reads the
    # site list from the cache once per practice, minutes at 100,000.
    root_path = site.root_page.url_path if site else None
    practices = public_practices()
    related = related_values(practices)
    rows = practices.iterator(chunk_size=2000)
    return [practice_row(p, base_url, root_path, related) for p in rows]


def _person_line(person):
    role = ", ".join(filter(None, [person["funktion"], person["organisation"]]))
    return f"{person['name']} ({role})" if role else person["name"]


def _contact_line(person):
    details = " ".join(filter(None, [person.get("email"), person.get("telefon")]))
    return f"{person['name']}: {details}" if details else ""


def csv_cell(key, value):
    if key == "ansprechpersonen":
        value = "; ".join(_person_line(person) for person in value)
    elif isinstance(value, list):
        value = "; ".join(value)
    return "" if value is None else neutralise_formula(str(value))


def to_csv(rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([key for key, _ in COLUMNS])
    for row in rows:
        row = {
            **row,
            "kontakt": "; ".join(
                filter(None, map(_contact_line, row["ansprechpersonen"]))
            ),
        }
        writer.writerow([csv_cell(key, row[key]) for key, _ in COLUMNS])
    return buffer.getvalue()


def to_json(rows, generated_at):
    document = {
        "titel": "Praxisprofile des Großstadtnetzwerks",
        "beschreibung": (
            "Alle öffentlichen Praxisprofile der Mitgliedskommunen im Praxisportal "
            "Großstadtnetzwerk, ein Eintrag je Praxisprofil."
        ),
        "lizenz": LICENCE,
        "namensnennung": ATTRIBUTION,
        "stand": generated_at,
        "anzahl": len(rows),
        "praxisprofile": rows,
    }
    return json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)


def file_name(file_format):
    return f"praxisprofile.{file_format}"


def export_path(file_format):
    """Where the file lives in the default storage (shared by all app servers:
    S3 or the shared MEDIA_ROOT); served only through the export view."""
    return f"opendata/{file_name(file_format)}"


def _replace(path, content):
    # Storages never overwrite: a name that is taken gets a random suffix.
    default_storage.delete(path)
    saved = default_storage.save(path, ContentFile(content))
    if saved != path:  # another worker wrote it in between; theirs is as fresh
        default_storage.delete(saved)


def _delete_files():
    for file_format in FORMATS:
        default_storage.delete(export_path(file_format))


def discard_export():
    """Drop the files now and again after the commit, like the content version:
    until the rewrite, the view builds them from the committed content."""
    _delete_files()
    transaction.on_commit(_delete_files)


def render_export(rows=None):
    """{format: bytes} of both files."""
    rows = export_rows() if rows is None else rows
    return {
        "csv": to_csv(rows).encode("utf-8"),
        "json": to_json(rows, timezone.now()).encode("utf-8"),
    }


def write_export():
    """Write both files; returns the number of practices."""
    rows = export_rows()
    for file_format, content in render_export(rows).items():
        _replace(export_path(file_format), content)
    return len(rows)
