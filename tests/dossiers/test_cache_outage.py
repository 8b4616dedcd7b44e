"""Ordering and confirming printed dossiers while Redis is down."""

from django.core import mail

from dossiers.models import OrderStatus, PrintOrder
from tests.dossiers.conftest import order_post
from tests.dossiers.test_confirmation import LINK, ORDER_URL


def test_an_order_is_taken_and_confirmed_during_a_cache_outage(
    client, dossier_site, dead_redis, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ORDER_URL, order_post(dossier_site))
    assert response.status_code == 302
    link = LINK.search(mail.outbox[0].body).group(1)

    assert client.post(link).status_code == 302
    assert PrintOrder.objects.get().status == OrderStatus.CONFIRMED
