"""The member area as a content type: robots.txt and the login learn of it here."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.contract import ContentType, Demo

from . import demo, paths
from .models import MemberAreaPage


@hooks.register("register_content_type")
def member_area():
    return ContentType(
        key="member_area",
        label=_("Interner Bereich"),
        singular=_("Interner Bereich"),
        model=MemberAreaPage,
        order=85,
        demo=Demo(load=demo.load, accounts=demo.DEMO_ACCOUNTS),
        stylesheets=("members/css/members.css",),
        robots_disallow=paths.robots_disallow,
        login_redirect=paths.login_redirect,
    )
