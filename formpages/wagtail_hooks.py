"""The public forms as a content type."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.contract import ContentType, Demo, SearchPart

from . import demo, search
from .models import FormPage


@hooks.register("register_content_type")
def form_page():
    return ContentType(
        key="form",
        label=_("Formulare"),
        singular=_("Formular"),
        model=FormPage,
        order=80,
        search=SearchPart(search.form_entry, search.all_form_pages),
        demo=Demo(load=demo.load),
        visitor_written=("wagtailforms.formsubmission",),
    )
