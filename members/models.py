"""The confidential member area: meeting material only members may read."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from core.blocks import prepare_stream
from core.visibility import CachedViewRestrictionsMixin

from .blocks import MeetingBodyBlock

__all__ = ["MeetingMaterialPage", "MemberAreaPage"]


class MemberAreaPage(CachedViewRestrictionsMixin, Page):
    """Saving it restricts it to the group "Mitglieder" (see members/access.py)."""

    intro = RichTextField(
        _("Einleitung"), features=["bold", "italic", "link"], blank=True
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["members.MeetingMaterialPage"]
    max_count = 1

    class Meta:
        db_table = "portal_memberareapage"  # moved from the kernel, rows kept
        verbose_name = _("Interner Bereich")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # No .public(): everything here sits behind the area's own restriction.
        context["meetings"] = (
            MeetingMaterialPage.objects.child_of(self).live().order_by("-date")
        )
        return context


class MeetingMaterialPage(CachedViewRestrictionsMixin, Page):
    date = models.DateField(_("Datum des Treffens"), null=True, blank=True)
    place = models.CharField(_("Ort"), max_length=120, blank=True)
    intro = models.TextField(_("Einleitung"), blank=True)
    body = StreamField(MeetingBodyBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("place")]),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    parent_page_types = ["members.MemberAreaPage"]
    subpage_types = []

    class Meta:
        db_table = "portal_meetingmaterialpage"
        verbose_name = _("Material eines Netzwerktreffens")
        verbose_name_plural = _("Material der Netzwerktreffen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(prepare_stream(self.body, members_only=True))
        return context
