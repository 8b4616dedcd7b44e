"""The demo's "Das Netzwerk in Zahlen" page."""

from core.demo.helpers import ensure_child_page
from core.models import HomePage

from .models import NetworkFiguresPage

INTRO = (
    "<p>Wie viele Kommunen im Großstadtnetzwerk mitarbeiten, welche Ansätze ihre "
    "Praxisprofile verfolgen und was seit dem Start des Portals erschienen ist. "
    "Die Zahlen entstehen beim Aufruf aus den veröffentlichten Inhalten.</p>"
)


def load(command):
    """Nothing yet: the page follows every section in the main navigation."""


def finish(command):
    ensure_child_page(
        HomePage.objects.get(),
        NetworkFiguresPage,
        "netzwerk-in-zahlen",
        title="Das Netzwerk in Zahlen",
        intro=INTRO,
        show_in_menus=True,
    )
    command.report("Das Netzwerk in Zahlen")
