"""The release of uploaded documents, the counterpart of "Praxisfreigabe".

A city editor's upload stays out of every public listing until a network
editor (anyone with the permission `portal.release_portaldocument`) releases
it, or a public page that uses it is published: publishing is itself a network
editor's decision, since city editors may only submit pages for review.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.log_actions import log
from wagtail.models import ReferenceIndex

__all__ = [
    "RELEASE_ACTION",
    "RELEASE_PERMISSION",
    "apply_upload_rule",
    "can_release",
    "release_document",
    "release_documents_used_by",
]

RELEASE_PERMISSION = "portal.release_portaldocument"
RELEASE_ACTION = "portal.document.release"


def can_release(user):
    return bool(user and user.is_active and user.has_perm(RELEASE_PERMISSION))


def apply_upload_rule(document, user):
    """A new or replaced file is released only if its uploader may release."""
    if can_release(user):
        document.released_at = timezone.now()
        document.released_by = user
    else:
        document.released_at = None
        document.released_by = None


def release_document(document, user=None, page=None):
    """Releases and logs; saving re-indexes it and bumps the content version."""
    if document.is_released:
        return False
    document.released_at = timezone.now()
    document.released_by = user
    document.save(update_fields=["released_at", "released_by"])
    data = {"page": {"id": page.pk, "title": page.title}} if page else {}
    log(document, RELEASE_ACTION, user=user, data=data)
    return True


def release_documents_used_by(page):
    """Releases the documents a just-published page links or embeds."""
    # The index is refreshed by a task; read the published page itself.
    ReferenceIndex.create_or_update_for_object(page)
    model = get_document_model()
    ids = ReferenceIndex.get_references_for_object(page).filter(
        to_content_type=ContentType.objects.get_for_model(model)
    )
    pending = model.objects.awaiting_release().filter(
        pk__in=[int(pk) for pk in ids.values_list("to_object_id", flat=True)]
    )
    return sum(release_document(document, page=page) for document in pending)
