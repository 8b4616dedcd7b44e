from .documents import DocumentType, PortalDocument, TaggedDocument
from .pages import HomePage, StandardPage
from .settings import PortalSettings
from .snippets import City, FederalState, Person
from .tags import Tag, TopicsMixin

__all__ = [
    "City",
    "DocumentType",
    "FederalState",
    "HomePage",
    "Person",
    "PortalDocument",
    "PortalSettings",
    "StandardPage",
    "Tag",
    "TopicsMixin",
    "TaggedDocument",
]
