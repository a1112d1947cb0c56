"""Errors the store raises for requests it refuses, so the API can map each to a status."""

from __future__ import annotations


class StoreError(Exception):
    """Base class: a request the store refuses (not a database failure)."""


class IdempotencyConflict(StoreError):
    """An Idempotency-Key was reused with a different article body."""


class KeyExists(StoreError):
    """An active API key already has that name."""


class InvalidCursor(StoreError, ValueError):
    """A pagination cursor that this store did not issue (or that was altered)."""
