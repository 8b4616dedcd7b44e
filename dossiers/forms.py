"""The public print order form: quantities, address, contact and consent."""

import re
import unicodedata

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.forms import DescribedErrorsMixin, HoneypotMixin

from .models import Country
from .ordering import orders_in_last_30_days

QUANTITY_PREFIX = "quantity_"
ALL_ANCHOR = "#bestellung-hefte"
SUBMISSION_KEY = re.compile(r"^[A-Za-z0-9_-]{24,40}$")
PHONE = re.compile(r"^[0-9 +()/.-]{5,30}$")
POSTCODE_PATTERNS = {
    Country.DE: (r"^\d{5}$", _("Bitte eine fünfstellige Postleitzahl angeben.")),
    Country.AT: (r"^\d{4}$", _("Bitte eine vierstellige Postleitzahl angeben.")),
    Country.CH: (r"^\d{4}$", _("Bitte eine vierstellige Postleitzahl angeben.")),
    Country.LI: (r"^\d{4}$", _("Bitte eine vierstellige Postleitzahl angeben.")),
    Country.LU: (r"^\d{4}$", _("Bitte eine vierstellige Postleitzahl angeben.")),
}
OTHER_POSTCODE = (
    r"^[A-Za-z0-9 -]{3,10}$",
    _("Bitte eine gültige Postleitzahl angeben."),
)
# Bidirectional overrides can make an address read differently than it is stored.
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
CONTROL_MESSAGE = _("Bitte keine Steuer- oder Sonderzeichen verwenden.")
UNKNOWN_DOSSIER = _(
    "Mindestens eine gewählte Ausgabe ist nicht mehr bestellbar. "
    "Bitte prüfen Sie Ihre Auswahl."
)


def reject_control_characters(value, allow_newlines=False):
    allowed = "\n\r\t" if allow_newlines else ""
    for char in value:
        if char in allowed:
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cs", "Co", "Zl", "Zp") or char in BIDI_CONTROLS:
            raise ValidationError(CONTROL_MESSAGE, code="control_characters")


def single_line(value):
    reject_control_characters(value)


def multi_line(value):
    reject_control_characters(value, allow_newlines=True)


def text_field(label, max_length, required=True, autocomplete="", **kwargs):
    attrs = {"autocomplete": autocomplete} if autocomplete else {}
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        validators=[single_line],
        widget=forms.TextInput(attrs=attrs),
        **kwargs,
    )


class AccessibleFormMixin(DescribedErrorsMixin):
    """Adds the error summary's entries to the shared field descriptions."""

    def error_list(self):
        """(anchor, message) pairs for the summary, in the order of the page."""
        entries = [(ALL_ANCHOR, message) for message in self.non_field_errors()]
        for name, errors in self.errors.items():
            if name in self.fields:
                label = self.summary_label(name)
                anchor = f"#{self[name].auto_id}"
                entries += [(anchor, f"{label}: {message}") for message in errors]
        return entries

    def summary_label(self, name):
        return self.fields[name].label


def quantity_field(dossier):
    return forms.IntegerField(
        label=dossier.full_title,
        required=False,
        initial=0,
        min_value=0,
        max_value=dossier.max_per_order,
        help_text=_("0 bis %(max)s Exemplare") % {"max": dossier.order_limit},
        error_messages={
            "invalid": _("Bitte eine ganze Zahl angeben."),
            "min_value": _("Bitte keine negative Anzahl angeben."),
            "max_value": _("Höchstens %(limit_value)s Exemplare je Bestellung."),
        },
        widget=forms.NumberInput(
            attrs={"min": 0, "max": dossier.order_limit, "inputmode": "numeric"}
        ),
    )


def consent_label(privacy_url):
    text = _(
        "Ich habe die {}Datenschutzerklärung{} gelesen und bin einverstanden, dass "
        "meine Angaben zur Bearbeitung dieser Bestellung gespeichert werden."
    )
    if not privacy_url:
        return text.format("", "")
    return format_html(text.format('<a href="{}">', "</a>"), privacy_url)


