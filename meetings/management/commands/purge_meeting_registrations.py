from django.core.management.base import BaseCommand

from meetings.retention import purge_personal_data


class Command(BaseCommand):
    help = (
        "Löscht die personenbezogenen Daten der Anmeldungen MEETING_RETENTION_DAYS "
        "Tage nach der Veranstaltung; Status und Teilnahme bleiben für die "
        "Zahlen (täglicher Timer)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, default=None, help="Tage nach dem Ende (Standard: 90)"
        )

    def handle(self, *args, days=None, **options):
        blanked, deleted = purge_personal_data(days)
        self.stdout.write(
            f"{blanked} Anmeldungen geleert, {deleted} unbestätigte gelöscht."
        )
