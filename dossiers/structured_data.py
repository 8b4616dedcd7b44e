from core.links import absolute
from core.structured_data import (
    image_url,
    page_basics,
)


def pdf_media(dossier, request):
    download = dossier.download
    if download is None:
        return None
    media = {
        "@type": "MediaObject",
        "contentUrl": absolute(download.url),
        "encodingFormat": "application/pdf",
    }
    if download.size:
        media["contentSize"] = f"{download.size} B"
    return media


def dossier_data(page, request):
    data = page_basics(page, request, "PublicationIssue", page.subtitle)
    data["issueNumber"] = page.issue_number
    data["alternateName"] = page.full_title
    data["datePublished"] = page.publication_date
    data["isPartOf"] = {
        "@type": "Periodical",
        "name": "Themendossiers des Großstadtnetzwerks",
    }
    page.prefetch_shown()
    data["keywords"] = [tag.name for tag in page.approaches.all()] + [
        tag.name for tag in page.topics
    ]
    # The chapters' readable practices, as the body shows them (read once).
    practices = (
        practice for chapter in page.chapter_list() for practice in chapter.practices
    )
    data["hasPart"] = [
        {
            "@type": "CreativeWork",
            "name": practice.title,
            "url": practice.get_full_url(request),
        }
        for practice in dict.fromkeys(practices)
    ]
    if media := pdf_media(page, request):
        data["encoding"] = media
    if page.cover_image:
        data["image"] = image_url(page.cover_image, request)
    return data
