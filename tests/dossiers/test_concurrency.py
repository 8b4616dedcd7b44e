"""Several people ordering the last copies at the same moment (PostgreSQL only).

SQLite serialises all writers, so only PostgreSQL's row locks and concurrent
transactions can show that the conditional UPDATE never oversells.
"""

import threading

import pytest
from django.db import connection

from dossiers.models import PrintOrder, PrintOrderItem, PrintStock
from dossiers.ordering import OutOfStock, place_order

ADDRESS = {
    "name": "Erika Mustermann",
    "street": "Rathausplatz 1",
    "postcode": "68159",
    "town": "Mannheim",
    "country": "DE",
    "email": "erika@example.org",
}


def order_in_threads(dossier, quantity, buyers):
    barrier = threading.Barrier(buyers)
    results = []

    def buy(number):
        try:
            barrier.wait()
            place_order(
                f"gleichzeitig-{number:04d}-abcdefghijkl",
                ADDRESS,
                [(dossier, quantity)],
            )
            results.append("verkauft")
        except OutOfStock:
            results.append("vergriffen")
        finally:
            connection.close()

    threads = [threading.Thread(target=buy, args=(n,)) for n in range(buyers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize(
    ("stock", "quantity", "buyers", "sold"), [(5, 1, 10, 5), (5, 2, 8, 2)]
)
def test_threads_ordering_the_last_copies_sell_exactly_the_stock(
    dossier_site, stock, quantity, buyers, sold
):
    if connection.vendor != "postgresql":
        pytest.skip(
            "braucht PostgreSQL (DATABASE_URL=postgres://…): SQLite serialisiert "
            "alle Schreibzugriffe, da gibt es keine echte Nebenläufigkeit"
        )
    dossier = dossier_site.current
    PrintStock.objects.filter(dossier=dossier).update(stock=stock)

    results = order_in_threads(dossier, quantity, buyers)

    assert results.count("verkauft") == sold
    assert PrintOrder.objects.count() == sold
    assert PrintOrderItem.objects.count() == sold
    assert PrintStock.objects.get(dossier=dossier).stock == stock - sold * quantity
