"""The contact page as a content type, and the log in the admin."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from core.contract import ContentType, Demo, SearchPart
from core.grants import NetworkEditorGrant

from . import demo, search
from .models import ContactMessage, ContactPage
from .viewsets import ContactMessagePermissionPolicy, ContactMessageViewSet

register_permission_policy(
    ContactMessage, ContactMessagePermissionPolicy(ContactMessage)
)


@hooks.register("register_content_type")
def contact_page():
    return ContentType(
        key="contact",
        label=_("Kontaktseiten"),
        singular=_("Kontaktseite"),
        model=ContactPage,
        order=85,
        search=SearchPart(search.contact_entry, search.all_contact_pages),
        demo=Demo(load=demo.load),
        # Messages come from visitors: storing one must not empty the page cache.
        visitor_written=("contacts.contactmessage",),
        stylesheets=("contacts/css/contacts.css",),
        # The forms on their own URLs are for people, not for search engines.
        robots_disallow=lambda request: ["/kontakt/nachricht/"],
    )


@hooks.register("register_admin_viewset")
def register_contact_log():
    return ContactMessageViewSet()


@hooks.register("register_network_editor_grants")
def network_editors_read_the_log():
    return NetworkEditorGrant(permissions=("contacts.view_contactmessage",))
