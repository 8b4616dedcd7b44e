"""The judged query set and the scoring of bench/search_quality.py."""

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "search_quality.py"
CATEGORIES = {
    "inflection",
    "spelling",
    "compound",
    "hyphenation",
    "acronym",
    "names",
    "multiword",
    "phrase",
    "typo",
    "prefix",
    "loanword",
    "number",
    "tag",
    "nothing",
}


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("search_quality", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_set_has_150_queries_in_every_category(bench):
    judged = bench.read_set()

    assert len(judged) >= 150
    assert {category for category, _, _ in judged} == CATEGORIES
    assert len({query for _, query, _ in judged}) == len(judged)


def test_only_queries_that_must_find_nothing_lack_relevant_pages(bench):
    empty = {category for category, _, relevant in bench.read_set() if not relevant}

    assert empty == {"nothing"}


def test_a_relevant_page_in_second_place_scores_half(bench):
    assert bench.scores(["/a/", "/b/", "/c/"], {"/b/", "/d/"}) == (0.5, 0.0, 0.5)


def test_a_miss_scores_nothing(bench):
    assert bench.scores(["/a/"], {"/b/"}) == (0.0, 0.0, 0.0)


def test_a_query_that_must_find_nothing_fails_with_any_hit(bench):
    assert bench.scores([], set()) == (1.0, 1.0, 1.0)
    assert bench.scores(["/a/"], set()) == (0.0, 0.0, 0.0)


def test_categories_are_averaged_and_summed_up(bench):
    rows = [
        {"category": "typo", "scores": (1.0, 1.0, 1.0)},
        {"category": "typo", "scores": (0.0, 0.0, 0.5)},
        {"category": "tag", "scores": (0.5, 0.0, 1.0)},
    ]

    summary = bench.summarise(rows)

    assert summary["typo"] == (2, 0.5, 0.5, 0.75)
    assert summary["gesamt"] == (3, 0.5, 1 / 3, 2.5 / 3)
