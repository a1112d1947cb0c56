"""Calendar periods: one representation for every granularity.

A :class:`Period` is a granularity plus the first day of the period, so that
"the third quarter of 1989", "the 1990s" and "Aug. 17" shift, truncate, format
and turn into intervals through the same few functions.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import date, timedelta

from service.temporal.vocabulary import PART_OF_DAY_HOURS, SEASON_START_MONTH

# Granularities from fine to coarse; "weekend" sits with "week".
GRANULARITY_ORDER = (
    "time", "day", "weekend", "week", "month", "season", "quarter", "half", "year",
    "decade", "century",
)
_RANK = {g: i for i, g in enumerate(GRANULARITY_ORDER)}

# Length of one unit of each granularity as (days, months).
UNIT_STEP: dict[str, tuple[int, int]] = {
    "day": (1, 0), "week": (7, 0), "weekend": (7, 0), "fortnight": (14, 0),
    "month": (0, 1), "season": (0, 3), "quarter": (0, 3), "half": (0, 6), "year": (0, 12),
    "decade": (0, 120), "century": (0, 1200),
}
_SEASON_OF_START = {v: k for k, v in SEASON_START_MONTH.items()}


def finer(a: str, b: str) -> str:
    return a if _RANK[a] <= _RANK[b] else b


def coarser_or_equal(a: str, b: str) -> bool:
    return _RANK[a] >= _RANK[b]


def add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    year = max(1, min(9999, year))
    day = min(d.day, monthrange(year, month + 1)[1])
    return date(year, month + 1, day)


@dataclass(frozen=True, slots=True)
class Period:
    """A calendar period: ``gran`` and its first day.

    ``part`` is a part of day (``NI``) and ``clock`` an ``(hour, minute)`` time,
    both only for granularity ``time``.
    """

    gran: str
    start: date
    part: str | None = None
    clock: tuple[int, int] | None = None
    # a fiscal quarter's own name ("2024-Q3" for Nike's quarter ended Feb. 29, 2024):
    # its months are not the calendar quarter's, so the value is not read off ``start``
    label: str | None = None

    def shift(self, unit: str, count: int) -> Period:
        if self.label is not None and unit == "year":
            # "a year earlier": the same fiscal quarter of the year before
            year, _, rest = self.label.partition("-")
            return replace(self, start=add_months(self.start, 12 * count),
                           label=f"{int(year) + count:04d}-{rest}")
        days, months = UNIT_STEP[unit]
        start = self.start
        if months:
            start = add_months(start, months * count)
        if days:
            start = start + timedelta(days=days * count)
        return replace(self, start=truncate(start, self.gran) if self.gran != "time" else start,
                       label=None)

    def at(self, gran: str) -> Period:
        """The period of granularity ``gran`` that contains this one's start."""
        return Period(gran, truncate(self.start, gran))

    @property
    def value(self) -> str:
        return period_value(self)

    def bounds(self) -> tuple[str, str]:
        return period_bounds(self)


