"""The library's demo section; the report's PDF in it comes from reports/demo.py."""

LIBRARY = {
    "slug": "downloads",
    "title": "Downloads",
    "intro": (
        "<p>Berichte, Dossiers, Präsentationen und Handreichungen aus dem Netzwerk. "
        "Bei jeder Datei stehen Format und Größe.</p>"
    ),
}
