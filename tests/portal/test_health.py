"""/healthz: 200 when database, cache and search work, else 503 naming the failure."""

import pytest
from django.core.cache import cache
from django.db import OperationalError, connection


@pytest.mark.django_db
def test_everything_up_answers_200(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "search": "ok"},
        "failed": [],
    }
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_stopped_database_answers_503_naming_it(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", refuse)
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "failed"
    assert body["checks"]["database"] == "failed"
    assert "database" in body["failed"]
    assert body["checks"]["cache"] == "ok"


@pytest.mark.django_db
def test_cache_that_loses_writes_answers_503(client, monkeypatch):
    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: None)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["failed"] == ["cache"]


@pytest.mark.django_db
def test_search_engine_without_index_answers_503(client, monkeypatch):
    class MissingIndex:
        def check(self):
            raise RuntimeError("Index-Alias praxisportal-entries fehlt")

    monkeypatch.setattr("portal.health.get_backend", MissingIndex)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["failed"] == ["search"]


@pytest.fixture
def unreachable_elasticsearch(settings):
    from search.service import get_backend

    settings.ELASTICSEARCH_URL = "http://127.0.0.1:1"  # nothing listens there
    get_backend.cache_clear()
    yield
    get_backend.cache_clear()


@pytest.mark.django_db
def test_unreachable_elasticsearch_answers_503(client, unreachable_elasticsearch):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["failed"] == ["search"]
