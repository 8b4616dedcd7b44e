"""Property-based: whatever arrives at the barrier report form, no 500, no live
markup, and a stored report only from valid input."""

from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accessibility.models import BarrierReport
from tests.accessibility.conftest import report_post
from tests.markup import hostile_text, injected_markup

FIELDS = [
    "page_reference",
    "description",
    "contact_name",
    "contact_email",
    "website_url",
]
values = st.one_of(
    hostile_text.map(lambda text: text[:400]),
    st.lists(hostile_text.map(lambda text: text[:50]), min_size=2, max_size=3),
    st.none(),
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(overrides=st.dictionaries(st.sampled_from(FIELDS), values, max_size=4))
def test_no_input_gives_a_500_or_live_markup(client, statement, overrides):
    cache.clear()
    data = report_post()
    data.update(overrides)
    data = {key: value for key, value in data.items() if value is not None}

    response = client.post("/barriere-melden/", data)

    assert response.status_code in (302, 400, 422)
    assert (response.status_code == 302) == BarrierReport.objects.exists()
    assert injected_markup(response.content.decode()) == []
    BarrierReport.objects.all().delete()
