from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.feeds import ContentFeed

from .home import meeting_index_url
from .models import MeetingPage


class MeetingFeed(ContentFeed):
    key = "veranstaltungen"
    label = _("Veranstaltungen")
    city_label = _("%(label)s mit %(city)s")
    order = 35

    model = MeetingPage

    def for_tag(self, queryset, tag):
        return queryset.filter(Q(tagged_items__tag=tag) | Q(approaches=tag)).distinct()

    def for_city(self, queryset, city):
        """Meetings the city takes part in."""
        return queryset.filter(cities=city).distinct()

    def index_url(self):
        return meeting_index_url() or "/"