class OrderForm(AccessibleFormMixin, HoneypotMixin, forms.Form):
    submission_key = forms.CharField(widget=forms.HiddenInput, max_length=40)
    name = text_field(_("Name"), 100, autocomplete="name")
    organisation = text_field(
        _("Organisation"),
        150,
        required=False,
        autocomplete="organization",
        help_text=_("z. B. Amt, Träger oder Hochschule."),
    )
    street = text_field(_("Straße und Hausnummer"), 150, autocomplete="address-line1")
    postcode = text_field(_("Postleitzahl"), 10, autocomplete="postal-code")
    town = text_field(_("Ort"), 100, autocomplete="address-level2")
    country = forms.ChoiceField(
        label=_("Land"),
        choices=Country.choices,
        initial=Country.DE,
        widget=forms.Select(attrs={"autocomplete": "country"}),
    )
    email = forms.EmailField(
        label=_("E-Mail-Adresse"),
        max_length=254,
        help_text=_(
            "Hierhin schicken wir den Link, mit dem Sie die Bestellung bestätigen."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Telefon"),
        required=False,
        max_length=30,
        help_text=_("Nur für Rückfragen zum Versand."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    purpose = forms.CharField(
        label=_("Wofür brauchen Sie die Hefte?"),
        required=False,
        max_length=500,
        validators=[multi_line],
        help_text=_("z. B. „Fachtag Bildungsplanung“; höchstens 500 Zeichen."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    consent = forms.BooleanField(
        error_messages={
            "required": _("Bitte stimmen Sie der Speicherung Ihrer Angaben zu.")
        }
    )

    def __init__(self, *args, dossiers, privacy_url="", **kwargs):
        super().__init__(*args, **kwargs)
        self.dossiers = [dossier for dossier in dossiers if dossier.in_stock]
        self.sold_out = [dossier for dossier in dossiers if not dossier.in_stock]
        for dossier in self.dossiers:
            self.fields[self.quantity_name(dossier)] = quantity_field(dossier)
        self.fields["consent"].label = consent_label(privacy_url)
        self.order_fields([self.quantity_name(d) for d in self.dossiers])

    def summary_label(self, name):
        if name == "consent":
            return _("Datenschutz")
        for dossier in self.dossiers:
            if name == self.quantity_name(dossier):
                return _("Anzahl %(issue)s") % {"issue": dossier.label}
        return super().summary_label(name)

    @staticmethod
    def quantity_name(dossier):
        return f"{QUANTITY_PREFIX}{dossier.pk}"

    @cached_property
    def quantity_fields(self):
        return [(d, self[self.quantity_name(d)]) for d in self.dossiers]

    @property
    def address_fields(self):
        names = ("name", "organisation", "street", "postcode", "town", "country")
        return [self[name] for name in names]

    @property
    def contact_fields(self):
        return [self[name] for name in ("email", "phone", "purpose")]

    def clean_phone(self):
        phone = self.cleaned_data["phone"]
        if phone and not PHONE.match(phone):
            raise ValidationError(_("Bitte nur Ziffern, Leerzeichen und + ( ) / - ."))
        return phone

    def clean_email(self):
        # Early, friendly check; place_order() enforces the quota under a lock.
        email = self.cleaned_data["email"]
        if orders_in_last_30_days(email) >= settings.DOSSIER_ORDERS_PER_EMAIL:
            raise self.quota_error()
        return email

    @staticmethod
    def quota_error():
        return ValidationError(
            _(
                "Mit dieser E-Mail-Adresse wurden in den letzten 30 Tagen schon "
                "%(count)s Bestellungen aufgegeben. Bitte wenden Sie sich für "
                "größere Mengen an die Redaktion."
            )
            % {"count": settings.DOSSIER_ORDERS_PER_EMAIL},
            code="order_quota",
        )

    def clean(self):
        cleaned = super().clean()
        self._check_postcode(cleaned)
        self._check_unknown_dossiers()
        self._check_quantities(cleaned)
        return cleaned

    def _check_postcode(self, cleaned):
        postcode, country = cleaned.get("postcode"), cleaned.get("country")
        if not postcode or not country:
            return
        pattern, message = POSTCODE_PATTERNS.get(country, OTHER_POSTCODE)
        if not re.match(pattern, postcode):
            self.add_error("postcode", message)

    def _check_unknown_dossiers(self):
        # A dossier may sell out between showing the form and sending it.
        unknown = [
            key
            for key in self.data
            if key.startswith(QUANTITY_PREFIX)
            and key not in self.fields
            and str(self.data.get(key, "")).strip() not in ("", "0")
        ]
        if unknown:
            self.add_error(None, UNKNOWN_DOSSIER)

    def _check_quantities(self, cleaned):
        total = 0
        for dossier in self.dossiers:
            name = self.quantity_name(dossier)
            quantity = cleaned.get(name) or 0
            if quantity > dossier.stock:
                self.add_error(name, self.stock_message(dossier))
            total += quantity
        if total == 0 and not any(
            self.quantity_name(d) in self.errors for d in self.dossiers
        ):
            self.add_error(None, _("Bitte wählen Sie mindestens ein Heft aus."))

    @staticmethod
    def stock_message(dossier):
        return ngettext(
            "Leider ist nur noch %(count)s Exemplar vorrätig.",
            "Leider sind nur noch %(count)s Exemplare vorrätig.",
            dossier.stock,
        ) % {"count": dossier.stock}

    def items(self):
        return [
            (dossier, self.cleaned_data[self.quantity_name(dossier)])
            for dossier in self.dossiers
            if self.cleaned_data.get(self.quantity_name(dossier))
        ]

    def address_lines(self):
        data = self.cleaned_data
        lines = [data["name"], data["organisation"], data["street"]]
        lines.append(f"{data['postcode']} {data['town']}")
        lines.append(Country(data["country"]).label)
        return [line for line in lines if line]

    def order_data(self):
        return dict(self.cleaned_data)
