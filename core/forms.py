from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets import AdminTagWidget

HONEYPOT_FIELD = "website_url"


class DescribedErrorsMixin:
    """Ties help texts and error messages to their fields for screen readers.

    Templates render them as `<id>_helptext` and `<id>_error`; fields drawn as
    a fieldset carry the reference on the fieldset instead.
    """

    def full_clean(self):
        super().full_clean()
        for name, field in self.fields.items():
            bound = self[name]
            if bound.is_hidden or bound.use_fieldset:
                continue
            ids = [f"{bound.auto_id}_helptext"] if field.help_text else []
            if self._errors and name in self._errors:
                ids.append(f"{bound.auto_id}_error")
                field.widget.attrs["aria-invalid"] = "true"
            if ids:
                field.widget.attrs["aria-describedby"] = " ".join(ids)


def text_field_errors(fields):
    """The portal's wording for an empty or too long text field."""
    for field in fields:
        field.error_messages["required"] = _("Bitte füllen Sie dieses Feld aus.")
        field.error_messages["max_length"] = _(
            "Höchstens %(limit_value)d Zeichen (jetzt %(show_value)d)."
        )


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


class TagWidget(AdminTagWidget):
    """Wagtail's tag field without its own help line: the model field's help
    text says everything once, in the portal's words."""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["help_text"] = ""
        return context


def tags_panel():
    from core.models import Tag

    return FieldPanel("tags", widget=TagWidget(tag_model=Tag))
