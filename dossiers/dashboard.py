"""What the dispatch team and the network editors see first about print copies."""

from django.conf import settings
from django.db.models import Count
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import ngettext
from wagtail.admin.ui.components import Component

from .models import OrderStatus, PrintOrder, PrintStock

__all__ = ["DispatchPanel", "LowStockPanel", "low_stock"]

RECENT_ORDERS_SHOWN = 5

# The statuses that still need the dispatch team, in the order of the work.
OPEN_STATUSES = {
    OrderStatus.CONFIRMED: (
        "%(count)d bestätigte Bestellung wartet auf den Versand",
        "%(count)d bestätigte Bestellungen warten auf den Versand",
    ),
    OrderStatus.PROCESSING: (
        "%(count)d Bestellung ist in Bearbeitung",
        "%(count)d Bestellungen sind in Bearbeitung",
    ),
    OrderStatus.UNCONFIRMED: (
        "%(count)d Bestellung ist noch nicht von den Bestellenden bestätigt",
        "%(count)d Bestellungen sind noch nicht von den Bestellenden bestätigt",
    ),
}


def low_stock():
    """Live dossiers in print with at most DOSSIER_LOW_STOCK copies, fewest first."""
    return (
        PrintStock.objects.filter(
            dossier__live=True,
            dossier__print_available=True,
            stock__lte=settings.DOSSIER_LOW_STOCK,
        )
        .select_related("dossier")
        .order_by("stock", "dossier__issue_number")
    )


def threshold_text():
    threshold = settings.DOSSIER_LOW_STOCK
    return ngettext(
        "höchstens %(count)d Exemplar", "höchstens %(count)d Exemplare", threshold
    ) % {"count": threshold}


def status_rows():
    counts = dict(
        PrintOrder.objects.filter(status__in=OPEN_STATUSES)
        .values_list("status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    index_url = reverse("bestellungen:index")
    rows = []
    for status, (singular, plural) in OPEN_STATUSES.items():
        count = counts.get(status.value, 0)
        rows.append(
            {
                "status": status.value,
                "count": count,
                "label": ngettext(singular, plural, count) % {"count": count},
                "url": f"{index_url}?{urlencode({'status': status.value})}",
            }
        )
    return rows


class DispatchPanel(Component):
    """The dispatch team's work: open orders by status, newest confirmed, stock."""

    name = "dossier_dispatch"
    order = 10
    template_name = "dossiers/admin/dispatch_panel.html"

    def get_context_data(self, parent_context=None):
        confirmed = PrintOrder.objects.filter(status=OrderStatus.CONFIRMED)
        return {
            "statuses": status_rows(),
            "recent": confirmed.order_by("-confirmed_at").prefetch_related("items")[
                :RECENT_ORDERS_SHOWN
            ],
            "low_stock": low_stock(),
            "threshold": threshold_text(),
        }


class LowStockPanel(Component):
    """For the network editors, who decide on reprints but keep no stock."""

    name = "dossier_low_stock"
    order = 35
    template_name = "dossiers/admin/low_stock_panel.html"

    def get_context_data(self, parent_context=None):
        return {"low_stock": list(low_stock()), "threshold": threshold_text()}
