"""The message form: the same fields for a contact person and the office."""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.forms import (
    HONEYPOT_FIELD,
    DescribedErrorsMixin,
    HoneypotMixin,
    text_field_errors,
)

__all__ = ["CONSENT_FIELD", "MessageForm", "mailbox"]

CONSENT_FIELD = "privacy_consent"
MESSAGE_MAX_LENGTH = 5000
# Bidirectional overrides can make a text read differently than it is stored.
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _reject_controls(value, allowed=""):
    for char in value:
        if char in allowed:
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cs", "Co", "Zl", "Zp") or char in BIDI_CONTROLS:
            raise ValidationError(
                _("Bitte keine Steuer- oder Sonderzeichen verwenden."),
                code="control_characters",
            )


def single_line(value):
    _reject_controls(value)


def multi_line(value):
    _reject_controls(value, allowed="\n\r\t")


def mailbox(address):
    """One mailbox however it is written: case, spaces and a +tag ignored."""
    local, _at, domain = address.strip().lower().rpartition("@")
    return f"{local.split('+')[0]}@{domain}"


class MessageForm(DescribedErrorsMixin, HoneypotMixin, forms.Form):
    sender_name = forms.CharField(
        label=_("Ihr Name"),
        max_length=100,
        validators=[single_line],
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    sender_email = forms.EmailField(
        label=_("Ihre E-Mail-Adresse"),
        max_length=254,
        help_text=_(
            "Wir schicken Ihnen einen Link, mit dem Sie die Nachricht bestätigen. "
            "Antworten kommen direkt an diese Adresse."
        ),
        error_messages={"invalid": _("Bitte eine gültige E-Mail-Adresse angeben.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    subject = forms.CharField(
        label=_("Betreff"), max_length=150, validators=[single_line]
    )
    message = forms.CharField(
        label=_("Ihre Nachricht"),
        max_length=MESSAGE_MAX_LENGTH,
        help_text=_("Höchstens %(count)s Zeichen.") % {"count": "5.000"},
        validators=[multi_line],
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    privacy_consent = forms.BooleanField(
        label=_(
            "Ich bin einverstanden, dass meine Angaben gespeichert werden, bis die "
            "Nachricht weitergeleitet ist."
        ),
        error_messages={
            "required": _(
                "Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu; sonst können "
                "wir Ihre Nachricht nicht weiterleiten."
            )
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[CONSENT_FIELD].summary_label = _("Einwilligung")
        text_field_errors(
            self.fields[name]
            for name in ("sender_name", "sender_email", "subject", "message")
        )

    @property
    def visible_fields_in_order(self):
        hidden = {HONEYPOT_FIELD, CONSENT_FIELD}
        return [field for field in self if field.name not in hidden]

    def clean_subject(self):
        return " ".join(self.cleaned_data["subject"].split())

    def clean_sender_name(self):
        return " ".join(self.cleaned_data["sender_name"].split())
