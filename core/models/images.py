"""The portal's image model: Wagtail's image with credit, licence and source.

`WAGTAILIMAGES_IMAGE_MODEL` points here. Existing databases had their images in
Wagtail's own table; core/image_move.py copies them over with their ids (see
migrations 0011-0013).
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.api import APIField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.search import index

from .fields import HttpsURLField

__all__ = ["ImageLicence", "PortalImage", "PortalRendition"]


class ImageLicence(models.TextChoices):
    ALL_RIGHTS_RESERVED = "alle-rechte-vorbehalten", _("Alle Rechte vorbehalten")
    CC_BY_4 = "cc-by-4.0", "CC BY 4.0"
    CC_BY_SA_4 = "cc-by-sa-4.0", "CC BY-SA 4.0"
    CC0 = "cc0-1.0", "CC0 1.0"


LICENCE_URLS = {
    ImageLicence.CC_BY_4: "https://creativecommons.org/licenses/by/4.0/deed.de",
    ImageLicence.CC_BY_SA_4: "https://creativecommons.org/licenses/by-sa/4.0/deed.de",
    ImageLicence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/deed.de",
}


@dataclass(frozen=True)
class CreditPart:
    text: str
    url: str = ""
    rel: str = ""
    prefix: str = ""


class PortalImage(AbstractImage):
    # Redeclared for the editors' wording: the description is the alt text.
    description = models.CharField(
        _("Bildbeschreibung (Alternativtext)"),
        max_length=255,
        blank=True,
        default="",
        help_text=_(
            "Was auf dem Bild zu sehen ist, in einem Satz. Screenreader lesen ihn "
            "vor, wo das Bild Inhalt ist; ohne Beschreibung gilt es als Schmuck."
        ),
    )
    credit = models.CharField(
        _("Urheber/Fotograf"),
        max_length=200,
        blank=True,
        help_text=_("Erscheint unter dem Bild als „Foto: …“."),
    )
    licence = models.CharField(
        _("Lizenz"),
        max_length=30,
        choices=ImageLicence.choices,
        default=ImageLicence.ALL_RIGHTS_RESERVED,
        blank=True,  # uploads by script or an older form name none
    )
    source = models.CharField(
        _("Quelle"),
        max_length=200,
        blank=True,
        help_text=_("Woher das Bild stammt, z. B. „Pressestelle der Stadt Augsburg“."),
    )
    source_url = HttpsURLField(_("Link zur Quelle"), blank=True)

    admin_form_fields = (
        *Image.admin_form_fields,
        "credit",
        "licence",
        "source",
        "source_url",
    )

    search_fields = AbstractImage.search_fields + [
        index.SearchField("credit"),
        index.SearchField("source"),
    ]

    api_fields = [
        APIField("description"),
        APIField("credit"),
        APIField("licence"),
        APIField("licence_url"),
        APIField("source"),
        APIField("source_url"),
    ]

    class Meta(AbstractImage.Meta):
        verbose_name = _("Bild")
        verbose_name_plural = _("Bilder")

    @property
    def licence_label(self):
        return self.get_licence_display()

    @property
    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")

    @property
    def credit_parts(self):
        """The pieces of the caption "Foto: … · Lizenz · Quelle: …" in order."""
        parts = []
        if self.credit:
            parts.append(CreditPart(self.credit, prefix=_("Foto: ")))
        if self.licence_url:
            parts.append(CreditPart(self.licence_label, self.licence_url, "license"))
        elif self.credit and self.licence:
            parts.append(CreditPart(self.licence_label))
        if self.source:
            parts.append(CreditPart(self.source, self.source_url, prefix=_("Quelle: ")))
        return parts

    @property
    def has_credit(self):
        """Worth a caption: a name, a source or an open licence to link."""
        return bool(self.credit_parts)


class PortalRendition(AbstractRendition):
    image = models.ForeignKey(
        PortalImage, related_name="renditions", on_delete=models.CASCADE
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
