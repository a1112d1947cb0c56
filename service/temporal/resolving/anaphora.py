"""Expressions counted from another: "a year earlier", "that day", "since then", "days
later", "the end of the decade", and the references they count from."""

from __future__ import annotations

import re
from datetime import date, timedelta

from service.temporal.calendar import (
    UNIT_STEP,
    Period,
    coarser_or_equal,
    finer,
    next_start,
    truncate,
)
from service.temporal.expression import Anchor, Interval, TimeExpression
from service.temporal.resolving.base import (
    GRANULARITY_NAME,
    NARRATIVE_REACH,
    PARAGRAPH_BREAK,
    RECORD_SET_BEFORE,
    WRITTEN_YEAR,
    Reference,
    ResolverBase,
)
from service.temporal.spec import Mention, Spec
from service.temporal.tense import after_since, sentence_bounds, tense_at

# how far from the publication date the days a news story is about lie
_BACKGROUND_DAYS = timedelta(days=7)
# how many references back a look for an earlier one goes: a text of thousands of
# dates stays linear
_LOOKBACK = 40
# How long into a year companies still report on the year before: until about March.
_FULL_YEAR_SEASON_DAYS = 90
# what "full-year" describes when it reports a closed year ("full-year profit rose"), not
# a forecast ("full-year operating profit forecast", "full-year outlook")
_RESULTS_AFTER = re.compile(
    r"\s+(?:(?:net|operating|pretax|pre-tax|core|adjusted|underlying)\s+)?(?:results|profits?"
    r"|earnings|loss|losses|revenues?|sales|income|turnover|dividend|figures|numbers)\b"
    r"(?!\s+(?:forecasts?|outlook|guidance|targets?|estimates?|expectations|projections?)\b)",
    re.IGNORECASE)
# how far back a day still to come dates a clock of the future ("will drop at 9 p.m.")
_AHEAD_REACH = 300
# "..., its creators announced on Tuesday": the day of the telling, after what was told
_TOLD_AFTER = re.compile(r",\s+(?:[\w.'’-]+\s+){0,5}(?:said|says|announced|told|confirmed"
                         r"|reported|added|stated)\b[^.;]*\Z")
# a day named as a baseline of prices: "its closing price on Friday", "Friday's close"
_CLOSE_BEFORE = re.compile(r"\b(?:(?:clos(?:e|ing)|settle|settlement)(?:\s+(?:price|level|value))?"
                           # ... or the last day of a reporting period: "the year ending March
                           # 31", "cash as of Dec. 31", "cases in the week to Saturday", "the 14
                           # days to Aug. 4"
                           r"|(?:year|quarter|half|period|months?|weeks?|days|fortnight)[\s,]+"
                           r"(?:that\s+|which\s+)?(?:ended|ending|ends|to)|as\s+of)\s+(?:on\s+)?$",
                           re.IGNORECASE)
# a reference counted from the publication date by its own words ("last year", "this
# month", "a year ago"), not a month or quarter named ("May", "the second quarter")
_COUNTED_FROM_NOW = re.compile(
    r"\b(?:last|this|next|past|current|previous|coming|ago|earlier|later|latest|recent)\b",
    re.IGNORECASE)
# what sets off a restatement: "in 1988, 13 years later", "in 1988 (13 years later)"
_APPOSITION = re.compile(r"\s*(?:,|\(|—|–|--)\s*")
# how far from a century's turn a story's last written year may lie for "the turn of the
# century" to be that turn
_TURN_REACH = 15


