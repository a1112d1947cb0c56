"""Values derived from articles for lookups: instants, folded words, digests.

Derived the same way on write and on query, in Python, so that SQLite and
PostgreSQL match identically (their lower()/LIKE disagree outside ASCII).
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime
from typing import Any

_WORD = re.compile(r"\w+")
_PARTIAL_DATE = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2}))?$")


def utcnow() -> datetime:
    """Naive UTC: stored the same on SQLite (no time zones) and PostgreSQL."""
    return datetime.now(UTC).replace(tzinfo=None)


def format_utc(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds") + "Z"


def parse_instant(value: str | None) -> datetime | None:
    """An interval end or a query bound (ISO date or datetime) as naive UTC.

    Dates mean their midnight; ``YYYY`` and ``YYYY-MM`` their first day.
    Returns None for None; raises ValueError for anything else that is not ISO.
    """
    if value is None:
        return None
    text = value.strip()
    partial = _PARTIAL_DATE.match(text)
    if partial:
        return datetime(int(partial["year"]), int(partial["month"] or 1), 1)
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def fold(value: str | None) -> str | None:
    return None if value is None else " ".join(value.casefold().split())


def words(text: str | None) -> list[str]:
    return _WORD.findall(text.casefold()) if text else []


def search_words(*texts: str | None) -> str:
    """The distinct words of ``texts``, sorted, each surrounded by spaces: `` a b c ``.

    A whole-word match is then ``LIKE '% word %'`` on every database.
    """
    distinct = sorted({word for text in texts for word in words(text)})
    return " " + " ".join(distinct) + " " if distinct else " "


def digest(*parts: str) -> str:
    joined = "\x00".join(parts)
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()


def owner_scope(owner: int | None) -> str:
    return "-" if owner is None else str(owner)


def dedup_key(owner: int | None, text: str, published: str) -> str:
    return digest("article", owner_scope(owner), published, text)


def idempotency_scope(owner: int | None, key: str) -> str:
    return digest("idempotency", owner_scope(owner), key)


REQUEST_FIELDS = ("text", "published", "title", "url", "source", "language")


def request_hash(article: dict[str, Any]) -> str:
    """What an Idempotency-Key promises not to change: the article's six fields."""
    body = {name: article.get(name) for name in REQUEST_FIELDS}
    return digest(json.dumps(body, sort_keys=True, ensure_ascii=False))
