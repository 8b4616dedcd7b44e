"""What visitors choose: content kinds, narrowed by approach, topic and city."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.contract import declaring
from core.forms import HONEYPOT_FIELD, DescribedErrorsMixin, HoneypotMixin
from core.models import City, Tag

from .models import Frequency

__all__ = ["CONSENT_FIELD", "ChoicesForm", "SubscribeForm", "kind_choices"]

CONSENT_FIELD = "privacy_consent"


def kind_choices():
    return [(kind.key, kind.label) for kind in declaring("alerts")]


class ChoicesForm(DescribedErrorsMixin, forms.Form):
    kinds = forms.MultipleChoiceField(
        label=_("Worüber möchten Sie informiert werden?"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Bitte wählen Sie mindestens eine Art aus.")},
    )
    approaches = forms.ModelMultipleChoiceField(
        label=_("Nur zu diesen Ansätzen (freiwillig)"),
        queryset=Tag.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Ohne Auswahl erhalten Sie Beiträge zu allen Ansätzen."),
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("Nur zu diesen Themen (freiwillig)"),
        queryset=Tag.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Ohne Auswahl erhalten Sie Beiträge zu allen Themen."),
    )
    cities = forms.ModelMultipleChoiceField(
        label=_("Nur aus diesen Kommunen (freiwillig)"),
        queryset=City.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Ohne Auswahl erhalten Sie Beiträge aus allen Kommunen."),
    )
    frequency = forms.ChoiceField(
        label=_("Wie oft?"),
        choices=Frequency.choices,
        initial=Frequency.WEEKLY,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kinds"].choices = kind_choices()
        self.fields["approaches"].queryset = Tag.objects.approaches().order_by("name")
        self.fields["topics"].queryset = Tag.objects.topics().order_by("name")
        self.fields["cities"].queryset = City.objects.order_by("name")

    @property
    def visible_fields_in_order(self):
        hidden = {HONEYPOT_FIELD, CONSENT_FIELD}
        return [field for field in self if field.name not in hidden]


class SubscribeForm(HoneypotMixin, ChoicesForm):
    email = forms.EmailField(
        label=_("Ihre E-Mail-Adresse"),
        max_length=254,
        help_text=_(
            "Wir schicken Ihnen einen Link, mit dem Sie das Abonnement bestätigen."
        ),
        error_messages={
            "required": _("Bitte geben Sie Ihre E-Mail-Adresse an."),
            "invalid": _("Bitte eine gültige E-Mail-Adresse angeben."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    privacy_consent = forms.BooleanField(
        label=_(
            "Ich bin einverstanden, dass meine E-Mail-Adresse und meine Auswahl "
            "für diese Benachrichtigungen gespeichert werden, bis ich sie abbestelle."
        ),
        error_messages={
            "required": _(
                "Bitte stimmen Sie der Speicherung zu; sonst können wir Ihnen "
                "nichts schicken."
            )
        },
    )

    field_order = ["email", "kinds", "approaches", "topics", "cities", "frequency"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[CONSENT_FIELD].summary_label = _("Einwilligung")

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()
