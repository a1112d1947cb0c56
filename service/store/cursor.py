"""Opaque keyset cursors: the (created_at, id) of the last record of a page.

Keyset rather than offset so that timelines created while a client pages do
not shift or repeat what it sees.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from datetime import datetime

from service.store.errors import InvalidCursor

_ID = re.compile(r"^[0-9a-f]{32}$")


def encode(created_at: datetime, article_id: str) -> str:
    raw = json.dumps([created_at.isoformat(timespec="microseconds"), article_id])
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode(cursor: str) -> tuple[datetime, str]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        raw = base64.urlsafe_b64decode(padded.encode("ascii"))
        created, article_id = json.loads(raw)
        moment = datetime.fromisoformat(created)
    except (ValueError, TypeError, UnicodeError, binascii.Error) as exc:
        raise InvalidCursor(f"invalid cursor: {cursor!r}") from exc
    if moment.tzinfo is not None or not isinstance(article_id, str) or not _ID.match(article_id):
        raise InvalidCursor(f"invalid cursor: {cursor!r}")
    return moment, article_id
