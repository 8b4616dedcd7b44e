"""Generated downloads, each with a small real PDF (see core/generator.py)."""

import io

from django.core.files.base import ContentFile
from django.utils import timezone
from pypdf import PdfWriter

from core.generator import BATCH_SIZE, TOPICS, topic_tags
from core.models import DocumentType, PortalDocument, TaggedDocument
from core.text import german_slugify


def minimal_pdf(title):
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Title": title})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def generate_documents(gen, count, cities):
    """Downloads with a small real PDF each, tagged and attributed to cities."""
    if not count:
        return []
    tags = topic_tags()
    collection_id = PortalDocument._meta.get_field("collection").get_default()
    documents = []
    for _ in gen.progress(range(count), count, "Downloads"):
        city = gen.random.choice(cities) if cities else None
        title = f"{gen.random.choice(TOPICS)} {city.name if city else ''}".strip()
        title = f"{title} {gen.random.randint(2012, 2026)}"
        document = PortalDocument(
            title=title,
            collection_id=collection_id,
            description=gen.fake.paragraph(nb_sentences=2),
            document_type=gen.random.choice(DocumentType.values),
            year=gen.random.randint(2012, 2026),
            city=city,
            publisher=f"Stadt {city.name}" if city else "",
            language="de",
            page_count=gen.random.randint(4, 120),
            extracted_text=gen.fake.text(max_nb_chars=3000),
            released_at=timezone.now(),
        )
        data = minimal_pdf(title)
        document.file.save(
            f"{german_slugify(title)[:60]}.pdf", ContentFile(data), save=False
        )
        document._set_document_file_metadata()
        documents.append(document)
    PortalDocument.objects.bulk_create(documents, batch_size=BATCH_SIZE)
    TaggedDocument.objects.bulk_create(
        [
            TaggedDocument(content_object=document, tag=tag)
            for document in documents
            for tag in gen.random.sample(tags, 2)
        ],
        batch_size=BATCH_SIZE,
    )
    return documents
