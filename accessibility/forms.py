"""The barrier report form, and the checks on uploaded videos and captions."""

import unicodedata

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtailmedia.forms import BaseMediaForm

from core.forms import (
    HONEYPOT_FIELD,
    DescribedErrorsMixin,
    HoneypotMixin,
    text_field_errors,
)

__all__ = ["BarrierReportForm", "VideoForm"]

CAPTIONS_MAX_SIZE = 1024 * 1024
# Bidirectional overrides can make a text read differently than it is stored.
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _reject_controls(value, allowed=""):
    for char in value:
        if char in allowed:
            continue
        if unicodedata.category(char) in ("Cc", "Cs", "Co", "Zl", "Zp") or (
            char in BIDI_CONTROLS
        ):
            raise ValidationError(
                _("Bitte keine Steuer- oder Sonderzeichen verwenden."),
                code="control_characters",
            )


def single_line(value):
    _reject_controls(value)


def multi_line(value):
    _reject_controls(value, allowed="\n\r\t")


class BarrierReportForm(DescribedErrorsMixin, HoneypotMixin, forms.Form):
    page_reference = forms.CharField(
        label=_("Auf welcher Seite ist die Barriere?"),
        max_length=300,
        validators=[single_line],
        help_text=_("Die Adresse (z. B. /praxis/) oder der Titel der Seite."),
    )
    description = forms.CharField(
        label=_("Was ist das Problem?"),
        max_length=5000,
        validators=[multi_line],
        help_text=_(
            "Beschreiben Sie, was nicht funktioniert und womit Sie die Seite "
            "nutzen (z. B. Screenreader, Tastatur, Vergrößerung). Höchstens "
            "5.000 Zeichen."
        ),
        widget=forms.Textarea(attrs={"rows": 7}),
    )
    contact_name = forms.CharField(
        label=_("Ihr Name (freiwillig)"),
        max_length=100,
        required=False,
        validators=[single_line],
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    contact_email = forms.EmailField(
        label=_("Ihre E-Mail-Adresse (freiwillig)"),
        max_length=254,
        required=False,
        help_text=_("Nur wenn Sie eine Antwort möchten."),
        error_messages={"invalid": _("Bitte eine gültige E-Mail-Adresse angeben.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        text_field_errors(self.fields.values())

    @property
    def visible_fields_in_order(self):
        return [field for field in self if field.name != HONEYPOT_FIELD]

    def clean_page_reference(self):
        return " ".join(self.cleaned_data["page_reference"].split())

    def clean_contact_name(self):
        return " ".join(self.cleaned_data["contact_name"].split())


def _starts_like_video(head, extension):
    if extension == "webm":
        return head.startswith(b"\x1a\x45\xdf\xa3")  # EBML header
    return head[4:8] == b"ftyp"  # ISO base media file (MP4)


class VideoForm(BaseMediaForm):
    """wagtailmedia's form, taking only real MP4/WebM videos and WebVTT files."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload or not hasattr(upload, "content_type"):
            return upload  # unchanged on edit
        if self.instance.type != "video":
            raise ValidationError(_("Hier können nur Videos hochgeladen werden."))
        if upload.size > settings.VIDEO_MAX_UPLOAD_SIZE:
            raise ValidationError(
                _("Das Video ist zu groß (höchstens %(size)s).")
                % {"size": filesizeformat(settings.VIDEO_MAX_UPLOAD_SIZE)}
            )
        extension = upload.name.rsplit(".", 1)[-1].lower()
        upload.seek(0)
        head = upload.read(16)
        upload.seek(0)
        if extension not in ("mp4", "webm") or not _starts_like_video(head, extension):
            raise ValidationError(
                _("Bitte ein Video im Format MP4 oder WebM hochladen.")
            )
        return upload

    def clean_captions(self):
        upload = self.cleaned_data.get("captions")
        if not upload or not hasattr(upload, "content_type"):
            return upload
        if not upload.name.lower().endswith(".vtt") or upload.size > CAPTIONS_MAX_SIZE:
            raise ValidationError(
                _("Bitte eine WebVTT-Datei (.vtt) bis 1 MB hochladen.")
            )
        upload.seek(0)
        content = upload.read()
        upload.seek(0)
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError(
                _("Die Untertiteldatei muss in UTF-8 gespeichert sein.")
            ) from None
        if not text.startswith("WEBVTT"):
            raise ValidationError(
                _("Die Datei ist keine WebVTT-Datei (sie beginnt nicht mit „WEBVTT“).")
            )
        return upload
