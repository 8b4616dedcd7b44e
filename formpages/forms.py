"""The network's public forms: what every editor-built form gets."""

import functools

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from core.forms import HONEYPOT_FIELD, DescribedErrorsMixin, HoneypotMixin
from core.text import NeutralisedExportMixin

CONSENT_FIELD = "privacy_consent"
MAX_TEXT_LENGTH = 5000


class NetworkFormMixin(DescribedErrorsMixin, HoneypotMixin):
    """Added to every form page's editor-built form: consent and sane limits."""

    privacy_consent = forms.BooleanField(
        label=_(
            "Ich bin einverstanden, dass meine Angaben zur Bearbeitung meiner "
            "Anfrage gespeichert werden."
        ),
        error_messages={
            "required": _(
                "Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu; sonst können "
                "wir Ihre Anfrage nicht bearbeiten."
            )
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[CONSENT_FIELD].summary_label = _("Einwilligung")
        for field in self.fields.values():
            if isinstance(field, forms.CharField) and field.max_length is None:
                _limit_length(field)
            if type(field.widget) is forms.Select:
                # Without an empty choice a required dropdown is always "filled".
                field.choices = [("", _("Bitte wählen")), *field.choices]

    @property
    def editor_fields(self):
        hidden = {HONEYPOT_FIELD, CONSENT_FIELD}
        return [field for field in self if field.name not in hidden]

    def submission_data(self):
        """What is stored: the editor's fields and the consent, not the honeypot."""
        data = dict(self.cleaned_data)
        data.pop(HONEYPOT_FIELD, None)
        return data


def _limit_length(field):
    """Multi-line fields have no limit of their own."""
    field.max_length = MAX_TEXT_LENGTH
    field.validators.append(MaxLengthValidator(MAX_TEXT_LENGTH))
    field.widget.attrs["maxlength"] = str(MAX_TEXT_LENGTH)
    if isinstance(field.widget, forms.Textarea):
        field.widget.attrs["rows"] = "6"


@functools.cache
def submissions_view_class():
    """Submissions in the admin; exported cells never run as spreadsheet formulas.

    Built on demand: Wagtail's admin views need the app registry, which is not
    ready yet while the form page model is imported.
    """
    from wagtail.contrib.forms.views import SubmissionsListView

    return type("SubmissionsView", (NeutralisedExportMixin, SubmissionsListView), {})
