"""Several people or dispatchers acting at the same moment (PostgreSQL only).

SQLite serialises all writers, so only PostgreSQL's row locks and concurrent
transactions can show that no limit is beaten and no copy is counted twice.
"""

import threading

import pytest
from django.core import mail
from django.db import connection

from dossiers import mails
from dossiers.models import OrderStatus, PrintOrder, PrintOrderItem, PrintStock
from dossiers.ordering import (
    OrderQuotaReached,
    OutOfStock,
    change_status,
    confirm_order,
    place_order,
)
from tests.dossiers.factories import order_with_items

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ADDRESS = {
    "name": "Erika Mustermann",
    "street": "Rathausplatz 1",
    "postcode": "68159",
    "town": "Mannheim",
    "country": "DE",
    "email": "erika@example.org",
}


@pytest.fixture(autouse=True)
def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip(
            "braucht PostgreSQL (DATABASE_URL=postgres://…): SQLite serialisiert "
            "alle Schreibzugriffe, da gibt es keine echte Nebenläufigkeit"
        )


def in_threads(count, action):
    """Run action(number) in `count` threads released at once; their results."""
    barrier = threading.Barrier(count)
    results = []

    def run(number):
        try:
            barrier.wait()
            results.append(action(number))
        except (OutOfStock, OrderQuotaReached) as error:
            results.append(type(error).__name__)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def key(number):
    return f"gleichzeitig-{number:04d}-abcdefghijkl"


def stock_of(dossier):
    return PrintStock.objects.get(dossier=dossier).stock


@pytest.mark.parametrize(
    ("stock", "quantity", "buyers", "sold"), [(5, 1, 10, 5), (5, 2, 8, 2)]
)
def test_threads_ordering_the_last_copies_sell_exactly_the_stock(
    dossier_site, stock, quantity, buyers, sold
):
    dossier = dossier_site.current
    PrintStock.objects.filter(dossier=dossier).update(stock=stock)

    def buy(number):
        address = {**ADDRESS, "email": f"besteller{number}@example.org"}
        return place_order(key(number), address, [(dossier, quantity)])

    results = in_threads(buyers, buy)

    assert len(results) - results.count("OutOfStock") == sold
    assert PrintOrder.objects.count() == sold
    assert PrintOrderItem.objects.count() == sold
    assert stock_of(dossier) == stock - sold * quantity


def test_parallel_orders_from_one_address_stay_within_the_quota(dossier_site, settings):
    settings.DOSSIER_ORDERS_PER_EMAIL = 3
    dossier = dossier_site.current

    def buy(number):
        return place_order(key(number), ADDRESS, [(dossier, 1)])

    results = in_threads(12, buy)

    assert results.count("OrderQuotaReached") == 9
    assert PrintOrder.objects.count() == 3
    assert PrintOrderItem.objects.count() == 3
    assert stock_of(dossier) == 10 - 3


def test_parallel_submits_with_one_key_make_one_order(dossier_site):
    dossier = dossier_site.current

    results = in_threads(
        6, lambda number: place_order(key(0), ADDRESS, [(dossier, 2)]).pk
    )

    assert len(set(results)) == 1
    assert PrintOrder.objects.count() == 1
    assert stock_of(dossier) == 10 - 2


def test_a_double_confirmation_confirms_once(dossier_site):
    order = order_with_items(
        [(dossier_site.current, 2)], status=OrderStatus.UNCONFIRMED
    )

    results = in_threads(
        4, lambda number: confirm_order(PrintOrder.objects.get(pk=order.pk))
    )

    assert results.count(True) == 1
    assert PrintOrder.objects.get(pk=order.pk).status == OrderStatus.CONFIRMED
    assert stock_of(dossier_site.current) == 10 - 2


def test_two_dispatchers_cancelling_one_order_return_the_copies_once(dossier_site):
    order = order_with_items([(dossier_site.current, 3)])

    def cancel(number):
        return change_status(PrintOrder.objects.get(pk=order.pk), OrderStatus.CANCELLED)

    results = in_threads(4, cancel)

    assert results.count(True) == 1
    assert stock_of(dossier_site.current) == 10


def test_cancel_and_expiry_at_once_return_the_copies_once(dossier_site):
    order = order_with_items(
        [(dossier_site.current, 3)], status=OrderStatus.UNCONFIRMED
    )
    PrintOrder.objects.filter(pk=order.pk).update(confirm_by=order.created_at)

    def cancel_or_confirm(number):
        fresh = PrintOrder.objects.get(pk=order.pk)
        if number % 2:
            return change_status(fresh, OrderStatus.CANCELLED)
        return confirm_order(fresh)  # overdue: expires it

    in_threads(4, cancel_or_confirm)

    status = PrintOrder.objects.get(pk=order.pk).status
    assert status in (OrderStatus.CANCELLED, OrderStatus.EXPIRED)
    assert stock_of(dossier_site.current) == 10


def test_a_task_and_the_timer_at_once_send_one_confirmation_mail(dossier_site):
    order = order_with_items(
        [(dossier_site.current, 1)], status=OrderStatus.UNCONFIRMED
    )

    def send(number):
        return mails.send_confirmation(PrintOrder.objects.get(pk=order.pk))

    results = in_threads(4, send)

    assert len(mail.outbox) == 1
    assert results.count(True) == 1
    assert PrintOrder.objects.get(pk=order.pk).confirmation_mail_sent_at
