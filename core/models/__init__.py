from .articles import ArticleIndexPage, ArticleKind, ArticlePage, TaggedArticle
from .documents import DocumentType, PortalDocument, TaggedDocument
from .forms import FormPage, FormPageField
from .members import MeetingMaterialPage, MemberAreaPage
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
    "FormPage",
    "FormPageField",
    "HomePage",
    "MeetingMaterialPage",
    "MemberAreaPage",
    "Person",
    "PortalDocument",
    "PortalSettings",
    "StandardPage",
    "Tag",
    "TaggedArticle",
    "TaggedDocument",
]
