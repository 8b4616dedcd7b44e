from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

APPROACH_REQUIRED = _(
    "Bitte mindestens einen Ansatz wählen (datenbasiert, sozialräumlich oder "
    "partizipativ). Ohne Ansatz kann das Praxisprofil nicht gespeichert oder "
    "veröffentlicht werden."
)


class PracticePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "approaches" in self.fields:
            self.fields["approaches"].error_messages["required"] = APPROACH_REQUIRED
