from django.conf import settings
from django.core.management.base import BaseCommand

from dossiers.ordering import anonymise_finished_orders


class Command(BaseCommand):
    help = (
        "Löscht die persönlichen Daten versendeter, stornierter und abgelaufener "
        "Bestellungen nach der Aufbewahrungsfrist; Hefte und Mengen bleiben für "
        "die Statistik (für einen täglichen Timer)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.DOSSIER_RETENTION_DAYS,
            help="Aufbewahrungsfrist in Tagen (Standard: DOSSIER_RETENTION_DAYS).",
        )

    def handle(self, *args, days, **options):
        count = anonymise_finished_orders(days)
        self.stdout.write(
            f"{count} Bestellung(en) anonymisiert (älter als {days} Tage)."
        )
