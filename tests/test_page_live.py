"""The map page end to end: the real app (`create_app`) over a real SQLite store filled by the real ingest
path, served by uvicorn on 127.0.0.1, driven in headless Debian Chromium. The canned-API page tests
(test_page.py) check the page's behaviour in detail; this one checks that page and API agree."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from live_server import Server

from frontlines.api import create_app
from frontlines.config import load_settings
from frontlines.extract import Extractor
from frontlines.store import Store
from frontlines.store.ingest import ingest

pytest.importorskip("playwright")
from playwright.sync_api import sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
HOSTILE = {
    "title": "Clashes in Aleppo",
    "published": "2016-08-02",
    "source": "Test Wire",
    "text": "ALEPPO, Aug. 2 — Syrian troops clashed with rebels in Aleppo on Monday, killing four fighters "
    '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">, the army said.',
}


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory, extractor: Extractor) -> Iterator[str]:
    if not CHROMIUM.exists():
        pytest.skip("install Debian chromium: apt-get install chromium")
    tmp = tmp_path_factory.mktemp("live")
    inputs = tmp / "inputs.jsonl"
    samples = resources.files("frontlines").joinpath("examples", "samples.jsonl").read_text(encoding="utf-8")
    inputs.write_text(samples + json.dumps(HOSTILE) + "\n", encoding="utf-8")
    settings = load_settings(env={"FRONTLINES_STORE_DATA_DIR": str(tmp)})
    store = Store.open(f"sqlite:///{tmp / 'live.db'}")
    ingest([str(inputs)], settings, store, extractor=extractor)
    with Server(create_app(settings, store)) as client:
        assert client.get("/").headers["content-security-policy"] == "default-src 'self'"
        yield str(client.base_url)
    store.close()


def test_the_page_shows_stored_events_and_their_evidence_as_text(base_url: str) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"], headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        problems: list[str] = []
        page.on("pageerror", lambda err: problems.append(str(err)))
        page.goto(base_url + "/")
        page.wait_for_function("() => document.querySelectorAll('path.fl-marker').length > 5")
        # the hostile article's event: open it from its marker and read the evidence sentence
        ids = page.eval_on_selector_all("path.fl-marker", "ms => ms.map(m => m.dataset.eventId)")
        hostile = None
        for event_id in ids:
            detail = page.request.get(f"{base_url}/api/events/{event_id}").json()
            if "__pwned" in detail["evidence"]["sentence"]:
                hostile = detail
                break
        assert hostile is not None, "the hostile article's event is not on the map"
        page.click(f'path.fl-marker[data-event-id="{hostile["id"]}"]')
        page.wait_for_selector("#evidence")
        shown = page.text_content("#evidence") or ""
        assert shown == hostile["evidence"]["sentence"]
        assert "<script>window.__pwned=1</script>" in shown
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator("#panel script, #panel img").count() == 0
        # the territorial-control layer: one square per place whose holder changed, labelled
        page.check("#show-control")
        page.wait_for_function("() => document.querySelectorAll('path.fl-control').length > 0")
        labels = page.eval_on_selector_all(
            "path.fl-control", "ps => ps.map(p => p.getAttribute('aria-label'))"
        )
        assert any("Military Forces of Syria since" in (x or "") for x in labels), labels
        assert "change of control" in (page.text_content("#control-status") or "")
        assert problems == []
        browser.close()
