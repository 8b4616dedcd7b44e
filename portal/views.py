from django.shortcuts import get_object_or_404, render

from portal.models import Tag
from portal.shared.feeds import feed_links
from portal.shared.tagging import tagged_sources


def tag_page(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    groups = []
    for source in tagged_sources():
        entries = list(source.entries(tag))
        if entries:
            filter_url = source.filter_url(tag) if source.filter_url else ""
            groups.append(
                {"source": source, "entries": entries, "filter_url": filter_url}
            )
    return render(
        request,
        "portal/tag_page.html",
        {
            "tag": tag,
            "groups": groups,
            "total": sum(len(group["entries"]) for group in groups),
            "approaches": Tag.objects.approaches(),
            "feed_links": feed_links(tag=tag),
        },
    )
