"""The form page in the editor: each field is headed by its label."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from tests.formpages.factories import FormPageFactory, FormPageFieldFactory

pytestmark = pytest.mark.django_db


def test_form_fields_are_headed_by_their_labels(client, home_page):
    page = FormPageFactory(parent=home_page)
    FormPageFieldFactory(page=page, label="E-Mail-Adresse", field_type="email")
    admin = get_user_model().objects.create_superuser(
        "admin", "admin@example.org", "geheim-123"
    )
    client.force_login(admin)

    response = client.get(f"/admin/pages/{page.pk}/edit/")

    soup = BeautifulSoup(response.text, "html.parser")
    headings = [
        " ".join(heading.get_text().split())
        for heading in soup.select("[data-inline-panel-child] h2")
    ]
    assert "Formularfeld: E-Mail-Adresse" in headings
    assert "Formularfeld hinzufügen" in soup.get_text()
