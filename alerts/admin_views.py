"""The admin's view of the alerts: counts for the network editors, and one
person's data (export or deletion) for administrators, looked up by address."""

import json
from collections import Counter

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from core.models import City, Tag

from .forms import kind_choices
from .models import Delivery, Frequency, Subscription

__all__ = ["counts_view", "personal_data_view"]

COUNTS_PERMISSION = "alerts.view_alert_counts"
DATA_PERMISSION = "alerts.manage_alert_data"


def _require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


def _counted(queryset, relation):
    """Objects chosen by at least one confirmed subscription, with the count."""
    confirmed = Q(**{f"{relation}__confirmed_at__isnull": False})
    return (
        queryset.annotate(subscribers=Count(relation, filter=confirmed))
        .filter(subscribers__gt=0)
        .order_by("-subscribers", "name")
    )


def counts_view(request):
    _require(request, COUNTS_PERMISSION)
    confirmed = Subscription.objects.exclude(confirmed_at=None)
    chosen = Counter(
        key for kinds in confirmed.values_list("kinds", flat=True) for key in kinds
    )
    frequencies = dict(
        confirmed.values_list("frequency").annotate(n=Count("pk")).order_by()
    )
    context = {
        "total": sum(frequencies.values()),
        "unconfirmed": Subscription.objects.filter(confirmed_at=None).count(),
        "frequencies": [
            (label, frequencies.get(value, 0)) for value, label in Frequency.choices
        ],
        "kinds": [(label, chosen[key]) for key, label in kind_choices()],
        "approaches": _counted(Tag.objects.all(), "alert_approach_subscriptions"),
        "topics": _counted(Tag.objects.all(), "alert_topic_subscriptions"),
        "cities": _counted(City.objects.all(), "alert_subscriptions"),
    }
    return TemplateResponse(request, "alerts/admin/counts.html", context)


class PersonForm(forms.Form):
    email = forms.EmailField(label=_("E-Mail-Adresse der Person"), max_length=254)


def export(subscription):
    """Everything stored about the person, as JSON."""
    data = {
        "email": subscription.email,
        "inhaltsarten": subscription.kinds,
        "ansaetze": [tag.name for tag in subscription.approaches.all()],
        "themen": [tag.name for tag in subscription.topics.all()],
        "kommunen": [city.name for city in subscription.cities.all()],
        "haeufigkeit": subscription.frequency,
        "einwilligung_am": subscription.consented_at.isoformat(),
        "bestaetigt_am": subscription.confirmed_at.isoformat()
        if subscription.confirmed_at
        else None,
        "gesendete_beitraege": [
            {"titel": d.item.title, "url": d.item.url, "am": d.sent_at.isoformat()}
            for d in Delivery.objects.filter(subscription=subscription)
            .select_related("item")
            .order_by("sent_at", "pk")
        ],
    }
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="benachrichtigungen.json"'
    response["Cache-Control"] = "no-store"
    return response


def personal_data_view(request):
    _require(request, DATA_PERMISSION)
    form = PersonForm(request.POST or None)
    if request.method != "POST" or not form.is_valid():
        context = {"form": form}
        return TemplateResponse(request, "alerts/admin/personal_data.html", context)
    email = form.cleaned_data["email"].strip().lower()
    subscription = Subscription.objects.filter(email__iexact=email).first()
    if subscription is None:
        messages.warning(request, _("Zu dieser Adresse sind keine Daten gespeichert."))
        return redirect("alerts_personal_data")
    if "delete" in request.POST:
        subscription.delete()
        messages.success(request, _("Alle Daten zu dieser Adresse sind gelöscht."))
        return redirect("alerts_personal_data")
    return export(subscription)
