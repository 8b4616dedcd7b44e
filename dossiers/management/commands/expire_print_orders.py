from django.core.management.base import BaseCommand

from dossiers.ordering import expire_overdue_orders


class Command(BaseCommand):
    help = (
        "Lässt unbestätigte Bestellungen nach Ablauf der Frist verfallen und gibt "
        "ihre Exemplare frei (für einen Timer, z. B. stündlich)."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"{expire_overdue_orders()} Bestellung(en) abgelaufen.")
