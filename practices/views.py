from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import render
from django.utils.http import http_date

from .export import (
    COLUMNS,
    FORMATS,
    LICENCE,
    export_storage,
    file_name,
    render_export,
)
from .tasks import write_practice_export


def practice_export(request, file_format):
    """The catalogue file as last written; built on the spot if it is missing."""
    if file_format not in FORMATS:
        raise Http404
    storage, name = export_storage(), file_name(file_format)
    if storage.exists(name):
        response = FileResponse(storage.open(name, "rb"), filename=name)
        modified = storage.get_modified_time(name)
        response["Last-Modified"] = http_date(modified.timestamp())
    else:
        response = HttpResponse(render_export()[file_format])
        response["Content-Disposition"] = f'inline; filename="{name}"'
        write_practice_export.enqueue()
    response["Content-Type"] = FORMATS[file_format]
    response["Link"] = f'<{LICENCE["url"]}>; rel="license"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


def open_data(request):
    storage = export_storage()
    files = [
        {
            "extension": file_format,
            "format": file_format.upper(),
            "name": file_name(file_format),
            "size": storage.size(file_name(file_format))
            if storage.exists(file_name(file_format))
            else None,
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
