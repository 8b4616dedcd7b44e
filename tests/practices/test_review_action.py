"""'Geprüft, unverändert': a city confirms a live practice without a new revision."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.test import Client
from django.utils import timezone
from wagtail.models import PageLogEntry

from practices.export import write_export
from practices.models import PracticePage
from practices.review import REVIEW_ACTION
from tests.practices import make_editor, practice_form_data

pytestmark = pytest.mark.django_db

OLD_DATE = datetime.date(2024, 3, 1)
DENIED_MESSAGE = "Sie haben leider keinen Zugang zu diesem Bereich."


@pytest.fixture
def practice(tree):
    """Mannheim's live practice, published from a revision, reviewed long ago."""
    page = tree.mannheim_practice
    page.last_reviewed = OLD_DATE
    page.save_revision().publish()
    return PracticePage.objects.get(pk=page.pk)


@pytest.fixture
def editor_client(client, mannheim_editor):
    client.force_login(mannheim_editor)
    return client


def mark_url(page):
    return f"/admin/praxis/{page.pk}/geprueft/"


def messages_of(response):
    return [str(message).strip() for message in get_messages(response.wsgi_request)]


def main_text(response):
    main = BeautifulSoup(response.text, "html.parser").find("main")
    return " ".join(main.get_text(" ").split())


def assert_denied(response):
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert DENIED_MESSAGE in messages_of(response)


def test_the_confirmation_names_the_practice_and_changes_nothing(
    editor_client, practice
):
    response = editor_client.get(mark_url(practice))

    assert response.status_code == 200
    text = main_text(response)
    assert "Bildungsmonitoring Mannheim" in text
    assert "Zuletzt geprüft am 1. März 2024 ." in text
    assert "Ja, als geprüft markieren" in text
    practice.refresh_from_db()
    assert practice.last_reviewed == OLD_DATE


def test_marking_sets_today_without_a_new_revision(editor_client, practice):
    revisions = practice.revisions.count()

    response = editor_client.post(mark_url(practice))

    practice.refresh_from_db()
    assert practice.last_reviewed == timezone.localdate()
    assert practice.revisions.count() == revisions
    assert practice.live_revision.as_object().last_reviewed == timezone.localdate()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{practice.pk}/edit/"
    assert "Als geprüft markiert" in messages_of(response)


def test_marking_keeps_the_publication_dates(editor_client, practice):
    published = practice.last_published_at

    editor_client.post(mark_url(practice))

    practice.refresh_from_db()
    assert practice.last_published_at == published
    assert not practice.has_unpublished_changes


def test_a_pending_draft_published_later_keeps_the_new_date(editor_client, practice):
    practice.title = "Bildungsmonitoring Mannheim (neu)"
    draft = practice.save_revision()

    editor_client.post(mark_url(practice))
    draft.refresh_from_db()
    draft.publish()

    practice.refresh_from_db()
    assert practice.title == "Bildungsmonitoring Mannheim (neu)"
    assert practice.last_reviewed == timezone.localdate()


def test_a_draft_saved_in_the_editor_afterwards_keeps_the_new_date(
    editor_client, practice, tree
):
    editor_client.post(mark_url(practice))

    today = timezone.localdate().strftime("%d.%m.%Y")
    edit = editor_client.get(f"/admin/pages/{practice.pk}/edit/")
    assert f'value="{today}"' in edit.text
    editor_client.post(
        f"/admin/pages/{practice.pk}/edit/",
        practice_form_data(
            tree.approach,
            "Bildungsmonitoring Mannheim",
            practice.slug,
            last_reviewed=today,
        ),
    )
    practice.refresh_from_db()
    practice.latest_revision.publish()

    practice.refresh_from_db()
    assert practice.last_reviewed == timezone.localdate()


def test_marking_is_logged_in_the_history(editor_client, practice, mannheim_editor):
    editor_client.post(mark_url(practice))

    entry = PageLogEntry.objects.get(page=practice, action=REVIEW_ACTION)
    assert entry.user == mannheim_editor
    history = editor_client.get(f"/admin/pages/{practice.pk}/history/")
    today = timezone.localdate().strftime("%d.%m.%Y")
    assert f"Als geprüft markiert (Prüfdatum {today})" in history.text


