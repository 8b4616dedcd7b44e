from django.db.models import Q
from django.utils.feedgenerator import Enclosure
from django.utils.translation import gettext_lazy as _

from core.feeds import ContentFeed
from practices.models import PracticePage

from .models import DossierPage


class DossierFeed(ContentFeed):
    key = "themendossiers"
    label = _("Themendossiers")
    city_label = _("%(label)s mit Praxis aus %(city)s")
    order = 20

    model = DossierPage
    select_related = ("pdf_document__collection", "generated_pdf")
    prefetch_related = ("tagged_items__tag", "approaches")

    def for_tag(self, queryset, tag):
        return queryset.filter(Q(approaches=tag) | Q(tagged_items__tag=tag)).distinct()

    def for_city(self, queryset, city):
        """Dossiers that embed a practice of the city readers may see."""
        practices = PracticePage.objects.live().public().filter(city=city)
        return queryset.filter(practice_links__practice__in=practices).distinct()

    def index_url(self):
        from dossiers.home import dossier_index_url

        return dossier_index_url() or "/"

    def item_title(self, item):
        return item.full_title

    def item_enclosures(self, item):
        download = item.download
        if download is None or not download.size:
            return []
        url = self.absolute(download.url)
        return [Enclosure(url, str(download.size), "application/pdf")]

    def item_categories(self, item):
        return [tag.name for tag in item.approaches.all()] + super().item_categories(
            item
        )
