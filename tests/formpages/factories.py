import factory
import wagtail_factories

from formpages.models import FormPageField


class FormPageFactory(wagtail_factories.PageFactory):
    title = "Mitglied werden"
    slug = "mitglied-werden"
    subject = "Neue Anfrage"

    class Meta:
        model = "formpages.FormPage"


class FormPageFieldFactory(factory.django.DjangoModelFactory):
    label = factory.Sequence(lambda n: f"Feld {n}")
    field_type = "singleline"
    required = False

    class Meta:
        model = FormPageField
