"""The contact page as a content type."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.contract import ContentType, Demo

from . import demo
from .models import ContactPage


@hooks.register("register_content_type")
def contact_page():
    return ContentType(
        key="contact",
        label=_("Kontaktseiten"),
        singular=_("Kontaktseite"),
        model=ContactPage,
        order=85,
        demo=Demo(load=demo.load),
        # Messages come from visitors: storing one must not empty the page cache.
        visitor_written=("contacts.contactmessage",),
        stylesheets=("contacts/css/contacts.css",),
    )
