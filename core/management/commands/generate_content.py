import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from core.cache import bump_content_version
from core.generator import Generator, generate_documents
from core.models import HomePage, Tag
from dossiers.generate import generate_dossiers
from practices.generate import generate_cities, generate_practices


class Command(BaseCommand):
    help = (
        "Erzeugt realistische Beispielinhalte in großer Zahl (Kommunen, "
        "Praxisprofile, Themendossiers, Downloads) für Last- und Leistungstests. "
        "Die Demoinhalte bleiben unverändert; es kommt nur Neues hinzu."
    )

    def add_arguments(self, parser):
        parser.add_argument("--practices", type=int, default=1000)
        parser.add_argument("--dossiers", type=int, default=10)
        parser.add_argument("--documents", type=int, default=100)
        parser.add_argument("--cities", type=int, default=40)
        parser.add_argument(
            "--seed", type=int, default=None, help="Gleicher Wert, gleiche Inhalte."
        )
        parser.add_argument(
            "--no-index",
            action="store_true",
            help="Suchindex nicht neu aufbauen (später: rebuild_portal_index).",
        )

    def handle(self, *args, **options):
        for name in ("practices", "dossiers", "documents", "cities"):
            if options[name] < 0:
                raise CommandError(f"--{name} darf nicht negativ sein.")
        if options["practices"] and not options["cities"]:
            raise CommandError("Praxisprofile brauchen mindestens eine Kommune.")
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
        with transaction.atomic():
            city_pages = generate_cities(gen, options["cities"])
            practices = generate_practices(gen, options["practices"], city_pages)
            generate_dossiers(gen, options["dossiers"], practices)
            generate_documents(
                gen, options["documents"], [page.city for page in city_pages]
            )
            bump_content_version()
        # Fresh planner statistics: without them the database plans the
        # first queries over the bulk-loaded rows as if the tables were empty.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        if not options["no_index"]:
            call_command("rebuild_portal_index", stdout=self.stdout)
        self.stdout.write(
            f"{len(city_pages)} Kommunen, {len(practices)} Praxisprofile, "
            f"{options['dossiers']} Themendossiers, {options['documents']} Downloads "
            f"in {time.monotonic() - started:.0f} s erzeugt."
        )
