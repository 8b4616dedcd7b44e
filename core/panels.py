"""Admin panels the content apps share."""

from django.core.exceptions import ObjectDoesNotExist
from wagtail.admin.panels import InlinePanel

__all__ = ["NamedInlinePanel"]


class NamedInlinePanel(InlinePanel):
    """An inline list whose items are headed by what they hold
    ("Ansprechperson: Dr. Anna Schmidt") instead of "Ansprechperson 2".

    `heading` names the list, `label` one item ("Ansprechperson", also in
    "Ansprechperson hinzufügen"); the item's name is `str(item)`, so the model
    defines `__str__` and returns "" while the item is still empty. New, empty
    items keep Wagtail's numbering.
    """

    class BoundPanel(InlinePanel.BoundPanel):
        template_name = "portal/admin/named_inline_panel.html"

        def item_name(self, child):
            try:
                return str(child.instance)
            except ObjectDoesNotExist:  # the chosen person or page was deleted
                return ""

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["named_children"] = [
                (child, self.item_name(child)) for child in self.children
            ]
            return context
