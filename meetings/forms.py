"""The registration form: no account needed, consent required."""

from django import forms
from django.utils.translation import gettext_lazy as _

from contacts.forms import multi_line, single_line
from core.forms import (
    HONEYPOT_FIELD,
    DescribedErrorsMixin,
    HoneypotMixin,
    text_field_errors,
)

__all__ = ["CONSENT_FIELD", "RegistrationForm"]

CONSENT_FIELD = "privacy_consent"


class RegistrationForm(DescribedErrorsMixin, HoneypotMixin, forms.Form):
    name = forms.CharField(
        label=_("Ihr Name"),
        max_length=100,
        validators=[single_line],
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=160,
        validators=[single_line],
        help_text=_("z. B. Amt, Träger oder Hochschule."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    city = forms.CharField(
        label=_("Kommune"),
        max_length=100,
        validators=[single_line],
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
    )
    email = forms.EmailField(
        label=_("Ihre E-Mail-Adresse"),
        max_length=254,
        help_text=_(
            "Wir schicken Ihnen einen Link, mit dem Sie die Anmeldung bestätigen."
        ),
        error_messages={"invalid": _("Bitte eine gültige E-Mail-Adresse angeben.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    accessibility_needs = forms.CharField(
        label=_("Bedarfe zur Barrierefreiheit (freiwillig)"),
        max_length=1000,
        required=False,
        validators=[multi_line],
        help_text=_(
            "z. B. Gebärdensprachdolmetschung, Schriftdolmetschung, stufenloser "
            "Zugang. Höchstens 1.000 Zeichen."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    privacy_consent = forms.BooleanField(
        label=_(
            "Ich bin einverstanden, dass meine Angaben für die Organisation der "
            "Veranstaltung gespeichert und danach gelöscht werden."
        ),
        error_messages={
            "required": _(
                "Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu; sonst können "
                "wir Sie nicht anmelden."
            )
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[CONSENT_FIELD].summary_label = _("Einwilligung")
        text_field_errors(
            self.fields[name]
            for name in ("name", "organisation", "city", "email", "accessibility_needs")
        )

    @property
    def visible_fields_in_order(self):
        hidden = {HONEYPOT_FIELD, CONSENT_FIELD}
        return [field for field in self if field.name not in hidden]

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_organisation(self):
        return " ".join(self.cleaned_data["organisation"].split())

    def clean_city(self):
        return " ".join(self.cleaned_data["city"].split())

    def clean_accessibility_needs(self):
        return self.cleaned_data["accessibility_needs"].strip()
