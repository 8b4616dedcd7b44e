from django import template
from wagtail.admin.auth import user_has_any_page_permission

register = template.Library()


@register.simple_tag(takes_context=True)
def may_search_pages(context):
    """The dashboard's page search, only for users who may edit pages."""
    return user_has_any_page_permission(context["request"].user)
