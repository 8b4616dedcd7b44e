import pytest
from bs4 import BeautifulSoup

from tests.factories import PracticePageFactory


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return sorted(a.get_text() for a in soup.select(".practice-card .card__title a"))


def option_counts(response, key):
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        box["value"]: box.find_next("span", class_="count").get_text()
        for box in soup.select(f"input[name='{key}']")
    }


def test_listing_shows_every_live_practice(client, practice_tree):
    response = client.get("/praxis/")
    assert response.status_code == 200
    assert titles(response) == [
        "Bildungsmonitoring",
        "Integriertes Sozialmanagement",
        "Quartiersbüros",
    ]


def test_listing_hides_drafts(client, practice_tree):
    PracticePageFactory(parent=practice_tree["mannheim"], title="Entwurf", live=False)
    assert "Entwurf" not in titles(client.get("/praxis/"))


def test_filter_by_approach(client, practice_tree):
    response = client.get("/praxis/", {"ansatz": "datenbasiert"})
    assert titles(response) == ["Bildungsmonitoring", "Integriertes Sozialmanagement"]


def test_two_filters_combine(client, practice_tree):
    response = client.get("/praxis/", {"ansatz": "datenbasiert", "stadt": "mannheim"})
    assert titles(response) == ["Integriertes Sozialmanagement"]


def test_values_of_one_filter_widen_the_result(client, practice_tree):
    response = client.get("/praxis/", {"ansatz": ["partizipativ", "sozialraeumlich"]})
    assert titles(response) == ["Integriertes Sozialmanagement", "Quartiersbüros"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"land": "BY"}, ["Bildungsmonitoring"]),
        ({"status": "abgeschlossen"}, ["Quartiersbüros"]),
        (
            {"thema": "steuerung"},
            ["Bildungsmonitoring", "Integriertes Sozialmanagement"],
        ),
    ],
)
def test_filter_by_state_status_and_topic(client, practice_tree, params, expected):
    assert titles(client.get("/praxis/", params)) == expected


def test_options_count_what_the_other_filters_leave(client, practice_tree):
    response = client.get("/praxis/", {"stadt": "mannheim"})
    assert option_counts(response, "ansatz") == {
        "datenbasiert": "(1)",
        "sozialraeumlich": "(1)",
        "partizipativ": "(1)",
    }
    assert option_counts(response, "stadt") == {"augsburg": "(1)", "mannheim": "(2)"}


def test_active_filters_are_listed_with_a_link_that_removes_each(client, practice_tree):
    response = client.get("/praxis/", {"ansatz": "datenbasiert", "stadt": "mannheim"})
    soup = BeautifulSoup(response.content, "html.parser")
    chips = {a.get_text(" ", strip=True): a["href"] for a in soup.select(".chip")}
    assert chips["Kommune: Mannheim – Filter entfernen ×"] == "?ansatz=datenbasiert"
    assert chips["Ansatz: datenbasiert – Filter entfernen ×"] == "?stadt=mannheim"


def test_a_filter_that_leaves_nothing_stays_visible_and_removable(
    client, practice_tree
):
    response = client.get(
        "/praxis/",
        {"ansatz": "datenbasiert", "stadt": "augsburg", "status": "abgeschlossen"},
    )
    soup = BeautifulSoup(response.content, "html.parser")
    chips = {a.get_text(" ", strip=True): a["href"] for a in soup.select(".chip")}
    assert chips["Kommune: Augsburg – Filter entfernen ×"] == (
        "?ansatz=datenbasiert&status=abgeschlossen"
    )
    checked = soup.select_one("input[name=stadt][value=augsburg]")
    assert checked.has_attr("checked")
    assert option_counts(response, "stadt")["augsburg"] == "(0)"


def test_an_unknown_filter_value_is_ignored_and_dropped_from_links(
    client, practice_tree
):
    response = client.get("/praxis/", {"stadt": "atlantis", "status": "laufend"})
    soup = BeautifulSoup(response.content, "html.parser")
    assert titles(response) == ["Bildungsmonitoring", "Integriertes Sozialmanagement"]
    assert "atlantis" not in " ".join(a["href"] for a in soup.select("a[href^='?']"))


