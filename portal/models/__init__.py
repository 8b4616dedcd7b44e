from .pages import HomePage, StandardPage
from .settings import PortalSettings
from .snippets import City, FederalState, Person
from .tags import Tag

__all__ = [
    "City",
    "FederalState",
    "HomePage",
    "Person",
    "PortalSettings",
    "StandardPage",
    "Tag",
]
