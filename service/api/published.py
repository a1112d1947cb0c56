"""The publication date clients send: an ISO date, or a datetime that says its offset.

A datetime without an offset is refused because "15:00" means a different day in
Seoul and in Washington, and every relative expression ("yesterday", "last
night") is resolved against it.
"""

from __future__ import annotations

import re
from datetime import date, datetime

PUBLISHED_PATTERN = r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?([Zz]|[+-]\d{2}:\d{2}))?$"
"""The shape of an acceptable value, for the OpenAPI document (the calendar is checked too)."""

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?([Zz]|[+-]\d{2}:\d{2})")
_NAIVE_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?", re.IGNORECASE)


class PublishedError(ValueError):
    """The value is not an acceptable publication date; the message says why."""


EARLIEST_YEAR, LATEST_YEAR = 1800, 2200
"""Publication years accepted: every news archive fits, and arithmetic on the date
("a century ago", "in 500 years") stays far from the calendar's ends."""


def parse_published(raw: str) -> date | datetime:
    """Return the date, or the timezone-aware datetime, that ``raw`` spells."""
    value = _parse(raw)
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise PublishedError(f"The year must be between {EARLIEST_YEAR} and {LATEST_YEAR}.")
    return value


def _parse(raw: str) -> date | datetime:
    if _DATE.fullmatch(raw):
        try:
            return date.fromisoformat(raw)
        except ValueError as exc:
            raise PublishedError(f"Not a calendar date: {raw!r}.") from exc
    if _DATETIME.fullmatch(raw):
        try:
            return datetime.fromisoformat(raw[:-1] + "+00:00" if raw[-1] in "Zz" else raw)
        except ValueError as exc:
            raise PublishedError(f"Not a valid datetime: {raw!r}.") from exc
    if _NAIVE_DATETIME.fullmatch(raw):
        raise PublishedError(
            "A datetime needs a UTC offset (e.g. 2023-08-31T14:00:00+02:00 or ...Z)."
        )
    raise PublishedError("Expected an ISO 8601 date (2023-08-31) or datetime with offset.")
