"""Property-based: whatever arrives at the registration form or its links, no
500, no live markup, and a stored registration only from valid input."""

from urllib.parse import quote

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meetings.models import Registration
from tests.markup import hostile_text, injected_markup
from tests.meetings.conftest import registration_post
from tests.meetings.factories import MeetingPageFactory

FIELDS = [
    "name",
    "organisation",
    "city",
    "email",
    "accessibility_needs",
    "privacy_consent",
    "website_url",
]
values = st.one_of(
    hostile_text.map(lambda text: text[:300]),
    st.lists(hostile_text.map(lambda text: text[:50]), min_size=2, max_size=3),
    st.none(),
)
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def form_url(meeting_index):
    meeting = MeetingPageFactory(parent=meeting_index, access_url="https://x.example")
    return f"/veranstaltungen/anmeldung/{meeting.pk}/"


@SETTINGS
@given(overrides=st.dictionaries(st.sampled_from(FIELDS), values, max_size=4))
def test_no_form_input_gives_a_500_or_live_markup(client, form_url, overrides):
    cache.clear()
    data = registration_post()
    data.update(overrides)
    data = {key: value for key, value in data.items() if value is not None}

    response = client.post(form_url, data)

    assert response.status_code in (302, 400, 422)
    assert (response.status_code == 302) == Registration.objects.exists()
    assert injected_markup(response.content.decode()) == []
    Registration.objects.all().delete()


@SETTINGS
@given(token=hostile_text.map(lambda text: text[:200]))
def test_no_link_token_gives_a_500(client, meeting_index, token):
    cache.clear()
    for prefix in ("bestaetigen", "verwalten"):
        path = f"/veranstaltungen/anmeldung/{prefix}/x{quote(token, safe='')}y/"
        response = client.get(path)
        # 301: a decoded "/" left no trailing slash, and Django adds it.
        assert response.status_code in (301, 400, 404)
