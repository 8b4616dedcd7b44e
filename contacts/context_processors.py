"""The footer's link to the contact page, for every template."""

from django.utils.functional import SimpleLazyObject

from core.cache import MENU, cached, versioned_key
from core.visibility import public_pages_q

from .models import ContactPage

TIMEOUT = 60 * 60


def _contact_page_url():
    page = ContactPage.objects.live().filter(public_pages_q()).first()
    return (page.url or "") if page else ""


def _cached_url():
    return cached(
        versioned_key("contact-page-url", depends=(MENU,)), _contact_page_url, TIMEOUT
    )


def contact_page(request):
    """`contact_page_url`: read from the cache by content version, only when used."""
    return {"contact_page_url": SimpleLazyObject(_cached_url)}
