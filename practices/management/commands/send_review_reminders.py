from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from practices.reminders import send_review_reminders


class Command(BaseCommand):
    help = (
        "Erinnert die Redaktionen der Kommunen per E-Mail an Praxisprofile, die "
        "länger als PRACTICE_REVIEW_MONTHS nicht geprüft wurden; eine Mail je "
        "Person, dasselbe Profil höchstens einmal in PRACTICE_REVIEW_REMINDER_DAYS "
        "Tagen (für einen täglichen Timer)."
    )

    def handle(self, *args, **options):
        mails, practices = send_review_reminders()
        self.stdout.write(
            ngettext(
                "%(mails)d Erinnerung verschickt",
                "%(mails)d Erinnerungen verschickt",
                mails,
            )
            % {"mails": mails}
            + ngettext(
                " (%(count)d Praxisprofil).",
                " (%(count)d Praxisprofile).",
                practices,
            )
            % {"count": practices}
        )
