"""The library's demo section and the seed report as a PDF.

Built in the first pass: the report, built in the second, finds the PDF by its
title.
"""

from wagtail.models import Collection

from core.demo.helpers import ensure_child_page, ensure_document
from core.models import HomePage

from .demo_content import LIBRARY, REPORT_DOCUMENT, REPORT_PARAGRAPHS
from .models import DownloadIndexPage


def load(command):
    ensure_child_page(
        HomePage.objects.get(),
        DownloadIndexPage,
        LIBRARY["slug"],
        title=LIBRARY["title"],
        intro=LIBRARY["intro"],
        show_in_menus=True,
    )
    ensure_document(
        REPORT_DOCUMENT,
        REPORT_PARAGRAPHS,
        Collection.get_first_root_node(),
        tags=REPORT_DOCUMENT["tags"],
    )
    command.report("Downloads mit dem Bericht als PDF")
