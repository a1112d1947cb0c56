"""Turns mentions into TIMEX3 values and intervals.

Everything that depends on the document happens here: the publication date
(DCT), the tense of the sentence, and the expressions met earlier in the text
(anaphora such as "that year", "a year earlier", "since then").

The rules are grouped by family of expressions, one mixin each in
:mod:`service.temporal.resolving`; this module dispatches each mention to them.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import replace
from datetime import date, timedelta

from service.temporal.builders.shared import duration_value
from service.temporal.calendar import (
    UNIT_STEP,
    Period,
    add_months,
    first_weekday_on_or_after,
    last_weekday_on_or_before,
    next_start,
    truncate,
)
from service.temporal.expression import Anchor, Interval, TimeExpression
from service.temporal.regex_parts import WEEKDAY
from service.temporal.resolving.anaphora import Anaphora
from service.temporal.resolving.base import Reference
from service.temporal.resolving.by_tense import TensePicks
from service.temporal.resolving.holidays import Holidays, holiday_weekend
from service.temporal.resolving.named import NamedPeriods
from service.temporal.resolving.ranges import RangeLinks
from service.temporal.resolving.reporting import ReportingPeriods
from service.temporal.resolving.weekdays import Weekdays
from service.temporal.spec import Mention, Spec
from service.temporal.tense import sentence_bounds, tense_at
from service.temporal.vocabulary import (
    MONTH_HOLIDAYS,
    SEASON_START_MONTH,
    SERVICE_NOUNS,
    WEEKDAYS,
)

# a clock naming a service ("the 7:05 a.m. flight to Chicago on Monday", "the 6.15pm
# train from Leeds on Friday"): the weekday after it is the clock's day
_SERVICE_THEN_WEEKDAY = re.compile(
    rf"[ \t]+(?:{'|'.join(SERVICE_NOUNS)})s?\b[^.;:,()\n\d]{{0,40}}?\b(?:on[ \t]+)?"
    rf"(?P<wd>{WEEKDAY})\b(?!['’])")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+\Z")
# a broadcast saying what time it is: "It's 7:42 Eastern", "Good morning. It is now six"
_ON_AIR_CLOCK = re.compile(r"\b[Ii]t(?:\s+is|['’]s)\s+(?:now\s+)?\Z")
_CLOCK_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)")
_PAST_PERFECT_BEFORE = re.compile(r"\bhad\s+(?:not\s+|never\s+|already\s+)?(?:been\s+)?"
                                  r"[a-z]+\b[^.;:,]*\Z", re.IGNORECASE)
# the parts of the day whose clock hours are p.m. ("Tuesday night ... at 7:30")
_LATE_PARTS = frozenset({"AF", "EV", "NI"})
# a clock written as its bare hour ("7:30", "at 8"), no a.m., p.m. or 24-hour zero
_NO_MERIDIEM = re.compile(r"(?:(?:at|around|about|by)\s+)?[1-9](?:[:.][0-5]\d)?")


# a holiday's year named right after it: "Christmas last year", "Easter next year"
_YEAR_AFTER_HOLIDAY = re.compile(r"\s+(last|next|this)\s+year\b", re.IGNORECASE)
_REL_YEAR = {"last": -1, "next": 1, "this": 0}

class Resolver(RangeLinks, NamedPeriods, TensePicks, Holidays, Weekdays, Anaphora,
               ReportingPeriods):
    """Resolves the mentions of one document, in text order."""

    def resolve_all(self, mentions: list[Mention]) -> list[TimeExpression]:
        self._share_range_years(mentions)
        groups: dict[int, list[int]] = {}
        shifts: set[int] = set()
        for mention in mentions:
            if mention.group is not None:
                members = groups.setdefault(mention.group, [])
                if members and mention.spec.year is None:
                    first = self.periods[members[0]]
                    if first is not None:
                        mention.spec.year = first.start.year
                expression, period = self._resolve_within_calendar(mention)
                if expression is None:
                    continue
                members.append(len(self.results))
            else:
                expression, period = self._resolve_within_calendar(mention)
                if expression is None:
                    continue
            if mention.spec.rel == "shift":
                shifts.add(len(self.results))
            self.results.append(expression)
            self.periods.append(period)
            # anaphoric shifts ("a year earlier") are not antecedents themselves: a row
            # of them in a quarterly report all count back from the same quarter
            # a day counted from another ("two days later") is where a story has moved
            # to: a later "at 6 a.m." or "that night" is on it, as on "twenty years ago today"
            day_shift = mention.spec.rel == "shift" and (mention.spec.unit in ("day", "week")
                                                         or mention.spec.out == "day") \
                and not self._in_past_perfect(mention)
            if period is not None and expression.type in ("DATE", "TIME") \
                    and (mention.spec.rel not in ("shift", "quarter") or day_shift) \
                    and not self._ends_named_quarter(expression):
                self.references.append(Reference(period, len(self.results) - 1,
                                                  expression.text, expression.anchor is None))
        self._link_ranges(groups)
        self._date_apposed_shifts(shifts)
        self._date_bracketed_weekdays()
        return self.results

    def _in_past_perfect(self, mention: Mention) -> bool:
        """"a shutdown that had seemed certain only a day earlier": a glance back from the
        time under discussion, which stays where it was for a later "shortly before 9 p.m."."""
        lo, _ = sentence_bounds(self.text, mention.start, mention.end)
        return _PAST_PERFECT_BEFORE.search(self.text, max(lo, mention.start - 80),
                                           mention.start) is not None

    def _resolve_within_calendar(self, mention: Mention
                                 ) -> tuple[TimeExpression | None, Period | None]:
        """``_resolve``, leaving unresolved what falls outside the calendar Python can hold
        ("18,000,000 hours ago", a holiday in the year 10000 of an odd publication date)
        rather than failing the whole text."""
        try:
            return self._resolve(mention)
        except (OverflowError, ValueError):
            return None, None

    def _resolve(self, mention: Mention) -> tuple[TimeExpression | None, Period | None]:
        spec = mention.spec
        text = self.text[mention.start:mention.end]
        base = {"start": mention.start, "end": mention.end, "text": text}
        kind = spec.kind
        if kind == "vague" and spec.rel == "hour-this":
            now = self._on_air_minute(mention)
            if now is not None:
                # "It is six a.m. ... At this hour": the hour on air, 2022-02-24T06
                hour = f"{self.dct.isoformat()}T{now // 60:02d}"
                end = f"{self.dct.isoformat()}T{now // 60 + 1:02d}:00" if now < 23 * 60 \
                    else (self.dct + timedelta(days=1)).isoformat()
                return TimeExpression(**base, type="TIME", value=hour, granularity="time",
                                      interval=Interval(f"{hour}:00", end),
                                      anchor=self.published), None
        if kind == "vague" and spec.rel in ("hour-top", "hour-bottom"):
            period = self._turn_of_the_hour(spec, mention)
            if period is not None:
                return self._dated(base, spec, period, self.published), period
        if kind == "vague":
            return self._vague(base, spec.value or "PAST_REF", spec.mod, spec.type), None
        if kind == "duration" and spec.rel == "in" and spec.count is not None \
                and float(spec.count).is_integer() and spec.unit in UNIT_STEP \
                and tense_at(self.text, mention.start, mention.end) == "future":
            unit = spec.unit
            out = {"week": "day", "fortnight": "day", "decade": "year", "century": "year"}.get(
                unit, unit)
            period = Period(out, truncate(self.dct, out)).shift(unit, int(spec.count))
            return self._dated(base, spec, period, self.published), period
        if kind == "duration":
            return self._duration(base, spec), None
        if kind == "set":
            # (a clock time of any day, "open daily from 10 a.m.", is a TIME: see finder)
            return TimeExpression(**base, type="TIME" if spec.type == "TIME" else "SET",
                                  value=spec.value or "", mod=spec.mod,
                                  granularity=spec.gran, quant=spec.quant, freq=spec.freq), None
        if kind == "since_then":
            return self._since_then(base)
        if kind == "vague_shift":
            return self._vague_shift(base, spec)
        if kind == "offset" and spec.base is not None:
            # "the day before Aug. 12": the date named, moved; its anchor is the date's
            inner, day = self._resolve(Mention(mention.start, mention.end, spec.base))
            if day is not None and spec.base.kind == "holiday" and day.gran == "month" \
                    and (spec.base.value or "") in MONTH_HOLIDAYS:
                # "the eve of Ramadan", "two days before Ramadan": from its first day
                day = self._holiday_day(replace(spec.base, year=day.start.year), mention)
            if inner is not None and day is not None and spec.unit == "weekday" \
                    and spec.weekday is not None:
                # "the Monday after Thanksgiving": the first Monday past the day named
                moved = first_weekday_on_or_after(day.start + timedelta(days=1), spec.weekday) \
                    if (spec.count or 0) > 0 \
                    else last_weekday_on_or_before(day.start - timedelta(days=1), spec.weekday)
                period = Period("day", moved)
                return self._dated(base, spec, period, inner.anchor), period
            if inner is not None and day is not None and spec.unit in ("firstday", "lastday"):
                # "the first day of next month": that month's (year's) first or last day
                edge = day.start if spec.unit == "firstday" \
                    else next_start(day.gran, day.start) - timedelta(days=1)
                period = Period("day", edge)
                return self._dated(base, spec, period, inner.anchor), period
            if inner is None or day is None or spec.unit not in UNIT_STEP:
                return None, None
            start = day if spec.out == "base" else Period("day", day.start)
            period = start.shift(spec.unit, int(spec.count or 0))
            if spec.out == "base" and spec.gran in ("week", "month", "year"):
                # "40 years ago this week", "the week before Thanksgiving"
                period = period.at(spec.gran)
            if spec.clock:
                period = Period("time", period.start, None, spec.clock)
            return self._dated(base, spec, period, inner.anchor), period
        if kind == "holiday":
            spec = self._election_spec(spec)
        anchor: Anchor | None = self.published
        period: Period | None
        if kind == "cal":
            self._narrative = None
            period = self._calendar(spec, mention)
            if self._narrative is not None:
                anchor = self._expression_anchor(self._narrative)
            if period is not None and spec.rel == "last_week":
                last = monthrange(period.start.year, period.start.month)[1]
                period = Period("day", period.start.replace(day=last - 3))
            if period is not None and spec.out == "week":
                period = period.at("week")
            if spec.year is not None and spec.decade is None:
                anchor = None
            if spec.decade is not None or spec.century is not None:
                anchor = None
        elif kind == "fiscal_quarter":
            period = self._fiscal_quarter(spec, mention)
            if spec.year is not None:
                anchor = None
        elif kind == "named" and spec.weekend:
            period = self._weekend(mention, this=spec.rel == "this")
        elif kind == "named" and spec.rel == "midweek":
            period = self._midweek(mention)
        elif kind == "named" and (spec.rel or "").startswith("ana-"):
            period, anchor = self._named_from_reference(spec, mention)
        elif kind == "named":
            framing = self._framing_year(spec, mention)
            story = (self._narrative_reference(mention) or self._schedule_date(mention)) \
                if framing is None and spec.rel is None and spec.clamp is None else None
            if story is not None:
                period = self._nearest_instance(spec, story)
                anchor = self._expression_anchor(story)
            elif framing is None:
                period = self._named(spec, mention)
            else:
                period = Period("month", date(framing.period.start.year, spec.month or 1, 1))
                anchor = self._expression_anchor(framing)
        elif kind == "holiday" and (spec.rel or "").startswith("ana-"):
            period, anchor = self._holiday_from_reference(spec, mention)
        elif kind == "holiday" and spec.value in ("election day", "election") \
                and spec.year is None and spec.rel is None \
                and (vote := self._election_reference()) is not None:
            period = Period("day", vote.period.start)
            anchor = self._expression_anchor(vote)
        elif kind == "holiday" and spec.value == "election" and spec.clock is not None:
            # "10pm on polling day" with no vote's day named: the clock alone, on the day
            # under discussion
            return self._resolve(Mention(mention.start, mention.end, Spec(
                "dct", type="TIME", unit="day", count=0, gran="time", rel="bare",
                clock=spec.clock, mod=spec.mod)))
        elif kind == "holiday":
            if spec.year is None and spec.rel is None \
                    and (named_year := _YEAR_AFTER_HOLIDAY.match(self.text, mention.end)):
                # "Christmas last year", "closed on Presidents Day next year": that year's
                spec = replace(spec, year=self.dct.year + _REL_YEAR[named_year.group(1).lower()])
            story = (self._narrative_reference(mention) or self._schedule_date(mention)) \
                if spec.year is None and spec.rel is None else None
            period = self._holiday(spec, mention, story)
            if story is not None and period is not None:
                anchor = self._expression_anchor(story)
            if period is not None and spec.out == "week":
                period = period.at("week")
            elif period is not None and spec.out == "weekend":
                period = holiday_weekend(period.start)
            if spec.year is not None:
                anchor = None
        elif kind == "weekday":
            period, anchor = self._weekday(spec, mention)
        elif kind == "dct" and spec.rel == "bare" \
                and (service_day := self._service_day(mention)) is not None:
            # "booked on the 7:05 a.m. flight to Chicago on Monday": the day the service
            # named with the clock runs on, named after it
            period = Period("day", service_day)
        elif kind == "dct" and spec.rel == "bare":
            # a clock time without a day is on the day the text last named
            ref = self._day_under_discussion(self._reference("day"), mention)
            if ref is not None and ref.period.start == self.dct and spec.clock == (24, 0):
                # "held its first meeting this morning, shortly after China resumed
                # sovereignty at midnight": the publication day's midnights are read by
                # tense, as when no day was named
                ref = None
            if ref is not None and ref.period.gran in ("day", "time"):
                period = Period("day", ref.period.start)
                anchor = self._expression_anchor(ref)
                before = ref.period.clock
                if before is not None and spec.clock is not None and before[0] >= 20 \
                        and spec.clock[0] < 6:
                    # "a call at 11:40 p.m. ... pronounced dead at 12:15 a.m.": the story
                    # has crossed midnight
                    period = period.shift("day", 1)
                evening = self._evening_clock(spec, mention, ref)
                if evening is not None:
                    spec = replace(spec, clock=evening)
                if ref.period.part == "NI" and ref.period.clock is None \
                        and spec.clock is not None and spec.clock[0] < 12:
                    # "Russia launched 133 drones overnight, the air force said at 9
                    # a.m.": a morning clock after a night is the morning that ends it
                    period = period.shift("day", 1)
            else:
                period = self.today
                if spec.clock == (24, 0) and tense_at(self.text, mention.start, mention.end,
                                                      commitments=True) == "past":
                    # "the fire started just after midnight": the midnight that began
                    # the publication day, not the one ending it ("agreed to a truce
                    # starting at midnight" looks ahead to the coming one)
                    period = period.shift("day", -1)
        elif kind == "dct" and spec.rel == "shift" and self._before_the_era(spec):
            # "3,300 years ago", "66 million years ago": before AD 1, where the
            # calendar stops
            return self._era(base, self._before_the_era(spec) or "", spec.mod), None
        elif kind == "era":
            return self._era(base, spec.value or "", spec.mod), None
        elif kind == "dct" and spec.rel == "turn":
            period = self._turn_of_century()
        elif kind == "dct" and spec.rel == "story":
            period, anchor = self._period_of_story(spec, mention)
        elif kind == "dct":
            period = self._from_dct(spec, mention)
        elif kind == "ref":
            period, anchor = self._from_reference(spec, mention)
        elif kind == "latest_quarter":
            # "the quarter", "the latest period": the quarter the report is about, i.e.
            # the one last named (a fiscal "first quarter"), else the one its end date
            # names ("the quarter ended June 30"), else the last completed one
            ref = self._reference("quarter")
            if ref is not None and ref.period.gran == "quarter" \
                    and next_start("quarter", ref.period.start) <= self.dct:
                period, anchor = ref.period, self._expression_anchor(ref)
            elif spec.quarter is not None:
                period = self._named(Spec("named", gran="quarter", quarter=spec.quarter),
                                     mention)
            else:
                period = Period("quarter", truncate(self.dct, "quarter")).shift("quarter", -1)
        else:
            return None, None
        if period is None:
            return None, None
        if spec.part or spec.clock:
            period = Period("time", period.start, spec.part, spec.clock)
        return self._dated(base, spec, period, anchor), period

    def _evening_clock(self, spec: Spec, mention: Mention, ref: Reference
                       ) -> tuple[int, int] | None:
        """"On Tuesday night ... half full at 7:30", "Friday evening's concert starts at
        8": a clock written without a.m. or p.m. in the sentence of an evening (night,
        afternoon) is that evening's hour."""
        if spec.clock is None or ref.period.part not in _LATE_PARTS \
                or not 1 <= spec.clock[0] <= 11 \
                or not _NO_MERIDIEM.fullmatch(self.text, mention.start, mention.end):
            return None
        lo, hi = sentence_bounds(self.text, mention.start, mention.end)
        said = self.results[ref.index]
        if said.start < lo or said.end > hi:
            return None
        hour, minute = spec.clock
        if ref.period.part == "AF" and hour > 6 or ref.period.part != "AF" and hour < 5:
            return None  # "Tuesday afternoon ... at 11", "that night ... at 2": as written
        return hour + 12, minute

    def _service_day(self, mention: Mention) -> date | None:
        """The day of "the 7:05 a.m. flight to Chicago on Monday": the weekday named after
        a clock that names a service, placed as that weekday would be."""
        if not _THE_BEFORE.search(self.text, max(0, mention.start - 6), mention.start):
            return None
        m = _SERVICE_THEN_WEEKDAY.match(self.text, mention.end)
        if m is None:
            return None
        day = Spec("weekday", weekday=WEEKDAYS[m.group("wd").lower()], gran="day")
        period, _ = self._weekday(day, Mention(m.start("wd"), m.end("wd"), day))
        return period.start if period is not None else None

    def _on_air_minute(self, mention: Mention) -> int | None:
        """The minute of the publication day a broadcast last said it was, before
        ``mention`` ("It's 7:42 Eastern": 19 * 60 + 42), if it did.

        Mentions come in text order, so the results are read on from where the last
        call stopped: a page of "the top of the hour" stays linear in its length."""
        while self._on_air_read < len(self.results) \
                and self.results[self._on_air_read].start < mention.start:
            expression = self.results[self._on_air_read]
            self._on_air_read += 1
            clock = _CLOCK_VALUE.fullmatch(expression.value)
            if clock and clock.group(1) == self.dct.isoformat() \
                    and _ON_AIR_CLOCK.search(self.text, max(0, expression.start - 16),
                                             expression.start):
                self._on_air_now = int(clock.group(2)) * 60 + int(clock.group(3))
        return self._on_air_now

    def _turn_of_the_hour(self, spec: Spec, mention: Mention) -> Period | None:
        """"the top (bottom) of the hour" after the broadcast has said what time it is
        ("Good morning. It is six a.m. here in Washington"): the next full (half) hour
        after that clock, or the last one before it when the sentence looks back."""
        now = self._on_air_minute(mention)
        if now is None:
            return None
        offset = 0 if spec.rel == "hour-top" else 30
        if spec.value == "PAST_REF":
            turn = (now - offset) // 60 * 60 + offset
        else:
            turn = (now - offset) // 60 * 60 + offset + 60
        day = self.dct + timedelta(days=turn // (24 * 60))
        turn %= 24 * 60
        return Period("time", day, None, (turn // 60, turn % 60))

    def _vague(self, base: dict, value: str, mod: str | None, typ: str | None = None
               ) -> TimeExpression:
        day = self.dct.isoformat()
        if value == "PAST_REF":
            interval = Interval(None, day)
        elif value == "FUTURE_REF":
            interval = Interval(day, None)
        else:
            interval = Interval(day, (self.dct + timedelta(days=1)).isoformat())
        return TimeExpression(**base, type="TIME" if typ == "TIME" else "DATE", value=value,
                              mod=mod, interval=interval, anchor=self.published)

    def _duration(self, base: dict, spec: Spec) -> TimeExpression:
        unit = spec.unit or "day"
        # a length written in two units carries its value ("7 hours and 41 minutes")
        value = spec.value or duration_value(spec.count, unit, fraction=spec.fraction)
        interval = None
        anchor = None
        count = spec.count
        step_unit, step_count = unit, count
        if unit == "hour" and count is not None and count and count % 24 == 0:
            # "the past 24 hours", "the next 72 hours": whole days, the finest a
            # publication date can anchor
            step_unit, step_count = "day", count // 24
        if spec.anchored and step_count is not None and float(step_count).is_integer() \
                and step_unit in UNIT_STEP:
            days, months = UNIT_STEP[step_unit]
            n = int(step_count)
            if spec.anchored == "past":
                lo = add_months(self.dct, -months * n) - timedelta(days=days * n)
                interval = Interval(lo.isoformat(), self.dct.isoformat())
            else:
                hi = add_months(self.dct, months * n) + timedelta(days=days * n)
                interval = Interval(self.dct.isoformat(), hi.isoformat())
            anchor = self.published
        elif spec.anchored in ("recent", "past") and count is None:
            # "in recent weeks", "the past few days": of unknown length, ending now
            interval = Interval(None, self.dct.isoformat())
            anchor = self.published
        elif spec.anchored == "next" and count is None:
            interval = Interval(self.dct.isoformat(), None)  # "the next few weeks"
            anchor = self.published
        granularity = {"fortnight": "week"}.get(unit, unit)
        if unit in ("second", "minute", "hour"):
            granularity = "time"
        return TimeExpression(**base, type="DURATION", value=value, mod=spec.mod,
                              granularity=granularity, interval=interval, anchor=anchor,
                              duration=value)

    def _week_by_tense(self, week: int, mention: Mention) -> Period | None:
        """A numbered week without a year: the publication year's, unless the clause's
        tense puts it on the other side of the report ("cases peaked in epi week 50"
        in January: last year's)."""
        def monday(year: int) -> date | None:
            try:
                return date.fromisocalendar(year, week, 1)
            except ValueError:
                return None
        this_year = monday(self.dct.isocalendar()[0])
        if this_year is None:
            return None
        slack = timedelta(days=28)
        tense = tense_at(self.text, mention.start, mention.end)
        other: date | None = None
        if tense == "past" and this_year > self.dct + slack:
            other = monday(self.dct.isocalendar()[0] - 1)
        elif tense == "future" and this_year + timedelta(days=6) < self.dct - slack:
            other = monday(self.dct.isocalendar()[0] + 1)
        return Period("week", other or this_year)

    def _calendar(self, spec: Spec, mention: Mention) -> Period | None:
        year = spec.year
        try:
            if spec.decade is not None:
                return Period("decade", date(max(1, spec.decade * 10), 1, 1))
            if spec.century is not None:
                return Period("century", date(max(1, spec.century * 100), 1, 1))
            if year is None and spec.week is not None:
                return self._week_by_tense(spec.week, mention)
            if year is None:
                return self._month_day_by_tense(spec, mention)
            if spec.week is not None:
                return Period("week", date.fromisocalendar(year, spec.week, 1))
            if spec.day is not None and spec.month is not None:
                return Period("day", date(year, spec.month, spec.day))
            if spec.month is not None:
                return Period("month", date(year, spec.month, 1))
            if spec.season is not None:
                return Period("season", date(year, SEASON_START_MONTH[spec.season], 1))
            if spec.quarter is not None:
                return Period("quarter", date(year, 3 * spec.quarter - 2, 1))
            if spec.half is not None:
                return Period("half", date(year, 1 if spec.half == 1 else 7, 1))
            return Period("year", date(year, 1, 1))
        except ValueError:
            return None

