from core.facetindex import FacetIndex, MatchList

# Entries 10..14 in the default order; "titel" lists them in another order.
INDEX = FacetIndex.build(
    [10, 11, 12, 13, 14],
    {
        "farbe": [(10, "rot", "Rot"), (11, "blau", "Blau"), (12, "rot", "Rot")],
        "form": [(10, "rund", "Rund"), (12, "eckig", "Eckig"), (14, "rund", "Rund")],
        "stadt": [(99, "bonn", "Bonn")],  # an entry outside the listing
    },
    orders={"titel": [4, 3, 2, 1, 0]},
)


def test_values_of_one_filter_widen():
    mask = INDEX.matching({"farbe": ["rot", "blau"]})
    assert INDEX.ids_in_order(mask, 0, 10) == [10, 11, 12]


def test_different_filters_narrow():
    mask = INDEX.matching({"farbe": ["rot"], "form": ["rund"]})
    assert INDEX.ids_in_order(mask, 0, 10) == [10]


def test_each_facet_counts_what_the_other_filters_leave():
    selected = {"farbe": ["rot"], "form": ["rund"]}
    counts = INDEX.counts("form", INDEX.matching(selected, skip="form"))
    assert sorted(counts) == [("eckig", "Eckig", 1), ("rund", "Rund", 1)]


def test_unknown_value_matches_nothing():
    assert INDEX.matching({"farbe": ["gruen"]}) == 0


def test_entries_outside_the_listing_are_ignored():
    assert INDEX.counts("stadt", INDEX.everything) == []


def test_pages_follow_another_order():
    mask = INDEX.matching({"form": ["rund", "eckig"]})
    assert INDEX.ids_in_order(mask, 0, 2, order="titel") == [14, 12]
    assert INDEX.ids_in_order(mask, 2, 4, order="titel") == [10]


def test_match_list_slices_and_counts_like_a_queryset():
    matches = MatchList(INDEX, INDEX.everything, lambda ids: [f"#{i}" for i in ids])
    assert len(matches) == matches.count() == 5
    assert matches[1:3] == ["#11", "#12"]
    assert matches[4] == "#14"


def test_an_updated_index_equals_one_built_with_the_change():
    # 11 leaves, 15 arrives before 13, 12 turns from red to blue.
    updated = INDEX.updated(
        {11, 12, 15},
        [
            (15, {"farbe": [("blau", "Blau")]}, 13),
            (12, {"farbe": [("blau", "Blau")]}, 13),
        ],
    )
    built = FacetIndex.build(
        [10, 15, 12, 13, 14],
        {
            "farbe": [(10, "rot", "Rot"), (15, "blau", "Blau"), (12, "blau", "Blau")],
            "form": [(10, "rund", "Rund"), (14, "rund", "Rund")],
        },
    )
    assert updated.ids == built.ids
    for key, masks in built.masks.items():
        assert {v: m for v, m in updated.masks[key].items() if m} == masks


def test_an_update_with_an_unknown_successor_asks_for_a_rebuild():
    assert INDEX.updated(set(), [(20, {}, 99)]) is None


def test_most_shared_ranks_by_shared_values_then_default_order():
    shared = INDEX.most_shared([("farbe", "rot"), ("form", "rund")])
    # 10 has both; 12 and 14 one each, in the default order; 11 and 13 none.
    assert shared == [10, 12, 14]


def test_most_shared_leaves_out_the_excluded_and_stops_at_the_limit():
    shared = INDEX.most_shared([("farbe", "rot"), ("form", "rund")], exclude=[10])
    assert shared == [12, 14]
    assert INDEX.most_shared([("farbe", "rot")], limit=1) == [10]


def test_most_shared_of_unknown_values_is_empty():
    assert INDEX.most_shared([("farbe", "gruen")]) == []
