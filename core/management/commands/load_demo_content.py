import io
import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from core.contract import declaring

PASSWORD_FILE = Path(settings.BASE_DIR) / ".demo-password"


class Command(BaseCommand):
    help = (
        "Baut die Demoinhalte aus dem Bericht des Netzwerktreffens auf. "
        "Mehrfach ausführbar: Vorhandenes bleibt unverändert."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-users",
            action="store_true",
            help="Auch Demo-Konten anlegen (Passwort aus DEMO_PASSWORD oder erzeugt).",
        )

    def handle(self, *args, with_users=False, **options):
        demos = [kind.demo for kind in declaring("demo")]
        with transaction.atomic():
            for demo in demos:
                demo.load(self)
            # A second pass for content that links what later kinds built.
            for demo in demos:
                if demo.finish:
                    demo.finish(self)
            # By name: the kernel does not import the search app.
            output = io.StringIO()
            call_command("rebuild_portal_index", stdout=output)
            self.report(f"Suchindex: {output.getvalue().strip().splitlines()[-1]}")
        if with_users:
            self.create_users()

    def report(self, message):
        self.stdout.write(f"  ✓ {message}")

    def demo_password(self):
        password = os.environ.get("DEMO_PASSWORD")
        if password:
            return password
        if PASSWORD_FILE.exists():
            return PASSWORD_FILE.read_text().strip()
        password = secrets.token_urlsafe(12)
        PASSWORD_FILE.write_text(password + "\n")
        PASSWORD_FILE.chmod(0o600)
        return password

    def create_users(self):
        password = self.demo_password()
        accounts = [("admin", "Administration", [])]
        for kind in declaring("demo"):
            accounts += kind.demo.accounts
        for username, description, groups in accounts:
            user = self.ensure_user(username, password, username == "admin")
            user.groups.add(*Group.objects.filter(name__in=groups))
            self.stdout.write(f"  {username:<24} {description}")
        self.stdout.write(
            self.style.SUCCESS(
                f"\nAnmeldung unter {settings.WAGTAILADMIN_BASE_URL}/admin/ "
                f"– Benutzer: admin  Passwort: {password}\n"
                "(Alle Demo-Konten nutzen dieses Passwort.)"
            )
        )

    def ensure_user(self, username, password, is_superuser):
        user, _ = get_user_model().objects.get_or_create(
            username=username,
            defaults={
                "email": f"{username}@example.org",
                "is_staff": is_superuser,
                "is_superuser": is_superuser,
            },
        )
        if not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        return user
