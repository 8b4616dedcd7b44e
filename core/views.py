from collections import Counter
from urllib.parse import urlencode

from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import ngettext

from core.cache import LISTINGS, TAG_PAGES, cached, depend, forget, versioned_key
from core.contract import declaring
from core.feeds import feed_links
from core.links import absolute
from core.models import Tag

# Per entry type; the rest is one click away in the search, filtered by the tag.
ENTRIES_SHOWN = 6


def total_text(count):
    return ngettext(
        "%(count)d Eintrag mit diesem Schlagwort",
        "%(count)d Einträge mit diesem Schlagwort",
        count,
    ) % {"count": count}


def tag_page(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    # Renewed by changes of pages with this tag, not by every publish.
    depend(f"tag:{tag.slug}", TAG_PAGES)
    groups = []
    for kind in declaring("tag_listing"):
        listing = kind.tag_listing
        entries = listing.entries(tag)
        shown = list(entries[:ENTRIES_SHOWN])
        if not shown:
            continue
        count = len(shown) if len(shown) < ENTRIES_SHOWN else entries.count()
        query = urlencode({"schlagwort": tag.slug, "typ": kind.key})
        groups.append(
            {
                "kind": kind,
                "entries": shown,
                "count": count,
                "all_url": f"{reverse('search')}?{query}" if count > len(shown) else "",
                "filter_url": listing.filter_url(tag) if listing.filter_url else "",
            }
        )
    response = render(
        request,
        "portal/tag_page.html",
        {
            "tag": tag,
            "groups": groups,
            "total_text": total_text(sum(group["count"] for group in groups)),
            "approaches": Tag.objects.approaches(),
            "feed_links": feed_links(tag=tag),
            "meta_title": f"#{tag.name}",
            "meta_description": tag.description
            or tag.claim
            or (
                f"Praxisprofile, Themendossiers, Berichte und Downloads zum "
                f"Schlagwort „{tag.name}“ aus dem Großstadtnetzwerk."
            ),
        },
    )
    # Indexes read on the way depend on every listing; the tag covers them.
    forget(LISTINGS)
    return response


TAG_COUNTS_TIMEOUT = 60 * 60


def tag_counts():
    """Public entries per tag slug over every kind, cached by content version."""

    def build():
        totals = Counter()
        for kind in declaring("tag_listing"):
            totals.update(kind.tag_listing.counts())
        return dict(totals)

    return cached(
        versioned_key("tag-counts", depends=(LISTINGS,)), build, TAG_COUNTS_TIMEOUT
    )


def tag_overview(request):
    counts = tag_counts()
    approaches = list(Tag.objects.approaches())
    for tag in approaches:
        tag.entry_count = counts.get(tag.slug, 0)
    topics = [tag for tag in Tag.objects.topics() if counts.get(tag.slug)]
    for tag in topics:
        tag.entry_count = counts[tag.slug]
    return render(
        request,
        "portal/tag_overview.html",
        {
            "approaches": approaches,
            "topics": topics,
            "meta_title": "Schlagwörter",
            "meta_description": (
                "Die drei Ansätze integrierter Bildungsplanung und alle Themen, zu "
                "denen das Großstadtnetzwerk Praxisprofile, Themendossiers, Berichte "
                "und Downloads veröffentlicht hat."
            ),
        },
    )


def robots_txt(request):
    """Keep crawlers out of the admin, result pages and what kinds declare.

    Fixed prefixes only: listing every view-restricted page would tell anyone
    the addresses of private pages, which answer with the login anyway."""
    disallowed = [
        reverse("wagtailadmin_home"),
        *(
            path
            for kind in declaring("robots_disallow")
            for path in kind.robots_disallow(request)
        ),
        reverse("search"),
        reverse("login"),
        reverse("dossier_order"),
    ]
    return render(
        request,
        "portal/robots.txt",
        {
            "disallowed": disallowed,
            "sitemap_url": absolute(reverse("sitemap")),
        },
        content_type="text/plain; charset=utf-8",
    )
