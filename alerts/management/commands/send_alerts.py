from django.core.management.base import BaseCommand

from alerts.sending import send_immediate


class Command(BaseCommand):
    help = (
        "Sendet neue Beiträge an Abonnent*innen mit „sofort“, je Beitrag eine "
        "E-Mail; holt nach, was beim Veröffentlichen nicht ging."
    )

    def handle(self, *args, **options):
        sent, failed = send_immediate()
        self.stdout.write(f"{sent} E-Mails gesendet, {failed} fehlgeschlagen.")
