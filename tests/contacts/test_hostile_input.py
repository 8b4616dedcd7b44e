"""Property-based: whatever arrives at the message form, no 500, no live markup,
and a stored message only from valid input."""

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contacts.models import ContactMessage
from tests.contacts.conftest import SECRET_ADDRESS, message_post
from tests.markup import hostile_text, injected_markup

FIELDS = [
    "sender_name",
    "sender_email",
    "subject",
    "message",
    "privacy_consent",
    "website_url",
]
values = st.one_of(
    hostile_text.map(lambda text: text[:300]),
    st.lists(hostile_text.map(lambda text: text[:50]), min_size=2, max_size=3),
    st.none(),
)


@pytest.fixture
def site(contact_site):
    return contact_site


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(overrides=st.dictionaries(st.sampled_from(FIELDS), values, max_size=4))
def test_no_input_gives_a_500_or_live_markup(client, site, overrides):
    cache.clear()
    data = message_post()
    data.update(overrides)
    data = {key: value for key, value in data.items() if value is not None}

    response = client.post(site.url, data)

    assert response.status_code in (302, 400, 422)
    assert (response.status_code == 302) == ContactMessage.objects.exists()
    html = response.content.decode()
    assert injected_markup(html) == []
    assert SECRET_ADDRESS not in html
    ContactMessage.objects.all().delete()
