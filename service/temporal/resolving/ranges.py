"""Ranges and appositions: the two ends of "from June 1 to Nov. 30" share a stretch, a
range's first end takes the year of its second, and a date in brackets or apposition
("last Thursday (April 25)", "two weeks later, on 11th April") corrects the expression
before it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from service.temporal.expression import Interval, TimeExpression
from service.temporal.resolving.base import WRITTEN_YEAR, ResolverBase
from service.temporal.spec import Mention
from service.temporal.vocabulary import WEEKDAYS

# "two weeks later, on 11th April", "A day earlier, on Monday,": the date a shift lands on
_APPOSED_DATE = re.compile(r",?\s+on\s+")
# "last Thursday (April 25)", "on Monday (6 May)" (British regional papers): the date in
# brackets says which weekday
_BRACKETED_DATE = re.compile(r"\s*\(\s*")
_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True))
                           + r")\b", re.IGNORECASE)
_RANGE_LINK = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"(?:\bfrom|\bbetween)\s*$", re.IGNORECASE)
# what joins a weekday to the start of its stretch: "6 p.m. Saturday to 6 a.m. Sunday",
# "Thursday night into Friday morning"
_WEEKDAY_RANGE_LINK = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|into)\s*",
                                 re.IGNORECASE)
_AND_LINK = re.compile(r"\s+and\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)


class RangeLinks(ResolverBase):
    """Mixin of :class:`service.temporal.resolver.Resolver`; see the module docstring."""

    def _date_bracketed_weekdays(self) -> None:
        """"last Thursday (April 25)": the weekday takes the date in brackets after it
        when that date falls on it (the writer's "last" may reach back a week further)."""
        for i in range(len(self.results) - 1):
            day_name, date_ = self.results[i], self.results[i + 1]
            if day_name.type != "DATE" or date_.type != "DATE" or date_.granularity != "day" \
                    or day_name.granularity != "day" or day_name.value == date_.value \
                    or not _BRACKETED_DATE.fullmatch(self.text, day_name.end, date_.start) \
                    or not self.text[date_.end:date_.end + 3].lstrip().startswith(")"):
                continue
            named = _WEEKDAY_WORD.search(day_name.text)
            try:
                weekday = date.fromisoformat(date_.value).weekday()
            except ValueError:
                continue
            if named is None or WEEKDAYS[named.group(1).lower()] != weekday:
                continue
            self.results[i] = _with(day_name, value=date_.value, interval=date_.interval)

    def _date_apposed_shifts(self, shifts: set[int]) -> None:
        """"two weeks later, on 11th April": a shift followed by the date it lands on
        takes that date (the writer's count may start from another day than the last
        one named)."""
        for i in sorted(shifts):
            if i + 1 >= len(self.results):
                continue
            shift, date_ = self.results[i], self.results[i + 1]
            if shift.type != "DATE" or date_.type != "DATE" or date_.granularity != "day" \
                    or not _APPOSED_DATE.fullmatch(self.text, shift.end, date_.start):
                continue
            if WRITTEN_YEAR.search(date_.text) is None and shift.value[:4].isdigit():
                # "A week later, on Feb. 13": the day named, in the year the count reached
                try:
                    day = date.fromisoformat(date_.value).replace(year=int(shift.value[:4]))
                except ValueError:
                    continue
                date_ = _with(date_, value=day.isoformat(), interval=Interval(
                    day.isoformat(), (day + timedelta(days=1)).isoformat()))
                self.results[i + 1] = date_
            self.results[i] = _with(shift, value=date_.value, granularity=date_.granularity,
                                    interval=date_.interval, mod=None)

    def _share_range_years(self, mentions: list[Mention]) -> None:
        """"between June and November 2018", "from Nov. 3 to March 2, 2019": a range's
        first end takes the year written on the second (the year before, when its month
        comes later in the calendar), not one chosen by tense."""
        for a, b in zip(mentions, mentions[1:], strict=False):
            first, second = a.spec, b.spec
            if a.group is not None or first.kind not in ("cal", "named") \
                    or first.year is not None or first.month is None or first.rel is not None \
                    or second.kind != "cal" or second.year is None or second.month is None:
                continue
            between = self.text[a.end:b.start]
            if not _RANGE_LINK.fullmatch(between):
                continue
            opened = _RANGE_OPEN.search(self.text[max(0, a.start - 10):a.start])
            if between.strip().lower() == "and" and not opened:
                continue
            later = (first.month, first.day or 0) > (second.month, second.day or 0)
            first.kind, first.year = "cal", second.year - (1 if later else 0)

    def _link_ranges(self, groups: dict[int, list[int]]) -> None:
        pairs = [tuple(m) for m in groups.values() if len(m) == 2]
        grouped = {i for pair in pairs for i in pair}
        for i in range(len(self.results) - 1):
            a, b = self.results[i], self.results[i + 1]
            if i in grouped or i + 1 in grouped or (a.type, b.type) not in (
                    ("DATE", "DATE"), ("TIME", "TIME")):
                continue
            between = self.text[a.end:b.start]
            if not _RANGE_LINK.fullmatch(between) or not a.interval or not b.interval:
                continue
            link = between.strip().lower()
            opened = _RANGE_OPEN.search(self.text[max(0, a.start - 10):a.start])
            # "January to March", "Monday to Friday": two names of the same kind of period
            same_kind = link == "to" and a.granularity == b.granularity
            if link in ("-", "–", "—") or opened or same_kind \
                    or link in ("through", "thru", "until", "till"):
                if link == "and" and not opened:
                    continue
                pairs.append((i, i + 1))
        for i, j in pairs:
            a, b = self.results[i], self.results[j]
            if a.type == b.type == "TIME" and a.interval and b.interval \
                    and b.interval.start and a.interval.start \
                    and b.interval.start < a.interval.start \
                    and b.interval.start[:10] == a.interval.start[:10] \
                    and b.anchor is not None and b.anchor.kind == "expression":
                # "from 10 p.m. to 6 a.m.": a bare second end earlier in the day than the
                # first is on the next morning
                b = self.results[j] = _next_day(b)
            if not a.interval or not b.interval or not a.interval.start or not b.interval.end:
                continue
            if b.interval.end <= a.interval.start or (
                    b.type == "TIME" and (b.interval.start or "") <= a.interval.start):
                continue
            # a clock reading names an instant: "9 a.m. to 5 p.m." ends at 17:00, while a
            # day ("to Sept. 30") is included whole
            span = Interval(a.interval.start,
                            b.interval.start if b.type == "TIME" else b.interval.end)
            self.results[i] = _with(a, range=span)
            self.results[j] = _with(b, range=span)

    def _range_start(self, mention: Mention, grans: tuple[str, ...] = ("day", "time")
                     ) -> date | None:
        """The day (or, with ``grans``, the month) of the expression right before
        ``mention`` when the two are joined as a stretch ("Saturday to Sunday"), else None."""
        if not self.results:
            return None
        previous = self.results[-1]
        period = self.periods[-1]
        if previous.type not in ("DATE", "TIME") or period is None \
                or period.gran not in grans:
            return None
        if not _WEEKDAY_RANGE_LINK.fullmatch(self.text, previous.end, mention.start) and not (
                # "a curfew between 8 p.m. Monday and 6 a.m. Tuesday"
                _AND_LINK.fullmatch(self.text, previous.end, mention.start)
                and _BETWEEN.search(self.text, max(0, previous.start - 10), previous.start)):
            return None
        return period.start


def _with(expression: TimeExpression, **changes: object) -> TimeExpression:
    return replace(expression, **changes)  # type: ignore[arg-type]


def _next_day(expression: TimeExpression) -> TimeExpression:
    """A clock time moved to the next day (value and interval)."""
    def later(iso: str | None) -> str | None:
        if iso is None:
            return None
        day = date.fromisoformat(iso[:10]) + timedelta(days=1)
        return day.isoformat() + iso[10:]
    interval = expression.interval
    moved = Interval(later(interval.start), later(interval.end)) if interval else None
    return _with(expression, value=later(expression.value) or expression.value,
                 interval=moved)
