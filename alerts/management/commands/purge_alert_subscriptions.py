from django.core.management.base import BaseCommand

from alerts.sending import purge_unconfirmed


class Command(BaseCommand):
    help = "Löscht Abonnements, die nicht innerhalb von 7 Tagen bestätigt wurden."

    def handle(self, *args, **options):
        deleted = purge_unconfirmed()
        self.stdout.write(f"{deleted} unbestätigte Abonnements gelöscht.")
