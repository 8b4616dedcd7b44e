from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Page, Site

from core.visibility import public_pages_q

__all__ = ["PortalSettings"]


@register_setting(icon="cog")
class PortalSettings(BaseSiteSetting):
    """Values editors change without a deployment."""

    tagline = models.CharField(
        _("Untertitel"),
        max_length=160,
        default="Gute Praxis kommunaler Bildungsplanung",
        help_text=_("Steht im Kopf unter dem Namen des Portals."),
    )
    publisher = models.CharField(
        _("Herausgeber"),
        max_length=200,
        default="Transferagentur für Großstädte",
    )
    contact_email = models.EmailField(
        _("Kontakt-E-Mail"),
        blank=True,
        help_text=_("Öffentliche Adresse für Fragen zum Netzwerk."),
    )
    notification_email = models.EmailField(
        _("E-Mail für Benachrichtigungen"),
        blank=True,
        help_text=_("Hierhin gehen Bestellungen und Formulareingänge."),
    )
    imprint_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Impressum"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Datenschutzerklärung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Erklärung zur Barrierefreiheit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    easy_language_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Leichte Sprache"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Die Einstiegsseite in Leichter Sprache."),
    )
    sign_language_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Gebärdensprache"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Die Seite mit Videos in Deutscher Gebärdensprache."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("tagline"), FieldPanel("publisher")], heading=_("Portal")
        ),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("notification_email")],
            heading=_("E-Mail"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("imprint_page"),
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
            ],
            heading=_("Pflichtseiten im Fußbereich"),
        ),
        MultiFieldPanel(
            [FieldPanel("easy_language_page"), FieldPanel("sign_language_page")],
            heading=_("Barrierefreie Zugänge im Kopfbereich (BITV 2.0)"),
        ),
    ]

    class Meta:
        verbose_name = _("Portal-Einstellungen")

    def footer_pages(self):
        ids = [self.imprint_page_id, self.privacy_page_id, self.accessibility_page_id]
        pages = (
            Page.objects.live()
            .filter(public_pages_q())
            .in_bulk([pk for pk in ids if pk])
        )
        return [pages[pk] for pk in ids if pk in pages]

    def access_pages(self):
        """(key, page) of the header's entry points that are live and public."""
        ids = {
            "easy_language": self.easy_language_page_id,
            "sign_language": self.sign_language_page_id,
        }
        pages = (
            Page.objects.live()
            .filter(public_pages_q())
            .in_bulk([pk for pk in ids.values() if pk])
        )
        return [(key, pages[pk]) for key, pk in ids.items() if pk in pages]

    @classmethod
    def for_site(cls, site):
        """The site's settings, unsaved defaults until an editor saves them.

        Wagtail creates the row on the first read; on a visitor's request that
        write would renew the global content version and so every cached value.
        """
        if site is None:
            raise cls.DoesNotExist(f"{cls.__name__} does not exist for site None.")
        return cls.base_queryset().filter(site=site).first() or cls(site=site)

    @classmethod
    def for_default_site(cls):
        """The settings where no request names a site (tasks, PDFs); None
        before a site exists."""
        site = Site.objects.filter(is_default_site=True).first()
        return cls.for_site(site) if site else None
