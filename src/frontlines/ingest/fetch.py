"""The one place frontlines touches the network: GET a URL the user named (or an item link of a feed
they named), with a deadline, a streamed size limit and typed rejections.

Every failure is a `Rejected` with a reason a batch summary can count: http_error (the detail carries
the status), timeout, network (refused, DNS, reset, bad TLS), too_large, invalid (not http/https).
A 304 Not Modified is not a failure: it comes back as a `Fetched` with status 304 and no content.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urlsplit

import httpx

from frontlines.config import FetchSettings
from frontlines.errors import Rejected


@dataclass(frozen=True)
class Fetched:
    """A response that was read to the end (or a 304)."""

    url: str  # the final URL, after redirects
    status: int
    content: bytes
    content_type: str | None = None  # media type, lower case: "text/html"
    charset: str | None = None  # from the Content-Type header
    etag: str | None = None
    last_modified: str | None = None


def is_http_url(value: str | None) -> bool:
    """An absolute http(s) URL with a host: the only kind frontlines fetches."""
    if not value:
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


class Fetcher:
    """One HTTP client (connection pool) for a run over one target: a page, or a feed and its items.

    Use as a context manager so the pool is closed. `get` never raises anything but `Rejected`."""

    def __init__(self, settings: FetchSettings) -> None:
        self.settings = settings
        self._client = httpx.Client(
            timeout=httpx.Timeout(settings.timeout_seconds),
            follow_redirects=True,
            max_redirects=settings.max_redirects,
            headers={"User-Agent": settings.user_agent},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> Fetched:
        """GET `url`; the whole body, or `Rejected`. The deadline covers the whole exchange, so a server
        that trickles bytes cannot hold a batch longer than `timeout_seconds`."""
        if not is_http_url(url):
            raise Rejected("invalid", f"only http and https URLs are fetched: {url!r}", name=url)
        limit, seconds = self.settings.max_bytes, self.settings.timeout_seconds
        deadline = time.monotonic() + seconds
        try:
            with self._client.stream("GET", url, headers=dict(headers or {})) as resp:
                if resp.status_code >= 400:
                    raise Rejected(
                        "http_error", f"HTTP {resp.status_code} {resp.reason_phrase}".strip(), name=url
                    )
                declared = resp.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise Rejected("too_large", f"{declared} bytes, over the {limit}-byte limit", name=url)
                chunks: list[bytes] = []
                size = 0
                if resp.status_code != 304:
                    for chunk in resp.iter_bytes():
                        size += len(chunk)
                        if size > limit:
                            raise Rejected("too_large", f"over the {limit}-byte limit", name=url)
                        if time.monotonic() > deadline:
                            raise Rejected("timeout", f"not complete within {seconds:g} s", name=url)
                        chunks.append(chunk)
                media, _, _ = resp.headers.get("content-type", "").partition(";")
                return Fetched(
                    url=str(resp.url),
                    status=resp.status_code,
                    content=b"".join(chunks),
                    content_type=media.strip().lower() or None,
                    charset=resp.charset_encoding,
                    etag=resp.headers.get("etag"),
                    last_modified=resp.headers.get("last-modified"),
                )
        except httpx.TimeoutException:
            raise Rejected("timeout", f"no answer within {seconds:g} s", name=url) from None
        except httpx.TooManyRedirects:
            raise Rejected(
                "http_error", f"more than {self.settings.max_redirects} redirects", name=url
            ) from None
        except httpx.UnsupportedProtocol as exc:
            raise Rejected("invalid", f"only http and https URLs are fetched: {exc}", name=url) from None
        except (httpx.TransportError, httpx.DecodingError) as exc:
            raise Rejected("network", f"{type(exc).__name__}: {exc}", name=url) from None
        except httpx.InvalidURL as exc:
            raise Rejected("invalid", f"invalid URL: {exc}", name=url) from None
