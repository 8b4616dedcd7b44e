"""What city and network editors see first after logging in to the admin."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory
from django.utils import timezone

from practices.dashboard import (
    CityPracticesPanel,
    OverduePracticesPanel,
    ReviewQueuePanel,
    months_before,
)
from tests.factories import PracticePageFactory
from tests.practices import make_editor

pytestmark = pytest.mark.django_db

LONG_AGO = datetime.date(2020, 1, 15)


@pytest.fixture
def network_editor(tree):
    return make_editor("netzwerk", "Netzwerkredaktion")


def dashboard(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def section(soup, section_id):
    found = soup.find(id=section_id)
    assert found is not None, f"#{section_id} fehlt"
    return found


def titles(element):
    return [link.get_text(strip=True) for link in element.select("li > a")]


def submit(page, user):
    page.save_revision(user=user)
    page.get_workflow().start(page, user)


def draft(parent, title):
    page = PracticePageFactory(parent=parent, title=title, live=False)
    page.save_revision()
    return page


def test_city_editor_sees_their_practices_grouped(client, tree, mannheim_editor):
    draft(tree.mannheim, "Entwurf Schulwege")
    waiting = draft(tree.mannheim, "Wartet auf Freigabe")
    submit(waiting, mannheim_editor)
    tree.mannheim_practice.last_reviewed = LONG_AGO
    tree.mannheim_practice.save()

    soup = dashboard(client, mannheim_editor)

    assert titles(section(soup, "city-practices-drafts")) == ["Entwurf Schulwege"]
    assert titles(section(soup, "city-practices-in-review")) == ["Wartet auf Freigabe"]
    assert titles(section(soup, "city-practices-live")) == [
        "Bildungsmonitoring Mannheim"
    ]
    due = section(soup, "city-practices-due")
    assert titles(due) == ["Bildungsmonitoring Mannheim"]
    assert "zuletzt geprüft am 15.01.2020" in due.get_text()


def test_city_editor_never_sees_another_citys_practices(client, tree, mannheim_editor):
    draft(tree.augsburg, "Augsburger Entwurf")

    panel = section(dashboard(client, mannheim_editor), "city-practices-section")

    assert "Augsburg" not in panel.get_text()
    assert f"/admin/pages/{tree.augsburg_practice.pk}/" not in str(panel)


def test_each_practice_links_to_its_edit_form(client, tree, mannheim_editor):
    live = section(dashboard(client, mannheim_editor), "city-practices-live")
    [link] = live.select("li > a")
    assert link["href"] == f"/admin/pages/{tree.mannheim_practice.pk}/edit/"


def test_new_practice_button_adds_below_the_city_page(client, tree, mannheim_editor):
    panel = section(dashboard(client, mannheim_editor), "city-practices-section")
    button = panel.select_one("a.button")
    assert button.get_text(strip=True) == "Neues Praxisprofil"
    url = f"/admin/pages/add/practices/practicepage/{tree.mannheim.pk}/"
    assert button["href"] == url
    assert client.get(url).status_code == 200


def test_a_recently_reviewed_practice_is_not_due(client, tree, mannheim_editor):
    tree.mannheim_practice.last_reviewed = timezone.localdate()
    tree.mannheim_practice.save()

    due = section(dashboard(client, mannheim_editor), "city-practices-due")

    assert titles(due) == []
    assert "aktuell geprüft" in due.get_text()


def test_review_period_comes_from_the_settings(client, tree, mannheim_editor, settings):
    tree.mannheim_practice.last_reviewed = months_before(timezone.localdate(), 3)
    tree.mannheim_practice.save()
    settings.PRACTICE_REVIEW_MONTHS = 2

    due = section(dashboard(client, mannheim_editor), "city-practices-due")

    assert titles(due) == ["Bildungsmonitoring Mannheim"]
    assert "Seit mehr als 2 Monaten" in due.get_text()


def test_city_editor_gets_no_reviewer_panels(client, tree, mannheim_editor):
    submit(draft(tree.mannheim, "Wartet"), mannheim_editor)

    soup = dashboard(client, mannheim_editor)

    assert soup.find(id="objects-in-workflow-section") is None
    assert soup.find(id="practice-review-queue-section") is None
    assert soup.find(id="practice-review-due-section") is None
    assert soup.find(id="dossier-low-stock-section") is None


def test_city_panel_reads_a_fixed_number_of_queries(
    tree, mannheim_editor, django_assert_max_num_queries
):
    for number in range(15):
        draft(tree.mannheim, f"Entwurf {number}")
        PracticePageFactory(parent=tree.mannheim, last_reviewed=LONG_AGO)
    request = RequestFactory().get("/admin/")
    request.user = mannheim_editor
    panel = CityPracticesPanel([tree.mannheim])

    with django_assert_max_num_queries(8):
        html = panel.render_html({"request": request})

    assert "und 5 weitere Praxisprofile" in html


def test_network_editor_sees_the_review_queue_oldest_first(
    client, tree, mannheim_editor, network_editor
):
    augsburg_editor = make_editor("augsburg", "Redaktion Augsburg")
    older = draft(tree.augsburg, "Zuerst eingereicht")
    submit(older, augsburg_editor)
    submit(draft(tree.mannheim, "Danach eingereicht"), mannheim_editor)
    older.current_workflow_task_state.__class__.objects.filter(
        pk=older.current_workflow_task_state.pk
    ).update(started_at=timezone.now() - datetime.timedelta(days=3))

    queue = section(dashboard(client, network_editor), "practice-review-queue-section")

    assert titles(queue) == ["Zuerst eingereicht", "Danach eingereicht"]
    first, second = queue.select("li")
    assert "Augsburg" in first.get_text() and "seit 3 Tagen" in first.get_text()
    assert "Mannheim" in second.get_text() and "seit heute" in second.get_text()


def test_network_editor_sees_practices_due_for_review_with_their_city(
    client, tree, network_editor
):
    tree.augsburg_practice.last_reviewed = LONG_AGO
    tree.augsburg_practice.save()

    due = section(dashboard(client, network_editor), "practice-review-due-section")

    assert titles(due) == ["Bildungsregion Augsburg"]
    assert "Augsburg, zuletzt geprüft am 15.01.2020" in due.get_text()
    assert "Seit mehr als 12 Monaten" in due.get_text()


def test_network_editor_gets_no_city_panel(client, tree, network_editor):
    soup = dashboard(client, network_editor)
    assert soup.find(id="city-practices-section") is None


def test_network_panels_read_a_fixed_number_of_queries(
    tree, mannheim_editor, network_editor, django_assert_max_num_queries
):
    for number in range(12):
        submit(draft(tree.mannheim, f"Eingereicht {number}"), mannheim_editor)
        PracticePageFactory(parent=tree.augsburg, last_reviewed=LONG_AGO)
    request = RequestFactory().get("/admin/")
    request.user = network_editor
    context = {"request": request}

    with django_assert_max_num_queries(8):
        queue = ReviewQueuePanel(network_editor).render_html(context)
    with django_assert_max_num_queries(2):
        due = OverduePracticesPanel().render_html(context)

    assert queue.count("<li>") == 10
    assert "und 2 weitere Praxisprofile" in queue
    assert "und 2 weitere Praxisprofile" in due
