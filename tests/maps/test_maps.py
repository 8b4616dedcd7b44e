"""The outline of Germany, the projection and the small city maps."""

import io
import json

from bs4 import BeautifulSoup
from django.core.management import call_command

from maps import geometry as maps
from tests.factories import CityFactory, CityPageFactory


def test_outline_is_shipped_small_and_from_natural_earth():
    document = json.loads(maps.OUTLINE_FILE.read_text())
    assert "Natural Earth" in document["source"]
    assert maps.OUTLINE_FILE.stat().st_size < 20_000
    assert sum(len(ring) for ring in document["rings"]) > 300


def test_projection_keeps_north_up_and_west_left():
    flensburg = maps.project(54.78, 9.43)
    munich = maps.project(48.14, 11.58)
    aachen = maps.project(50.78, 6.08)
    goerlitz = maps.project(51.15, 14.99)
    assert flensburg[1] < munich[1]
    assert aachen[0] < goerlitz[0]
    width, height = (int(n) for n in maps.view_box().split()[2:])
    for x, y in (flensburg, munich, aachen, goerlitz):
        assert 0 < x < width and 0 < y < height


def test_outline_path_is_computed_once():
    maps.outline_path.cache_clear()
    path = maps.outline_path()
    assert path.startswith("M") and path.endswith("Z")
    assert maps.outline_path() is path
    assert maps.outline_path.cache_info().hits == 1


def test_labels_stay_on_the_map_and_apart():
    class City:
        def __init__(self, name, latitude, longitude):
            self.name, self.latitude, self.longitude = name, latitude, longitude

    placed = maps.markers(
        [
            (City("Mannheim", 49.48776, 8.46604), "/praxis/mannheim/"),
            (City("Kaiserslautern", 49.4443, 7.7689), None),
            (City("Görlitz", 51.15, 14.99), None),
        ]
    )
    boxes = [marker.label_box(marker.label_position) for marker in placed]
    width = int(maps.view_box().split()[2])
    assert all(box[0] >= 0 and box[2] <= width for box in boxes)
    for index, box in enumerate(boxes):
        for other in boxes[index + 1 :]:
            assert not (
                box[0] < other[2]
                and other[0] < box[2]
                and box[1] < other[3]
                and other[1] < box[3]
            )


def test_simplify_keeps_the_ends_and_drops_points_on_a_line():
    line = [(0, 0), (1, 0.001), (2, 0), (3, 5), (4, 0)]
    assert maps.simplify(line, 0.01) == [(0, 0), (2, 0), (3, 5), (4, 0)]


def test_build_map_outline_reads_a_topojson_file(tmp_path):
    topology = {
        "type": "Topology",
        "transform": {"scale": [0.01, 0.01], "translate": [6, 47]},
        "arcs": [[[0, 0], [100, 0], [0, 100], [-50, 50], [-50, -150]]],
        "objects": {
            "countries": {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "id": "276", "arcs": [[0]]},
                    {"type": "Polygon", "id": "250", "arcs": [[0]]},
                ],
            }
        },
    }
    source, output = tmp_path / "countries.json", tmp_path / "outline.json"
    source.write_text(json.dumps(topology))
    call_command(
        "build_map_outline",
        source=source,
        output=output,
        tolerance=0,
        stdout=io.StringIO(),
    )
    rings = json.loads(output.read_text())["rings"]
    assert rings == []  # five points: a ring too small to draw
    assert maps.decode_topology(topology, "countries", "276") == [
        [(6.0, 47.0), (7.0, 47.0), (7.0, 48.0), (6.5, 48.5), (6.0, 47.0)]
    ]


def test_practice_page_shows_its_city_on_a_small_map(client, open_content):
    page = BeautifulSoup(client.get("/praxis/mannheim/ism/").content, "html.parser")
    figure = page.select_one(".practice__aside .member-map--small")
    assert figure.select("circle.member-map__dot")
    assert figure.figcaption.get_text() == (
        "Lage von Mannheim in Deutschland (Baden-Württemberg)"
    )


def test_city_without_coordinates_gets_no_map(client, open_content):
    CityPageFactory(
        parent=open_content.index, city=CityFactory(name="Ohneort", slug="ohneort")
    )
    response = client.get("/praxis/ohneort/")
    assert response.status_code == 200
    assert "member-map" not in response.content.decode()
    assert "member-map" in client.get("/praxis/mannheim/").content.decode()


def test_labels_stay_inside_germany_and_off_other_dots():
    class City:
        def __init__(self, name, latitude, longitude):
            self.name, self.latitude, self.longitude = name, latitude, longitude

    placed = maps.markers(
        [
            (City("Mannheim", 49.48776, 8.46604), None),
            (City("Kaiserslautern", 49.4443, 7.7689), None),
            (City("Augsburg", 48.3705, 10.8978), None),
            (City("Neumünster", 54.0714, 9.99), None),
        ]
    )
    for marker in placed:
        box = marker.label_box(marker.label_position)
        assert maps._on_land(box), marker.name
        for other in placed:
            assert not (box[0] < other.x < box[2] and box[1] < other.y < box[3])
