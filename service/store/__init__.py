"""Storage of timelines and API keys: SQLAlchemy 2 on SQLite or PostgreSQL, Alembic migrations.

The API uses :class:`Store` only; tables and migrations are internal.
"""

from service.store.errors import IdempotencyConflict, InvalidCursor, KeyExists, StoreError
from service.store.store import Store

__all__ = ["IdempotencyConflict", "InvalidCursor", "KeyExists", "Store", "StoreError"]
