from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from accessibility import reporting


class Command(BaseCommand):
    help = (
        "Holt fehlgeschlagene Mails zu Barrieremeldungen nach und löscht Name und "
        "E-Mail-Adresse nach BARRIER_REPORT_RETENTION_DAYS Tagen."
    )

    def handle(self, *args, **options):
        sent = 0
        for pk in reporting.pending_mails().values_list("pk", flat=True):
            try:
                sent += bool(reporting.send_report_mail(pk))
            except reporting.MAIL_ERRORS as error:
                self.stderr.write(f"Barrieremeldung {pk}: {error}")
        blanked = reporting.anonymise_old_reports()
        self.stdout.write(
            ngettext("%(count)d Mail nachgeholt", "%(count)d Mails nachgeholt", sent)
            % {"count": sent}
            + ", "
            + ngettext(
                "Kontaktdaten aus %(count)d Meldung gelöscht.",
                "Kontaktdaten aus %(count)d Meldungen gelöscht.",
                blanked,
            )
            % {"count": blanked}
        )
