"""The map page: static files built from web/ (see web/README.md), served by the API at `/`."""

from __future__ import annotations

from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent / "static"
"""index.html, app.js, app.css, leaflet.js/.css, countries.geojson: mount with StaticFiles(html=True)."""
