"""„Das Netzwerk in Zahlen“: key figures, charts and the member map."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.cache import LISTINGS, cached, versioned_key
from core.figures import charts, key_figures
from core.visibility import CachedViewRestrictionsMixin

__all__ = ["NetworkFiguresPage"]

FIGURES_TIMEOUT = 60 * 60


def counted_figures():
    """Key figures and chart rows, counted once per content version.

    Only numbers and bars are stored: the declarations hold functions.
    """
    key = versioned_key("network-figures", depends=(LISTINGS,))
    return cached(key, _count_figures, FIGURES_TIMEOUT)


def _count_figures():
    return {
        "figures": [
            {"label": figure.label_for(count), "count": count}
            for figure in key_figures()
            for count in [figure.count()]
        ],
        "chart_rows": {chart.key: chart_rows(chart.bars()) for chart in charts()},
    }


def chart_rows(bars):
    """Bars with their length in per cent of the longest one."""
    longest = max((bar.value for bar in bars), default=0)
    return [
        {"bar": bar, "percent": round(100 * bar.value / longest, 1) if longest else 0}
        for bar in bars
    ]


class NetworkFiguresPage(CachedViewRestrictionsMixin, Page):
    intro = RichTextField(
        _("Einleitung"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("Steht über den Zahlen; die Zahlen selbst zählt das Portal."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        db_table = "portal_networkfigurespage"  # moved from the kernel, rows kept
        verbose_name = _("Netzwerk in Zahlen")
        verbose_name_plural = _("Netzwerk in Zahlen")

    def get_context(self, request, *args, **kwargs):
        from maps.member_map import member_map

        context = super().get_context(request, *args, **kwargs)
        counted = counted_figures()
        context["figures"] = counted["figures"]
        context["charts"] = [
            {"chart": chart, "rows": counted["chart_rows"].get(chart.key, [])}
            for chart in charts()
        ]
        context["member_map"] = member_map(request)
        return context
