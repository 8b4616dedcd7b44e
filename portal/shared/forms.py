from django import forms
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "website_url"


class HoneypotMixin(forms.Form):
    """A field people never see; bots fill it in and are refused."""

    website_url = forms.CharField(
        label=_("Bitte dieses Feld leer lassen"),
        required=False,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "tabindex": "-1", "class": "honeypot"}
        ),
    )

    def clean_website_url(self):
        if self.cleaned_data.get(HONEYPOT_FIELD):
            raise forms.ValidationError(
                _("Die Anfrage konnte nicht verarbeitet werden.")
            )
        return ""
