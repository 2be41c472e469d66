"""The committed map page build is up to date with web/ and stays small, local and free of HTML sinks."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from frontlines.web import STATIC_DIR

ROOT = Path(__file__).resolve().parents[1]
WEB = ROOT / "web"
PAGE_FILES = sorted(p.name for p in (WEB / "src").iterdir())


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_static_directory_is_the_one_in_the_source_tree() -> None:
    assert STATIC_DIR == ROOT / "src" / "frontlines" / "web" / "static"
    assert (STATIC_DIR / "index.html").is_file()


def test_the_committed_build_matches_its_sources() -> None:
    info = json.loads((STATIC_DIR / "build-info.json").read_text())
    expected = {name: sha256(WEB / name) for name in ("build.mjs", "package.json", "package-lock.json")}
    expected |= {f"src/{name}": sha256(WEB / "src" / name) for name in PAGE_FILES}
    assert info["inputs"] == expected, "the page build is stale: run `make web` and commit the result"
    for name in PAGE_FILES:
        assert (STATIC_DIR / name).read_bytes() == (WEB / "src" / name).read_bytes(), name
    lock = json.loads((WEB / "package-lock.json").read_text())
    for pkg, version in info["packages"].items():
        assert lock["packages"][f"node_modules/{pkg}"]["version"] == version


def test_npm_dependencies_are_pinned_exactly() -> None:
    package = json.loads((WEB / "package.json").read_text())
    for name, version in package["devDependencies"].items():
        assert re.fullmatch(r"\d+\.\d+\.\d+", version), f"{name} {version} is not an exact version"


def test_the_bundle_is_small_and_complete() -> None:
    names = {p.name for p in STATIC_DIR.iterdir()}
    assert {"index.html", "app.js", "app.css", "leaflet.js", "leaflet.css", "LEAFLET-LICENSE"} <= names
    assert {"countries.geojson", "build-info.json"} <= names
    total = sum(p.stat().st_size for p in STATIC_DIR.iterdir())
    assert total < 2_000_000, f"static assets are {total} bytes"
    countries = json.loads((STATIC_DIR / "countries.geojson").read_text())
    assert len(countries["features"]) > 200
    assert "Sudan" in {f["properties"]["name"] for f in countries["features"]}


def test_the_page_loads_nothing_remote_and_parses_no_data_as_html() -> None:
    for name in ("index.html", "app.js", "app.css"):
        text = (WEB / "src" / name).read_text()
        remote = [
            u
            for u in re.findall(r"(?:https?:)?//[\w.-]+\.[a-z]{2,}[^\s\"')]*", text)
            if "w3.org/2000/svg" not in u
        ]
        assert not remote, f"{name} refers to {remote}"
    script = (WEB / "src" / "app.js").read_text()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in script, sink
    html = (WEB / "src" / "index.html").read_text()
    assert not re.search(r"\son[a-z]+\s*=", html), "inline event handler"
    assert not re.search(r"<script>|<style>|\sstyle=", html), "inline script or style"


@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")
def test_the_directory_mounts_as_starlette_static_files() -> None:
    """How the API serves the page: StaticFiles(html=True) at `/`, mounted after the API routes."""
    from fastapi import FastAPI
    from fastapi.staticfiles import StaticFiles
    from fastapi.testclient import TestClient

    app = FastAPI()

    @app.get("/api/stats")
    def stats() -> dict[str, object]:
        return {"total": 0, "by_day": [], "by_type": []}

    app.mount("/", StaticFiles(directory=STATIC_DIR, html=True), name="page")
    client = TestClient(app)
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert client.get("/countries.geojson").headers["content-type"] == "application/geo+json"
    assert client.get("/app.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/api/stats").json()["total"] == 0
