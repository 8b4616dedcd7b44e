import datetime

import factory
import wagtail_factories

from reports.models import ArticleKind


class ArticleKindFactory(factory.django.DjangoModelFactory):
    name = "Großstadtnetzwerk"
    slug = factory.LazyAttribute(lambda kind: kind.name.lower().replace(" ", "-"))

    class Meta:
        model = ArticleKind
        django_get_or_create = ("slug",)


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Aktuelles"
    slug = "aktuelles"

    class Meta:
        model = "reports.ArticleIndexPage"


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Bericht {n}")
    kind = factory.SubFactory(ArticleKindFactory)
    date = datetime.date(2024, 5, 14)
    place = "online"
    teaser = "Was das Netzwerk beim Treffen besprochen hat."

    class Meta:
        model = "reports.ArticlePage"
