from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from meetings.mails import send_pending


class Command(BaseCommand):
    help = (
        "Verschickt die Mails an Teilnehmende, die wegen eines Fehlers liegen "
        "geblieben sind (Timer, z. B. alle 10 Minuten)."
    )

    def handle(self, *args, **options):
        sent, failed = send_pending()
        self.stdout.write(
            ngettext("%(count)d Mail verschickt", "%(count)d Mails verschickt", sent)
            % {"count": sent}
            + ", "
            + ngettext(
                "%(count)d weiterhin fehlgeschlagen.",
                "%(count)d weiterhin fehlgeschlagen.",
                failed,
            )
            % {"count": failed}
        )