class Anaphora(ResolverBase):
    """Mixin of :class:`service.temporal.resolver.Resolver`; see the module docstring."""

    def _since_then(self, base: dict) -> tuple[TimeExpression | None, Period | None]:
        # what has begun: "four increases next year. ... Since then, unemployment has
        # fallen" reaches back past a time still to come
        ref = next((r for r in reversed(self.references) if r.period.start <= self.dct), None)
        if ref is None:
            return self._vague(base, "PAST_REF", None), None
        period = ref.period if ref.period.gran != "time" else Period("day", ref.period.start)
        start = period.bounds()[0]
        interval = Interval(start, self.dct.isoformat()) if start[:10] < self.dct.isoformat() \
            else Interval(start, None)
        anchor = Anchor("expression", ref.period.value, ref.index, ref.text)
        return TimeExpression(**base, type="DATE", value=period.value, mod="ON_OR_AFTER",
                              granularity=GRANULARITY_NAME.get(period.gran, period.gran),
                              interval=interval, anchor=anchor), None

    def _vague_shift(self, base: dict, spec: Spec) -> tuple[TimeExpression | None,
                                                              Period | None]:
        """"Hours later" is on the day last named; "days later", "weeks earlier" are
        after (before) it by an unknown amount: its value with mod AFTER (BEFORE)."""
        later = (spec.count or 0) > 0
        if not self.references:
            return self._vague(base, "FUTURE_REF" if later else "PAST_REF", spec.mod), None
        ref = self.references[-1]
        unit = spec.unit or "day"
        if unit in ("second", "minute", "hour") and ref.period.gran not in ("day", "time"):
            # "Hours before the vote" is on the last day named, not in a month or
            # year mentioned since ("his term ends in January 2001")
            ref = next((r for r in reversed(self.references)
                        if r.period.gran in ("day", "time")), ref)
        anchor = self._expression_anchor(ref)
        period = ref.period if ref.period.gran != "time" else Period("day", ref.period.start)
        if unit in ("second", "minute", "hour"):
            return self._dated(base, spec, period, anchor), period
        out = {"month": "month", "quarter": "month", "year": "year", "decade": "year",
               "century": "year"}.get(unit, "day")
        if not coarser_or_equal(period.gran, out):
            period = period.at(out)
        start, end = period.bounds()
        if later:
            interval = Interval(end, self.dct.isoformat() if end[:10] < self.dct.isoformat()
                                else None)
        else:
            interval = Interval(None, start)
        return TimeExpression(**base, type="DATE", value=period.value,
                              mod="AFTER" if later else "BEFORE",
                              granularity=GRANULARITY_NAME.get(period.gran, period.gran),
                              interval=interval, anchor=anchor), None

    def _before_the_era(self, spec: Spec) -> str | None:
        """The TIMEX value of a year before AD 1 that "N years ago" reaches (None when it
        stays in the era): BC1279; PAST_REF beyond four digits ("66 million years ago")."""
        years = {"year": 1, "decade": 10, "century": 100}.get(spec.unit or "")
        if years is None or spec.count is None:
            return None
        year = self.dct.year + int(spec.count) * years
        if year >= 1:
            return None
        return f"BC{1 - year:04d}" if 1 - year <= 9999 else "PAST_REF"

    def _era(self, base: dict, value: str, mod: str | None) -> TimeExpression:
        """A year before AD 1 ("44 B.C.": BC0044); no interval, the calendar stops at 1."""
        return TimeExpression(**base, type="DATE", value=value, mod=mod,
                              granularity=None if value == "PAST_REF" else "year")

    def _from_dct(self, spec: Spec, mention: Mention | None = None) -> Period | None:
        unit = spec.unit or "day"
        count = int(spec.count or 0)
        if spec.rel in ("the_year", "the_full_year") and mention is not None \
                and (self.dct - date(self.dct.year, 1, 1)).days < _FULL_YEAR_SEASON_DAYS \
                and tense_at(self.text, mention.start, mention.end) == "past":
            # "Net income rose in the fourth quarter. For the year, revenue rose 8%" in
            # February: the year of the quarter reported, not the one just begun; so is
            # "for the full year, revenue rose" alone
            last = self.references[-1].period if self.references else None
            if spec.rel == "the_full_year" or last is not None \
                    and last.gran in ("quarter", "half") \
                    and last.start.year == self.dct.year - 1 \
                    and next_start(last.gran, last.start) <= self.dct:
                return Period("year", date(self.dct.year - 1, 1, 1))
        if spec.rel == "full_year":
            # "its full-year outlook": this year; "full-year profit rose" in the first
            # months of a year: the year just closed, being reported
            year = self.dct.year
            if mention is not None and (self.dct - date(year, 1, 1)).days < _FULL_YEAR_SEASON_DAYS \
                    and _RESULTS_AFTER.match(self.text, mention.end) \
                    and tense_at(self.text, mention.start, mention.end) != "future":
                year -= 1
            return Period("year", date(year, 1, 1))
        if spec.rel == "shift":
            out = spec.out or unit
            last_ref = self.references[-1] if self.references else None
            if unit == "year":
                last_ref = self._reported_quarter(last_ref, mention)
            last = last_ref.period if last_ref is not None else None
            if unit == "year" and last is not None and last.gran == "quarter":
                # "up from $10 million a year ago" in a quarterly report: the same quarter,
                # or its whole year after "for the nine months"
                if self._stretch_since_reference():
                    return last.at("year").shift("year", count)
                return last.shift("year", count)
            return Period(out, truncate(self.dct, out)).shift(unit, count)
        gran = unit if unit in UNIT_STEP or unit == "weekend" else "day"
        period = Period(gran, truncate(self.dct, gran)).shift(gran, count)
        # "the turn of the century": the first year of the current century
        return period.at(spec.out) if spec.out and spec.out != gran else period

    def _period_of_story(self, spec: Spec, mention: Mention) -> tuple[Period, Anchor]:
        """"the end of the decade": the publication's decade, unless a past story is told
        in another ("She arrived in March 1921 ... by the end of the decade she owned
        three laundries": the 1920s)."""
        unit = spec.unit or "decade"
        own = Period(unit, truncate(self.dct, unit))
        written = self._written_reference("year")
        if written is None or tense_at(self.text, mention.start, mention.end) != "past":
            return own, self.published
        result = self.results[written.index]
        story = Period(unit, truncate(written.period.start, unit))
        if story.start >= own.start or mention.start - result.end > NARRATIVE_REACH \
                or len(PARAGRAPH_BREAK.findall(self.text, result.end, mention.start)) > 1:
            return own, self.published
        return story, self._expression_anchor(written)

    def _turn_of_century(self) -> Period:
        """"the turn of the century": the publication's (2000), unless the story is told
        around another turn ("The mill was rebuilt in 1899, but by the turn of the century
        the town had shrunk": 1900)."""
        turn = self.dct.year // 100 * 100
        written = self._written_reference("year")
        if written is not None:
            year = written.period.start.year
            nearest = (year + 50) // 100 * 100
            if abs(year - nearest) <= _TURN_REACH and abs(self.dct.year - nearest) > 50:
                turn = nearest
        return Period("year", date(turn, 1, 1))

    def _reference_before(self, ref: Reference, grans: tuple[str, ...]) -> Reference | None:
        """The last reference of one of ``grans`` written before ``ref``."""
        for other in self._references_before(ref):
            if other.period.gran in grans:
                return other
        return None

    def _references_before(self, ref: Reference) -> list[Reference]:
        """The references written before ``ref``, the nearest first, at most ``_LOOKBACK``."""
        position = self._position(ref)
        return self.references[max(0, position - _LOOKBACK):position][::-1]

    def _position(self, ref: Reference) -> int:
        """Where ``ref`` stands among the references, looked for from the end, where the
        ones a rule asks about are."""
        for i in range(len(self.references) - 1, -1, -1):
            if self.references[i] is ref:
                return i
        raise ValueError("not a reference of this text")

    def _reference(self, gran: str, *, same_first: bool = True) -> Reference | None:
        """The most recent expression at least as fine as ``gran``; with ``same_first``
        one of exactly that granularity among the last few wins ("that quarter" after
        a quarter). Shifts ("a year earlier") take the most recent one and keep its
        granularity: after "the third quarter" it is a quarter, after "Aug. 12" a day."""
        for ref in self.references[-1:-4:-1] if same_first else ():
            # a clock time or part of day ("10 p.m. Tuesday") names its day as well
            if ref.period.gran == gran or (gran == "day" and ref.period.gran == "time"):
                return ref
            if gran == "week" and ref.period.gran in ("day", "time"):
                break  # "next week ... on Tuesday evening ... by the end of the week": the
                # day named since names its week
        for ref in reversed(self.references):
            g = "day" if ref.period.gran == "time" else ref.period.gran
            if coarser_or_equal(gran, g):
                return ref
        return None

    def _from_reference(self, spec: Spec, mention: Mention | None = None
                        ) -> tuple[Period | None, Anchor | None]:
        unit = spec.unit or "day"
        count = int(spec.count or 0)
        if spec.rel == "quarter":
            last = self.references[-1] if self.references else None
            if last is not None and last.period.gran == "half" and spec.gran is None:
                # "sales in the first half fell from the same period of 2023": that half
                year = spec.year if spec.year is not None else last.period.start.year + count
                return Period("half", date(year, last.period.start.month, 1)), \
                    self._expression_anchor(last)
            ref = self._reported_quarter(self._reference("quarter"), mention)
            own = self._stretch_year() if spec.gran is None else None
            if own is not None:
                # "the first nine months of the year ... the year-earlier period": the
                # stretch's own year, a year back
                year = spec.year if spec.year is not None else own + count
                return Period("year", date(year, 1, 1)), \
                    self._expression_anchor(self.references[-1])
            half = self._stretch_half() if spec.gran is None else None
            if half is not None and self._stretch_since_reference(closed=True):
                # "for the six months to June 30 ... the same period last year": the half
                year = spec.year if spec.year is not None else half.start.year + count
                return Period("half", date(year, half.start.month, 1)), None
            quarter = self._stretch_quarter() if spec.gran is None else None
            if quarter is not None and self._stretch_since_reference(closed=True):
                # "in the three months ended Sept. 30 ... in the year-earlier period"
                year = spec.year if spec.year is not None else quarter.start.year + count
                return Period("quarter", date(year, quarter.start.month, 1)), None
            if ref and ref.period.gran == "quarter" and spec.gran is None \
                    and self._stretch_since_reference(closed=True):
                # "for the nine months ... in the 1988 period": whole years are compared
                year = spec.year if spec.year is not None else ref.period.start.year + count
                return Period("year", date(year, 1, 1)), self._expression_anchor(ref)
            if spec.year is not None:
                # "the 1988 period": the reference quarter, in the year named
                if ref and ref.period.gran == "quarter":
                    count = spec.year - ref.period.start.year
                else:
                    return Period("year", date(spec.year, 1, 1)), None
            if ref and ref.period.gran == "quarter":
                return ref.period.shift("year", count), self._expression_anchor(ref)
            latest = Period("quarter", truncate(self.dct, "quarter")).shift("quarter", -1)
            return latest.shift("year", count), self.published
        unit_gran = unit if unit in UNIT_STEP else "day"
        if spec.rel == "shift":
            ref = self._reference(unit_gran, same_first=False)
            if count > 0 and ref is not None and not ref.absolute \
                    and coarser_or_equal(unit_gran, "month"):
                # "the spring of 2016 ... moved overnight. Four years later": a story's
                # years are counted from a date it wrote out, not from a day counted from
                # the publication date (that would put them in the future)
                ref = self._written_reference(unit_gran) or ref
            if unit == "year" and count < 0 and mention is not None:
                ref = self._reporting_quarter(ref, mention) or ref
            if unit == "year":
                ref = self._reported_quarter(ref, mention)
            if unit == "year" and ref is not None and self._stretch_since_reference():
                # the stretch lies in the reference's year: compare whole years
                shifted = ref.period.at("year").shift("year", count)
                return shifted, self._expression_anchor(ref)
            if ref is not None and not ref.absolute and coarser_or_equal(unit_gran, "month") \
                    and coarser_or_equal(ref.period.gran, unit_gran) \
                    and _COUNTED_FROM_NOW.search(ref.text):
                # "a year earlier" after "last year": both count from the publication date
                # (after a month or quarter named, "in May from a month earlier" is April)
                ref = None
            base = ref.period if ref else self.today
            if base.gran == "time":
                base = Period("day", base.start)
            gran = finer(base.gran, spec.out or unit_gran) if ref else spec.out or unit_gran
            if ref and unit == "month" and base.gran in ("day", "week"):
                # "On March 3 ... A month later": the story has moved to April, not to a
                # day nobody named (a year shift keeps the day: "on June 30, against
                # $1.8 billion a year earlier" compares balance dates)
                gran = "month"
            if ref and base.gran in ("day", "week", "month") and (
                    unit in ("decade", "century") or unit == "year" and abs(count) >= 2):
                # "It hit on Aug. 24, 1992. Thirty years later": a story counted in years
                # has moved to a year (only "a year earlier" compares like dates)
                gran = "year"
            if gran == "weekend":
                gran = "day"
            if base.label is not None and gran == base.gran:
                return base.shift(unit, count), self._expression_anchor(ref)  # fiscal
            shifted = Period(gran, truncate(base.start, gran)).shift(unit, count)
            restated = self._restated(ref, shifted, unit, count, mention)
            if restated is not None:
                return restated
            return shifted, self._expression_anchor(ref)
        ref = self._reference(unit_gran)
        if (spec.part or spec.clamp and unit_gran == "day") and count == 0 \
                and mention is not None:
            # "that morning", "earlier in the day": the day a bare time would fall on
            ref = self._day_under_discussion(ref, mention)
        if spec.part == "MO" and count == 1 and ref is not None and ref.period.clock \
                and ref.period.clock[0] < 6:
            count = 0  # "died at 12:15 a.m. ... arrested the next morning": that morning
        base_day = ref.period.start if ref else self.dct
        if ref is None and spec.part == "NI" and count == 0 and mention is not None \
                and tense_at(self.text, mention.start, mention.end) == "past":
            # "the bombardment went on through the night", no day named: the night just
            # gone, as "overnight"
            base_day = self.dct - timedelta(days=1)
        if ref is not None and ref.period.clock == (24, 0) and unit_gran == "day" \
                and count == 0 and not spec.part \
                and base_day.toordinal() + 1 == self.dct.toordinal():
            # "resumed sovereignty at midnight. On the same day, ...": the publication
            # day, which that midnight began (24:00 is the end of the day before)
            base_day = self.dct
        shifted = Period(unit_gran, truncate(base_day, unit_gran)).shift(unit_gran, count)
        return shifted, self._expression_anchor(ref)

    def _restated(self, ref: Reference | None, shifted: Period, unit: str, count: int,
                  mention: Mention | None) -> tuple[Period, Anchor] | None:
        """"did not tell regulators until 1988, 13 years later": a shift right after the
        date it restates counts from the date before (1975), when that lands on it."""
        if ref is None or mention is None or ref.index != len(self.results) - 1 \
                or not _APPOSITION.fullmatch(self.text, self.results[ref.index].end,
                                             mention.start):
            return None
        position = next((i for i, r in enumerate(self.references) if r is ref), None)
        if not position:
            return None
        earlier = self.references[position - 1]
        gran = ref.period.gran if ref.period.gran != "time" else "day"
        if earlier.period.gran == "time":
            return None
        if not coarser_or_equal(gran, earlier.period.gran):
            return None
        moved = Period(gran, truncate(earlier.period.start, gran)).shift(unit, count)
        if moved.value != Period(gran, truncate(ref.period.start, gran)).value \
                or moved.value == shifted.value:
            return None
        return moved, self._expression_anchor(earlier)

    def _written_reference(self, gran: str) -> Reference | None:
        """The most recent expression written out in full, at least as fine as ``gran``."""
        for ref in reversed(self.references):
            if ref.absolute and coarser_or_equal(gran, "day" if ref.period.gran == "time"
                                                 else ref.period.gran):
                return ref
        return None

    def _story_day_before(self, ref: Reference) -> Reference | None:
        """The last day of the week up to the publication date named before ``ref`` (not
        one still to come: "schools will be closed Thursday and Friday ... Debby, which came
        ashore seven weeks ago ... the next advisory is due at 5 p.m." is today's)."""
        for other in self._references_before(ref):
            if other.period.gran in ("day", "time") \
                    and self.dct - _BACKGROUND_DAYS <= other.period.start <= self.dct:
                return other
        return None

    def _story_told_at(self, ref: Reference) -> bool:
        """Whether a past story is told at ``ref``, a day of another year written out in
        full ("attacked him in the early hours of 14 March 2020 ... at 2.40am"), rather
        than naming it in passing ("the worst fall since Oct. 19, 1987")."""
        return ref.absolute and ref.period.start.year != self.dct.year \
            and WRITTEN_YEAR.search(ref.text) is not None \
            and not after_since(self.text, self.results[ref.index].start)

    def _day_under_discussion(self, ref: Reference | None, mention: Mention
                              ) -> Reference | None:
        """The day a bare time of day falls on: the one last named, unless that day is
        still to come and the clause tells of the past ("will send the update starting
        Thursday. Shares fell at midday"): then the publication day (None)."""
        if ref is not None and ref.period.start < self.dct - _BACKGROUND_DAYS \
                and self.results[ref.index].end <= sentence_bounds(
                    self.text, mention.start, mention.end)[0] \
                and not self._story_told_at(ref):
            # "fell on Thursday ... the record it reached on July 17. ... by the 4 p.m.
            # close": a day long past, named in passing in an earlier sentence of a story
            # about the days around its publication, is not the day a bare time tells of;
            # that is the story's day, named before it
            story = self._story_day_before(ref)
            if story is not None:
                ref = story
        if ref is not None and ref.period.start > self.dct \
                and tense_at(self.text, mention.start, mention.end) == "past":
            return None
        for _ in range(_LOOKBACK):
            if ref is None or not (
                    _CLOSE_BEFORE.search(self.text, max(0, self.results[ref.index].start - 30),
                                         self.results[ref.index].start)
                    or RECORD_SET_BEFORE.search(
                        self.text, max(0, self.results[ref.index].start - 60),
                        self.results[ref.index].start)):
                break
            # "a premium of 38% to its closing price on Friday ... fell in early afternoon
            # trading": a baseline's day is not the day the story tells of; nor is the day
            # an old record was set ("breaking the previous record of 47.8 degrees set on
            # June 9, 2014 ... the bulletin issued at 1.30 pm")
            ref = self._reference_before(ref, ("day", "time"))
        if ref is not None and ref.period.start < self.dct \
                and tense_at(self.text, mention.start, mention.end) == "future":
            # "the governor, who toured shelters yesterday, will speak at noon": today; but
            # "will premiere on Thursday, Oct. 2, its creators announced on Tuesday. The
            # first two episodes will drop at 9 p.m.": the day still to come just named
            ahead = self._reference_before(ref, ("day", "time"))
            told = self.results[ref.index]
            if ahead is not None and ahead.period.start > self.dct \
                    and self._position(ref) - self._position(ahead) == 1 \
                    and mention.start - self.results[ahead.index].end <= _AHEAD_REACH \
                    and _TOLD_AFTER.search(self.text, self.results[ahead.index].end, told.start):
                return ahead
            return None
        return ref

