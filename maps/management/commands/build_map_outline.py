import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from maps.geometry import OUTLINE_FILE, decode_topology, simplify

DEFAULT_SOURCE = (
    Path(settings.BASE_DIR) / "node_modules" / "world-atlas" / "countries-10m.json"
)
GERMANY = "276"  # ISO 3166-1 numeric, the feature id in world-atlas
MIN_RING_POINTS = 8  # smaller rings are tiny islands, invisible at map size


class Command(BaseCommand):
    help = (
        "Baut den vereinfachten Umriss Deutschlands für die Karten "
        "(maps/data/germany-outline.json) aus world-atlas (Natural Earth)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
        parser.add_argument("--output", type=Path, default=OUTLINE_FILE)
        parser.add_argument(
            "--tolerance",
            type=float,
            default=0.02,
            help="Höchste Abweichung in Grad (Douglas-Peucker).",
        )

    def handle(self, *args, source, output, tolerance, **options):
        if not source.exists():
            raise CommandError(f"{source} fehlt: npm ci installiert world-atlas.")
        topology = json.loads(source.read_text(encoding="utf-8"))
        rings = [
            [(round(lon, 3), round(lat, 3)) for lon, lat in simplify(ring, tolerance)]
            for ring in decode_topology(topology, "countries", GERMANY)
        ]
        rings = [ring for ring in rings if len(ring) >= MIN_RING_POINTS]
        document = {
            "source": f"Natural Earth via world-atlas ({source.name}), public domain",
            "tolerance_degrees": tolerance,
            "rings": rings,
        }
        output.write_text(json.dumps(document, separators=(",", ":")) + "\n")
        points = sum(len(ring) for ring in rings)
        self.stdout.write(f"{len(rings)} Flächen, {points} Punkte → {output}")
