"""Log lines are JSON on stdout in production and never carry personal data."""

import io
import json
import logging

import pytest

from portal.logs import RedactPersonalData, redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bestellung von erika.muster@augsburg.de", "Bestellung von [E-Mail]"),
        ("Anfrage von 203.0.113.9.", "Anfrage von [IP]."),
        ("Anfrage von 2001:db8::1 und ::1", "Anfrage von [IP] und [IP]"),
        ("client=198.51.100.7", "client=[IP]"),
        ("Rückruf unter +49 821 324-1234", "Rückruf unter [Telefon]"),
        ("Rückruf unter 0821 1234567", "Rückruf unter [Telefon]"),
    ],
)
def test_personal_data_is_redacted(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dossier 12 in Version 1.2.3 am 2026-11-26 um 10:30:45",
        "PDF für Dossier 7 nicht erzeugt",
        "Seite /praxis/augsburg/?seite=2",
    ],
)
def test_ordinary_facts_stay_readable(text):
    assert redact(text) == text


@pytest.fixture
def production_log(settings):
    """A logger wired like the production console handler, writing into a buffer."""
    from django.utils.module_loading import import_string

    config = settings.LOGGING
    spec = dict(config["formatters"]["json"])
    formatter = import_string(spec.pop("()"))(**spec)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    handler.addFilter(RedactPersonalData())
    logger = logging.getLogger("tests.production_log")
    logger.addHandler(handler)
    logger.propagate = False
    yield logger, stream
    logger.removeHandler(handler)


def test_log_lines_are_json_without_personal_data(production_log):
    logger, stream = production_log
    try:
        raise ValueError("Doppelte Adresse: bestellung@example.org")
    except ValueError:
        logger.exception("Mail an %s fehlgeschlagen", "erika@example.org")
    line = json.loads(stream.getvalue())
    assert line["level"] == "ERROR"
    assert line["message"] == "Mail an [E-Mail] fehlgeschlagen"
    assert "ValueError: Doppelte Adresse: [E-Mail]" in line["exc_info"]
    assert "example.org" not in stream.getvalue()


def test_console_handler_writes_to_stdout_through_the_filter(settings):
    console = settings.LOGGING["handlers"]["console"]
    assert console["stream"] == "ext://sys.stdout"
    assert console["filters"] == ["redact"]
    assert settings.LOGGING["filters"]["redact"]["()"] == (
        "portal.logs.RedactPersonalData"
    )
