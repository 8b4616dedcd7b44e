from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.feeds import ContentFeed

from .models import PracticePage


class PracticeFeed(ContentFeed):
    key = "praxisprofile"
    label = _("Praxisprofile")
    order = 10

    model = PracticePage
    select_related = ("city",)
    prefetch_related = ("tagged_items__tag", "approaches")

    def for_tag(self, queryset, tag):
        return queryset.filter(Q(approaches=tag) | Q(tagged_items__tag=tag)).distinct()

    def for_city(self, queryset, city):
        return queryset.filter(city=city)

    def index_url(self):
        from practices.home import practice_index_url

        return practice_index_url() or "/"

    def item_title(self, item):
        return f"{item.title} ({item.city.name})" if item.city else item.title

    def item_categories(self, item):
        return [tag.name for tag in item.approaches.all()] + super().item_categories(
            item
        )
