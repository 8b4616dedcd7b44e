"""Who may keep which people: network editors all, city editors their own city's.

The kernel cannot tell a city editor from a network editor (the editor groups
belong to the practices app), so apps answer through the hook
`confine_to_cities`: `fn(user, permission)` returns the ids of the cities a
user's `permission` (e.g. "portal.change_person") is confined to, or None when
the app does not confine it. Choosing a person stays open to every editor.
"""

from django import forms
from django.db.models import Q
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry

__all__ = ["PersonForm", "PersonPermissionPolicy", "confined_cities"]

# Choosing is not confined: a practice may quote anybody.
CONFINED_ACTIONS = ("change", "delete", "view")
HOOK = "confine_to_cities"


def confined_cities(user, permission):
    """City ids the user's `permission` is confined to; None for no confinement."""
    if not user.is_authenticated or user.is_superuser:
        return None
    # Asked for every row of a listing: remember the answer on the user object.
    cache = user.__dict__.setdefault("_confined_cities", {})
    if permission not in cache:
        answers = [fn(user, permission) for fn in hooks.get_hooks(HOOK)]
        confined = [set(answer) for answer in answers if answer is not None]
        cache[permission] = frozenset().union(*confined) if confined else None
    return cache[permission]


class PersonPermissionPolicy(ModelPermissionPolicy):
    def confined_to(self, user, action):
        if action not in CONFINED_ACTIONS:
            return None
        return confined_cities(user, self._get_permission_name(action))

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        cities = self.confined_to(user, action)
        return cities is None or instance.city_id in cities

    def instances_user_has_any_permission_for(self, user, actions):
        allowed = Q(pk__in=[])
        for action in actions:
            if not self.user_has_permission(user, action):
                continue
            cities = self.confined_to(user, action)
            if cities is None:
                return self.model._default_manager.all()
            allowed |= Q(city_id__in=cities)
        return self.model._default_manager.filter(allowed)


class PersonForm(WagtailAdminModelForm):
    """A city editor's people belong to their city: the field offers nothing else."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("city")
        if field is None or self.for_user is None:
            return
        policy = policy_registry.get_by_type(self._meta.model)
        confined = policy.confined_to(self.for_user, "change")
        if confined is None:
            return
        field.queryset = field.queryset.filter(pk__in=confined)
        field.required = True
        # The city chooser would offer every city; a list offers theirs.
        field.widget = forms.Select(choices=field.choices)
        if len(confined) == 1:
            # A disabled field keeps its initial value, whatever is posted.
            field.disabled = True
            self.initial.setdefault("city", None)
            self.initial["city"] = self.initial["city"] or next(iter(confined))
