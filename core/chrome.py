"""Header and footer of every page, read from the cache.

Navigation, footer links and the portal settings cost five queries per page;
they change only when content changes, so they follow the content version.
"""

from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Site

from core.cache import MENU, cached, versioned_key
from core.models import PortalSettings
from core.visibility import public_pages_q

CHROME_TIMEOUT = 60 * 60
# BITV 2.0 § 4: the entry points every page's header offers, with their icons.
ACCESS_LABELS = {
    "easy_language": gettext_lazy("Leichte Sprache"),
    "sign_language": gettext_lazy("Gebärdensprache"),
}


def _build(site):
    settings = PortalSettings.for_site(site)
    pages = site.root_page.get_children().live().filter(public_pages_q()).in_menu()
    navigation = [(page.title, page.get_url(current_site=site)) for page in pages]
    navigation.append((_("Suche"), reverse("search")))
    return {
        "tagline": settings.tagline,
        "publisher": settings.publisher,
        "contact_email": settings.contact_email,
        "navigation": navigation,
        "footer_links": [
            (page.title, page.get_url(current_site=site))
            for page in settings.footer_pages()
        ],
        "access_links": [
            {
                "key": key,
                "label": str(ACCESS_LABELS[key]),
                "url": page.get_url(current_site=site),
            }
            for key, page in settings.access_pages()
        ],
    }


def site_chrome(request):
    site = Site.find_for_request(request)
    if site is None:
        return {
            "navigation": [(_("Suche"), reverse("search"))],
            "footer_links": [],
            "access_links": [],
        }
    key = versioned_key("chrome", site.pk, depends=(MENU,))
    return cached(key, lambda: _build(site), CHROME_TIMEOUT)


def chrome(request):
    """Context processor: `chrome` is only built when a template reads it."""
    return {"chrome": SimpleLazyObject(lambda: site_chrome(request))}
