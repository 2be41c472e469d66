"""POST /api/articles: code one article and store it (the API's only write)."""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path
from typing import Any

from frontlines.api.errors import ApiError
from frontlines.config import Settings
from frontlines.errors import Rejected
from frontlines.ingest.sources import read_targets
from frontlines.ingest.text import InputDoc, make_doc
from frontlines.store.ingest import code_one
from frontlines.store.linking import link_pending
from frontlines.store.store import Coded, Store


class Submitter:
    """Builds its Extractor on the first POST (a read-only server never loads the models)."""

    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings = settings
        self.store = store
        self._lock = threading.Lock()
        self._extractor: Any = None
        self._run_id: str | None = None

    def _doc(self, text: str | None, html: str | None, meta: dict[str, str | None]) -> InputDoc:
        try:
            if text is not None:
                return make_doc("<post>", text, meta)
            assert html is not None
            # HTML goes through the same readers as `frontlines ingest` (content-detected)
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "post.html"
                path.write_text(html, encoding="utf-8")
                docs = list(read_targets([str(path)], self.settings, **meta))
        except Rejected as rej:
            raise ApiError(422, rej.message, "rejected") from None
        if len(docs) != 1:
            raise ApiError(422, f"the HTML holds {len(docs)} documents; post one article", "rejected")
        if isinstance(docs[0], Rejected):
            raise ApiError(422, docs[0].message, "rejected")
        return docs[0]

    def submit(
        self, text: str | None, html: str | None, meta: dict[str, str | None]
    ) -> tuple[bool, dict[str, Any]]:
        """(created, response body). Raises ApiError 422 for a rejected article."""
        doc = self._doc(text, html, meta)
        with self._lock:
            if self._extractor is None:
                from frontlines.extract import Extractor

                self._extractor = Extractor(self.settings)
                self._run_id = self.store.start_run("serve: POST /api/articles")
        coded: Coded = code_one(self._extractor, doc)
        if coded.result is None:
            if coded.stage:
                raise ApiError(500, coded.detail, "stage_error")
            raise ApiError(
                422, f"{coded.reason}: {coded.detail}" if coded.detail else str(coded.reason), "rejected"
            )
        (status,) = self.store.write_batch([coded], self._run_id)
        link_pending(self.store)  # the API is the writer here: it links what it stored
        art_id = coded.result.article.id
        stored = self.store.article(art_id)
        ids = stored["events"] if stored else [e.id for e in coded.result.events]
        return status == "stored", {"id": art_id, "events": ids, "created": status == "stored"}
