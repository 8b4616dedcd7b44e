from core.cache import depend_on_pages
from core.links import absolute
from core.structured_data import (
    image_url,
    page_basics,
)

from .models.pages import chosen_in


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
    data["keywords"] = [tag.name for tag in page.approaches.all()] + [
        tag.name for tag in page.topics
    ]
    # Kept apart from the body (core.fragments): it follows the chosen pages itself.
    depend_on_pages(chosen_in(page.chapters))
    data["hasPart"] = [
        {
            "@type": "CreativeWork",
            "name": practice.title,
            "url": practice.get_full_url(request),
        }
        for practice in page.public_practices()
    ]
    if media := pdf_media(page, request):
        data["encoding"] = media
    if page.cover_image:
        data["image"] = image_url(page.cover_image, request)
    return data
