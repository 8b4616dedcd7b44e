"""Content-Security-Policy: strict for the public site, looser for the admin."""

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from django.conf import settings


class PortalCSPMiddleware(CSPMiddleware):
    """Sends ADMIN_CONTENT_SECURITY_POLICY under its PATH_PREFIX (Wagtail's admin).

    Public templates carry no inline script or style, so the public policy is a plain
    'self' without nonces and the same HTML can be cached for every visitor. Wagtail's
    admin renders inline scripts (inline panels, date pickers) and style attributes,
    so it gets a looser policy of its own, and may frame itself for the preview panel.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        admin = settings.ADMIN_CONTENT_SECURITY_POLICY
        if request.path_info.startswith(admin["PATH_PREFIX"]):
            parts.config = admin["DIRECTIVES"]
        elif getattr(request, "is_dummy", False):
            # Wagtail's preview renders the public page in an admin iframe.
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts
