from django.core.management.base import BaseCommand

from alerts.sending import send_digests


class Command(BaseCommand):
    help = "Sendet die Wochenübersicht an Abonnent*innen mit „wöchentlich“."

    def handle(self, *args, **options):
        sent, failed = send_digests()
        self.stdout.write(f"{sent} Übersichten gesendet, {failed} fehlgeschlagen.")
