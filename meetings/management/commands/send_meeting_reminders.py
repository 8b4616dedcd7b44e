from django.core.management.base import BaseCommand

from meetings.mails import send_pending
from meetings.registration import purge_expired
from meetings.reminders import queue_follow_ups, queue_reminders


class Command(BaseCommand):
    help = (
        "Erinnert die Teilnehmenden der Veranstaltungen von morgen (mit Kalender"
        "eintrag), schickt nach einer Veranstaltung den Link zu Bericht und "
        "Material und löscht verfallene Anmeldewünsche (täglicher Timer)."
    )

    def handle(self, *args, **options):
        reminders = queue_reminders()
        follow_ups = queue_follow_ups()
        expired = purge_expired()
        sent, failed = send_pending()
        self.stdout.write(
            f"Erinnerungen: {reminders}, Nachbereitung: {follow_ups}, "
            f"verfallene Anmeldewünsche gelöscht: {expired}, "
            f"Mails verschickt: {sent}, fehlgeschlagen: {failed}."
        )
