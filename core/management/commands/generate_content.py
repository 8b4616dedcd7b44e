import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from core.cache import bump_content_version
from core.contract import declaring
from core.generator import Generator
from core.models import HomePage, Tag


def generated_parts():
    """What the content types generate, in their order (cities before practices)."""
    return [part for kind in declaring("generated") for part in kind.generated]


class Command(BaseCommand):
    help = (
        "Erzeugt realistische Beispielinhalte in großer Zahl (Kommunen, "
        "Praxisprofile, Themendossiers, Downloads) für Last- und Leistungstests. "
        "Die Demoinhalte bleiben unverändert; es kommt nur Neues hinzu."
    )

    def add_arguments(self, parser):
        for part in generated_parts():
            parser.add_argument(f"--{part.option}", type=int, default=part.default)
        parser.add_argument(
            "--seed", type=int, default=None, help="Gleicher Wert, gleiche Inhalte."
        )
        parser.add_argument(
            "--no-index",
            action="store_true",
            help="Suchindex nicht neu aufbauen (später: rebuild_portal_index).",
        )

    def handle(self, *args, **options):
        parts = generated_parts()
        self.check_counts(parts, options)
        if not HomePage.objects.exists() or not Tag.objects.approaches().exists():
            raise CommandError(
                "Es fehlt die Grundstruktur: bitte zuerst "
                "`manage.py load_demo_content` ausführen."
            )
        started = time.monotonic()
        gen = Generator(
            seed=options["seed"],
            out=self.stderr._out,
            progress=options["verbosity"] > 0,
        )
        made = {}
        with transaction.atomic():
            for part in parts:
                made[part.option] = part.generate(gen, options[part.option], made)
            bump_content_version()
        # Fresh planner statistics: without them the database plans the
        # first queries over the bulk-loaded rows as if the tables were empty.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        if not options["no_index"]:
            call_command("rebuild_portal_index", stdout=self.stdout)
        summary = ", ".join(f"{options[part.option]} {part.label}" for part in parts)
        self.stdout.write(f"{summary} in {time.monotonic() - started:.0f} s erzeugt.")

    def check_counts(self, parts, options):
        for part in parts:
            if options[part.option] < 0:
                raise CommandError(f"--{part.option} darf nicht negativ sein.")
        for part in parts:
            for required in part.requires:
                if options[part.option] and not options[required]:
                    raise CommandError(
                        f"--{part.option} braucht --{required} größer als 0."
                    )
