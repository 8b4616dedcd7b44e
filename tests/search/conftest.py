import datetime
import os

import pytest
from wagtail.models import PageViewRestriction

from search import indexing
from tests.factories import (
    ApproachFactory,
    CityFactory,
    CityPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    TagFactory,
)


def backend_params():
    yield pytest.param("database", id="database")
    reason = "ELASTICSEARCH_URL nicht gesetzt: kein Elasticsearch-Server erreichbar"
    yield pytest.param(
        "elasticsearch",
        id="elasticsearch",
        marks=pytest.mark.skipif(
            not os.environ.get("ELASTICSEARCH_URL"), reason=reason
        ),
    )


@pytest.fixture(params=list(backend_params()))
def backend_name(request, settings):
    from search import service

    settings.ELASTICSEARCH_URL = (
        os.environ["ELASTICSEARCH_URL"] if request.param == "elasticsearch" else ""
    )
    service.get_backend.cache_clear()
    yield request.param
    service.get_backend.cache_clear()


@pytest.fixture
def corpus(home_page, backend_name):
    """Practices whose texts exercise German inflection, compounds and acronyms."""
    data = ApproachFactory(name="datenbasiert", sort_order=1)
    participation = ApproachFactory(name="partizipativ", sort_order=3)
    topic = TagFactory(name="Bildungsmonitoring")
    index = PracticeIndexPageFactory(parent=home_page)
    augsburg = CityPageFactory(
        parent=index, city=CityFactory(name="Augsburg", slug="augsburg")
    )
    lautern = CityPageFactory(
        parent=index, city=CityFactory(name="Kaiserslautern", slug="kaiserslautern")
    )
    pages = {
        "holiday": PracticePageFactory(
            first_published_at=datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC),
            parent=augsburg,
            title="Ferien für alle",
            teaser="Das Kinderferienprogramm im Sommer erreicht benachteiligte Kinder.",
            approaches=[data],
        ),
        "report": PracticePageFactory(
            first_published_at=datetime.datetime(2023, 1, 15, tzinfo=datetime.UTC),
            parent=augsburg,
            title="Der dritte Bildungsbericht",
            teaser="Daten zu Quartier und Bildungsplanung für die Führungskräfte.",
            approaches=[data],
        ),
        "klar": PracticePageFactory(
            first_published_at=datetime.datetime(2025, 3, 1, tzinfo=datetime.UTC),
            parent=lautern,
            title="KLAR",
            teaser="Ein Informationssystem, das klar zeigt, was Leitungen brauchen.",
            approaches=[participation],
        ),
        "plain": PracticePageFactory(
            first_published_at=datetime.datetime(2022, 9, 30, tzinfo=datetime.UTC),
            parent=lautern,
            title="Sprechstunde",
            teaser="Die Lage ist klar: Eltern fragen, die Verwaltung antwortet.",
            approaches=[participation],
        ),
    }
    pages["report"].tags.add(topic)
    pages["report"].save()
    indexing.rebuild()
    return pages


@pytest.fixture
def private_practice(corpus):
    page = corpus["plain"].get_parent()
    secret = PracticePageFactory(
        parent=page,
        title="Vertrauliche Sitzungsunterlage",
        teaser="Interne Notizen zum Kinderferienprogramm.",
    )
    secret.save_revision().publish()
    PageViewRestriction.objects.create(page=secret, restriction_type="login")
    return secret
