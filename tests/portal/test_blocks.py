import pytest
from wagtail.blocks import StructBlockValidationError

from core.blocks import LinkBlock, QuoteBlock
from tests.factories import PersonFactory

pytestmark = pytest.mark.django_db


def quote(**values):
    block = QuoteBlock()
    return block.clean(block.to_python({"text": "Ein Zitat.", **values}))


def test_quote_needs_a_person_or_an_attribution():
    with pytest.raises(StructBlockValidationError):
        quote()


def test_quote_refuses_person_and_attribution_together():
    person = PersonFactory()
    with pytest.raises(StructBlockValidationError):
        quote(person=person.pk, attribution="Jemand")


def test_quote_with_person_renders_name_and_affiliation():
    person = PersonFactory(name="Heike Fleischmann", role="Abteilungsleiterin")
    value = quote(person=person.pk)
    html = QuoteBlock().render(value)
    assert "Heike Fleischmann" in html
    assert f"Abteilungsleiterin, Stadt {person.city.name}" in html


def test_quote_text_is_escaped():
    block = QuoteBlock()
    value = quote(text="<script>alert(1)</script>", attribution="X")
    assert "<script>" not in block.render(value)


def test_external_link_needs_a_link_text():
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"url": "https://example.org/"}))
