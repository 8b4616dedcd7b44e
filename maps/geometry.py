"""Germany as an SVG outline and member cities placed on it, without tiles or network.

The outline is Natural Earth's (public domain) country border from the npm package
world-atlas, simplified once by `manage.py build_map_outline` into
maps/data/germany-outline.json. Drawing uses a plate carrée projection scaled by
the cosine of Germany's middle latitude, which keeps the country's proportions
within a few per cent; the projected path is computed once per process.
"""

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = [
    "OUTLINE_FILE",
    "MapMarker",
    "decode_topology",
    "markers",
    "outline_path",
    "project",
    "simplify",
    "view_box",
]

OUTLINE_FILE = Path(__file__).parent / "data" / "germany-outline.json"
WIDTH = 400  # viewBox units; the height follows from the country's shape
PADDING = 8
MIDDLE_LATITUDE = 51.2


LABEL_HEIGHT = 14  # viewBox units at the map's font size
LABEL_CHAR_WIDTH = 7.2
LABEL_GAP = 8
# Where a label may go, in order of preference: (position, text-anchor).
LABEL_POSITIONS = ("right", "left", "below", "above", "below-right", "above-right")


@dataclass(frozen=True)
class MapMarker:
    name: str
    url: str | None
    x: float
    y: float
    label_position: str = "right"

    @property
    def label_anchor(self):
        if self.label_position in ("right", "below-right", "above-right"):
            return "start"
        return "end" if self.label_position == "left" else "middle"

    @property
    def label_x(self):
        offset = {
            "right": LABEL_GAP,
            "left": -LABEL_GAP,
            "below-right": -LABEL_GAP / 2,
            "above-right": -LABEL_GAP / 2,
        }
        return round(self.x + offset.get(self.label_position, 0), 1)

    @property
    def label_y(self):
        below, above = LABEL_GAP + LABEL_HEIGHT / 2, -LABEL_GAP - 4
        offset = {
            "below": below,
            "above": above,
            "below-right": below,
            "above-right": above,
        }
        return round(self.y + offset.get(self.label_position, 0), 1)

    def label_box(self, position):
        width = len(self.name) * LABEL_CHAR_WIDTH
        moved = MapMarker(self.name, self.url, self.x, self.y, position)
        left = {
            "start": moved.label_x,
            "end": moved.label_x - width,
            "middle": moved.label_x - width / 2,
        }[moved.label_anchor]
        half = LABEL_HEIGHT / 2
        return (left, moved.label_y - half, left + width, moved.label_y + half)


def _fits(box, boxes, height):
    left, top, right, bottom = box
    inside = left >= 0 and top >= 0 and right <= WIDTH and bottom <= height
    return inside and not any(
        left < other[2] and other[0] < right and top < other[3] and other[1] < bottom
        for other in boxes
    )


def _inside(x, y, ring):
    """Ray casting: is (x, y) inside the polygon `ring`?"""
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _on_land(box):
    """All corners of the label inside Germany: no label crosses the border."""
    left, top, right, bottom = box
    corners = ((left, top), (right, top), (left, bottom), (right, bottom))
    return all(any(_inside(x, y, ring) for ring in land()) for x, y in corners)


def place_labels(markers):
    """Each label clear of the dots and of the labels placed so far, inside
    Germany where it can be, else at least on the map."""
    placed = []
    height = frame()[3]
    radius = LABEL_GAP - 3  # the dot (r 6) and a hair of halo
    # Every dot is taken from the start, so no label covers another city.
    boxes = [(m.x - radius, m.y - radius, m.x + radius, m.y + radius) for m in markers]
    for marker in sorted(markers, key=lambda m: (m.y, m.x)):
        fitting = [
            position
            for position in LABEL_POSITIONS
            if _fits(marker.label_box(position), boxes, height)
        ]
        position = next(
            (p for p in fitting if _on_land(marker.label_box(p))),
            fitting[0] if fitting else "right",
        )
        marker = MapMarker(marker.name, marker.url, marker.x, marker.y, position)
        placed.append(marker)
        boxes.append(marker.label_box(position))
    return sorted(placed, key=lambda m: m.name)


@lru_cache(maxsize=1)
def outline():
    return json.loads(OUTLINE_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def frame():
    """Bounds of the projected outline: (min_x, min_y, scale, height)."""
    points = [_plain(lon, lat) for ring in outline()["rings"] for lon, lat in ring]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    scale = (WIDTH - 2 * PADDING) / (max(xs) - min(xs))
    height = round((max(ys) - min(ys)) * scale + 2 * PADDING)
    return min(xs), min(ys), scale, height


def _plain(lon, lat):
    return lon * math.cos(math.radians(MIDDLE_LATITUDE)), -lat


def project(lat, lon):
    """viewBox coordinates of a point given in decimal degrees."""
    min_x, min_y, scale, _height = frame()
    x, y = _plain(float(lon), float(lat))
    return (
        round((x - min_x) * scale + PADDING, 1),
        round((y - min_y) * scale + PADDING, 1),
    )


@lru_cache(maxsize=1)
def land():
    """The outline's rings in viewBox coordinates."""
    return [[project(lat, lon) for lon, lat in ring] for ring in outline()["rings"]]


@lru_cache(maxsize=1)
def outline_path():
    parts = []
    for ring in outline()["rings"]:
        points = [project(lat, lon) for lon, lat in ring]
        parts.append("M" + "L".join(f"{x:g} {y:g}" for x, y in points) + "Z")
    return "".join(parts)


def view_box():
    return f"0 0 {WIDTH} {frame()[3]}"


def markers(cities):
    """Markers for cities with coordinates; `cities` yields (city, url)."""
    return place_labels(
        [
            MapMarker(city.name, url, *project(city.latitude, city.longitude))
            for city, url in cities
            if city.latitude is not None and city.longitude is not None
        ]
    )


# Building the outline file (manage.py build_map_outline).


def decode_topology(topology, object_name, feature_id):
    """The rings [(lon, lat), …] of one feature of a quantised TopoJSON file."""
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # delta-encoded
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    geometries = topology["objects"][object_name]["geometries"]
    geometry = next(g for g in geometries if str(g.get("id")) == feature_id)
    polygons = geometry["arcs"]
    if geometry["type"] == "Polygon":
        polygons = [polygons]
    rings = []
    for polygon in polygons:
        for ring_arcs in polygon:
            ring = []
            for index in ring_arcs:  # ~index means the arc runs backwards
                points = arcs[index] if index >= 0 else arcs[~index][::-1]
                ring.extend(points[1:] if ring else points)
            rings.append(ring)
    return rings


def simplify(points, tolerance):
    """Douglas–Peucker: drop points closer than `tolerance` to the line."""
    if len(points) < 3:
        return list(points)
    (ax, ay), (bx, by) = points[0], points[-1]
    length = math.hypot(bx - ax, by - ay)
    farthest, distance = 0, -1.0
    for index, (px, py) in enumerate(points[1:-1], start=1):
        if length:
            d = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
        else:
            d = math.hypot(px - ax, py - ay)
        if d > distance:
            farthest, distance = index, d
    if distance <= tolerance:
        return [points[0], points[-1]]
    left = simplify(points[: farthest + 1], tolerance)
    return left[:-1] + simplify(points[farthest:], tolerance)
