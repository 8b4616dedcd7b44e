"""A small public site plus everything the open interfaces must leave out.

Used by the API, feed, sitemap and export tests: each hidden item carries
"GEHEIM" in its title, so one assertion catches any leak.
"""

import datetime
from types import SimpleNamespace

from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, PageViewRestriction

from members.access import members_collection
from tests.dossiers.factories import (
    DossierIndexPageFactory,
    DossierPageFactory,
    chapter,
)
from tests.factories import (
    ApproachFactory,
    CityFactory,
    CityPageFactory,
    PersonFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    TagFactory,
)
from tests.members.factories import MeetingMaterialPageFactory, MemberAreaPageFactory
from tests.portal.factories import DocumentFactory
from tests.reports.factories import (
    ArticleIndexPageFactory,
    ArticleKindFactory,
    ArticlePageFactory,
)

SECRET = "GEHEIM"


def build_open_content(home):
    approach = ApproachFactory(name="datenbasiert")
    topic = TagFactory(name="Bildungsmonitoring")
    index = PracticeIndexPageFactory(parent=home)
    mannheim = CityPageFactory(
        parent=index,
        city=CityFactory(
            name="Mannheim",
            slug="mannheim",
            federal_state="BW",
            latitude="49.48776",
            longitude="8.46604",
        ),
    )
    contact = PersonFactory(
        name="Heike Fleischmann",
        role="Bildungsplanerin",
        city=mannheim.city,
        email="heike@example.org",
        phone="0621 293",
        public_contact=False,
    )
    practice = PracticePageFactory(
        parent=mannheim,
        title="Integriertes Sozialmanagement",
        slug="ism",
        approaches=[approach],
        start_year=2019,
    )
    practice.tags.add(topic)
    practice.contacts.create(person=contact)
    practice.save_revision().publish()
    draft = PracticePageFactory(
        parent=mannheim, title=f"{SECRET} Entwurf", slug="entwurf", live=False
    )
    hidden_city = CityPageFactory(
        parent=index, city=CityFactory(name="Hinterstadt", slug="hinterstadt")
    )
    PageViewRestriction.objects.create(
        page=hidden_city, restriction_type=PageViewRestriction.LOGIN
    )
    private = PracticePageFactory(
        parent=hidden_city,
        title=f"{SECRET} Geschützte Praxis",
        slug="geschuetzt",
        approaches=[approach],
    )
    private.tags.add(topic)
    private.save_revision().publish()
    dossiers = DossierIndexPageFactory(parent=home)
    dossier = DossierPageFactory(
        parent=dossiers,
        title="Integrierte Bildungsplanung",
        issue_number=7,
        chapters=[chapter("Datenbasiert planen", [practice, private])],
    )
    dossier.tags.add(topic)
    dossier.save_revision().publish()
    reports = ArticleIndexPageFactory(parent=home)
    report = ArticlePageFactory(
        parent=reports,
        title="Standortbestimmung",
        slug="standortbestimmung",
        kind=ArticleKindFactory(name="Großstadtnetzwerk", is_event=True),
        date=datetime.date(2024, 5, 14),
        place="Mannheim",
    )
    report.tags.add(topic)
    report.save_revision().publish()
    area = MemberAreaPageFactory(parent=home)
    meeting = MeetingMaterialPageFactory(parent=area, title=f"{SECRET} Treffen")
    document = DocumentFactory(title="Bildungsbericht 2023", city=mannheim.city)
    private_document = DocumentFactory(
        title=f"{SECRET} Protokoll", collection=members_collection()
    )
    return SimpleNamespace(
        approach=approach,
        topic=topic,
        index=index,
        mannheim=mannheim,
        contact=contact,
        practice=practice,
        draft=draft,
        hidden_city=hidden_city,
        private=private,
        dossiers=dossiers,
        dossier=dossier,
        reports=reports,
        report=report,
        area=area,
        meeting=meeting,
        document=document,
        private_document=private_document,
    )


def make_image(title, collection=None):
    from wagtail.images import get_image_model

    return get_image_model().objects.create(
        title=title,
        file=get_test_image_file(),
        collection=collection or Collection.get_first_root_node(),
    )


ATOM = "{http://www.w3.org/2005/Atom}"


def feed_entries(response):
    """(title, link) of each item of an RSS 2.0 or Atom response."""
    from xml.etree import ElementTree

    assert response.status_code == 200, response.status_code
    root = ElementTree.fromstring(response.content)  # noqa: S314 (our own output)
    if root.tag == f"{ATOM}feed":
        return [
            (entry.findtext(f"{ATOM}title"), entry.find(f"{ATOM}link").get("href"))
            for entry in root.findall(f"{ATOM}entry")
        ]
    return [
        (item.findtext("title"), item.findtext("link")) for item in root.iter("item")
    ]


# Ways a practice leaves public view, for tests that follow it out.


def unpublish(content):
    content.practice.unpublish()


def restrict_practice(content):
    PageViewRestriction.objects.create(
        page=content.practice, restriction_type=PageViewRestriction.LOGIN
    )


def restrict_city(content):
    PageViewRestriction.objects.create(
        page=content.mannheim, restriction_type=PageViewRestriction.LOGIN
    )


def move_to_restricted_city(content):
    content.practice.move(content.hidden_city, pos="last-child")


def delete_practice(content):
    content.practice.delete()


def delete_city(content):
    content.mannheim.delete()
