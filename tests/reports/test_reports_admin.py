import pytest

from tests.formpages.factories import FormPageFactory
from tests.members.factories import MemberAreaPageFactory
from tests.reports.factories import ArticleIndexPageFactory, ArticlePageFactory


@pytest.fixture
def sections(home_page):
    index = ArticleIndexPageFactory(parent=home_page)
    return {
        "home": home_page,
        "index": index,
        "article": ArticlePageFactory(parent=index),
        "form": FormPageFactory(parent=home_page),
        "area": MemberAreaPageFactory(parent=home_page),
    }


def test_editors_get_the_add_and_edit_forms(admin_client, sections):
    home, index = sections["home"].pk, sections["index"].pk
    urls = [
        f"/admin/pages/add/reports/articlepage/{index}/",
        f"/admin/pages/add/formpages/formpage/{home}/",
        f"/admin/pages/add/downloads/downloadindexpage/{home}/",
        f"/admin/pages/add/members/meetingmaterialpage/{sections['area'].pk}/",
        f"/admin/pages/{sections['article'].pk}/edit/",
        f"/admin/pages/{sections['form'].pk}/edit/",
        f"/admin/forms/submissions/{sections['form'].pk}/",
        "/admin/snippets/reports/articlekind/",
        "/admin/documents/add/",
    ]
    for url in urls:
        assert admin_client.get(url).status_code == 200, url


def test_single_sections_exist_once(sections):
    from members.models import MemberAreaPage
    from reports.models import ArticleIndexPage

    assert not ArticleIndexPage.can_create_at(sections["home"])
    assert not MemberAreaPage.can_create_at(sections["home"])
