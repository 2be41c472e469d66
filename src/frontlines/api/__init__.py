"""The HTTP API (docs/api.md): `create_app(settings, store)` builds the FastAPI application."""

from frontlines.api.app import create_app

__all__ = ["create_app"]
