"""„Das Netzwerk in Zahlen“ as a content type: the page shows what every kind
declares as key figures and charts (core.figures)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.contract import ContentType, Demo

from . import demo
from .models import NetworkFiguresPage


@hooks.register("register_content_type")
def network_figures():
    return ContentType(
        key="figures",
        label=_("Das Netzwerk in Zahlen"),
        singular=_("Das Netzwerk in Zahlen"),
        model=NetworkFiguresPage,
        order=95,  # last, so its demo page ends the main navigation
        demo=Demo(load=demo.load, finish=demo.finish),
        stylesheets=("figures/css/figures.css",),
    )