def test_empty_result_says_so_and_offers_a_reset(client, practice_tree):
    response = client.get("/praxis/", {"ansatz": "partizipativ", "stadt": "augsburg"})
    content = response.content.decode()
    assert "Keine Praxisprofile passen zu diesen Filtern." in content
    assert 'href="/praxis/">Alle Filter zurücksetzen' in content


def test_sort_by_title(client, practice_tree):
    response = client.get("/praxis/", {"sortierung": "titel"})
    soup = BeautifulSoup(response.content, "html.parser")
    shown = [a.get_text() for a in soup.select(".practice-card .card__title a")]
    assert shown == sorted(shown)


def test_pagination_keeps_the_filters(client, practice_tree):
    for number in range(13):
        PracticePageFactory(parent=practice_tree["augsburg"], title=f"Praxis {number}")
    response = client.get("/praxis/", {"stadt": "augsburg"})
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("a[rel=next]")["href"] == "?stadt=augsburg&seite=2"
    second = client.get("/praxis/", {"stadt": "augsburg", "seite": "2"})
    assert len(titles(second)) == 2


@pytest.mark.parametrize(
    "params",
    [
        {"ansatz": "gibt-es-nicht"},
        {"seite": "999"},
        {"seite": "-1"},
        {"seite": "abc"},
        {"sortierung": "'; DROP TABLE"},
        {"stadt": "x" * 5000},
        {"thema": ["a"] * 500},
    ],
)
def test_hostile_parameters_give_a_page_not_an_error(client, practice_tree, params):
    assert client.get("/praxis/", params).status_code == 200


def test_listing_queries_do_not_grow_with_practices(
    client, practice_tree, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/praxis/")  # warm the site and settings caches
    with CaptureQueriesContext(connection) as small:
        client.get("/praxis/", {"ansatz": "datenbasiert"})
    for number in range(30):
        PracticePageFactory(parent=practice_tree["augsburg"], title=f"Praxis {number}")
    small = len(small)  # read before the next request clears the query log
    client.get("/praxis/")  # new content empties the cached chrome
    with django_assert_num_queries(small):
        client.get("/praxis/", {"ansatz": "datenbasiert"})


def test_chosen_approach_without_hits_stays_checked(client, practice_tree):
    response = client.get("/praxis/", {"ansatz": "partizipativ", "stadt": "augsburg"})
    soup = BeautifulSoup(response.content, "html.parser")
    box = soup.select_one("input[name=ansatz][value=partizipativ]")
    assert box.has_attr("checked")


@pytest.mark.parametrize(
    ("tag_slug", "link", "text"),
    [
        ("datenbasiert", "/praxis/?ansatz=datenbasiert", "#datenbasiert"),
        ("steuerung", "/praxis/?thema=steuerung", "#Steuerung"),
    ],
)
def test_tag_page_links_the_listing_filtered_by_the_tag(
    client, practice_tree, tag_slug, link, text
):
    soup = BeautifulSoup(client.get(f"/schlagwort/{tag_slug}/").content, "html.parser")
    more = soup.select_one(".tag-group__more a")
    assert more["href"] == link
    assert more.get_text() == f"Praxisprofile zu {text} weiter filtern"
    assert titles(client.get(link)) == [
        "Bildungsmonitoring",
        "Integriertes Sozialmanagement",
    ]


def test_a_new_practice_is_listed_and_counted_at_once(client, practice_tree):
    before = option_counts(client.get("/praxis/"), "stadt")["mannheim"]
    PracticePageFactory(parent=practice_tree["mannheim"], title="Neu im Netz")
    response = client.get("/praxis/", {"stadt": "mannheim"})
    assert "Neu im Netz" in titles(response)
    assert (before, option_counts(response, "stadt")["mannheim"]) == ("(2)", "(3)")


def test_an_unpublished_practice_leaves_the_listing_at_once(client, practice_tree):
    client.get("/praxis/")
    practice = practice_tree["mannheim"].get_children().first().specific
    practice.unpublish()
    assert practice.title not in titles(client.get("/praxis/"))
