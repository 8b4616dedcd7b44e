"""The daily reminder to review practice profiles nobody confirmed for a while."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from practices.models import PracticePage, ReviewReminder
from practices.reminders import months_before
from tests.factories import PracticePageFactory
from tests.practices import make_editor

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
LONG_AGO = TODAY - datetime.timedelta(days=400)
RECENTLY = TODAY - datetime.timedelta(days=30)


@pytest.fixture
def editors(tree):
    return {
        "mannheim": make_editor("mannheim", "Redaktion Mannheim"),
        "mannheim2": make_editor("mannheim2", "Redaktion Mannheim"),
        "augsburg": make_editor("augsburg", "Redaktion Augsburg"),
    }


def reviewed(page, day):
    PracticePage.objects.filter(pk=page.pk).update(last_reviewed=day)


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    """The command as the timer starts it; its mails are queued after the commit."""

    def run_command():
        out = io.StringIO()
        with django_capture_on_commit_callbacks(execute=True):
            call_command("send_review_reminders", stdout=out)
        return out.getvalue()

    return run_command


def mails_to(address):
    return [message for message in mail.outbox if message.to == [address]]


def test_each_editor_of_the_city_gets_one_mail(tree, editors, run):
    reviewed(tree.mannheim_practice, LONG_AGO)
    reviewed(tree.augsburg_practice, RECENTLY)

    output = run()

    assert sorted(message.to[0] for message in mail.outbox) == [
        "mannheim2@example.org",
        "mannheim@example.org",
    ]
    assert "2 Erinnerungen verschickt (1 Praxisprofil)." in output


def test_the_mail_lists_the_practice_with_absolute_links(tree, editors, run):
    page = tree.mannheim_practice
    reviewed(page, LONG_AGO)

    run()

    message = mails_to("mannheim@example.org")[0]
    assert message.subject == "Bitte prüfen: 1 Praxisprofil Ihrer Kommune"
    assert "dieses Praxisprofil Ihrer Kommune wurde seit mehr als 12 Monaten" in (
        message.body
    )
    assert "Bildungsmonitoring Mannheim (Mannheim), zuletzt geprüft am " in (
        message.body
    )
    assert LONG_AGO.strftime("%d.%m.%Y") in message.body
    assert f"http://testserver/admin/pages/{page.pk}/edit/" in message.body
    assert f"http://testserver/admin/praxis/{page.pk}/geprueft/" in message.body
    assert "http://testserver/praxis/mannheim/bildungsmonitoring-mannheim/" in (
        message.body
    )
    assert "http://testserver/admin/anleitung/#pruefdatum-bestaetigen" in message.body


def test_one_mail_per_editor_lists_all_due_practices(tree, editors, run):
    second = PracticePageFactory(
        parent=tree.mannheim, title="Quartiersbüros", approaches=[tree.approach]
    )
    reviewed(tree.mannheim_practice, LONG_AGO)
    reviewed(second, LONG_AGO)

    run()

    messages = mails_to("mannheim@example.org")
    assert len(messages) == 1
    assert messages[0].subject == "Bitte prüfen: 2 Praxisprofile Ihrer Kommune"
    assert "Bildungsmonitoring Mannheim" in messages[0].body
    assert "Quartiersbüros" in messages[0].body


def test_no_mail_when_nothing_is_due(tree, editors, run):
    reviewed(tree.mannheim_practice, RECENTLY)
    reviewed(tree.augsburg_practice, RECENTLY)

    output = run()

    assert mail.outbox == []
    assert "0 Erinnerungen verschickt (0 Praxisprofile)." in output


def test_editors_hear_only_of_their_own_city(tree, editors, run):
    reviewed(tree.augsburg_practice, LONG_AGO)
    reviewed(tree.mannheim_practice, RECENTLY)

    run()

    assert [message.to for message in mail.outbox] == [["augsburg@example.org"]]
    assert "Bildungsregion Augsburg" in mail.outbox[0].body


def test_the_same_reminder_is_not_sent_again_within_the_interval(tree, editors, run):
    reviewed(tree.mannheim_practice, LONG_AGO)
    run()
    mail.outbox.clear()

    run()

    assert mail.outbox == []


def test_the_reminder_comes_again_after_the_interval(tree, editors, settings, run):
    settings.PRACTICE_REVIEW_REMINDER_DAYS = 30
    reviewed(tree.mannheim_practice, LONG_AGO)
    run()
    mail.outbox.clear()
    ReviewReminder.objects.update(
        reminded_at=timezone.now() - datetime.timedelta(days=31)
    )

    run()

    assert len(mails_to("mannheim@example.org")) == 1


def test_a_practice_never_reviewed_counts_from_its_first_publication(
    tree, editors, run
):
    PracticePage.objects.filter(pk=tree.mannheim_practice.pk).update(
        last_reviewed=None,
        first_published_at=timezone.now() - datetime.timedelta(days=400),
    )
    PracticePage.objects.filter(pk=tree.augsburg_practice.pk).update(
        last_reviewed=None, first_published_at=timezone.now()
    )

    run()

    assert sorted(message.to[0] for message in mail.outbox) == [
        "mannheim2@example.org",
        "mannheim@example.org",
    ]
    assert not mails_to("augsburg@example.org")
    assert "seitdem nicht geprüft" in mail.outbox[0].body


def test_drafts_are_left_out(tree, editors, run):
    reviewed(tree.mannheim_practice, LONG_AGO)
    tree.mannheim_practice.unpublish()

    run()

    assert mail.outbox == []


def test_the_review_period_comes_from_the_settings(tree, editors, settings, run):
    settings.PRACTICE_REVIEW_MONTHS = 6
    reviewed(tree.mannheim_practice, TODAY - datetime.timedelta(days=200))

    run()

    assert len(mails_to("mannheim@example.org")) == 1
    assert "seit mehr als 6 Monaten" in mails_to("mannheim@example.org")[0].body


def test_inactive_editors_and_editors_without_address_get_nothing(tree, editors, run):
    editors["mannheim2"].is_active = False
    editors["mannheim2"].save()
    editors["mannheim"].email = ""
    editors["mannheim"].save()
    reviewed(tree.mannheim_practice, LONG_AGO)

    run()

    assert mail.outbox == []


def test_marking_as_reviewed_ends_the_reminders(client, tree, editors, run):
    reviewed(tree.mannheim_practice, LONG_AGO)
    client.force_login(editors["mannheim"])
    client.post(f"/admin/praxis/{tree.mannheim_practice.pk}/geprueft/")
    ReviewReminder.objects.all().delete()

    run()

    assert mail.outbox == []


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (datetime.date(2026, 12, 7), 12, datetime.date(2025, 12, 7)),
        (datetime.date(2026, 3, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2026, 1, 15), 13, datetime.date(2024, 12, 15)),
    ],
)
def test_months_before(day, months, expected):
    assert months_before(day, months) == expected
