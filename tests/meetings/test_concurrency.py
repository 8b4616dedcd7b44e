"""Many people confirming and cancelling at the same moment (PostgreSQL only).

SQLite serialises all writers, so only PostgreSQL's row locks and concurrent
transactions can show that no seat is given twice and none is lost.
"""

import threading

import pytest
from django.db import connection

from meetings import registration as seats
from meetings.models import Registration, RegistrationStatus
from tests.meetings.factories import MeetingPageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip(
            "braucht PostgreSQL (DATABASE_URL=postgres://…): SQLite serialisiert "
            "alle Schreibzugriffe, da gibt es keine echte Nebenläufigkeit"
        )


def in_threads(actions):
    """Run every action in its own thread, all released at once."""
    barrier = threading.Barrier(len(actions))
    errors = []

    def run(action):
        try:
            barrier.wait()
            action()
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(a,)) for a in actions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors


def statuses(meeting):
    rows = Registration.objects.filter(meeting=meeting)
    return {status: rows.filter(status=status).count() for status in RegistrationStatus}


@pytest.fixture
def meeting(meeting_index):
    return MeetingPageFactory(parent=meeting_index, capacity=5)


def unconfirmed(meeting, count):
    return RegistrationFactory.create_batch(count, meeting=meeting)


def test_parallel_confirmations_fill_exactly_the_seats(meeting):
    requests = unconfirmed(meeting, 12)

    in_threads([lambda r=r: seats.confirm(r) for r in requests])

    counts = statuses(meeting)
    assert counts[RegistrationStatus.CONFIRMED] == 5
    assert counts[RegistrationStatus.WAITING] == 7


def test_parallel_cancellations_hand_every_seat_on(meeting):
    requests = unconfirmed(meeting, 10)
    for registration in requests:
        seats.confirm(registration)
    holders = requests[:5]

    in_threads([lambda r=r: seats.cancel(r) for r in holders[:3]])

    counts = statuses(meeting)
    assert counts[RegistrationStatus.CANCELLED] == 3
    assert counts[RegistrationStatus.CONFIRMED] == 5
    assert counts[RegistrationStatus.WAITING] == 2


def test_confirming_and_cancelling_at_once_loses_no_seat(meeting):
    requests = unconfirmed(meeting, 9)
    for registration in requests[:6]:
        seats.confirm(registration)  # five seats taken, one waiting
    actions = [lambda r=r: seats.cancel(r) for r in requests[:4]]
    actions += [lambda r=r: seats.confirm(r) for r in requests[6:]]

    in_threads(actions)

    counts = statuses(meeting)
    assert counts[RegistrationStatus.CANCELLED] == 4
    # 5 seats for the 5 still wanting one: 1 left over + 1 waiting + 3 new.
    assert counts[RegistrationStatus.CONFIRMED] == 5
    assert counts[RegistrationStatus.WAITING] == 0
