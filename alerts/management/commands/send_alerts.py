from django.core.management.base import BaseCommand

from alerts.sending import send_digests, send_immediate


class Command(BaseCommand):
    help = (
        "Sendet neue Beiträge an die Abonnent*innen: ohne Option sofort je Beitrag "
        "(Timer alle paar Minuten), mit --weekly die Wochenübersicht."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--weekly", action="store_true", help="Die Wochenübersichten senden."
        )

    def handle(self, *args, weekly=False, **options):
        sent, failed = send_digests() if weekly else send_immediate()
        self.stdout.write(f"{sent} E-Mails gesendet, {failed} fehlgeschlagen.")
