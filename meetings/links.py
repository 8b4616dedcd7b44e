"""The links in a registrant's mails: the management page (signed, so it can
be sent again in every mail) and the single-use address confirmation."""

from django.core import signing
from django.urls import reverse

from core.links import absolute

SALT = "meetings.registration"


def manage_token(registration):
    return signing.Signer(salt=SALT).sign(str(registration.reference))


def reference_from(token):
    """The registration reference a token names, or None for a forged one."""
    try:
        return signing.Signer(salt=SALT).unsign(token)
    except signing.BadSignature:
        return None


def manage_url(registration):
    return absolute(reverse("meeting_registration", args=[manage_token(registration)]))


def confirm_url(token):
    return absolute(reverse("meeting_confirm", args=[token]))
