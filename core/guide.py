"""The editors' guide in the admin (`/admin/anleitung/`).

Each app describes its own tasks: a `wagtail_hooks.py` function registered as
`register_editor_guide_section` returns a `GuideSection` (or several), so the
kernel names no app and a new app brings its page of the guide with it.
"""

from dataclasses import dataclass

from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

__all__ = ["GUIDE_HOOK", "ROLES", "GuideSection", "editor_guide", "guide_roles"]

GUIDE_HOOK = "register_editor_guide_section"

# (key, heading, who that is)
ROLES = (
    (
        "kommunalredaktion",
        _("Kommunalredaktion"),
        _("Redaktionen der Mitgliedskommunen (Gruppe „Redaktion <Stadt>“)"),
    ),
    (
        "netzwerkredaktion",
        _("Netzwerkredaktion"),
        _("die Transferagentur (Gruppe „Netzwerkredaktion“)"),
    ),
    ("versand", _("Versand"), _("der Druckversand (Gruppe „Versand“)")),
)


@dataclass(frozen=True)
class GuideSection:
    role: str  # a key of ROLES
    key: str  # the anchor, e.g. "praxisprofil-anlegen"
    heading: str
    template: str
    order: int = 100


def _sections():
    for hook in hooks.get_hooks(GUIDE_HOOK):
        declared = hook()
        yield from declared if isinstance(declared, list | tuple) else [declared]


def guide_roles():
    """[(key, heading, who, [sections in order])] for every role with sections."""
    sections = sorted(_sections(), key=lambda section: (section.order, section.key))
    roles = []
    for key, heading, who in ROLES:
        own = [section for section in sections if section.role == key]
        if own:
            roles.append((key, heading, who, own))
    return roles


def editor_guide(request):
    return TemplateResponse(
        request,
        "portal/admin/editor_guide.html",
        {
            "roles": guide_roles(),
            "header_title": _("Anleitung für Redaktionen"),
            "page_title": _("Anleitung für Redaktionen"),
            "header_icon": "help",
        },
    )
