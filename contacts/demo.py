"""The contact page /kontakt/, linked in the footer of every page."""

from core.demo.helpers import ensure_child_page
from core.models import HomePage

from .models import ContactPage

INTRO = (
    "<p>Sie haben eine Frage zum Großstadtnetzwerk, zu einem Praxisprofil oder zu "
    "den Themendossiers? Schreiben Sie uns. Die Ansprechpersonen der Praxisprofile "
    "erreichen Sie direkt über „Nachricht schreiben“ auf der jeweiligen Seite.</p>"
)
ADDRESS = (
    "Transferagentur für Großstädte\n"
    "Geschäftsstelle Großstadtnetzwerk\n"
    "Musterstraße 1\n"
    "10115 Berlin"
)


def load(command):
    home = HomePage.objects.get()
    ensure_child_page(
        home,
        ContactPage,
        "kontakt",
        title="Kontakt",
        intro=INTRO,
        address=ADDRESS,
    )
    command.report("Kontaktseite")