def truncate(d: date, gran: str) -> date:
    if gran in ("day", "time"):
        return d
    if gran == "week":
        return d - timedelta(days=d.weekday())
    if gran == "weekend":
        return d - timedelta(days=d.weekday()) + timedelta(days=5)
    if gran == "month":
        return d.replace(day=1)
    if gran == "quarter":
        return date(d.year, (d.month - 1) // 3 * 3 + 1, 1)
    if gran == "half":
        return date(d.year, 1 if d.month <= 6 else 7, 1)
    if gran == "season":
        if d.month < 3:
            return date(d.year - 1, 12, 1)
        return date(d.year, (d.month - 3) // 3 * 3 + 3, 1)
    if gran == "year":
        return date(d.year, 1, 1)
    if gran == "decade":
        return date(max(1, d.year // 10 * 10), 1, 1)
    if gran == "century":
        return date(max(1, d.year // 100 * 100), 1, 1)
    raise ValueError(f"unknown granularity {gran!r}")


def next_start(gran: str, start: date) -> date:
    if gran in ("day", "time"):
        return start + timedelta(days=1)
    if gran == "week":
        return start + timedelta(days=7)
    if gran == "weekend":
        return start + timedelta(days=2)
    days, months = UNIT_STEP[gran]
    return add_months(start, months)


def period_value(p: Period) -> str:
    if p.label is not None:
        return p.label
    s = p.start
    if p.gran == "time":
        if p.clock is not None:
            return f"{s.isoformat()}T{p.clock[0]:02d}:{p.clock[1]:02d}"
        return f"{s.isoformat()}T{p.part}"
    if p.gran == "day":
        return s.isoformat()
    if p.gran in ("week", "weekend"):
        year, week, _ = s.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if p.gran == "weekend" else "")
    if p.gran == "month":
        return f"{s.year:04d}-{s.month:02d}"
    if p.gran == "quarter":
        return f"{s.year:04d}-Q{(s.month - 1) // 3 + 1}"
    if p.gran == "half":
        return f"{s.year:04d}-H{1 if s.month <= 6 else 2}"
    if p.gran == "season":
        return f"{s.year:04d}-{_SEASON_OF_START[s.month]}"
    if p.gran == "year":
        return f"{s.year:04d}"
    if p.gran == "decade":
        return f"{s.year // 10:03d}"
    if p.gran == "century":
        return f"{s.year // 100:02d}"
    raise ValueError(p.gran)


def _iso_hour(d: date, hour: int, minute: int = 0) -> str:
    d = d + timedelta(days=hour // 24)
    return f"{d.isoformat()}T{hour % 24:02d}:{minute:02d}"


def period_bounds(p: Period) -> tuple[str, str]:
    """``[start, end)`` of a period as ISO strings."""
    if p.gran == "time":
        if p.clock is not None:
            hour, minute = p.clock
            start = _iso_hour(p.start, hour, minute)
            if minute:
                total = hour * 60 + minute + 1
                return start, _iso_hour(p.start, total // 60, total % 60)
            return start, _iso_hour(p.start, hour + 1)
        lo, hi = PART_OF_DAY_HOURS[p.part or "DT"]
        return _iso_hour(p.start, lo), _iso_hour(p.start, hi)
    return p.start.isoformat(), next_start(p.gran, p.start).isoformat()


def part_bounds(p: Period, mod: str) -> tuple[str, str]:
    """The START / MID / END part of a period: thirds, months split at days 10 and 20."""
    start = p.start
    end = next_start(p.gran, start)
    if p.gran == "month":
        cuts = {"START": (1, 11), "MID": (11, 21), "END": (21, None)}[mod]
        lo = start.replace(day=cuts[0])
        hi = start.replace(day=cuts[1]) if cuts[1] else end
        return lo.isoformat(), hi.isoformat()
    index = {"START": 0, "MID": 1, "END": 2}[mod]
    if p.gran == "time" and p.part and p.part != "NI" and p.clock is None:
        # "early Tuesday morning", "late Monday evening": thirds of that part of day (a
        # night straddles midnight, and "late Monday night" is not its last third)
        lo, hi = PART_OF_DAY_HOURS[p.part]
        minutes = (hi - lo) * 20
        first = lo * 60 + minutes * index
        return (_iso_hour(start, first // 60, first % 60),
                _iso_hour(start, (first + minutes) // 60, (first + minutes) % 60))
    if p.gran in ("day", "time"):  # early = before 08:00, late = from 16:00
        return _iso_hour(start, 8 * index), _iso_hour(start, 8 * (index + 1))
    if p.gran == "week":  # early = Mon-Tue, mid = Wed-Thu, late = Fri-Sun
        edges = (0, 2, 4, 7)
        return ((start + timedelta(days=edges[index])).isoformat(),
                (start + timedelta(days=edges[index + 1])).isoformat())
    if p.gran == "weekend":
        return start.isoformat(), end.isoformat()
    months = (end.year - start.year) * 12 + end.month - start.month
    edges = [0, round(months / 3), round(2 * months / 3), months]
    if months == 12:
        edges = [0, 4, 8, 12]
    elif months == 120:  # early 1990s = 1990-93, mid = 1994-96, late = 1997-99
        edges = [0, 48, 84, 120]
    elif months == 1200:  # centuries by whole years: 0-32, 33-66, 67-99
        edges = [0, 396, 804, 1200]
    return (add_months(start, edges[index]).isoformat(),
            add_months(start, edges[index + 1]).isoformat())


def first_weekday_on_or_after(d: date, weekday: int) -> date:
    return d + timedelta(days=(weekday - d.weekday()) % 7)


def last_weekday_on_or_before(d: date, weekday: int) -> date:
    return d - timedelta(days=(d.weekday() - weekday) % 7)
