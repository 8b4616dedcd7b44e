"""The content-type contract: one declaration per kind of content.

A content app declares each of its kinds in its `wagtail_hooks.py`:

    @hooks.register("register_content_type")
    def practice():
        return ContentType(key="practice", label=_("Praxisprofile"), model=…, …)

The kernel and the search read these declarations; neither imports a content
app. Every part is optional: a kind takes part only where it says so.
"""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

from django.db.models import Model, QuerySet
from wagtail import hooks

__all__ = [
    "AlertPart",
    "ContentType",
    "Demo",
    "Entry",
    "Generated",
    "HomeSection",
    "LibraryItem",
    "LibraryPart",
    "SearchPart",
    "Slot",
    "StructuredData",
    "TagListing",
    "content_type_for",
    "content_types",
    "declared_urlpatterns",
    "declaring",
    "tag_fields",
]


@dataclass
class Entry:
    """What the search index holds of one object."""

    key: str  # stable and unique across kinds, e.g. "page:42", "document:7"
    kind: str  # the declaring ContentType's key
    title: str
    url: str
    summary: str = ""  # teaser: weight B
    body: str = ""  # everything else worth finding: weight C
    city: str = ""  # city name, for the facet
    date: datetime.date | None = None
    tags: list[str] = field(default_factory=list)  # tag slugs
    extra: str = ""  # names and terms that should match but not show: weight D
    # The names of the tags the page shows: found like the teaser, weight B.
    tag_names: list[str] = field(default_factory=list)
    # The years the entry is about, for the "Jahr" facet (a practice's own
    # period); empty: the year of `date`.
    years: list[int] = field(default_factory=list)

    @property
    def facet_years(self):
        return self.years or ([self.date.year] if self.date else [])


def tag_fields(*tag_lists) -> dict:
    """`tags` and `tag_names` of an Entry from the tags an object shows."""
    tags = list({tag.slug: tag for tags in tag_lists for tag in tags}.values())
    return {"tags": [tag.slug for tag in tags], "tag_names": [t.name for t in tags]}


@dataclass(frozen=True)
class SearchPart:
    # An Entry, or None when the object must not be found (draft, private).
    to_entry: Callable[[Model], Entry | None]
    # Everything findable, for a full rebuild.
    all_objects: Callable[[], Iterable[Model]]


@dataclass(frozen=True)
class TagListing:
    """The kind's group on the tag pages (/schlagwort/<slug>/)."""

    entries: Callable[[object], QuerySet]  # tag -> public entries, newest first
    # () -> {tag slug: public entries}, for the overview /schlagwort/: a query
    # or two (or an index held in memory), never one per tag.
    counts: Callable[[], dict[str, int]]
    entry_template: str = "portal/tag_entries/page.html"
    # The kind's own listing filtered by the tag, if it has one.
    filter_url: Callable[[object], str] | None = None


@dataclass(frozen=True)
class HomeSection:
    """The kind's "newest" section on the home page."""

    heading: str
    link_text: str
    # The newest `limit` public entries. Where cards are kept, entries may be
    # read with `core.fragments.CARD_KEY_FIELDS` only, and their model's
    # `card_queryset()` reads the cards that are not.
    items: Callable[[int], list]
    index_url: Callable[[], str | None]
    card_template: str  # binds the entry under the kind's key
    limit: int = 3
    list_class: str = "card-list card-list--grid"
    # Cards kept per version of their page; False for cards that change with
    # the clock (registration closing, "next" meeting).
    kept_cards: bool = True


@dataclass(frozen=True)
class StructuredData:
    """schema.org JSON-LD for the kind's pages: `builder(page, request) -> dict`."""

    builder: Callable[[object, object], dict | None]
    og_type: str = "website"


