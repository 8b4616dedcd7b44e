import factory
from django.utils import timezone
from wagtail.models import Collection

from core.demo.pdf import simple_pdf
from core.models import PortalDocument


def pdf_bytes(text="Kommunale Bildungsplanung im Quartier."):
    return simple_pdf("Bericht", [text])


class DocumentFactory(factory.django.DjangoModelFactory):
    """A real, small PDF in the root collection; its text is extracted on save."""

    title = factory.Sequence(lambda n: f"Bildungsbericht {n}")
    file = factory.django.FileField(
        filename="bericht.pdf", data=factory.LazyFunction(pdf_bytes)
    )
    collection = factory.LazyFunction(Collection.get_first_root_node)
    document_type = "bericht"
    year = 2023
    released_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = PortalDocument

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        document = model_class(*args, **kwargs)
        document._set_document_file_metadata()
        document.save()
        document.refresh_from_db()  # the extraction task saved a copy
        return document
