import datetime

import factory
import wagtail_factories


class MemberAreaPageFactory(wagtail_factories.PageFactory):
    title = "Interner Bereich"
    slug = "intern"

    class Meta:
        model = "members.MemberAreaPage"


class MeetingMaterialPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Netzwerktreffen {n}")
    date = datetime.date(2024, 5, 14)

    class Meta:
        model = "members.MeetingMaterialPage"
