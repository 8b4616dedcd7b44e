from abc import ABC, abstractmethod
from dataclasses import dataclass, field


@dataclass
class RawHit:
    key: str
    kind: str
    title: str
    url: str
    summary: str
    body: str
    city: str
    date: object
    tags: list[str] = field(default_factory=list)


@dataclass
class RawResults:
    hits: list[RawHit]
    total: int
    facets: dict[str, dict]  # dimension -> {value: count}


class SearchBackend(ABC):
    """What the service needs from an engine; lexemes always come from Python."""

    name = "base"

    @abstractmethod
    def index_entries(self, entries): ...

    @abstractmethod
    def delete_keys(self, keys): ...

    @abstractmethod
    def clear(self): ...

    @abstractmethod
    def rebuild(self, batches):
        """Replace the whole index with `batches` of entries, readers unaffected."""

    @abstractmethod
    def search(self, parsed, filters, sort, offset, limit) -> RawResults: ...

    @abstractmethod
    def count(self, parsed, filters): ...

    @abstractmethod
    def ranked_keys(self, parsed, filters, limit) -> list[str]:
        """Keys of the first `limit` matches, most relevant first."""

    @abstractmethod
    def autocomplete(self, prefix, limit) -> list[tuple[str, str]]: ...

    @abstractmethod
    def check(self):
        """Raise if the engine cannot answer queries (for /healthz)."""
