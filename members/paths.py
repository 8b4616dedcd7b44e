"""Where the member area lives, for robots.txt and the members' login."""

from core.visibility import live_single

from .models import MemberAreaPage


def robots_disallow(request):
    """The area's root, as its page is configured (`max_count = 1`)."""
    area = MemberAreaPage.objects.first()
    url = area.get_url(request) if area else None
    return [url] if url and url.startswith("/") else []


def login_redirect(request):
    area = live_single(MemberAreaPage, public=False)
    return area.get_url(request) if area else None
