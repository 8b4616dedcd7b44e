from axes.models import AccessAttempt
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.rich_text.converters.html_to_contentstate import (
    InlineStyleElementHandler,
)
from wagtail.admin.rich_text.editors.draftail import features as draftail_features
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal import twofactor
from portal.lockouts import LockoutPermissionPolicy, LockoutViewSet
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


@hooks.register("register_rich_text_features")
def register_english_passage(features):
    """An "EN" button marks English words, so screen readers pronounce them right.

    BITV 2.0 / WCAG 3.1.2: passages in another language carry their own lang.
    """
    style = "LANG_EN"
    features.register_editor_plugin(
        "draftail",
        "lang-en",
        draftail_features.InlineStyleFeature(
            {
                "type": style,
                "label": "EN",
                "description": _("Englischer Ausdruck (für Vorlesesoftware)"),
                "style": {"textDecoration": "underline dotted"},
            }
        ),
    )
    features.register_converter_rule(
        "contentstate",
        "lang-en",
        {
            "from_database_format": {
                'span[lang="en"]': InlineStyleElementHandler(style)
            },
            "to_database_format": {
                "style_map": {style: {"element": "span", "props": {"lang": "en"}}}
            },
        },
    )


register_permission_policy(AccessAttempt, LockoutPermissionPolicy(AccessAttempt))


@hooks.register("register_admin_viewset")
def register_lockout_viewset():
    return LockoutViewSet()


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return twofactor.urlpatterns


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("two_factor_setup"),
        "label": _("Zwei-Faktor-Anmeldung"),
        "help_text": _("Zusätzlich zum Passwort einen Code aus einer App abfragen."),
    }
