"""The links in alert mails: the management and unsubscribe pages (signed, so
every mail can carry them) and the single-use address confirmation."""

from django.core import signing
from django.urls import reverse

from core.links import absolute

SALT = "alerts.subscription"


def manage_token(subscription):
    return signing.Signer(salt=SALT).sign(str(subscription.reference))


def reference_from(token):
    """The subscription reference a token names, or None for a forged one."""
    try:
        return signing.Signer(salt=SALT).unsign(token)
    except signing.BadSignature:
        return None


def manage_url(subscription):
    return absolute(reverse("alerts_manage", args=[manage_token(subscription)]))


def unsubscribe_url(subscription):
    return absolute(reverse("alerts_unsubscribe", args=[manage_token(subscription)]))


def confirm_url(token):
    return absolute(reverse("alerts_confirm", args=[token]))
