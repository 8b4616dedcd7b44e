from .changes import PageChange
from .documents import DocumentType, PortalDocument, TaggedDocument
from .fields import HttpsURLField
from .images import ImageLicence, PortalImage, PortalRendition
from .pages import HomePage, StandardPage
from .settings import PortalSettings
from .snippets import City, FederalState, Person
from .tags import Tag, TopicsMixin

__all__ = [
    "City",
    "DocumentType",
    "FederalState",
    "HomePage",
    "HttpsURLField",
    "ImageLicence",
    "Person",
    "PageChange",
    "PortalDocument",
    "PortalImage",
    "PortalRendition",
    "PortalSettings",
    "StandardPage",
    "Tag",
    "TopicsMixin",
    "TaggedDocument",
]
