"""The listing at /veranstaltungen/: upcoming or past meetings, filtered like
the practice listing (approach, topic, city, federal state) plus the kind."""

from urllib.parse import urlencode

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core.listing import Dimension, FacetedListing, KeywordMixin, Option
from core.models import FederalState, Tag
from core.visibility import public_pages_q
from search.service import ranked_keys

from .models import MeetingKind, MeetingPage, TaggedMeeting

UPCOMING = "kommende"
PAST = "vergangene"
PERIODS = {UPCOMING: _("Kommende Veranstaltungen"), PAST: _("Vergangene")}


class MeetingListing(KeywordMixin, FacetedListing):
    dimensions = (
        Dimension("ansatz", _("Ansatz"), "approaches__slug", "approaches__name"),
        Dimension(
            "thema", _("Thema"), "tagged_items__tag__slug", "tagged_items__tag__name"
        ),
        Dimension("stadt", _("Kommune"), "cities__slug", "cities__name"),
        Dimension(
            "land",
            _("Bundesland"),
            "cities__federal_state",
            labels=dict(FederalState.choices),
        ),
        Dimension("art", _("Art"), "kind", labels=dict(MeetingKind.choices)),
    )

    @property
    def prefetch_related(self):
        tagged = TaggedMeeting.objects.select_related("tag")
        return ("approaches", Prefetch("tagged_items", queryset=tagged))

    keyword_legend = _("Suchbegriff")

    def __init__(self, request, index_page):
        super().__init__(request, index_page)
        period = request.GET.get("zeit", UPCOMING)
        self.period = period if period in PERIODS else UPCOMING

    @property
    def is_past(self):
        return self.period == PAST

    @property
    def ordering(self):
        return ("-start", "title") if self.is_past else ("start", "title")

    def get_base(self):
        now = timezone.now()
        meetings = (
            MeetingPage.objects.live()
            .filter(public_pages_q())
            .descendant_of(self.index_page)
        )
        meetings = (
            meetings.filter(end__lte=now)
            if self.is_past
            else meetings.filter(end__gt=now)
        )
        if self.query:
            keys = ranked_keys(self.query, kinds=["meeting"])
            meetings = meetings.filter(pk__in=[int(k.split(":")[1]) for k in keys])
        return meetings

    def _facet(self, dim):
        facet = super()._facet(dim)
        if dim.key == "ansatz":
            # All three approaches, always, in the network's own order.
            found = {option.value: option for option in facet.options}
            chosen = self.selected["ansatz"]
            facet.options = [
                found.get(tag.slug)
                or Option(tag.slug, tag.name, selected=tag.slug in chosen)
                for tag in Tag.objects.approaches()
            ]
        return facet

    def query_pairs(self, **overrides):
        if self.is_past:
            overrides = {"zeit": PAST, **overrides}
        return super().query_pairs(**overrides)

    @cached_property
    def periods(self):
        """Links between upcoming and past meetings, keeping the filters."""
        links = []
        for key, label in PERIODS.items():
            pairs = [pair for pair in self.query_pairs() if pair[0] not in ("zeit",)]
            if key == PAST:
                pairs.append(("zeit", PAST))
            links.append(
                {
                    "label": label,
                    "url": "?" + urlencode(pairs),
                    "current": key == self.period,
                }
            )
        return links
