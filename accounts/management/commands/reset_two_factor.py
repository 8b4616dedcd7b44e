from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = (
        "Schaltet die Zwei-Faktor-Anmeldung eines Kontos ab (z. B. bei verlorenem "
        "Telefon); die Person kann sie danach neu einrichten."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Kein Konto mit dem Benutzernamen „{username}“.")
        removed, _ = TOTPDevice.objects.filter(user=user).delete()
        if removed:
            self.stdout.write(f"Zwei-Faktor-Anmeldung für „{username}“ abgeschaltet.")
        else:
            self.stdout.write(f"„{username}“ hatte keine Zwei-Faktor-Anmeldung.")
