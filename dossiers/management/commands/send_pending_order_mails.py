from django.core.management.base import BaseCommand

from dossiers import mails


class Command(BaseCommand):
    help = (
        "Schickt Bestell-E-Mails erneut, die wegen eines Fehlers nicht rausgingen "
        "(für einen Timer, z. B. alle 10 Minuten)."
    )

    def handle(self, *args, **options):
        confirmations = self.retry(
            mails.pending_confirmations(), mails.send_confirmation
        )
        notices = self.retry(
            mails.pending_dispatch_notices(), mails.send_dispatch_notice
        )
        self.stdout.write(
            f"{confirmations} Bestätigungslink(s), {notices} Versandmeldung(en) "
            "verschickt."
        )

    def retry(self, orders, send):
        sent = 0
        for order in orders:
            try:
                sent += send(order)
            except mails.MAIL_ERRORS as error:
                self.stderr.write(f"{order.reference}: {error}")
        return sent
