from types import SimpleNamespace

import pytest

from tests.meetings.factories import MeetingIndexPageFactory


@pytest.fixture(autouse=True)
def mails_at_once(request, monkeypatch):
    """Run the mail tasks queued "after the commit" at once: the test's own
    transaction never commits. Real commits where a test runs transactions."""
    if "transactional_db" in request.fixturenames:
        return
    at_once = SimpleNamespace(on_commit=lambda func, **kwargs: func())
    monkeypatch.setattr("meetings.tasks.transaction", at_once)


@pytest.fixture
def meeting_index(home_page):
    return MeetingIndexPageFactory(parent=home_page)


def registration_post(**changes):
    data = {
        "name": "Erika Mustermann",
        "organisation": "Amt für Bildung",
        "city": "Mannheim",
        "email": "erika@kommune.example",
        "accessibility_needs": "Stufenloser Zugang",
        "privacy_consent": "on",
        "website_url": "",
    }
    data.update(changes)
    return data


def link_in(message, marker):
    """The first line of a mail's body that contains `marker`, as a path."""
    for line in message.body.splitlines():
        if marker in line:
            return line.strip().removeprefix("http://testserver")
    raise AssertionError(f"kein Link mit {marker} in: {message.body}")
