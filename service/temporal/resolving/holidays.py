"""Holidays: their dates by year (fixed, Easter-based, nth-weekday, lunar, quadrennial)
and which year's a mention means ("on Christmas", "that Easter", "Labor Day weekend")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from service.temporal.calendar import (
    Period,
    add_months,
    first_weekday_on_or_after,
    last_weekday_on_or_before,
    next_start,
)
from service.temporal.expression import Anchor
from service.temporal.resolving.base import Reference, ResolverBase
from service.temporal.spec import Mention, Spec
from service.temporal.vocabulary import (
    EASTER_OFFSETS,
    ELECTION_NOUNS,
    FIXED_HOLIDAYS,
    HOLIDAY_OFFSETS,
    LUNAR_HOLIDAYS,
    MONTH_HOLIDAYS,
    NTH_WEEKDAY,
    ORTHODOX_EASTER_OFFSETS,
    QUADRENNIAL_HOLIDAYS,
    WEEKDAY_HOLIDAYS,
)

_VOTE = "(?:" + "|".join(re.escape(n) for n in sorted(ELECTION_NOUNS, key=len, reverse=True)) \
    + ")"
# a day the story gives as a vote's: "Saturday's presidential and National Assembly
# elections", "the Sept. 26 election", "the Aug. 8 general election"
_VOTE_AFTER_DAY = re.compile(
    r"(?:['’]s?\s+(?:[\w-]+\s+){0,4}?|\s+(?:(?!(?:to|on|in|at|for|and|or|of|by|the|a|an)\b)"
    r"[a-z-]+\s+){0,2}?)" + _VOTE + r"\b", re.IGNORECASE)
# "called a general election for 4 July", "the runoff on April 14", "elections will be
# held on 12 May"
_VOTE_BEFORE_DAY = re.compile(
    r"\b" + _VOTE + r"\s+(?:(?:is|are|was|were|will\s+be|would\s+be|to\s+be|has\s+been"
    r"|have\s+been|had\s+been|be)\s+)?(?:(?:held|scheduled|set|due|slated|called|fixed)\s+)?"
    r"(?:on|for)\s+\Z", re.IGNORECASE)
_VOTE_REACH = 60
_VOTE_REFERENCES = 40  # how many expressions back the vote's day is looked for


@lru_cache(maxsize=4)  # once per text, not once per mention in it
def us_election_story(text: str) -> bool:
    """An American story's vote ("Election Day" written as a name): its "election night"
    is the U.S. election day's when no other day is given."""
    return "Election Day" in text


class Holidays(ResolverBase):
    """Mixin of :class:`service.temporal.resolver.Resolver`; see the module docstring."""

    def _election_spec(self, spec: Spec) -> Spec:
        """"election night" in an American story with no vote's day named: the U.S. one."""
        if spec.value == "election" and spec.year is None and spec.rel is None \
                and us_election_story(self.text) and self._election_reference() is None:
            return replace(spec, value="election day")
        return spec

    def _election_reference(self) -> Reference | None:
        """The day of the vote the story named before ("polling day" after "called an
        election for 4 July"), or its election day already resolved."""
        for ref in self.references[-1:-_VOTE_REFERENCES - 1:-1]:
            if ref.period.gran not in ("day", "time"):
                continue
            result = self.results[ref.index]
            if result.text.lower().startswith(("election ", "polling ", "voting ")):
                return ref
            if ref.period.gran == "time":
                continue  # "at 10pm on polling day": a clock is no vote's day
            if _VOTE_AFTER_DAY.match(self.text, result.end, result.end + _VOTE_REACH) \
                    or _VOTE_BEFORE_DAY.search(self.text, max(0, result.start - _VOTE_REACH),
                                               result.start):
                return ref
        return None

    def _holiday_from_reference(self, spec: Spec, mention: Mention
                                ) -> tuple[Period | None, Anchor | None]:
        """"That Christmas", "the following Easter": the holiday of, after or before the
        time the story last named; without one, counted from the publication date."""
        ref = self._reference("year", same_first=False)
        name = spec.value or ""
        if ref is None or name in LUNAR_HOLIDAYS:
            fallback = {"ana-after": "next", "ana-before": "last"}.get(spec.rel or "")
            return self._holiday(replace(spec, rel=fallback), mention), self.published
        gran = "day" if ref.period.gran == "time" else ref.period.gran
        lo = ref.period.start
        hi = next_start(gran, lo)
        days = [d for y in range(lo.year - 1, lo.year + 3)
                if (d := holiday_date(name, y)) is not None]
        if spec.rel == "ana-after":
            chosen = next((d for d in days if d >= hi), None)
        elif spec.rel == "ana-before":
            earlier = [d for d in days if d < lo]
            chosen = earlier[-1] if earlier else None
        else:
            chosen = next((d for d in days if d.year == lo.year), None)
        if chosen is None:
            return None, None
        return Period("day", chosen), self._expression_anchor(ref)

    def _holiday(self, spec: Spec, mention: Mention, story: Reference | None = None
                 ) -> Period | None:
        period = self._holiday_day(spec, mention, story)
        if period is not None and (spec.value or "") in MONTH_HOLIDAYS:
            # a month of another calendar ("Ramadan") is the month it begins in
            return Period("month", period.start.replace(day=1))
        return period

    def _holiday_day(self, spec: Spec, mention: Mention, story: Reference | None = None
                     ) -> Period | None:
        name = spec.value or ""
        if spec.year is not None:
            day = holiday_date(name, spec.year)
            return Period("day", day) if day else None
        if story is not None and name not in LUNAR_HOLIDAYS:
            # "On the night of Oct. 3, 1987 ... By Christmas the leads had dried up"
            around = story.period.start
            days = [d for y in (around.year - 1, around.year, around.year + 1)
                    if (d := holiday_date(name, y)) is not None]
            if days:
                return Period("day", min(days, key=lambda d: (abs((d - around).days),
                                                              d < around)))
        years: tuple[int, ...] = (self.dct.year - 1, self.dct.year, self.dct.year + 1)
        if name in QUADRENNIAL_HOLIDAYS:
            # the last one and the next one, each up to four years away
            years = tuple(range(self.dct.year - 4, self.dct.year + 5))
        if name in LUNAR_HOLIDAYS:
            if not lunar_dates(name, self.dct.year):
                return None  # outside the table: no guess from another year's moon
            options = [d for y in years for d in lunar_dates(name, y)]
        else:
            options = [d for y in years if (d := holiday_date(name, y)) is not None]
        if not options:
            return None
        if spec.rel == "last":
            before = [d for d in options if d < self.dct]
            return Period("day", before[-1]) if before else None
        if spec.rel == "next":
            after = [d for d in options if d > self.dct]
            return Period("day", after[0]) if after else None
        if spec.rel == "this":
            return Period("day", options[1] if len(options) > 2 else options[0])
        # "the outbreak began at Thanksgiving", "cases peaked over Christmas": a past verb
        # the holiday hangs on puts it before the report, unless the next one is only days
        # away (a story written ahead: "stores reopened on Boxing Day" on Dec. 20)
        return Period("day", self._pick_by_tense(options, mention, slack_days=90,
                                                 verb_dates=True, verb_slack_days=14))


