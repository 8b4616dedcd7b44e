"""The outbox: each public item to each matching subscriber exactly once,
also when a worker crashes between steps and is run again."""

import datetime
from types import SimpleNamespace

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import PageViewRestriction

from alerts import sending
from alerts.models import AlertItem, Delivery
from alerts.outbox import record
from tests.alerts.factories import SubscriptionFactory
from tests.factories import (
    CityFactory,
    CityPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
)
from tests.reports.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


class WorkerDied(Exception):
    pass


# Stands in for the task publishing queues, so the items wait in the outbox.
HELD_BACK = SimpleNamespace(enqueue=lambda: None)


def earlier_subscriber(email):
    """Confirmed before the items in the outbox were published."""
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    return SubscriptionFactory(email=email, confirmed_at=an_hour_ago)


def publish_article(index, **kwargs):
    page = ArticlePageFactory(parent=index, live=False, **kwargs)
    page.save_revision().publish()
    return page


def mails_to(address):
    return [message for message in mail.outbox if address in message.to]


def test_publishing_records_the_item_once(article_index):
    page = publish_article(article_index, title="Bildungsbericht 2025")
    page.save_revision().publish()  # a correction
    item = AlertItem.objects.get()
    assert (item.kind, item.title) == ("article", "Bildungsbericht 2025")
    assert item.url == f"http://testserver{page.url}"


def test_a_draft_is_never_recorded(article_index):
    page = ArticlePageFactory(parent=article_index, live=False)
    page.save_revision()
    assert record(page) is None
    assert not AlertItem.objects.exists()


def test_a_private_page_is_never_recorded(article_index):
    page = ArticlePageFactory(parent=article_index, live=False)
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    page.save_revision().publish()
    assert not AlertItem.objects.exists()


def test_immediate_subscriber_gets_one_mail_per_item(article_index):
    SubscriptionFactory(email="sofort@kommune.example")
    publish_article(article_index, title="Erster Bericht")
    publish_article(article_index, title="Zweiter Bericht")

    sending.send_immediate()  # the timer after the tasks: nothing new

    subjects = [m.subject for m in mails_to("sofort@kommune.example")]
    assert subjects == [
        "Neu im Praxisportal: Erster Bericht",
        "Neu im Praxisportal: Zweiter Bericht",
    ]


def test_weekly_subscriber_gets_one_digest(article_index):
    SubscriptionFactory(email="woche@kommune.example", frequency="woechentlich")
    publish_article(article_index, title="Erster Bericht")
    publish_article(article_index, title="Zweiter Bericht")
    assert not mails_to("woche@kommune.example")  # nothing before the digest

    sending.send_digests()
    sending.send_digests()

    (digest,) = mails_to("woche@kommune.example")
    assert digest.subject == "Ihre Wochenübersicht: 2 neue Beiträge im Praxisportal"
    assert "Erster Bericht" in digest.body and "Zweiter Bericht" in digest.body


def test_only_matching_cities_are_sent(home_page):
    leipzig, mannheim = CityFactory(name="Leipzig"), CityFactory(name="Mannheim")
    SubscriptionFactory(email="leipzig@kommune.example", cities=[leipzig])
    index = PracticeIndexPageFactory(parent=home_page)
    for city in (leipzig, mannheim):
        city_page = CityPageFactory(parent=index, city=city)
        page = PracticePageFactory(parent=city_page, live=False, title=city.name)
        page.save_revision().publish()

    subjects = [m.subject for m in mails_to("leipzig@kommune.example")]
    assert subjects == ["Neu im Praxisportal: Leipzig"]


def test_kinds_not_chosen_are_not_sent(article_index):
    SubscriptionFactory(email="treffen@kommune.example", kinds=["meeting"])
    publish_article(article_index)
    assert not mails_to("treffen@kommune.example")


def test_items_before_the_confirmation_are_not_sent(article_index):
    publish_article(article_index)
    SubscriptionFactory(email="neu@kommune.example")
    sending.send_immediate()
    assert not mails_to("neu@kommune.example")


