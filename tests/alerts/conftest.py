import pytest

from tests.reports.factories import ArticleIndexPageFactory


@pytest.fixture(autouse=True)
def tasks_at_once(monkeypatch):
    """Run what is queued "after the commit" at once: the test's own
    transaction never commits."""
    monkeypatch.setattr(
        "django.db.transaction.on_commit", lambda func, **kwargs: func()
    )


@pytest.fixture
def article_index(home_page):
    return ArticleIndexPageFactory(parent=home_page)


def subscribe_post(**changes):
    data = {
        "email": "erika@kommune.example",
        "kinds": ["practice", "article"],
        "frequency": "sofort",
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
