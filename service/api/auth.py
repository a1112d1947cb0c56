"""API keys: who is calling, and therefore which timelines they may see.

Keys are checked on every ``/v1`` request against the store, so a key created
or revoked with ``timeline keys`` takes effect at once in every worker.
"""

from __future__ import annotations

from typing import Any

from flask import g, request


def presented_key() -> str | None:
    """The key from ``Authorization: Bearer <key>`` or ``X-API-Key: <key>``."""
    header = request.headers.get("Authorization", "")
    scheme, _, credentials = header.partition(" ")
    if scheme.lower() == "bearer" and credentials.strip():
        return credentials.strip()
    key = request.headers.get("X-API-Key", "").strip()
    return key or None


def authenticate(store: Any) -> dict[str, Any] | None:
    """Set ``g.owner`` for the request; return what to refuse with, or None to go on."""
    g.owner = None
    if not store.has_keys():
        return None
    key = presented_key()
    owner = store.authenticate(key) if key else None
    if owner is None:
        detail = "Invalid API key." if key else "An API key is required."
        return {
            "message": f"{detail} Send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'.",
            "headers": {"WWW-Authenticate": 'Bearer realm="timeline-api"'},
        }
    g.owner = owner
    return None


def current_owner() -> int | None:
    return g.get("owner")
