"""A burst of changes schedules each derived artefact's rebuild once: the
open-data export, each affected dossier's PDF and the search entries (with all
changed pages in one task), never one rebuild per saved object."""

import datetime
import io
from collections import Counter

import pytest
from django.core.management import call_command
from django.db import transaction
from django_tasks import task_backends
from django_tasks_db.models import DBTaskResult

from core.coalesce import queue_once
from practices.tasks import write_practice_export
from tests.dossiers.factories import (
    DossierIndexPageFactory,
    DossierPageFactory,
    chapter,
)
from tests.factories import (
    ApproachFactory,
    CityFactory,
    CityPageFactory,
    PersonFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
)

DUMMY = "django_tasks.backends.dummy.DummyBackend"
EXPORT = "practices.tasks.write_practice_export"
DOSSIER_PDF = "dossiers.tasks.generate_dossier_pdf"
SEARCH_UPDATE = "search.tasks.update_objects_task"


@pytest.fixture
def queued(settings):
    """Tasks are recorded, not run: what a burst queues can be counted."""
    settings.TASKS = {"default": {"BACKEND": DUMMY}}
    backend = task_backends["default"]
    backend.clear()

    def count():
        return Counter(result.task.module_path for result in backend.results)

    count.results = backend.results
    count.clear = backend.clear
    return count


@pytest.fixture
def city_with_practices(home_page, queued, django_capture_on_commit_callbacks):
    # Set up in a burst of its own, so the tests' bursts start afresh.
    with django_capture_on_commit_callbacks(execute=True):
        approach = ApproachFactory(name="datenbasiert")
        city = CityPageFactory(parent=PracticeIndexPageFactory(parent=home_page))
        practices = [
            PracticePageFactory(parent=city, approaches=[approach]) for _ in range(10)
        ]
        embedding = DossierPageFactory(
            parent=DossierIndexPageFactory(parent=home_page),
            publication_date=datetime.date(2026, 10, 1),
            chapters=[chapter("Praxis", practices[:6])],
        )
        embedding.save_revision().publish()
    queued.clear()
    return practices, embedding


def test_publishing_ten_practices_queues_one_export(
    city_with_practices, queued, django_capture_on_commit_callbacks
):
    practices, _ = city_with_practices
    with django_capture_on_commit_callbacks(execute=True):
        for practice in practices:
            practice.teaser = "Überarbeitet."
            practice.save_revision().publish()
    assert queued()[EXPORT] == 1


def test_publishing_ten_practices_renders_their_dossier_once(
    city_with_practices, queued, django_capture_on_commit_callbacks
):
    practices, embedding = city_with_practices
    with django_capture_on_commit_callbacks(execute=True):
        for practice in practices:
            practice.save_revision().publish()
    pdfs = [r.args for r in queued.results if r.task.module_path == DOSSIER_PDF]
    assert pdfs == [[embedding.pk]]


def test_publishing_ten_practices_reindexes_them_in_one_task(
    city_with_practices, queued, django_capture_on_commit_callbacks, settings
):
    practices, _ = city_with_practices
    with django_capture_on_commit_callbacks(execute=True):
        for practice in practices:
            practice.save_revision().publish()
    updates = [r.args for r in queued.results if r.task.module_path == SEARCH_UPDATE]
    assert updates == [["wagtailcore.Page", sorted(p.pk for p in practices)]]


def test_saving_forty_cities_and_their_people_queues_one_export(
    home_page, queued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(40):
            city = CityFactory(name=f"Neustadt {number}", slug=f"neustadt-{number}")
            PersonFactory(city=city)
            PersonFactory(city=city)
    assert queued()[EXPORT] == 1


def test_generate_content_queues_one_export(
    home_page, queued, django_capture_on_commit_callbacks
):
    ApproachFactory(name="datenbasiert")
    PracticeIndexPageFactory(parent=home_page)
    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "generate_content",
            cities=5,
            practices=0,
            dossiers=0,
            documents=0,
            seed=3,
            no_index=True,
            verbosity=0,
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )
    assert queued()[EXPORT] == 1


def test_a_rolled_back_change_leaves_the_next_burst_its_rebuild(
    home_page, queued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            CityFactory(name="Verworfen", slug="verworfen")
            raise RuntimeError
        with transaction.atomic():
            CityFactory(name="Gespeichert", slug="gespeichert")
    assert queued()[EXPORT] == 1


@pytest.fixture
def database_queue(settings, db):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_a_waiting_task_takes_the_place_of_a_new_one(
    database_queue, django_capture_on_commit_callbacks
):
    for _ in range(3):  # three transactions, one after the other
        with django_capture_on_commit_callbacks(execute=True):
            queue_once(write_practice_export)
    assert DBTaskResult.objects.filter(task_path=EXPORT).count() == 1


def test_a_started_task_does_not_stand_for_later_changes(
    database_queue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        queue_once(write_practice_export)
    DBTaskResult.objects.get(task_path=EXPORT).claim("worker-1")
    # The worker may have read the data before this change: queue again.
    with django_capture_on_commit_callbacks(execute=True):
        queue_once(write_practice_export)
    assert DBTaskResult.objects.filter(task_path=EXPORT).count() == 2
