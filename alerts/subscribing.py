"""Subscribing with double opt-in, confirming, changing and ending."""

from django.db import transaction
from django.utils import timezone

from core.mails import hash_token, new_token, templated_message

from .links import confirm_url, manage_url
from .models import CONFIRMATION_DAYS, Subscription

__all__ = ["apply_choices", "confirm", "send_confirmation", "subscribe"]


def apply_choices(subscription, data):
    subscription.kinds = sorted(data["kinds"])
    subscription.frequency = data["frequency"]
    subscription.save(update_fields=["kinds", "frequency"])
    subscription.approaches.set(data["approaches"])
    subscription.topics.set(data["topics"])
    subscription.cities.set(data["cities"])


def subscribe(data):
    """Record the choices and queue the confirmation mail.

    A confirmed address keeps its choices; it gets its management link again,
    so the form never tells a stranger whether an address is subscribed.
    """
    from .tasks import send_confirmation_mail

    with transaction.atomic():
        subscription, created = Subscription.objects.select_for_update().get_or_create(
            email=data["email"]
        )
        if subscription.confirmed_at is None:
            subscription.consented_at = timezone.now()
            subscription.save(update_fields=["consented_at"])
            apply_choices(subscription, data)
        transaction.on_commit(lambda: send_confirmation_mail.enqueue(subscription.pk))
    return subscription


def send_confirmation(subscription_pk):
    subscription = Subscription.objects.filter(pk=subscription_pk).first()
    if subscription is None:
        return
    context = {"subscription": subscription, "manage_url": manage_url(subscription)}
    if subscription.confirmed_at is None:
        # Only the hash is stored, so every mail carries a fresh link.
        token = new_token()
        Subscription.objects.filter(pk=subscription.pk).update(
            confirmation_token_hash=hash_token(token)
        )
        context.update(confirm_url=confirm_url(token), days=CONFIRMATION_DAYS)
        template = "alerts/emails/bestaetigen"
    else:
        template = "alerts/emails/bereits_abonniert"
    templated_message(template, context, [subscription.email]).send()


def confirm(subscription):
    if subscription.confirmed_at is None:
        Subscription.objects.filter(pk=subscription.pk, confirmed_at=None).update(
            confirmed_at=timezone.now(), confirmation_token_hash=""
        )
