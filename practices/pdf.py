"""A single practice profile as a PDF, rendered by WeasyPrint on request.

A long profile takes about a second to render (README, "Sharing, printing
and PDF"): too slow for every request, too fast to keep a file per profile in
step with its contacts and tags. So it is rendered when first asked for and kept
in the cache under the content version (any change to the page, its contacts or
its tags renders it afresh); a browser that has it gets a 304, and renders per
client address are rate-limited.
"""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag
from django.utils.text import slugify

from core.cache import content_version, read, versioned_key, write
from core.chrome import site_chrome
from core.links import absolute
from core.models import Person
from core.pdf import html_to_pdf
from core.ratelimit import hit, too_many_requests

PDF_TEMPLATE = "practices/pdf/practice.html"
CACHE_SECONDS = 60 * 60 * 24
RENDER_LIMIT = 30  # renders (cache misses) per client address and window
RENDER_WINDOW = 600


def pdf_context(page, publisher):
    person_ids = list(page.contacts.values_list("person_id", flat=True))
    people = Person.objects.select_related("city").in_bulk(person_ids)
    return {
        "page": page,
        "approaches": list(page.approaches.all()),
        "topics": list(page.tags.all()),
        "departments": list(page.departments.all()),
        # Only what the page shows: e-mail and phone only if marked public.
        "contacts": [people[pk] for pk in person_ids if pk in people],
        "publisher": publisher,
        "source_url": absolute(page.get_url() or ""),
        "generated_at": timezone.localtime(),
    }


def render_practice_pdf(page, publisher=""):
    """The PDF's bytes."""
    html = render_to_string(PDF_TEMPLATE, pdf_context(page, publisher))
    content, _pages = html_to_pdf(html)
    return content


def cached_pdf(request, page, publisher):
    """The PDF's bytes from the cache, rendered on a miss; None once this
    client has used up its renders."""
    key = versioned_key(
        "practice-pdf", page.pk, page.live_revision_id, depends=(f"path:{page.path}",)
    )
    content = read(key)
    if content is None:
        if hit(request, "practice-pdf", RENDER_LIMIT, RENDER_WINDOW):
            return None
        content = render_practice_pdf(page, publisher)
        write(key, content, CACHE_SECONDS)
    return content


def pdf_response(request, page):
    """The profile's PDF, or 304 if the browser's copy is still current."""
    # First: reading the site settings may create them, a content change.
    publisher = site_chrome(request).get("publisher", "")
    etag = quote_etag(f"{page.pk}-{page.live_revision_id}-{content_version()}")
    published = page.last_published_at or page.first_published_at
    last_modified = published.timestamp() if published else None
    response = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if response is None:
        content = cached_pdf(request, page, publisher)
        if content is None:
            return too_many_requests(request, RENDER_WINDOW)
        response = HttpResponse(content, content_type="application/pdf")
        city = slugify(page.city.name) if page.city else "kommune"
        filename = f"praxisprofil-{city}-{page.slug}.pdf"
        response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified)
    patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    return response
