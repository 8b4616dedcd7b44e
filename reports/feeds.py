from django.utils.translation import gettext_lazy as _

from core.feeds import ContentFeed

from .home import article_index_url
from .models import ArticlePage


class ArticleFeed(ContentFeed):
    key = "berichte"
    label = _("Berichte")
    city_label = _("%(label)s von Treffen in %(city)s")
    order = 30

    model = ArticlePage

    def for_tag(self, queryset, tag):
        return queryset.filter(tagged_items__tag=tag).distinct()

    def for_city(self, queryset, city):
        """Reports of meetings held in the city."""
        return queryset.filter(place__iexact=city.name)

    def index_url(self):
        return article_index_url() or "/"