@pytest.fixture
def two_items(article_index, monkeypatch):
    """Two published items, not yet sent: the publish task is held back."""
    monkeypatch.setattr("alerts.tasks.send_immediate_alerts", HELD_BACK)
    publish_article(article_index, title="Erster Bericht")
    publish_article(article_index, title="Zweiter Bericht")


def test_crash_after_claiming_sends_the_item_on_retry(two_items, monkeypatch):
    earlier_subscriber("a@kommune.example")
    real_build = sending.build_message
    calls = []

    def dies_once(subscription, items):
        calls.append(1)
        if len(calls) == 1:
            raise WorkerDied  # claimed, not yet sent
        return real_build(subscription, items)

    monkeypatch.setattr(sending, "build_message", dies_once)
    with pytest.raises(WorkerDied):
        sending.send_immediate()
    assert not mail.outbox
    assert not Delivery.objects.exists()  # the claim went with the crash

    sending.send_immediate()
    assert len(mails_to("a@kommune.example")) == 2


def test_crash_after_sending_does_not_send_again(two_items, monkeypatch):
    earlier_subscriber("a@kommune.example")
    real_deliver = sending.deliver

    def dies_after_first(subscription, items):
        real_deliver(subscription, items)
        raise WorkerDied  # sent and recorded, then the worker dies

    monkeypatch.setattr(sending, "deliver", dies_after_first)
    with pytest.raises(WorkerDied):
        sending.send_immediate()
    monkeypatch.setattr(sending, "deliver", real_deliver)
    sending.send_immediate()
    sending.send_immediate()

    subjects = [m.subject for m in mails_to("a@kommune.example")]
    assert sorted(subjects) == [
        "Neu im Praxisportal: Erster Bericht",
        "Neu im Praxisportal: Zweiter Bericht",
    ]


def test_crash_mid_batch_sends_each_mail_once_on_retry(two_items, monkeypatch):
    for name in ("a", "b", "c"):
        earlier_subscriber(f"{name}@kommune.example")
    real_build = sending.build_message
    calls = []

    def dies_on_fourth(subscription, items):
        calls.append(1)
        if len(calls) == 4:
            raise WorkerDied
        return real_build(subscription, items)

    monkeypatch.setattr(sending, "build_message", dies_on_fourth)
    with pytest.raises(WorkerDied):
        sending.send_immediate()
    assert len(mail.outbox) == 3
    sending.send_immediate()

    for name in ("a", "b", "c"):
        assert len(mails_to(f"{name}@kommune.example")) == 2
    assert len(mail.outbox) == 6


def test_item_published_during_a_send_is_not_lost(article_index, monkeypatch):
    monkeypatch.setattr("alerts.tasks.send_immediate_alerts", HELD_BACK)
    earlier_subscriber("a@kommune.example")
    publish_article(article_index, title="Erster Bericht")
    real_build = sending.build_message

    def publishes_meanwhile(subscription, items):
        if not AlertItem.objects.filter(title="Später Bericht").exists():
            publish_article(article_index, title="Später Bericht")
        return real_build(subscription, items)

    monkeypatch.setattr(sending, "build_message", publishes_meanwhile)
    sending.send_immediate()
    sending.send_immediate()

    subjects = sorted(m.subject for m in mails_to("a@kommune.example"))
    assert subjects == [
        "Neu im Praxisportal: Erster Bericht",
        "Neu im Praxisportal: Später Bericht",
    ]


def test_mail_outage_leaves_the_item_for_the_next_run(two_items, monkeypatch):
    earlier_subscriber("a@kommune.example")
    real_build = sending.build_message

    def outage(subscription, items):
        raise OSError("Verbindung abgelehnt")

    monkeypatch.setattr(sending, "build_message", outage)
    assert sending.send_immediate() == (0, 2)
    monkeypatch.setattr(sending, "build_message", real_build)
    assert sending.send_immediate() == (2, 0)
