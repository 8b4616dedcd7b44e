"""The forms "Mitglied werden" and "Praxis vorschlagen".

Built in the first pass: the report (second pass) links them by slug.
"""

from core.demo.helpers import ensure_child_page
from core.models import FederalState, HomePage

from .demo_content import JOIN_FORM, SUGGEST_FORM
from .models import FormPage, FormPageField


def load(command):
    home = HomePage.objects.get()
    build_form(home, JOIN_FORM, show_in_menus=True)
    build_form(home, SUGGEST_FORM)
    command.report("Formulare: Mitglied werden, Praxis vorschlagen")


def build_form(home, data, show_in_menus=False):
    states = "\n".join(label for _, label in FederalState.choices)
    fields = [
        FormPageField(
            label=label,
            field_type=field_type,
            required=required,
            help_text=help_text,
            choices=states if choices == "STATES" else choices,
        )
        for label, field_type, required, help_text, choices in data["fields"]
    ]
    return ensure_child_page(
        home,
        FormPage,
        data["slug"],
        title=data["title"],
        intro=data["intro"],
        subject=data["subject"],
        form_fields=fields,
        show_in_menus=show_in_menus,
    )