@dataclass(frozen=True)
class Demo:
    """Demo content from the seed report (`manage.py load_demo_content`)."""

    load: Callable[[object], None]  # command -> None; builds the kind's pages
    # A second pass, once every kind has loaded, for links across kinds.
    finish: Callable[[object], None] | None = None
    # (username, description, group names) for `--with-users`.
    accounts: tuple[tuple[str, str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class Generated:
    """Bulk content for load tests (`manage.py generate_content --<option> N`).

    `generate(gen, count, made)` receives what earlier kinds made, by option
    name, and returns what later kinds may build on.
    """

    option: str  # e.g. "practices"
    label: str  # German plural for the summary line
    default: int
    generate: Callable[[object, int, dict], object]
    # Options whose count must not be 0 when this one's is not.
    requires: tuple[str, ...] = ()


@dataclass(frozen=True)
class Slot:
    """A template one app contributes to another app's page, e.g. the
    practice page's aside listing the dossiers that embed it."""

    page_model: str  # "app_label.ModelName"
    name: str
    template: str  # rendered with `page`


@dataclass(frozen=True)
class LibraryItem:
    """A file a kind adds to the downloads library, e.g. a dossier's PDF."""

    contributed = True  # tells the library's card from its own documents

    key: str  # unique across kinds, e.g. "dossier:12"
    title: str
    url: str  # the file itself
    format_label: str  # e.g. "PDF"
    file_size: int | None
    document_type: str  # a core.models.DocumentType value, for the "Art" filter
    kind_label: str  # above the title, e.g. "Themendossier 3"
    year: int | None = None
    date: datetime.date | None = None  # for the newest-first order
    description: str = ""
    tags: tuple = ()  # core.models.Tag objects, for the "Schlagwort" filter
    page_url: str = ""  # the page the file belongs to
    page_link_text: str = ""  # e.g. "Zum Themendossier"
    # The library document it stands for (an uploaded PDF), listed once only.
    document_id: int | None = None


@dataclass(frozen=True)
class LibraryPart:
    """The kind's files in the downloads library, beside its own documents."""

    items: Callable[[], Iterable[LibraryItem]]  # every public file


def _nothing(page):
    return ()


@dataclass(frozen=True)
class AlertPart:
    """New public items of the kind go out by email to matching subscribers
    (`/benachrichtigungen/`)."""

    tags: Callable[[Model], Iterable] = _nothing  # core.Tag: approaches and topics
    cities: Callable[[Model], Iterable] = _nothing  # core.City


@dataclass(frozen=True)
class ContentType:
    key: str  # also the search kind, e.g. "practice"
    label: str  # German plural, e.g. "Praxisprofile"
    singular: str  # German singular, e.g. "Praxisprofil": for one entry
    model: type[Model]
    order: int = 100
    search: SearchPart | None = None
    tag_listing: TagListing | None = None
    home: HomeSection | None = None
    feed: type | None = None  # a core.feeds.ContentFeed subclass
    structured_data: StructuredData | None = None
    key_figures: tuple = ()  # core.figures.KeyFigure
    charts: tuple = ()  # core.figures.Chart
    demo: Demo | None = None
    generated: tuple[Generated, ...] = ()
    # Models visitors write (orders, form submissions): saving them must not
    # empty the page cache. "app_label.modelname".
    visitor_written: tuple[str, ...] = ()
    stylesheets: tuple[str, ...] = ()  # static paths, loaded in every page head
    slots: tuple[Slot, ...] = ()
    library: LibraryPart | None = None
    # SnippetViewSets of the kind's vocabularies, shown in the admin's
    # "Netzwerk" menu beside cities, people and tags.
    snippets: tuple[type, ...] = ()
    # URL paths robots.txt disallows: request -> paths. Prefixes only, never
    # single private pages (that would publish their addresses).
    robots_disallow: Callable[[object], Iterable[str]] | None = None
    # Where the members' login leads without a `next`: request -> URL or None.
    # The first kind that answers wins; else the home page.
    login_redirect: Callable[[object], str | None] | None = None
    # Addresses the kind serves beside its pages (forms, files): () -> Django
    # URL patterns, mounted at the site's root ahead of Wagtail's pages.
    urls: Callable[[], list] | None = None
    # Subscribers may follow the kind's new items by email.
    alerts: AlertPart | None = None


@cache
def content_types() -> tuple[ContentType, ...]:
    """Every declared kind, in their order (hooks are read once per process)."""
    declared = []
    for hook in hooks.get_hooks("register_content_type"):
        declared.append(hook())
    keys = [content_type.key for content_type in declared]
    duplicates = {key for key in keys if keys.count(key) > 1}
    if duplicates:
        raise ValueError(f"Content types declared twice: {sorted(duplicates)}")
    return tuple(sorted(declared, key=lambda content_type: content_type.order))


def declaring(part: str) -> list[ContentType]:
    """The kinds that declare `part` (e.g. "search", "home")."""
    return [
        content_type for content_type in content_types() if getattr(content_type, part)
    ]


def content_type_for(model) -> ContentType | None:
    """The kind declared for `model` or one of its base classes."""
    for content_type in content_types():
        if issubclass(model, content_type.model):
            return content_type
    return None


def declared_urlpatterns() -> list:
    """The URL patterns of every kind that declares `urls`, in their order."""
    return [pattern for kind in declaring("urls") for pattern in kind.urls()]
