"""The library's demo section, in the main navigation after "Aktuelles"."""

from core.demo.helpers import ensure_child_page
from core.models import HomePage

from .demo_content import LIBRARY
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
    command.report("Downloads")
