"""Several workers sending the outbox at the same moment (PostgreSQL only):
the unique delivery row lets exactly one of them send each mail."""

import datetime
import threading

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from alerts import sending
from alerts.models import AlertItem, Delivery
from tests.alerts.factories import SubscriptionFactory
from tests.reports.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip(
            "braucht PostgreSQL (DATABASE_URL=postgres://…): SQLite serialisiert "
            "alle Schreibzugriffe, da gibt es keine echte Nebenläufigkeit"
        )


def in_threads(action, count):
    barrier = threading.Barrier(count)
    errors = []

    def run():
        try:
            barrier.wait()
            action()
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors


def test_four_workers_send_each_item_to_each_subscriber_once(article_index):
    earlier = timezone.now() - datetime.timedelta(hours=1)
    for name in ("a", "b", "c"):
        SubscriptionFactory(email=f"{name}@kommune.example", confirmed_at=earlier)
    for number in range(2):
        page = ArticlePageFactory(parent=article_index, title=f"Bericht {number}")
        AlertItem.objects.create(
            kind="article", page=page, title=page.title, url="http://testserver/x/"
        )
    mail.outbox.clear()

    in_threads(sending.send_immediate, 4)

    sent = sorted((m.to[0], m.subject) for m in mail.outbox)
    assert len(sent) == 6
    assert len(set(sent)) == 6
    assert Delivery.objects.count() == 6
