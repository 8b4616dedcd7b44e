"""The downloads library: every public document with filters and text search.

The documents are the kernel's `portal.PortalDocument` (its docstring says why).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.visibility import CachedViewRestrictionsMixin

__all__ = ["DownloadIndexPage"]


class DownloadIndexPage(CachedViewRestrictionsMixin, Page):
    intro = RichTextField(
        _("Einleitung"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("Steht über der Liste der Downloads."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        db_table = "portal_downloadindexpage"  # moved from the kernel, rows kept
        verbose_name = _("Downloadbibliothek")

    def get_context(self, request, *args, **kwargs):
        from downloads.listing import DocumentListing

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = DocumentListing(request, index_page=self)
        return context
