"""The public entry point: text and publication date in, resolved expressions out."""

from __future__ import annotations

from datetime import date, datetime

from service.temporal.expression import TimeExpression
from service.temporal.finder import find
from service.temporal.resolver import Resolver


def _publication_day(published: object) -> date:
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    if isinstance(published, str):
        try:
            return datetime.fromisoformat(published.strip()).date()
        except ValueError:
            pass
    raise ValueError(
        f"published must be a date, datetime or ISO 8601 date string, got {published!r}")


def tag(text: str, published: date | datetime) -> list[TimeExpression]:
    """Every time expression of ``text``, in text order, resolved against ``published``.

    Pure and thread-safe: all state lives in a per-call :class:`Resolver`.
    Raises ``ValueError`` for a publication date that is not a date.
    """
    dct = _publication_day(published)
    if not isinstance(text, str):
        raise ValueError(f"text must be a string, got {type(text).__name__}")
    if not text:
        return []
    return Resolver(text, dct).resolve_all(find(text))