def lunar_dates(name: str, year: int) -> list[date]:
    """The days a lunar holiday begins in ``year`` (Eid al-Fitr falls twice in 2033); none
    outside the table's years."""
    days = (date.fromisoformat(day) for day in LUNAR_HOLIDAYS[name])
    return [day for day in days if day.year == year]


def holiday_date(name: str, year: int) -> date | None:
    """The date of a named holiday in ``year`` (US conventions for the movable ones)."""
    if name in LUNAR_HOLIDAYS:
        days = lunar_dates(name, year)
        return days[0] if days else None
    if name in QUADRENNIAL_HOLIDAYS and year % 4 != QUADRENNIAL_HOLIDAYS[name]:
        return None
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return date(year, month, day)
    if name in HOLIDAY_OFFSETS:  # "Black Friday": the day after Thanksgiving
        base, days = HOLIDAY_OFFSETS[name]
        day = holiday_date(base, year)
        return day + timedelta(days=days) if day else None
    if name in EASTER_OFFSETS:
        a, b, c = year % 19, year // 100, year % 100
        d, e = divmod(b, 4)
        f = (b + 8) // 25
        g = (b - f + 1) // 3
        h = (19 * a + b - d - g + 15) % 30
        i, k = divmod(c, 4)
        l_ = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l_) // 451
        month, day = divmod(h + l_ - 7 * m + 114, 31)
        return date(year, month, day + 1) + timedelta(days=EASTER_OFFSETS[name])
    if name in ORTHODOX_EASTER_OFFSETS:
        # Meeus's Julian computus, moved onto the Gregorian calendar
        a, b, c = year % 4, year % 7, year % 19
        d = (19 * c + 15) % 30
        e = (2 * a + 4 * b - d + 34) % 7
        month, day = divmod(d + e + 114, 31)
        julian_gap = year // 100 - year // 400 - 2
        return date(year, month, day + 1) + timedelta(
            days=julian_gap + ORTHODOX_EASTER_OFFSETS[name])
    if name == "election day":
        first_monday = first_weekday_on_or_after(date(year, 11, 1), 0)
        return first_monday + timedelta(days=1)
    nth = None
    if name.startswith(NTH_WEEKDAY + " "):
        month, weekday, n = (int(x) for x in name.split()[1:])
        nth = (month, weekday, n)
    if name in WEEKDAY_HOLIDAYS or nth is not None:
        month, weekday, n = nth or WEEKDAY_HOLIDAYS[name]
        if n > 0:
            day = first_weekday_on_or_after(date(year, month, 1), weekday) \
                + timedelta(days=7 * (n - 1))
            return day if day.month == month else None  # no fifth Monday that month
        last = add_months(date(year, month, 1), 1) - timedelta(days=1)
        return last_weekday_on_or_before(last, weekday)
    return None


def holiday_weekend(day: date) -> Period:
    """The weekend a holiday belongs to: its own, the one before a Monday or Tuesday
    ("Labor Day weekend" ends on the Monday), else the one after ("Thanksgiving weekend")."""
    weekday = day.weekday()
    if weekday >= 5:
        saturday = day - timedelta(days=weekday - 5)
    elif weekday <= 1:
        saturday = day - timedelta(days=weekday + 2)
    else:
        saturday = day + timedelta(days=5 - weekday)
    return Period("weekend", saturday)
