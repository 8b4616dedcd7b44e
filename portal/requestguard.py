"""Refuse query strings holding control characters before any view reads them.

No link or form of the portal sends a NUL or another control character in a
query parameter, and PostgreSQL refuses a NUL in any string it is handed (a 500
wherever a parameter reaches a query). One guard for every view, public pages,
feeds and API alike, instead of a check in each filter.
"""

from django.core.exceptions import BadRequest
from django.http import JsonResponse
from django.utils.translation import gettext as _
from rest_framework.views import APIView

from core.text import CONTROL_CHARACTERS

__all__ = ["QueryStringGuardMiddleware", "has_control_characters"]


def has_control_characters(query):
    """True if a key or value of the QueryDict holds a control character."""
    return any(
        CONTROL_CHARACTERS.search(text)
        for key, values in query.lists()
        for text in (key, *values)
    )


class QueryStringGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not has_control_characters(request.GET):
            return None
        message = _("Die Anfrage enthält unzulässige Steuerzeichen.")
        view_class = getattr(view_func, "cls", None)
        if isinstance(view_class, type) and issubclass(view_class, APIView):
            # API clients get the API's own error format.
            return JsonResponse({"message": message}, status=400)
        raise BadRequest(message)
