"""Demo content from the seed report; each app adds its part in `<app>/demo.py`."""

from .build import (
    build_cities_and_people,
    build_home,
    build_standard_pages,
    build_tags,
)


def load(command):
    home, site = build_home()
    build_tags()
    build_cities_and_people()
    build_standard_pages(home, site)
    command.report("Startseite, Schlagwörter, Kommunen, Personen, Pflichtseiten")
