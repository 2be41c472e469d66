"""What a read saw besides documents and rejections: feeds not modified, records skipped on purpose.

Readers yield only `InputDoc | Rejected`; the facts that are neither (a 304, a WARC record that is an
image) are counted here, so a summary can say "not modified" or "120 non-HTML records skipped" without
mistaking them for failures. `read_target(...)` returns an iterator whose `.report` is one of these.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field

log = logging.getLogger("frontlines.ingest")

# Why something was passed over, for `ReadReport.skipped` (stable keys; summaries print them).
SKIP_REASONS = {
    "warc_not_response": "WARC record(s) that are not responses",
    "warc_not_200": "WARC response(s) with an HTTP status other than 200",
    "warc_not_html": "WARC response(s) that are not HTML",
    "feed_over_max_items": "feed entries past fetch.max_items",
    "feed_content_used": "feed item(s) read from the entry's own content (page fetch failed)",
}


@dataclass
class ReadReport:
    """Filled in while documents are read; complete once the iterator is exhausted."""

    # feed URLs that answered 304 Not Modified: nothing new since the last run
    not_modified: list[str] = field(default_factory=list)
    # counts by a key of SKIP_REASONS
    skipped: Counter[str] = field(default_factory=Counter)

    def note_not_modified(self, url: str) -> None:
        log.info("%s: not modified since the last fetch", url)
        self.not_modified.append(url)

    def skip(self, key: str, n: int = 1) -> None:
        if key not in SKIP_REASONS:
            raise ValueError(f"unknown skip reason {key!r}")
        self.skipped[key] += n

    def lines(self) -> list[str]:
        """One human line per fact, for a summary on stderr."""
        out = [f"{url}: not modified since the last fetch" for url in self.not_modified]
        out += [f"{n} {SKIP_REASONS[key]}" for key, n in sorted(self.skipped.items()) if n]
        return out
