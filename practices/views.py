from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import render
from django.utils.http import http_date

from .export import (
    COLUMNS,
    FORMATS,
    LICENCE,
    export_path,
    file_name,
    render_export,
)
from .tasks import write_practice_export


def _last_modified(path):
    try:
        return http_date(default_storage.get_modified_time(path).timestamp())
    except (NotImplementedError, OSError):
        return None


def practice_export(request, file_format):
    """The catalogue file as last written (streamed from the shared storage);
    built on the spot if it is missing."""
    if file_format not in FORMATS:
        raise Http404
    path, name = export_path(file_format), file_name(file_format)
    if default_storage.exists(path):
        response = FileResponse(default_storage.open(path, "rb"), filename=name)
        if modified := _last_modified(path):
            response["Last-Modified"] = modified
    else:
        response = HttpResponse(render_export()[file_format])
        response["Content-Disposition"] = f'inline; filename="{name}"'
        write_practice_export.enqueue()
    response["Content-Type"] = FORMATS[file_format]
    response["Link"] = f'<{LICENCE["url"]}>; rel="license"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _size(path):
    return default_storage.size(path) if default_storage.exists(path) else None


def open_data(request):
    files = [
        {
            "extension": file_format,
            "format": file_format.upper(),
            "name": file_name(file_format),
            "size": _size(export_path(file_format)),
        }
        for file_format in FORMATS
    ]
    return render(
        request,
        "practices/open_data.html",
        {
            "files": files,
            "columns": COLUMNS,
            "licence": LICENCE,
            "meta_title": "Offene Daten und Schnittstellen",
            "meta_description": (
                "Die Praxisprofile des Großstadtnetzwerks als offene Daten (CSV, "
                "JSON) unter der Datenlizenz Deutschland – Namensnennung 2.0, dazu "
                "API, Feeds und Sitemap."
            ),
        },
    )
