from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.models import ArticleKind, City, Person, Tag


class CityViewSet(SnippetViewSet):
    model = City
    icon = "site"
    menu_label = _("Mitgliedskommunen")
    list_display = ["name", "federal_state", "population", "member_since"]
    list_filter = ["federal_state"]
    search_fields = ["name"]
    ordering = ["name"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("Personen")
    list_display = ["name", "role", "city"]
    list_filter = ["city"]
    search_fields = ["name", "role", "organisation"]


class TagViewSet(SnippetViewSet):
    model = Tag
    icon = "tag"
    menu_label = _("Schlagwörter")
    list_display = ["name", "kind", "slug"]
    list_filter = ["kind"]
    search_fields = ["name"]


class ArticleKindViewSet(SnippetViewSet):
    model = ArticleKind
    icon = "list-ul"
    menu_label = _("Beitragsarten")
    list_display = ["name", "slug"]
    search_fields = ["name"]


class NetworkViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Netzwerk")
    menu_icon = "group"
    menu_order = 250
    items = (CityViewSet, PersonViewSet, TagViewSet, ArticleKindViewSet)


register_snippet(NetworkViewSetGroup)
