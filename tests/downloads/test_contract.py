"""What the downloads app declares through the content-type contract."""

from core import cache
from core.contract import content_type_for
from core.models import PortalDocument
from downloads.models import DownloadIndexPage
from search.registry import source_for_model


def test_documents_are_the_download_kind_and_searchable():
    assert content_type_for(PortalDocument).key == "document"
    assert source_for_model(PortalDocument).kind == "document"


def test_the_library_page_is_a_kind_the_page_cache_watches():
    # Like every content app's pages, not only through the search's re-indexing.
    assert content_type_for(DownloadIndexPage).key == "library"
    assert cache._is_watched(DownloadIndexPage)
    assert source_for_model(DownloadIndexPage) is None
