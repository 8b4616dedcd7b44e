"""The share bar on practice and dossier pages: copy link, mail, print.

Plain links and buttons, no third-party widget: nothing loads from another
server, and no visitor is tracked by one.
"""

from urllib.parse import quote

from django import template

from core.links import absolute

register = template.Library()

PORTAL_NAME = "Praxisportal Großstadtnetzwerk"


def mailto(subject, body):
    """A `mailto:` link per RFC 6068: every reserved character percent-encoded,
    spaces as %20 (a `+` would stay a plus in the mail)."""
    return f"mailto:?subject={quote(subject, safe='')}&body={quote(body, safe='')}"


@register.inclusion_tag("components/share_bar.html")
def share_bar(page, pdf_url=""):
    url = absolute(page.get_url() or "")
    return {
        "url": url,
        "title": page.title,
        "mail_url": mailto(f"{page.title} – {PORTAL_NAME}", f"{page.title}\r\n{url}"),
        "pdf_url": pdf_url,
    }
