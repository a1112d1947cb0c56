"""Calendar arithmetic shared by the export formats.

Timeline intervals are ``[start, end)`` ISO strings with ``None`` for an open
side.  Every export needs the same three things from them: the datetimes, how
precisely to print them (a year-long event must not claim a day), and what to do
with an open side.  Keeping that here means TimelineJS, rows and the wording
agree on every event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

# Calendar units from coarsest to finest; a "precision" is one of these.
UNITS = ("year", "month", "day", "hour", "minute")

# The finest unit a TIMEX3 granularity needs to be told apart from its
# neighbours (a season is a run of months, a week a run of days).
_GRANULARITY_UNIT = {
    "millennium": "year",
    "century": "year",
    "decade": "year",
    "year": "year",
    "half": "month",
    "quarter": "month",
    "season": "month",
    "month": "month",
    "week": "day",
    "weekend": "day",
    "day": "day",
    "part_of_day": "hour",
    "time": "minute",
    "hour": "hour",
    "minute": "minute",
    "second": "minute",
}

_EPOCH = datetime(1970, 1, 1)


def parse_instant(value: str | None) -> datetime | None:
    """An interval end as a naive UTC datetime; ``None`` for open or unreadable ends.

    Offsets are folded into UTC so that ends of different origin compare; the
    tagger's own ends carry no offset and are taken as they are.
    """
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def publication_day(record: dict[str, Any]) -> datetime | None:
    """Midnight of the publication date, whatever form ``published`` was given in.

    The tagger resolves against the date, so open sides are filled with the date
    too, not with the time of day an article went out.
    """
    article = record.get("article") or {}
    published = article.get("published") or record.get("published")
    if not published:
        return None
    try:
        day = date.fromisoformat(str(published)[:10])
    except ValueError:
        return None
    return datetime(day.year, day.month, day.day)


def epoch_ms(moment: datetime) -> int:
    """Milliseconds since 1970-01-01 UTC, exact (no float rounding), negative before 1970."""
    return (moment - _EPOCH) // timedelta(milliseconds=1)


def _aligned(moment: datetime, unit: str) -> bool:
    if moment.second or moment.microsecond:
        return False
    if unit == "minute":
        return True
    if moment.minute:
        return False
    if unit == "hour":
        return True
    if moment.hour:
        return False
    if unit == "day":
        return True
    if moment.day != 1:
        return False
    return unit == "month" or moment.month == 1


def precision(known_ends: list[datetime], granularity: str | None) -> str:
    """The coarsest unit every known end sits on, never coarser than the granularity.

    Alignment alone gives "year" for 2022 and "month" for spring, and "day" when
    a mod narrows a month ("late July" is 21-31 July).  The granularity cap
    matters when one side is open: "since Jan. 1, 2023" starts on a year boundary
    but is a day.
    """
    unit = "minute"
    for candidate in UNITS:
        if all(_aligned(end, candidate) for end in known_ends):
            unit = candidate
            break
    cap = _GRANULARITY_UNIT.get((granularity or "").lower())
    if cap is not None and UNITS.index(unit) < UNITS.index(cap):
        unit = cap
    return unit


def components(moment: datetime, unit: str) -> dict[str, int]:
    """The date parts of ``moment`` down to ``unit`` (TimelineJS's date object)."""
    parts = {
        "year": moment.year,
        "month": moment.month,
        "day": moment.day,
        "hour": moment.hour,
        "minute": moment.minute,
    }
    keep = UNITS[: UNITS.index(unit) + 1]
    return {name: parts[name] for name in keep}


def last_instant(exclusive_end: datetime) -> datetime:
    """The last moment inside an interval ending (exclusively) at ``exclusive_end``.

    Truncated to a unit it gives the inclusive last year/month/day/minute.
    """
    return exclusive_end - timedelta(microseconds=1)


@dataclass(frozen=True, slots=True)
class Span:
    """An event's interval made printable: both sides known, open sides marked.

    ``start``/``end`` are ``[start, end)``; a zero-length span (``start == end``)
    is a point.  ``point_at_end`` says the point stands for the last moment
    before ``end`` (an open start), not for ``start``.
    """

    start: datetime
    end: datetime
    open_start: bool
    open_end: bool
    unit: str
    point_at_end: bool = False

    @property
    def first(self) -> datetime:
        """The first moment to show (inclusive)."""
        return last_instant(self.end) if self.point_at_end else self.start

    @property
    def last(self) -> datetime:
        """The last moment to show (inclusive)."""
        if self.end <= self.start:
            return self.first
        return last_instant(self.end)


def event_span(when: dict[str, Any] | None, published: datetime | None) -> Span | None:
    """Close an event's interval for display; ``None`` when there is nothing to place.

    An open side takes the publication date ("since 2022" runs to the article,
    "in coming months" starts from it).  When the publication date lies on the
    wrong side of the known end ("before 1990", "from 2030 on") the event
    becomes a point at its known side rather than an interval running backwards.
    """
    if not when:
        return None
    interval = when.get("interval") or {}
    start = parse_instant(interval.get("start"))
    end = parse_instant(interval.get("end"))
    known = [side for side in (start, end) if side is not None]
    if not known:
        return None
    unit = precision(known, when.get("granularity"))
    if start is not None and end is not None:
        return Span(start, max(start, end), False, False, unit)
    if start is not None:
        filled = published if published is not None and published > start else start
        return Span(start, filled, False, True, unit)
    (end,) = known
    if published is not None and published < end:
        return Span(published, end, True, False, unit)
    return Span(end, end, True, False, unit, point_at_end=True)
