from formpages.models import FormPage


def test_demo_has_both_forms_with_editable_fields(client, demo_content):
    forms = {page.slug: page for page in FormPage.objects.all()}
    assert set(forms) == {"mitglied-werden", "praxis-vorschlagen"}
    assert "jederzeit möglich" in forms["mitglied-werden"].intro
    assert forms["praxis-vorschlagen"].form_fields.count() == 7
    assert client.get("/praxis-vorschlagen/").status_code == 200
