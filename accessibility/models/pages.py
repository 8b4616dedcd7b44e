"""Pages in Leichte Sprache and in Deutsche Gebärdensprache (BITV 2.0 Anlage 2),
and the accessibility statement with its feedback form."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BaseContentBlock, prepare_stream
from core.models import HttpsURLField, PortalSettings
from core.visibility import CachedViewRestrictionsMixin, public_pages_q

from ..blocks import EasyLanguageBlock, SignLanguageBlock

__all__ = ["AccessibilityStatementPage", "EasyLanguagePage", "SignLanguagePage"]

ARBITRATION_BODY = (
    "Schlichtungsstelle BGG bei dem Beauftragten der Bundesregierung für die "
    "Belange von Menschen mit Behinderungen\n"
    "Mauerstraße 53\n"
    "10117 Berlin"
)
ARBITRATION_URL = "https://www.schlichtungsstelle-bgg.de/"


class EasyLanguagePage(CachedViewRestrictionsMixin, Page):
    """A text in Leichte Sprache: short sentences, one a line, words explained."""

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        max_length=400,
        help_text=_("Ein bis drei kurze Sätze, je Satz eine Zeile."),
    )
    body = StreamField(EasyLanguageBlock(), verbose_name=_("Inhalt"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["portal.HomePage", "accessibility.EasyLanguagePage"]
    subpage_types = ["accessibility.EasyLanguagePage"]

    class Meta:
        verbose_name = _("Seite in Leichter Sprache")
        verbose_name_plural = _("Seiten in Leichter Sprache")

    def intro_lines(self):
        return [line.strip() for line in self.intro.splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prepare_stream(self.body)
        context["more_pages"] = (
            self.get_children().live().filter(public_pages_q()).specific()
        )
        parent = self.get_parent().specific
        context["easy_parent"] = (
            parent if isinstance(parent, EasyLanguagePage) else None
        )
        return context


class SignLanguagePage(CachedViewRestrictionsMixin, Page):
    """Videos in Deutsche Gebärdensprache, each with its full text below."""

    intro = RichTextField(
        _("Einleitung"),
        features=["bold", "italic", "link"],
        blank=True,
    )
    notice = models.TextField(
        _("Hinweis"),
        blank=True,
        max_length=600,
        help_text=_(
            "Erscheint hervorgehoben über den Videos, z. B. wenn Videos noch folgen."
        ),
    )
    body = StreamField(SignLanguageBlock(), verbose_name=_("Videos"))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("notice"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["portal.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Seite in Gebärdensprache")
        verbose_name_plural = _("Seiten in Gebärdensprache")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prepare_stream(self.body)
        return context


class AccessibilityStatementPage(CachedViewRestrictionsMixin, Page):
    """The accessibility statement (EU model), its feedback form and the
    arbitration body. "Stand" is the date of the last publication: publishing
    is the network editors' review."""

    intro = models.TextField(_("Einleitung"), blank=True)
    body = StreamField(BaseContentBlock(), verbose_name=_("Inhalt"), blank=True)
    feedback_intro = RichTextField(
        _("Text über dem Meldeformular"),
        features=["bold", "italic", "link"],
        blank=True,
    )
    arbitration_body = models.TextField(
        _("Schlichtungsstelle: Name und Anschrift"),
        default=ARBITRATION_BODY,
        max_length=600,
        help_text=_("Eine Zeile je Zeile der Anschrift."),
    )
    arbitration_url = HttpsURLField(
        _("Schlichtungsstelle: Website"), default=ARBITRATION_URL
    )
    arbitration_text = RichTextField(
        _("Schlichtungsverfahren: Erläuterung"),
        features=["bold", "italic", "link"],
        blank=True,
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("feedback_intro"),
        MultiFieldPanel(
            [
                FieldPanel("arbitration_text"),
                FieldPanel("arbitration_body"),
                FieldPanel("arbitration_url"),
            ],
            heading=_("Schlichtungsverfahren nach § 16 BGG"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("Erklärung zur Barrierefreiheit")
        verbose_name_plural = _("Erklärungen zur Barrierefreiheit")

    @property
    def arbitration_url_label(self):
        """The address as people write it: without scheme and trailing slash."""
        label = self.arbitration_url.split("://", 1)[-1]
        return label.rstrip("/")

    @property
    def reviewed_on(self):
        """The "Stand": the last publication, i.e. the last review."""
        published = self.last_published_at or self.first_published_at
        return timezone.localdate(published) if published else None

    def get_context(self, request, *args, **kwargs):
        # The form holds a CSRF token, so the page cache never stores this page.
        from ..forms import BarrierReportForm

        context = super().get_context(request, *args, **kwargs)
        prepare_stream(self.body)
        context["form"] = BarrierReportForm(initial=_initial_page(request))
        privacy = PortalSettings.for_request(request).privacy_page
        context["privacy"] = privacy if privacy and privacy.live else None
        context["retention_days"] = settings.BARRIER_REPORT_RETENTION_DAYS
        return context


def _initial_page(request):
    # "?seite=/praxis/…" from a link elsewhere fills in the page concerned.
    reference = request.GET.get("seite", "")[:300]
    return {"page_reference": reference} if reference.startswith("/") else {}
