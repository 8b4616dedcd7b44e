from .articles import ArticleIndexPage, ArticleKind, ArticlePage, TaggedArticle
from .documents import DocumentType, PortalDocument, TaggedDocument
from .pages import HomePage, StandardPage
from .settings import PortalSettings
from .snippets import City, FederalState, Person
from .tags import Tag

__all__ = [
    "ArticleIndexPage",
    "ArticleKind",
    "ArticlePage",
    "City",
    "DocumentType",
    "FederalState",
    "HomePage",
    "Person",
    "PortalDocument",
    "PortalSettings",
    "StandardPage",
    "Tag",
    "TaggedArticle",
    "TaggedDocument",
]
