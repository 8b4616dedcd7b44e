import sys
import time

from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from search import indexing
from search.registry import search_sources


def entries(count):
    return ngettext("%(count)d Eintrag", "%(count)d Einträge", count) % {"count": count}


class Command(BaseCommand):
    help = "Baut den Suchindex des Portals aus allen öffentlichen Inhalten neu auf."

    def handle(self, *args, **options):
        started = time.monotonic()
        expected = sum(source.all_objects().count() for source in search_sources())
        self.stdout.write(f"Suchindex wird neu aufgebaut ({entries(expected)}) …")
        total = indexing.rebuild(progress=self.progress(expected))
        seconds = time.monotonic() - started
        self.stdout.write(f"\n{entries(total)} in {seconds:.1f} s indexiert.")

    def progress(self, expected):
        def report(source, done):
            width = 30
            filled = int(width * done / expected) if expected else width
            bar = "█" * filled + "·" * (width - filled)
            self.stdout.write(
                f"\r  [{bar}] {done}/{expected} ({source.label})", ending=""
            )
            sys.stdout.flush()

        return report
