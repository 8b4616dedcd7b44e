import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from alerts.models import AlertItem, Subscription
from tests.alerts.factories import SubscriptionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def item(article_index, monkeypatch):
    monkeypatch.setattr(
        "alerts.outbox.transaction.on_commit", lambda func, **kwargs: None
    )
    from tests.reports.factories import ArticlePageFactory

    page = ArticlePageFactory(parent=article_index, title="Neuer Bericht")
    return AlertItem.objects.create(
        kind="article", page=page, title=page.title, url="http://testserver/x/"
    )


def run(command):
    out = StringIO()
    call_command(command, stdout=out)
    return out.getvalue()


def test_send_alerts_sends_to_immediate_subscribers_only(item):
    earlier = timezone.now() - datetime.timedelta(hours=1)
    SubscriptionFactory(email="sofort@kommune.example", confirmed_at=earlier)
    SubscriptionFactory(
        email="woche@kommune.example", confirmed_at=earlier, frequency="woechentlich"
    )
    assert run("send_alerts") == "1 E-Mails gesendet, 0 fehlgeschlagen.\n"
    assert [m.to for m in mail.outbox] == [["sofort@kommune.example"]]


def test_send_alert_digests_sends_the_weekly_overview(item):
    earlier = timezone.now() - datetime.timedelta(hours=1)
    SubscriptionFactory(
        email="woche@kommune.example", confirmed_at=earlier, frequency="woechentlich"
    )
    assert run("send_alert_digests") == "1 Übersichten gesendet, 0 fehlgeschlagen.\n"
    assert "Neuer Bericht" in mail.outbox[0].body


def test_purge_command_deletes_expired_unconfirmed_subscriptions(home_page):
    SubscriptionFactory(
        confirmed_at=None, consented_at=timezone.now() - datetime.timedelta(days=8)
    )
    assert run("purge_alert_subscriptions") == (
        "1 unbestätigte Abonnements gelöscht.\n"
    )
    assert not Subscription.objects.exists()
