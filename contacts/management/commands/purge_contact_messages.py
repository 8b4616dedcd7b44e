from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from contacts import mails
from contacts.messaging import purge_expired


class Command(BaseCommand):
    help = (
        "Löscht unbestätigte Kontaktanfragen nach Ablauf ihres Links, holt "
        "fehlgeschlagene Mails nach und leert Nachrichten, die nach "
        "CONTACT_MAIL_MAX_ATTEMPTS Versuchen nicht zugestellt wurden."
    )

    def handle(self, *args, **options):
        sent = self._retry(mails.pending_confirmations(), mails.send_confirmation)
        sent += self._retry(mails.pending_forwards(), mails.forward)
        given_up = self._give_up()
        deleted = purge_expired()
        self.stdout.write(
            ngettext(
                "%(count)d unbestätigte Nachricht gelöscht",
                "%(count)d unbestätigte Nachrichten gelöscht",
                deleted,
            )
            % {"count": deleted}
            + ", "
            + ngettext("%(count)d Mail nachgeholt", "%(count)d Mails nachgeholt", sent)
            % {"count": sent}
            + ", "
            + ngettext(
                "%(count)d Nachricht aufgegeben.",
                "%(count)d Nachrichten aufgegeben.",
                given_up,
            )
            % {"count": given_up}
        )

    def _retry(self, messages, send):
        sent = 0
        for pk in messages.values_list("pk", flat=True):
            try:
                sent += bool(send(pk))
            except mails.MAIL_ERRORS as error:
                self.stderr.write(f"Kontaktanfrage {pk}: {error}")
        return sent

    def _give_up(self):
        # A forward that kept failing must not keep the sender's data forever.
        stuck = mails.stuck_forwards(settings.CONTACT_MAIL_MAX_ATTEMPTS)
        pks = list(stuck.values_list("pk", flat=True))
        for pk in pks:
            mails.give_up(pk)
        return len(pks)