def test_a_network_editor_may_mark_any_city(client, practice, tree):
    client.force_login(make_editor("netzwerk", "Netzwerkredaktion"))
    augsburg = tree.augsburg_practice

    response = client.post(mark_url(augsburg))

    augsburg.refresh_from_db()
    assert response.status_code == 302
    assert augsburg.last_reviewed == timezone.localdate()


def test_another_citys_editor_is_refused(editor_client, tree):
    augsburg = tree.augsburg_practice

    assert_denied(editor_client.get(mark_url(augsburg)))
    assert_denied(editor_client.post(mark_url(augsburg)))
    augsburg.refresh_from_db()
    assert augsburg.last_reviewed is None


def test_visitors_are_sent_to_the_login(client, practice):
    response = client.post(mark_url(practice))

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    practice.refresh_from_db()
    assert practice.last_reviewed == OLD_DATE


def test_a_draft_that_never_went_live_cannot_be_marked(editor_client, practice):
    practice.unpublish()

    assert_denied(editor_client.post(mark_url(practice)))


def test_a_post_without_csrf_token_is_refused(mannheim_editor, practice):
    client = Client(enforce_csrf_checks=True)
    client.force_login(mannheim_editor)

    response = client.post(mark_url(practice))

    assert response.status_code == 403
    practice.refresh_from_db()
    assert practice.last_reviewed == OLD_DATE


def test_an_offsite_next_address_is_ignored(editor_client, practice):
    response = editor_client.post(
        mark_url(practice), {"next": "https://boese.example.org/"}
    )

    assert response["Location"] == f"/admin/pages/{practice.pk}/edit/"


def test_the_editor_offers_the_action_on_a_live_practice(editor_client, practice):
    response = editor_client.get(f"/admin/pages/{practice.pk}/edit/")

    assert "Geprüft, unverändert" in response.text
    assert f'href="{mark_url(practice)}"' in response.text


def test_the_editor_hides_the_action_on_other_pages(editor_client, practice, tree):
    response = editor_client.get(f"/admin/pages/{tree.mannheim.pk}/edit/")

    assert "Geprüft, unverändert" not in response.text


def test_the_page_listing_offers_the_action(editor_client, practice, tree):
    response = editor_client.get(f"/admin/pages/{tree.mannheim.pk}/")

    assert "Geprüft, unverändert" in response.text
    assert mark_url(practice) in response.text


def test_the_public_page_shows_the_new_date_despite_the_page_cache(
    client, mannheim_editor, practice, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_TIMEOUT = 600
    url = practice.url
    client.get(url)  # the first visit also creates the site settings
    assert "1. März 2024" in client.get(url).text
    assert client.get(url)["X-Portal-Cache"] == "hit"

    editor = Client()
    editor.force_login(mannheim_editor)
    with django_capture_on_commit_callbacks(execute=True):
        editor.post(mark_url(practice))

    response = client.get(url)
    assert response["X-Portal-Cache"] == "miss"
    today = timezone.localdate()
    assert f'<time datetime="{today:%Y-%m-%d}">' in response.text


def test_the_open_data_export_gets_the_new_date(
    client,
    mannheim_editor,
    practice,
    settings,
    tmp_path,
    django_capture_on_commit_callbacks,
):
    settings.MEDIA_ROOT = tmp_path / "media"
    write_export()
    editor = Client()
    editor.force_login(mannheim_editor)

    with django_capture_on_commit_callbacks(execute=True):
        editor.post(mark_url(practice))

    response = client.get("/daten/praxisprofile.csv")
    text = b"".join(response.streaming_content).decode("utf-8")
    rows = csv.DictReader(io.StringIO(text))
    row = next(row for row in rows if row["titel"] == practice.title)
    assert row["zuletzt_geprueft"] == timezone.localdate().isoformat()


def test_a_practice_in_review_is_locked_for_its_city_but_not_the_reviewers(
    editor_client, client, practice, tree
):
    editor_client.post(
        f"/admin/pages/{practice.pk}/edit/",
        practice_form_data(
            tree.approach,
            "Bildungsmonitoring Mannheim",
            practice.slug,
            **{"action-submit": "1"},
        ),
    )
    assert practice.workflow_states.get().status == "in_progress"

    assert_denied(editor_client.post(mark_url(practice)))
    reviewer = Client()
    reviewer.force_login(make_editor("netzwerk", "Netzwerkredaktion"))
    reviewer.post(mark_url(practice))
    practice.refresh_from_db()
    assert practice.last_reviewed == timezone.localdate()
