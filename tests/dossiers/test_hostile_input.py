"""Property-based: whatever arrives at the order form, no 500 and no stray rows."""

import io
import itertools

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from core.text import starts_like_formula
from dossiers.mails import confirmation_message
from dossiers.models import PrintOrder, PrintOrderItem, PrintStock
from tests.dossiers.conftest import order_post
from tests.dossiers.factories import order_with_items
from tests.markup import hostile_text, injected_markup
from tests.spreadsheets import csv_rows

ORDER_URL = "/themendossiers/bestellen/"
ORDERS_ADMIN = "/admin/bestellungen/"
FIELDS = [
    "name",
    "organisation",
    "street",
    "postcode",
    "town",
    "country",
    "email",
    "phone",
    "purpose",
    "consent",
    "website_url",
    "submission_key",
    "action",
]
keys = itertools.count()

scalars = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(["", "0", "1", "5", "DE", "AT", "on", "pruefen", "absenden"]),
)
values = st.one_of(scalars, st.lists(scalars, min_size=2, max_size=3), st.none())
quantities = st.dictionaries(
    st.one_of(
        st.just("current"), st.just("sold_out"), st.integers(-5, 10**12).map(str)
    ),
    values,
    max_size=3,
)


@pytest.fixture
def site(dossier_site):
    return dossier_site


def quantity_key(site, which):
    pk = {"current": site.current.pk, "sold_out": site.sold_out.pk}.get(which, which)
    return f"quantity_{pk}"


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    overrides=st.dictionaries(st.sampled_from(FIELDS), values, max_size=5),
    amounts=quantities,
    step=st.sampled_from(["pruefen", "absenden", "aendern"]),
)
def test_no_input_gives_a_500_or_stray_rows(client, site, overrides, amounts, step):
    cache.clear()
    data = order_post(
        site, action=step, submission_key=f"eigenschaft_{next(keys):024d}"
    )
    data.update({quantity_key(site, k): v for k, v in amounts.items()})
    data.update(overrides)
    data = {k: v for k, v in data.items() if v is not None}

    response = client.post(ORDER_URL, data)

    assert response.status_code in (200, 302, 400, 409, 422)
    orders = list(PrintOrder.objects.prefetch_related("items"))
    stock = PrintStock.objects.get(dossier=site.current).stock
    if response.status_code == 302:
        [order] = orders
        [item] = order.items.all()
        assert 1 <= item.quantity <= 5 and item.dossier == site.current
        assert stock == 10 - item.quantity
    else:
        assert orders == [] and stock == 10
    assert not PrintOrderItem.objects.exclude(order__in=orders).exists()
    PrintOrder.objects.all().delete()
    PrintStock.objects.filter(dossier=site.current).update(stock=10)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    fields=st.fixed_dictionaries(
        {},
        optional=dict.fromkeys(
            ("name", "organisation", "street", "town", "phone", "purpose"),
            hostile_text.map(lambda text: text[:200]),
        ),
    ),
    step=st.sampled_from(["pruefen", "aendern"]),
)
def test_review_and_change_steps_show_typed_text_inert(client, site, fields, step):
    cache.clear()
    response = client.post(ORDER_URL, order_post(site, action=step, **fields))
    assert response.status_code in (200, 400, 422)
    assert injected_markup(response.content.decode()) == []
    PrintOrder.objects.all().delete()


@pytest.mark.parametrize(
    "attack", ["<script>alert(1)</script>", "<svg onload=alert(1)>"]
)
def test_review_page_shows_an_attack_as_text(client, site, attack):
    data = order_post(site, action="pruefen", name=attack, purpose=attack)
    response = client.post(ORDER_URL, data)
    html = response.content.decode()
    assert "Bitte prüfen Sie Ihre Bestellung" in html
    assert injected_markup(html) == []
    assert attack.replace("<", "&lt;").replace(">", "&gt;") in html


# Stored input: what an orderer typed is shown in the admin, exports and mails,
# and must stay inert text everywhere.

stored_text = hostile_text.map(lambda text: text.replace("\x00", "")[:100])


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    fields=st.fixed_dictionaries(
        dict.fromkeys(("name", "organisation", "town", "purpose"), stored_text)
    )
)
def test_stored_order_text_never_becomes_markup_or_a_formula(
    dispatch_client, site, fields
):
    PrintOrder.objects.all().delete()
    PrintStock.objects.filter(dossier=site.current).update(stock=10)
    order = order_with_items([(site.current, 1)], **fields)
    for url in (ORDERS_ADMIN, f"{ORDERS_ADMIN}inspect/{order.pk}/"):
        response = dispatch_client.get(url)
        assert response.status_code == 200
        assert injected_markup(response.content.decode()) == [], url

    csv_export = dispatch_client.get(ORDERS_ADMIN, {"export": "csv"})
    cells = [cell for row in csv_rows(csv_export) for cell in row]
    xlsx = dispatch_client.get(ORDERS_ADMIN, {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    cells += [c for row in sheet.iter_rows(values_only=True) for c in row]
    assert not [c for c in cells if isinstance(c, str) and starts_like_formula(c)]

    mail = confirmation_message(order)
    assert mail.content_subtype == "plain" and not getattr(mail, "alternatives", [])
    assert "\n" not in mail.subject
