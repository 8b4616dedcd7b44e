from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.admin.rich_text.converters.html_to_contentstate import (
    InlineStyleElementHandler,
)
from wagtail.admin.rich_text.editors.draftail import features as draftail_features
from wagtail.admin.ui.tables import Column
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.views import chooser as snippet_choosers
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.admin_access import confine_page_chooser, may_publish_pages
from core.cache import LISTINGS, depend, forget, page_tags
from core.contract import (
    ContentType,
    Demo,
    SearchPart,
    StructuredData,
    declaring,
)
from core.guide import GuideSection, editor_guide
from core.models import City, Person, Tag
from core.people import PersonForm, PersonPermissionPolicy
from core.releases import RELEASE_ACTION, can_release

register_permission_policy(Person, PersonPermissionPolicy(Person))

# Wagtail's dashboard panels about pages, for users who may edit pages.
PAGE_PANELS = (
    "workflow_objects_to_moderate",
    "user_objects_in_workflow_moderation",
    "recent_edits",
    "locked_pages",
)


class CityViewSet(SnippetViewSet):
    model = City
    icon = "site"
    menu_label = _("Mitgliedskommunen")
    list_display = ["name", "federal_state", "population", "member_since"]
    list_filter = ["federal_state"]
    search_fields = ["name"]
    ordering = ["name"]


class PersonChooserMixin:
    """The person chooser as editors read it: "Person auswählen", then name,
    role and city, so two people of the same name stay apart."""

    page_title = _("Person auswählen")  # Wagtail's reads "Auswählen Person"
    page_subtitle = ""

    @property
    def columns(self):
        name, *rest = super().columns
        name.label = _("Name")
        return [
            name,
            Column("role", label=_("Funktion")),
            Column(
                "city",
                label=_("Kommune"),
                accessor=lambda person: person.city.name if person.city else "",
            ),
            *rest,
        ]

    def get_object_list(self):
        return super().get_object_list().select_related("city")


class PersonChooseView(PersonChooserMixin, snippet_choosers.ChooseView):
    pass


class PersonChooseResultsView(PersonChooserMixin, snippet_choosers.ChooseResultsView):
    pass


class PersonChooserViewSet(snippet_choosers.SnippetChooserViewSet):
    page_title = PersonChooserMixin.page_title
    choose_view_class = PersonChooseView
    choose_results_view_class = PersonChooseResultsView


def people_for(request):
    """The people a user may keep; city editors only their city's."""
    policy = policy_registry.get_by_type(Person)
    return policy.instances_user_has_any_permission_for(
        request.user, ["change", "delete", "view"]
    )


class PeopleOfUserMixin:
    """Another city's person is not found (404), even by its address."""

    def get_queryset(self):
        return people_for(self.request)


class PersonOfUserMixin:
    """The same for history and usage, whose get_queryset lists their rows."""

    def get_base_object_queryset(self):
        return people_for(self.request)


class PersonEditView(PeopleOfUserMixin, snippet_views.EditView):
    pass


class PersonDeleteView(PeopleOfUserMixin, snippet_views.DeleteView):
    pass


class PersonHistoryView(PersonOfUserMixin, snippet_views.HistoryView):
    pass


class PersonUsageView(PersonOfUserMixin, snippet_views.UsageView):
    pass


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    chooser_viewset_class = PersonChooserViewSet
    edit_view_class = PersonEditView
    delete_view_class = PersonDeleteView
    history_view_class = PersonHistoryView
    usage_view_class = PersonUsageView
    menu_label = _("Personen")
    edit_handler = ObjectList(Person.panels, base_form_class=PersonForm)
    list_display = ["name", "role", "city"]
    list_filter = ["city"]
    search_fields = ["name", "role", "organisation"]

    def get_queryset(self, request):
        return people_for(request)


class TagViewSet(SnippetViewSet):
    model = Tag
    icon = "tag"
    menu_label = _("Schlagwörter")
    list_display = ["name", "kind", "slug"]
    list_filter = ["kind"]
    search_fields = ["name"]


class NetworkViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Netzwerk")
    menu_icon = "group"
    menu_order = 250

    def __init__(self):
        # Content apps add their vocabularies here, e.g. the kinds of reports.
        self.items = (CityViewSet, PersonViewSet, TagViewSet) + tuple(
            viewset
            for content_type in declaring("snippets")
            for viewset in content_type.snippets
        )
        super().__init__()


@hooks.register("register_admin_viewset")
def register_network_snippets():
    # A hook, not register_snippet(): every app's declarations are read by then.
    return NetworkViewSetGroup()


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


@hooks.register("register_log_actions")
def register_release_log_action(actions):
    actions.register_action(RELEASE_ACTION, _("Freigeben"), _("Freigegeben"))


@hooks.register("before_serve_document")
def refuse_unreleased_document(document, request):
    """Editors may open an upload before its release; nobody else finds it."""
    if document.is_released or can_release(request.user):
        return None
    policy = policy_registry.get_by_type(type(document))
    if policy.user_has_any_permission_for_instance(
        request.user, ["change", "choose"], document
    ):
        return None
    raise Http404


@hooks.register("construct_page_chooser_queryset")
def confine_page_chooser_to_visible_pages(pages, request):
    return confine_page_chooser(pages, request.user)


@hooks.register("construct_main_menu")
def rename_reports_menu(request, menu_items):
    # Wagtail's "Berichte" would read like the portal's network reports.
    for item in menu_items:
        if item.name == "reports":
            item.label = _("Auswertungen")


@hooks.register("construct_reports_menu")
def hide_page_types_report(request, menu_items):
    if not may_publish_pages(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]


@hooks.register("register_admin_urls")
def register_editor_guide_url():
    return [path("anleitung/", editor_guide, name="editor_guide")]


@hooks.register("construct_help_menu")
def point_help_to_the_editor_guide(request, menu_items):
    """ "Hilfe" leads to the portal's own guide instead of Wagtail's English one;
    Wagtail's release notes are of no use to the portal's editors."""
    guide = MenuItem(
        _("Anleitung für Redaktionen"),
        reverse("editor_guide"),
        name="editor-guide",
        icon_name="help",
        order=1100,
    )
    menu_items[:] = [
        guide if item.name == "editor-guide" else item
        for item in menu_items
        if not item.name.startswith("whats-new-in-wagtail")
    ]


@hooks.register("register_editor_guide_section")
def people_guide():
    return GuideSection(
        "kommunalredaktion",
        "personen-pflegen",
        _("Personen pflegen"),
        "portal/admin/guide/people.html",
        order=40,
    )


@hooks.register("register_editor_guide_section")
def tags_guide():
    return GuideSection(
        "netzwerkredaktion",
        "schlagwoerter",
        _("Schlagwörter"),
        "portal/admin/guide/tags.html",
        order=40,
    )


@hooks.register("register_content_type")
def home_page():
    from core import demo, figures, structured_data
    from core.models import HomePage

    return ContentType(
        key="home",
        label=_("Startseite"),
        singular=_("Startseite"),
        model=HomePage,
        order=0,
        structured_data=StructuredData(structured_data.home_data),
        key_figures=figures.KEY_FIGURES,
        demo=Demo(load=demo.load),
    )


@hooks.register("register_content_type")
def standard_page():
    from core import search
    from core.models import StandardPage

    return ContentType(
        key="page",
        label=_("Seiten"),
        singular=_("Seite"),
        model=StandardPage,
        order=90,
        search=SearchPart(search.standard_page_entry, search.all_standard_pages),
    )


@hooks.register("construct_homepage_panels")
def drop_page_panels_without_page_rights(request, panels):
    # The dispatch team edits no pages: recent edits, locks and reviews are noise.
    if not user_has_any_page_permission(request.user):
        panels[:] = [panel for panel in panels if panel.name not in PAGE_PANELS]


@hooks.register("before_serve_page")
def record_page_dependencies(page, request, serve_args, serve_kwargs):
    """The page cache keeps a page until it, an ancestor or what it shows changes."""
    depend(*page_tags(page))
    if not getattr(page, "shows_listings", True):
        forget(LISTINGS)
