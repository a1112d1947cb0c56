"""Turns mentions into TIMEX3 values and intervals.

Everything that depends on the document happens here: the publication date
(DCT), the tense of the sentence, and the expressions met earlier in the text
(anaphora such as "that year", "a year earlier", "since then").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from calendar import monthrange
from dataclasses import replace
from datetime import date, timedelta

from service.temporal.builders.shared import duration_value
from service.temporal.calendar import (
    UNIT_STEP,
    Period,
    add_months,
    coarser_or_equal,
    finer,
    first_weekday_on_or_after,
    last_weekday_on_or_before,
    next_start,
    part_bounds,
    truncate,
)
from service.temporal.expression import Anchor, Interval, TimeExpression
from service.temporal.regex_parts import DETERMINERS
from service.temporal.spec import Mention, Spec
from service.temporal.tense import after_since, possessive_at, sentence_bounds, tense_at
from service.temporal.vocabulary import (
    EASTER_OFFSETS,
    EVENT_DAY_NOUNS,
    EVENT_DAYS,
    FIXED_HOLIDAYS,
    HOLIDAY_OFFSETS,
    LUNAR_HOLIDAYS,
    NOT_PAST_ED,
    NTH_WEEKDAY,
    PAST_CUES,
    QUADRENNIAL_HOLIDAYS,
    SEASON_START_MONTH,
    WEEKDAY_HOLIDAYS,
    WEEKDAYS,
)

# How long after a quarter ends companies still report on it.
_REPORTING_SEASON_DAYS = 60
# ... and on the year: annual results come out until about March
_FULL_YEAR_SEASON_DAYS = 90
# what "full-year" describes when it reports a closed year ("full-year profit rose"), not
# a forecast ("full-year operating profit forecast", "full-year outlook")
_RESULTS_AFTER = re.compile(
    r"\s+(?:(?:net|operating|pretax|pre-tax|core|adjusted|underlying)\s+)?(?:results|profits?"
    r"|earnings|loss|losses|revenues?|sales|income|turnover|dividend|figures|numbers)\b"
    r"(?!\s+(?:forecasts?|outlook|guidance|targets?|estimates?|expectations|projections?)\b)",
    re.IGNORECASE)
_GRANULARITY_NAME = {"weekend": "week"}
# "two weeks later, on 11th April", "A day earlier, on Monday,": the date a shift lands on
_APPOSED_DATE = re.compile(r",?\s+on\s+")
# "last Thursday (April 25)", "on Monday (6 May)" (British regional papers): the date in
# brackets says which weekday
_BRACKETED_DATE = re.compile(r"\s*\(\s*")
_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True))
                           + r")\b", re.IGNORECASE)
_RANGE_LINK = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*", re.IGNORECASE)
_PERIOD_END = re.compile(r"[\s,]*(?:that\s+|which\s+)?(?:ended|ending|ends|closed)\s*(?:on\s+)?",
                         re.IGNORECASE)
_EVENT_NOUN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:"
    + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(EVENT_DAY_NOUNS, key=len,
                                                                 reverse=True))
    + r")\b", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"(?:\bfrom|\bbetween)\s*$", re.IGNORECASE)
# what joins a weekday to the start of its stretch: "6 p.m. Saturday to 6 a.m. Sunday",
# "Thursday night into Friday morning"
_WEEKDAY_RANGE_LINK = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|into)\s*",
                                 re.IGNORECASE)
_AND_LINK = re.compile(r"\s+and\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# "a warning is in effect through Tuesday evening": what holds until then is still on
# what a figure is compared with has happened: "up 4% from Friday's close"
_BASELINE_BEFORE = re.compile(r"\b(?:from|since|than|versus|vs\.|compared\s+(?:with|to))\s+$",
                              re.IGNORECASE)
# a day named as a baseline of prices: "its closing price on Friday", "Friday's close"
_CLOSE_BEFORE = re.compile(r"\b(?:(?:clos(?:e|ing)|settle|settlement)(?:\s+(?:price|level|value))?"
                           # ... or the last day of a reporting period: "the year ending March
                           # 31", "cash as of Dec. 31"
                           r"|(?:year|quarter|half|period|months|weeks)[\s,]+(?:that\s+|which\s+)?"
                           r"(?:ended|ending|ends)|as\s+of)\s+(?:on\s+)?$", re.IGNORECASE)
_HOLDS_UNTIL = re.compile(r"\b(?:through|thru|until|till)\s+$", re.IGNORECASE)


# what may open a sentence before its framing year: "In 2022, ...", "Back in 2019, ..."
_FRAMING_YEAR = re.compile(r"[\s\"'“‘(]*(?:(?:Back|Later|Earlier|Early|Late)\s+)?"
                           r"(?i:in|during|throughout)\s+")
# what may open a sentence before a possessive year: "Next year's conference", "“2019's
_OPENING = re.compile(r"[\s\"'“‘(]*")
# a superlative right before a month: "the hottest July", "its wettest March on record"
_SUPERLATIVE_MONTH = re.compile(r"\b(?:the|its|their|a)\s+(?:[a-z]+est|most\s+[a-z]+|record)"
                                r"(?:-ever)?\s+\Z")
# ... or after it: "July was the hottest month on record"
_MONTH_WAS_SUPERLATIVE = re.compile(r"\s+(?:was|had\s+been|became)\s+(?:the|its|a)\s+"
                                    r"(?:[a-z]+est|most\s+[a-z]+|record)\b")
# between a clock and the weekday of its restatement: "9 p.m. EDT (0100 GMT Friday)"
_RESTATED_CLOCK = re.compile(r"\s*\(\s*(?:[01]\d|2[0-3])[:.]?[0-5]\d\s*(?:GMT|UTC)\s+(?:on\s+)?")
_POSSESSIVE_SUBJECT = re.compile(r"['’]s\s+[a-z]")
# ... or a year that names its subject: "The 2028 launch window opens in late October",
# "The 2020 election was held in November" (not a year's report, published after it)
_OPENING_THE = re.compile(r"[\s\"'“‘(]*[Tt]he\s+")
_ATTRIBUTIVE_SUBJECT = re.compile(
    r"\s+(?!(?:annual\s+|full-year\s+|final\s+)?(?:report|survey|figures|data|results|budget"
    r"|census|accounts|statements?|review|index|study|study's|audit|filing|returns?)\b)[a-z]")
# the end of a clause: a later month may belong to another subject ("..., and the talks
# will resume in March")
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|though|although)\b"
                           r"|\b(?:said|says|told|added)\b", re.IGNORECASE)
# a month right after a reporting verb dates the report: "the company said in March"
_REPORTED_AT = re.compile(r"\b(?:said|says|announced|reported|told\s+\w+|added|disclosed"
                          r"|confirmed|revealed|stated|wrote)\s+(?:(?:earlier|later)\s+)?"
                          r"(?:in|on|during)\s+(?:(?:early|mid|late)[\s-]+)?\Z", re.IGNORECASE)
# a past verb the date directly hangs on ("was arrested in September", "Ofqual said in
# September that", "announced on Sept. 3"): the date is the verb's own, so not after the
# report; not a present passive ("the parade is held on Memorial Day") nor after a modal
_GOVERNING_VERB = re.compile(r"\b(?P<verb>[A-Za-z]+)\s+(?:in|on|during)\s+\Z"
                             # AP style drops the "on": "the attack, which began Feb. 21"
                             r"|\b(?P<bare>(?i:began|started|ended|died|struck|occurred"
                             r"|happened|erupted|crashed|collapsed|landed|exploded|emerged"
                             r"|peaked|resigned|disclosed|discovered|detected))\s+\Z")
_PAST_FORMS = frozenset(c for c in PAST_CUES if " " not in c) - {
    "was", "were", "had", "did", "ago", "last", "yesterday", "earlier", "has", "have", "hit"}
# a past verb, its object and "in" right before a month: "hit a record low in February",
# "won the Australian Open in January"
_VERB_OBJECT_IN = re.compile(r"\b(?P<verb>[A-Za-z]+)\s+(?:the|a|an|its|his|her|their)\s+"
                             r"(?:[A-Za-z'’-]+\s+){0,3}in\s+\Z")
# ... or with a bare object and its attachments: "heard oral arguments in the case in
# December", "approved new limits on emissions in March"
_VERB_OBJECT_WORDS_IN = re.compile(r"\b(?P<verb>[A-Za-z]+)(?P<object>(?:\s+[A-Za-z'’-]+){0,6})"
                                   r"\s+in\s+\Z")
_NOT_IN_A_PAST_OBJECT = re.compile(
    r"\b(?:to|will|would|could|can|may|might|must|should|shall|that|which|who|and|but|is|are"
    r"|be|been|has|have|had|was|were|said|says|say)\b", re.IGNORECASE)
# what a past election did or what was done to it: "won the November election", "lost
# seats in the March polls", "boycotted the June runoff"
_ELECTION_OUTCOME_BEFORE = re.compile(
    r"\b(?:won|lost|swept|gained|suffered|boycotted|rigged|stole|dominated|conceded|contested"
    r"|disputed|certified|overturned|annulled|defeated|beat|trounced|routed|losing|winning"
    r"|held|was|were|came|took\s+place)\b[^.;!?]{0,40}\Z", re.IGNORECASE)
_PAST_PERFECT_BEFORE = re.compile(r"\bhad\s+(?:not\s+|never\s+|already\s+)?(?:been\s+)?"
                                  r"[a-z]+\b[^.;:,]*\Z", re.IGNORECASE)
# "before the Friday deadline", "ahead of a midnight Sunday cutoff", "to beat a 5 p.m.
# Friday deadline": a deadline something was done or is done in time for
_BEFORE_A_DEADLINE = re.compile(
    r"\b(?:before|ahead\s+of|to\s+(?:beat|meet)|in\s+time\s+for)\s+(?:a|an|the|this)\s+"
    r"(?:[\w:.]+\s+){0,3}\Z", re.IGNORECASE)
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|before|in\s+advance\s+of|in\s+the\s+run-up\s+to)\s+\Z",
                       re.IGNORECASE)
_DEADLINE_AFTER = re.compile(r"\s+(?:deadline|cutoff|cut-off)\b", re.IGNORECASE)
_HAS_HAD_BEFORE = re.compile(r"\b(?:has|have|had|was|were|is|are|be|been)\s+\Z", re.IGNORECASE)
_FUTURE_BEFORE_VERB = re.compile(
    r"\b(?:will|would|to|shall|could|can|may|might|must|should|is|are|am|be|being)"
    r"(?:\s+(?:not|be|have|been))*\s+\Z",
    re.IGNORECASE)
# a reference counted from the publication date by its own words ("last year", "this
# month", "a year ago"), not a month or quarter named ("May", "the second quarter")
_COUNTED_FROM_NOW = re.compile(
    r"\b(?:last|this|next|past|current|previous|coming|ago|earlier|later|latest|recent)\b",
    re.IGNORECASE)


_WRITTEN_YEAR = re.compile(r"\b\d{4}\b")
# what joins a stretch of months to the year it lies in: "the first nine months of 2019"
_FISCAL_LABEL = re.compile(r"\bfiscal\b|\bFY", re.IGNORECASE)
# a quarter named only as the one before the quarter reported: a comparison, not the
# period under discussion
_COMPARED_QUARTER = re.compile(r"(?:the\s+)?(?:previous|prior|preceding)\s+quarter"
                               r"|(?:a|one|the)\s+quarter\s+(?:earlier|before)", re.IGNORECASE)
# what joins a stretch of months to the date closing it: "the six months to June 30"
_STRETCH_CLOSE = re.compile(r"[\s,]+(?:that\s+|which\s+)?(?:ended|ending|ends|to|through|thru)"
                            r"\s+(?:on\s+)?", re.IGNORECASE)
_STRETCH_OF = re.compile(r"\s+of\s+(?:fiscal\s+)?", re.IGNORECASE)
# a story told in another year ("On the evening of March 16, 1898, ... until late April"):
# how far back its last date may lie for a bare month or day to fall in that year
_NARRATIVE_REACH = 1500
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# a date a statement is given, news of the day: "said in a statement on Jan. 5"
_STATEMENT_ON = re.compile(r"\b(?:statement|interview|letter|post|email|filing|release"
                           r"|conference|briefing|speech)\s+(?:on|in)\s+\Z", re.IGNORECASE)
# a date naming an event ("the Dec. 21, 1988, bombing") or a birth is background, not the
# story's time
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|this|that|born(?:\s+on)?"
                                 r"|founded(?:\s+on)?)\s+\Z", re.IGNORECASE)
# a day or season a story is told at; a month written with its year is more often a
# background fact ("since the death of Scalia in February 2016")
_NARRATIVE_GRANS = frozenset({"day", "time", "season"})
# what sets off a restatement: "in 1988, 13 years later", "in 1988 (13 years later)"
_APPOSITION = re.compile(r"\s*(?:,|\(|—|–|--)\s*")
# how far from a century's turn a story's last written year may lie for "the turn of the
# century" to be that turn
_TURN_REACH = 15


class _Reference:
    __slots__ = ("absolute", "index", "period", "text")

    def __init__(self, period: Period, index: int, text: str, absolute: bool) -> None:
        self.period = period
        self.index = index
        self.text = text
        self.absolute = absolute  # written out in full ("in 2019"), not counted from the DCT


class Resolver:
    """Resolves the mentions of one document, in text order."""

    def __init__(self, text: str, dct: date) -> None:
        self.text = text
        self.dct = dct
        self.today = Period("day", dct)
        self.published = Anchor("published", dct.isoformat())
        self.references: list[_Reference] = []
        self.results: list[TimeExpression] = []
        self.periods: list[Period | None] = []
        self._narrative: _Reference | None = None  # what the last bare date was dated by

    # -------------------------------------------------------------- public

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
                self.references.append(_Reference(period, len(self.results) - 1,
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
            if _WRITTEN_YEAR.search(date_.text) is None and shift.value[:4].isdigit():
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

    def _ends_named_quarter(self, expression: TimeExpression) -> bool:
        """"the third quarter ended Sept. 30": the date only closes the quarter, which
        stays the antecedent of a later "a year earlier"."""
        if len(self.results) < 2 or self.results[-2].granularity != "quarter":
            return False
        between = self.text[self.results[-2].end:expression.start]
        return _PERIOD_END.fullmatch(between) is not None

    # -------------------------------------------------------------- ranges

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

    # -------------------------------------------------------------- dispatch

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
            return TimeExpression(**base, type="SET", value=spec.value or "", mod=spec.mod,
                                  granularity=spec.gran, quant=spec.quant, freq=spec.freq), None
        if kind == "since_then":
            return self._since_then(base)
        if kind == "vague_shift":
            return self._vague_shift(base, spec)
        if kind == "offset" and spec.base is not None:
            # "the day before Aug. 12": the date named, moved; its anchor is the date's
            inner, day = self._resolve(Mention(mention.start, mention.end, spec.base))
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
            if spec.out == "base" and spec.gran in ("week", "month"):
                period = period.at(spec.gran)  # "40 years ago this week"
            if spec.clock:
                period = Period("time", period.start, None, spec.clock)
            return self._dated(base, spec, period, inner.anchor), period
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
            period = self._weekend(mention)
        elif kind == "named" and spec.rel == "midweek":
            period = self._midweek(mention)
        elif kind == "named" and (spec.rel or "").startswith("ana-"):
            period, anchor = self._named_from_reference(spec, mention)
        elif kind == "named":
            framing = self._framing_year(spec, mention)
            story = self._narrative_reference(mention) if framing is None \
                and spec.rel is None and spec.clamp is None else None
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
        elif kind == "holiday":
            story = self._narrative_reference(mention) if spec.year is None \
                and spec.rel is None else None
            period = self._holiday(spec, mention, story)
            if story is not None and period is not None:
                anchor = self._expression_anchor(story)
            if period is not None and spec.out == "week":
                period = period.at("week")
            elif period is not None and spec.out == "weekend":
                period = _holiday_weekend(period.start)
            if spec.year is not None:
                anchor = None
        elif kind == "weekday":
            period, anchor = self._weekday(spec, mention)
        elif kind == "dct" and spec.rel == "bare":
            # a clock time without a day is on the day the text last named
            ref = self._day_under_discussion(self._reference("day"), mention)
            if ref is not None and ref.period.gran in ("day", "time"):
                period = Period("day", ref.period.start)
                anchor = self._expression_anchor(ref)
                before = ref.period.clock
                if before is not None and spec.clock is not None and before[0] >= 20 \
                        and spec.clock[0] < 6:
                    # "a call at 11:40 p.m. ... pronounced dead at 12:15 a.m.": the story
                    # has crossed midnight
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

    # -------------------------------------------------------------- kinds

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
                              granularity=_GRANULARITY_NAME.get(period.gran, period.gran),
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
                              granularity=_GRANULARITY_NAME.get(period.gran, period.gran),
                              interval=interval, anchor=anchor), None

    def _calendar(self, spec: Spec, mention: Mention) -> Period | None:
        year = spec.year
        try:
            if spec.decade is not None:
                return Period("decade", date(max(1, spec.decade * 10), 1, 1))
            if spec.century is not None:
                return Period("century", date(max(1, spec.century * 100), 1, 1))
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

    def _month_day_by_tense(self, spec: Spec, mention: Mention) -> Period | None:
        if spec.month is None and spec.day is not None and spec.weekday is None:
            # "will be credited on the 15th": that day of this month, or of the month
            # before or after as the tense reads it; "the 2nd instant": this month's
            around = _month_days_around(self.dct, spec.day)
            if spec.rel == "this_month" or (spec.rel or "").startswith("month"):
                # "the 2nd instant": this month's; "the first week of next month": next's
                offset = int(spec.rel[5:]) if spec.rel.startswith("month") else 0
                index = self.dct.year * 12 + self.dct.month - 1 + offset
                around = [d for d in around if (d.year, d.month) == (index // 12, index % 12 + 1)]
            else:
                around = [d for d in around if abs((d - self.dct).days) <= 45]
            if not around:
                return None
            return Period("day", self._pick_by_tense(around, mention, slack_days=0))
        if spec.month is None and spec.day is not None and spec.weekday is not None:
            # "Monday the 24th": the months around the publication date whose that day
            # falls on that weekday, picked like a month's day
            weekday_options = [d for d in _month_days_around(self.dct, spec.day)
                               if d.weekday() == spec.weekday]
            if not weekday_options:
                return None
            return Period("day", self._pick_by_tense(weekday_options, mention, slack_days=7))
        if spec.month is None or spec.day is None:
            return None
        event_year = EVENT_DAYS.get((spec.month, spec.day))
        if event_year is not None and spec.weekday is None \
                and _EVENT_NOUN_AFTER.match(self.text, mention.end):
            return Period("day", date(event_year, spec.month, spec.day))  # "the Jan. 6 riot"
        dated = self._full_date_in_sentence(mention)
        if dated is None and spec.weekday is None and spec.mod is None and spec.clamp is None:
            dated = self._narrative = self._narrative_reference(mention)
        around = dated.period.start if dated is not None else self.dct
        options = _days_around(around.year, spec.month, spec.day)
        if not options:
            return None
        if dated is not None and spec.weekday is None:
            # "will be announced on Jan. 13, 2020, and the ceremony held on Feb. 9": the
            # day nearest the date the sentence wrote out in full, not the publication's
            return Period("day", min(options, key=lambda d: abs((d - around).days)))
        if spec.weekday is not None:
            matching = [d for d in options if d.weekday() == spec.weekday]
            if matching:
                options = matching
        day = self._pick_by_tense(options, mention, slack_days=90, verb_dates=True)
        opened = self._range_start(mention)
        if opened is not None and (day < opened or (day - opened).days > 366):
            # the second end of a stretch is not before its first: "runs from June 1 to
            # Nov. 30, forecasters said" ends on the Nov. 30 after that June 1; nor a year
            # past it ("claims filed between April 1 and June 30 will be processed")
            later = [d for d in options if d >= opened]
            if later:
                day = later[0]
        return Period("day", day)

    def _full_date_in_sentence(self, mention: Mention) -> _Reference | None:
        """The last day written out with its year ("Jan. 13, 2020") earlier in the
        sentence, when its year is not the publication's."""
        if not self.references:
            return None
        ref = self.references[-1]
        lo, _ = sentence_bounds(self.text, mention.start, mention.end)
        if self.results[ref.index].start < lo or not ref.absolute \
                or ref.period.gran not in ("day", "time") \
                or ref.period.start.year == self.dct.year or _WRITTEN_YEAR.search(ref.text) is None:
            return None
        return ref

    def _narrative_reference(self, mention: Mention) -> _Reference | None:
        """The date a past narrative is told at, when it is another year's: "On the
        evening of March 16, 1898, a warm rain began ... the last body was not found
        until late April" is April 1898. The story's last date must be written out or
        counted from another ("the next morning"), not from the publication date
        ("last week"), lie in this paragraph (or, written out, the one before), and the
        clause must tell of the past."""
        if not self.references:
            return None
        ref = self.references[-1]
        result = self.results[ref.index]
        if ref.period.gran not in _NARRATIVE_GRANS or ref.period.start.year == self.dct.year \
                or ref.period.start > self.dct \
                or mention.start - result.end > _NARRATIVE_REACH:
            return None
        breaks = len(_PARAGRAPH_BREAK.findall(self.text, result.end, mention.start))
        # a date counted from another ("the following afternoon") holds in its paragraph;
        # one written out ("the summer of 2023") into the next
        counted = result.anchor is not None and result.anchor.kind == "expression"
        if not (ref.absolute and breaks <= 1 or counted and breaks == 0) \
                or after_since(self.text, mention.start) \
                or after_since(self.text, result.start) \
                or _REPORTED_AT.search(self.text, max(0, mention.start - 40), mention.start) \
                or _STATEMENT_ON.search(self.text, max(0, mention.start - 40), mention.start) \
                or _ATTRIBUTIVE_BEFORE.search(self.text, max(0, result.start - 8), result.start) \
                or tense_at(self.text, mention.start, mention.end) != "past":
            return None
        return ref

    def _nearest_instance(self, spec: Spec, story: _Reference) -> Period | None:
        """The month or season of that name nearest the story's date."""
        year = story.period.start.year
        instances = self._instances(spec, range(year - 1, year + 2))
        if not instances:
            return None
        return min(instances, key=lambda p: (abs((p.start - story.period.start).days),
                                             p.start < story.period.start))

    def _pick_by_tense(self, options: list[date], mention: Mention, slack_days: int,
                       *, verb_dates: bool = False) -> date:
        """The publication year's date unless it lies well on the wrong side of the
        publication date for the clause's tense; without a tense, the nearest."""
        nearest = min(options, key=lambda d: (abs((d - self.dct).days), d > self.dct))
        tense = tense_at(self.text, mention.start, mention.end, commitments=True)
        if after_since(self.text, mention.start) \
                or verb_dates and tense == "past" \
                and self._past_verb_right_before(mention.start):
            # not a verb's tense but a fact: "since" names a begun past; so does the past
            # verb the date hangs on ("was arrested in September", "said on Sept. 3")
            slack_days = 0
        slack = timedelta(days=slack_days)
        if tense == "past" and nearest > self.dct + slack:
            earlier = [d for d in options if d <= self.dct]
            return earlier[-1] if earlier else nearest
        if tense == "future" and nearest < self.dct - slack:
            later = [d for d in options if d >= self.dct]
            return later[0] if later else nearest
        return nearest

    def _past_verb_right_before(self, start: int) -> bool:
        m = _GOVERNING_VERB.search(self.text, max(0, start - 60), start)
        return m is not None and self._is_past_verb(m, _PAST_FORMS)

    def _past_verb_with_object_before(self, start: int) -> bool:
        m = _VERB_OBJECT_IN.search(self.text, max(0, start - 60), start)
        if m is not None and _NOT_IN_A_PAST_OBJECT.search(self.text, m.end("verb"), m.end()):
            return False  # "said the plant will reopen in December": the month is reopening's
        if m is None or not self._is_past_verb(m, _PAST_FORMS | {"hit"}):
            m = self._past_verb_with_bare_object(start)
        return m is not None and self._is_past_verb(m, _PAST_FORMS | {"hit"}) \
            and not _HAS_HAD_BEFORE.search(self.text, max(0, m.start("verb") - 12),
                                           m.start("verb"))

    def _past_verb_with_bare_object(self, start: int) -> re.Match[str] | None:
        """The nearest past verb before "in" whose object has no clause break, modal or
        infinitive on the way: "heard oral arguments in the case in (December)"."""
        lo = max(0, start - 60)
        words = list(re.finditer(r"(?<![\w'’-])[A-Za-z]+(?![\w'’-])", self.text[lo:start]))
        for index in range(len(words) - 2, max(-1, len(words) - 9), -1):
            w = words[index]
            m = _VERB_OBJECT_WORDS_IN.match(self.text, lo + w.start(), start)
            if m is None:
                return None  # punctuation between: another clause
            if _NOT_IN_A_PAST_OBJECT.fullmatch(w.group(0)):
                return None
            if index > 0 and words[index - 1].group(0).lower() in DETERMINERS:
                continue  # "will publish the proposed rule in": an adjective
            if self._is_past_verb(m, _PAST_FORMS | {"hit"}):
                return m
        return None

    def _is_past_verb(self, m: re.Match[str], past_forms: frozenset[str]) -> bool:
        """Whether ``m``'s "verb" group is a past form with no modal or infinitive marker
        in front ("was arrested", not "will be arrested" nor "to be arrested")."""
        verb = (m.group("verb") or m.groupdict().get("bare") or "").lower()
        if verb not in past_forms and not (
                verb.endswith("ed") and verb not in NOT_PAST_ED and not verb.startswith("un")):
            return False
        start = m.start("verb") if m.group("verb") else m.start("bare")
        return not _FUTURE_BEFORE_VERB.search(self.text, max(0, start - 30), start)

    def _instances(self, spec: Spec, years: range) -> list[Period]:
        out = []
        for year in years:
            if spec.month is not None and spec.day is not None:
                if spec.month != 2 or spec.day != 29 or year % 4 == 0 \
                        and (year % 100 != 0 or year % 400 == 0):
                    out.append(Period("day", date(year, spec.month, spec.day)))
            elif spec.month is not None:
                out.append(Period("month", date(year, spec.month, 1)))
            elif spec.season is not None:
                out.append(Period("season", date(year, SEASON_START_MONTH[spec.season], 1)))
            elif spec.quarter is not None:
                out.append(Period("quarter", date(year, 3 * spec.quarter - 2, 1)))
            elif spec.half is not None:
                out.append(Period("half", date(year, 1 if spec.half == 1 else 7, 1)))
        return out

    def _fiscal_quarter(self, spec: Spec, mention: Mention) -> Period | None:
        """"the third quarter ended Feb. 29": the three months to that day. Its value
        keeps the fiscal number with the calendar year it ends in, as TimeBank writes
        them (a "fiscal first quarter ended Sept. 30" of 1989 is 1989-Q1), unless the
        text names the fiscal year ("the first quarter of fiscal 2025, which ended
        Sept. 30" is 2025-Q1, July to September 2024)."""
        if spec.month is None or spec.quarter is None:
            return None
        months_to_year_end = 3 * (4 - spec.quarter)
        crosses = spec.month + months_to_year_end > 12  # the fiscal year ends a year later
        if spec.rel == "fiscal_year" and spec.year is not None:
            end_year = spec.year - crosses  # "the first quarter of fiscal 2025, which ended..."
        elif spec.year is not None:
            end_year = spec.year
        else:
            options = _days_around(self.dct.year, spec.month, spec.day or 1)
            if not options:
                return None
            end_year = self._pick_by_tense(options, mention, slack_days=45).year
        start = add_months(date(end_year, spec.month, 1), -2)
        year = spec.year if spec.rel == "fiscal_year" else end_year
        return Period("quarter", start, label=f"{year:04d}-Q{spec.quarter}")

    def _framing_year(self, spec: Spec, mention: Mention) -> _Reference | None:
        """"In 2022, Russian troops held Kherson for eight months before withdrawing in
        November": a year fronted as the sentence's frame dates the bare months of the
        sentence (2022-11); a year elsewhere in the sentence frames nothing ("sales in
        2023 rose, it said in March"), nor does a frame reach a report's own date ("In
        2023, sales rose 5%, the company said in March")."""
        if spec.month is None or spec.rel or spec.clamp not in (None, "reported", "election") \
                or not self.references:
            return None
        lo, _ = sentence_bounds(self.text, mention.start, mention.end)
        # references come in text order: the sentence's first by bisection, so that a long
        # text without sentence breaks does not take time quadratic in its length
        first = bisect_left(self.references, lo, key=lambda r: self.results[r.index].start)
        if first == len(self.references):
            return None
        ref = self.references[first]
        framing = self.results[ref.index]
        if ref.period.gran == "year" and (
                _OPENING.fullmatch(self.text, lo, framing.start)
                and _POSSESSIVE_SUBJECT.match(self.text, framing.end)
                or ref.absolute and _OPENING_THE.fullmatch(self.text, lo, framing.start)
                and _ATTRIBUTIVE_SUBJECT.match(self.text, framing.end)) \
                and not _CLAUSE_BREAK.search(self.text, framing.end, mention.start):
            # "Next year's conference will be held in Egypt in November", "Last year's
            # harvest, which began in September, ...": the year its subject is dated to
            # holds for the bare months of that clause (2022-11)
            return ref
        if not ref.absolute or ref.period.gran != "year" \
                or not _FRAMING_YEAR.fullmatch(self.text, lo, framing.start) \
                or not self.text.startswith(",", framing.end) \
                or _REPORTED_AT.search(self.text, max(lo, mention.start - 40), mention.start):
            return None
        return ref

    def _named(self, spec: Spec, mention: Mention) -> Period | None:
        rel = spec.rel
        if rel and rel.startswith("year"):
            year = self.dct.year + int(rel[4:])
            found = self._instances(spec, range(year, year + 1))
            return found[0] if found else None
        instances = self._instances(spec, range(self.dct.year - 2, self.dct.year + 3))
        if not instances:
            return None
        gran = instances[0].gran
        current = truncate(self.dct, gran)
        if rel in ("last", "past", "this past", "previous"):
            earlier = [p for p in instances if p.start < current]
            return earlier[-1] if earlier else None
        if rel in ("next", "this coming", "coming", "following"):
            later = [p for p in instances if p.start > current]
            return later[0] if later else None
        if rel in ("this", "current"):
            containing = [p for p in instances if p.start == current]
            if containing:
                return containing[0]
            same_year = [p for p in instances if p.start.year == self.dct.year]
            return same_year[0] if same_year else None
        if gran in ("quarter", "half"):
            following = self._later_part_of_named_year(spec, instances, mention)
            if following is not None:
                return following
            started = [p for p in instances if p.start <= self.dct]
            latest = started[-1] if started else None
            if latest is None or tense_at(self.text, mention.start, mention.end) != "future":
                return latest
            # looking ahead: the coming one, unless the last one just closed and is
            # being reported ("expects to report third-quarter results" in October)
            ended = next_start(gran, latest.start)
            if ended <= self.dct and (self.dct - ended).days > _REPORTING_SEASON_DAYS:
                upcoming = [p for p in instances if p.start > self.dct]
                return upcoming[0] if upcoming else latest
            return latest
        if spec.clamp in ("later", "delivery"):
            upcoming = [p for p in instances if next_start(gran, p.start) > self.dct]
            return upcoming[0] if upcoming else None
        if spec.clamp in ("earlier", "reported"):
            started = [p for p in instances if p.start <= self.dct]
            return started[-1] if started else None
        if spec.month is not None and (_SUPERLATIVE_MONTH.search(
                self.text, max(0, mention.start - 30), mention.start)
                or _MONTH_WAS_SUPERLATIVE.match(self.text, mention.end)) \
                and tense_at(self.text, mention.start, mention.end) == "past":
            # "It was the hottest July on record", "had its wettest March": a record set
            # by a month that is over (or all but over)
            ended = [p for p in instances
                     if next_start(p.gran, p.start) <= self.dct + timedelta(days=3)]
            if ended:
                return ended[-1]
        containing = [p for p in instances if p.start <= self.dct < next_start(gran, p.start)]
        if containing:  # "in the summer" on Aug. 31: this summer, whatever the tense
            earlier = [p for p in instances if p.start < containing[0].start]
            if spec.mod in ("MID", "END") and earlier \
                    and part_bounds(containing[0], spec.mod)[0] > self.dct.isoformat() \
                    and tense_at(self.text, mention.start, mention.end) == "past":
                # "the session ran from mid-January to May 31" on Jan. 2: a part of the
                # month not yet begun cannot be past, so it is last year's
                return earlier[-1]
            return containing[0]
        if spec.clamp == "election":
            # "urged voters to make it an issue in the November elections": the vote nearest
            # the report, whatever a past verb says, unless it tells the vote's outcome
            # ("Republicans won the November election")
            middles = [p.start + timedelta(days=14) for p in instances]
            index = min(range(len(instances)), key=lambda i: (abs((middles[i] - self.dct).days),
                                                              middles[i] > self.dct))
            if instances[index].start > self.dct and index > 0 \
                    and _ELECTION_OUTCOME_BEFORE.search(self.text, max(0, mention.start - 50),
                                                        mention.start):
                index -= 1
            elif instances[index].start < self.dct and index + 1 < len(instances) \
                    and tense_at(self.text, mention.start, mention.end) == "future":
                index += 1  # "the May elections will be close", in June: next May's
            return instances[index]
        # compare mid-period days, so "in August" on Aug. 31 is this August
        middles = [p.start + timedelta(days=14) for p in instances]
        chosen = self._pick_by_tense(middles, mention, slack_days=40, verb_dates=True)
        index = middles.index(chosen)
        if instances[index].start > self.dct and index > 0 and spec.month is not None \
                and self._past_verb_with_object_before(mention.start):
            # "sea ice hit a record low in February", "won the title in May" on Jan. 9: what
            # a past verb did in a month not begun yet is last year's
            index -= 1
        opened = self._range_start(mention, ("month",)) if spec.month is not None else None
        if opened is not None and (instances[index].start < opened
                                   or (instances[index].start - opened).days > 366):
            # "claims filed between April and June will be processed": the June after that
            # April, not one a year later nor one before it
            later = [p for p in instances if p.start >= opened]
            if later:
                return later[0]
        return instances[index]

    def _later_part_of_named_year(self, spec: Spec, instances: list[Period], mention: Mention
                                  ) -> Period | None:
        """"Demand should recover in the first half of 2020, while orders stay weak until
        the second half": a later half (quarter) right after one of a year written out is
        in that year, unless the tense puts it on the other side of the publication date."""
        if not self.references or self.references[-1].index != len(self.results) - 1:
            return None
        ref = self.references[-1]
        if not ref.absolute or ref.period.gran != instances[0].gran \
                or not _WRITTEN_YEAR.search(ref.text):
            return None
        year = ref.period.start.year
        later = [p for p in self._instances(spec, range(year, year + 1))
                 if p.start > ref.period.start]
        if not later:
            return None
        tense = tense_at(self.text, mention.start, mention.end)
        ends = next_start(later[0].gran, later[0].start)
        if tense == "future" and ends <= self.dct or tense == "past" and later[0].start > self.dct:
            return None
        return later[0]

    def _named_from_reference(self, spec: Spec, mention: Mention
                              ) -> tuple[Period | None, Anchor | None]:
        """"That summer", "the following spring": the month or season of, after or before
        the time the story last named; without one, counted from the publication date."""
        ref = self._reference("year", same_first=False)
        if ref is None:
            fallback = {"ana-after": "following", "ana-before": "previous",
                        "ana-year+1": "next", "ana-year-1": "last"}.get(spec.rel or "")
            return self._named(replace(spec, rel=fallback), mention), self.published
        gran = "day" if ref.period.gran == "time" else ref.period.gran
        lo = ref.period.start
        hi = next_start(gran, lo)
        instances = self._instances(spec, range(lo.year - 1, lo.year + 2))
        if not instances:
            return None, None
        chosen: Period | None
        if (spec.rel or "").startswith("ana-year"):
            # "the fall of the following year": that season of the year after the story's
            year = lo.year + int((spec.rel or "")[8:])
            chosen = next((p for p in instances if p.start.year == year), None)
        elif spec.rel == "ana-after":
            chosen = next((p for p in instances if p.start >= hi), None)
        elif spec.rel == "ana-before":
            earlier = [p for p in instances if next_start(p.gran, p.start) <= lo]
            chosen = earlier[-1] if earlier else None
        else:
            containing = [p for p in instances if p.start <= lo < next_start(p.gran, p.start)]
            same_year = [p for p in instances if p.start.year == lo.year]
            # after "in 1953", "that winter" is 1953's, not the one running into January
            finer_ref = not coarser_or_equal(gran, instances[0].gran)
            chosen = (containing or same_year)[0] if finer_ref and (containing or same_year) \
                else (same_year[0] if same_year else None)
        return chosen, self._expression_anchor(ref)

    def _midweek(self, mention: Mention) -> Period:
        """The week whose middle is meant: the publication week, or the next one when a
        forecast made from Thursday on looks ahead ("will cool by midweek")."""
        week = Period("week", truncate(self.dct, "week"))
        if self.dct.weekday() >= 3 and tense_at(self.text, mention.start, mention.end) == "future":
            return week.shift("week", 1)
        return week

    def _weekend(self, mention: Mention) -> Period:
        this_weekend = Period("weekend", truncate(self.dct, "weekend"))
        tense = tense_at(self.text, mention.start, mention.end)
        if tense == "future":
            return this_weekend if next_start("weekend", this_weekend.start) > self.dct \
                else this_weekend.shift("week", 1)
        if tense is None and self.dct.weekday() in (3, 4) and this_weekend.start > self.dct:
            # on a Thursday or Friday "trains added for the weekend" is the coming one; the
            # one past is "last weekend" by then
            return this_weekend
        return this_weekend if this_weekend.start <= self.dct else this_weekend.shift("week", -1)

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

    def _holiday(self, spec: Spec, mention: Mention, story: _Reference | None = None
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
        return Period("day", self._pick_by_tense(options, mention, slack_days=90))

    def _weekday(self, spec: Spec, mention: Mention) -> tuple[Period | None, Anchor | None]:
        wd = spec.weekday
        assert wd is not None
        rel = spec.rel
        anchor: Anchor | None = self.published
        if rel is None and self.results and self.periods[-1] is not None \
                and self.periods[-1].gran == "time" \
                and _RESTATED_CLOCK.fullmatch(self.text, self.results[-1].end, mention.start):
            # "9 p.m. EDT (0100 GMT Friday)": the restated reading's day is the day of the
            # clock before it or the one next to it, not a weekday placed by tense
            clock_day = self.periods[-1].start
            for shift in (0, 1, -1):
                day = clock_day + timedelta(days=shift)
                if day.weekday() == wd:
                    ref = self.references[-1] if self.references else None
                    return Period("day", day), self._expression_anchor(ref)
        if rel == "that" and self.references and self.references[-1].period.gran == "week":
            # "deliberated the next week and returned a verdict that Friday": the Friday
            # of the week just named
            week = self.references[-1]
            anchor = Anchor("expression", week.period.value, week.index, week.text)
            return Period("day", week.period.start + timedelta(days=wd)), anchor
        if rel in ("the previous", "the following", "the next", "that"):
            ref = self._reference("day")
            base = ref.period.start if ref else self.dct
            if ref:
                anchor = Anchor("expression", ref.period.value, ref.index, ref.text)
            if rel == "the previous":
                day = last_weekday_on_or_before(base - timedelta(days=1), wd)
            elif rel == "that":
                day = last_weekday_on_or_before(base, wd)
            else:
                day = first_weekday_on_or_after(base + timedelta(days=1), wd)
            return Period("day", day), anchor
        if spec.clamp == "nearest":
            # "Fifty years ago on Sunday": the Sunday nearest the publication date
            before = last_weekday_on_or_before(self.dct, wd)
            after = first_weekday_on_or_after(self.dct, wd)
            nearer = after if after - self.dct < self.dct - before else before
            return Period("day", nearer), anchor
        if rel in ("after_next", "fortnight_after_next"):
            # "Monday week": a week after the coming Monday; "Tuesday fortnight": two
            next_one = first_weekday_on_or_after(self.dct + timedelta(days=1), wd)
            weeks = 2 if rel == "fortnight_after_next" else 1
            return Period("day", next_one + timedelta(days=7 * weeks)), anchor
        if rel and rel.startswith("week"):
            monday = truncate(self.dct, "week") + timedelta(days=7 * int(rel[4:]))
            return Period("day", monday + timedelta(days=wd)), anchor
        day_before, day_after = self.dct - timedelta(days=1), self.dct + timedelta(days=1)
        if rel in ("last", "this past"):
            return Period("day", last_weekday_on_or_before(day_before, wd)), anchor
        if rel in ("next", "this coming"):
            return Period("day", first_weekday_on_or_after(day_after, wd)), anchor
        tense = tense_at(self.text, mention.start, mention.end, weekday=True)
        if rel == "this" and tense != "past":
            tense = "future"
        if tense is None and _HOLDS_UNTIL.search(self.text, max(0, mention.start - 8),
                                                 mention.start):
            tense = "future"
        if _BEFORE_A_DEADLINE.search(self.text, max(0, mention.start - 40), mention.start) \
                and _DEADLINE_AFTER.match(self.text, mention.end) \
                or _AHEAD_OF.search(self.text, max(0, mention.start - 24), mention.start) \
                and possessive_at(self.text, mention.end):
            # "signed it an hour before the 12:01 a.m. Sunday cutoff", "passed the bill
            # before a Friday deadline", "polls showed a tight race ahead of Tuesday's
            # vote": told in the past, the nearest such day on either side (the day's
            # news); otherwise the coming one ("are racing to beat a Friday deadline")
            before = last_weekday_on_or_before(self.dct, wd)
            after = first_weekday_on_or_after(self.dct, wd)
            day = after if (after - self.dct).days <= (self.dct - before).days \
                or tense_at(self.text, mention.start, mention.end) != "past" else before
        elif tense is None and possessive_at(self.text, mention.end):
            # "set the date of Thursday's vote": an event the reader knows, the nearest
            # such day on either side of the publication date; news tells more of what
            # happened, so the past one wins unless the coming one is clearly nearer
            # ("Thursday's closing price" on a Monday is four days back)
            before = last_weekday_on_or_before(self.dct, wd)
            after = first_weekday_on_or_after(self.dct, wd)
            day = after if (after - self.dct).days + 1 < (self.dct - before).days \
                and not _BASELINE_BEFORE.search(self.text, max(0, mention.start - 16),
                                                mention.start) else before
        elif tense == "future" or (spec.clamp == "later" and tense != "past"):
            day = first_weekday_on_or_after(self.dct, wd)
        else:
            day = last_weekday_on_or_before(self.dct, wd)
        opened = self._range_start(mention)
        if opened is not None and day < opened:
            # the second end of a stretch is not before its first: "from 9 p.m. Friday until
            # 5 a.m. Monday" ends on the Monday after that Friday, whatever the tense
            day = first_weekday_on_or_after(opened, wd)
        return Period("day", day), anchor

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
        if story.start >= own.start or mention.start - result.end > _NARRATIVE_REACH \
                or len(_PARAGRAPH_BREAK.findall(self.text, result.end, mention.start)) > 1:
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

    def _reference_before(self, ref: _Reference, grans: tuple[str, ...]) -> _Reference | None:
        """The last reference of one of ``grans`` written before ``ref``."""
        for i in range(self.references.index(ref) - 1, -1, -1):
            if self.references[i].period.gran in grans:
                return self.references[i]
        return None

    def _stretch_since_reference(self, *, closed: bool = False) -> bool:
        """Whether a stretch of months ("the nine months", "the year ended June 30")
        was named after the last dated expression: "a year earlier" then compares
        with that stretch, not with the quarter before it."""
        if not self.results or not self.references:
            return False
        if self._stretch_year() is not None:
            return True
        k = self._stretch_index(closed=closed)
        if k is None:
            return False
        # named after the last dated expression (other than the date closing it)
        return all(ref.index < k for ref in self.references if ref.index != k + 1)

    def _stretch_index(self, *, closed: bool = True) -> int | None:
        """Where the last stretch of months stands in the results: the last one, or (with
        ``closed``) the one before it when that is the date closing it ("the six months to
        June 30": a reporting period compares with the stretch; TimeBank moves "a year
        earlier" from the closing date itself)."""
        last = len(self.results) - 1
        if last < 0:
            return None
        if closed and last >= 1 and self.results[last].type == "DATE" \
                and _STRETCH_CLOSE.fullmatch(self.text, self.results[last - 1].end,
                                             self.results[last].start):
            last -= 1
        stretch = self.results[last]
        if stretch.type != "DURATION" or re.fullmatch(r"P\d+[MY]", stretch.value) is None:
            return None
        return last

    def _stretch_half(self) -> Period | None:
        """"the six months to June 30": the first half of that year (to Dec. 31: the
        second), which "the same period last year" moves back."""
        k = self._stretch_index()
        if k is None or k + 1 >= len(self.results) or self.results[k].value != "P6M":
            return None
        closing = self.periods[k + 1]
        if closing is None or closing.gran != "day" \
                or (closing.start.month, closing.start.day) not in ((6, 30), (12, 31)):
            return None
        return Period("half", date(closing.start.year, 1 if closing.start.month == 6 else 7, 1))

    def _stretch_year(self) -> int | None:
        """The year a stretch of months just named lies in, when it names one: "the
        first nine months of the year", "the six months of 2019" (the year is the last
        reference, the stretch right before it)."""
        if len(self.results) < 2 or self.references[-1].index != len(self.results) - 1:
            return None
        stretch, year = self.results[-2], self.results[-1]
        if stretch.type != "DURATION" or re.fullmatch(r"P\d+[MY]", stretch.value) is None \
                or year.type != "DATE" or re.fullmatch(r"\d{4}", year.value) is None \
                or not _STRETCH_OF.fullmatch(self.text, stretch.end, year.start):
            return None
        return int(year.value)

    def _reference(self, gran: str, *, same_first: bool = True) -> _Reference | None:
        """The most recent expression at least as fine as ``gran``; with ``same_first``
        one of exactly that granularity among the last few wins ("that quarter" after
        a quarter). Shifts ("a year earlier") take the most recent one and keep its
        granularity: after "the third quarter" it is a quarter, after "Aug. 12" a day."""
        for ref in self.references[-1:-4:-1] if same_first else ():
            # a clock time or part of day ("10 p.m. Tuesday") names its day as well
            if ref.period.gran == gran or (gran == "day" and ref.period.gran == "time"):
                return ref
        for ref in reversed(self.references):
            g = "day" if ref.period.gran == "time" else ref.period.gran
            if coarser_or_equal(gran, g):
                return ref
        return None

    def _reported_quarter(self, ref: _Reference | None, mention: Mention | None
                          ) -> _Reference | None:
        """The quarter a past-tense comparison ("margin widened from 64.6% in the same
        period a year ago") reports on: not a quarter still running or to come ("would
        ship this quarter") when one that has ended was named before it (a forecast
        "for the current quarter, up from ... a year ago" keeps the current one)."""
        if ref is not None and ref.period.gran == "quarter" \
                and _COMPARED_QUARTER.fullmatch(ref.text):
            # "in the July-September quarter ... 5% in the previous quarter ... 7% in the
            # same quarter a year ago": the quarter reported, not the one it was compared with
            ref = self._reference_before(ref, ("quarter",)) or ref
        if ref is None or ref.period.gran != "quarter" or mention is None \
                or next_start("quarter", ref.period.start) <= self.dct \
                or _FISCAL_LABEL.search(ref.text) \
                or tense_at(self.text, mention.start, mention.end) != "past":
            # ("the fourth quarter of fiscal 2026" in February 2026 has been reported: a
            # fiscal year's label is no calendar year to be still to come)
            return ref
        for earlier in reversed(self.references):
            if earlier.period.gran == "quarter" \
                    and next_start("quarter", earlier.period.start) <= self.dct:
                return earlier
        return ref

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
        if spec.part and count == 0 and mention is not None:
            ref = self._day_under_discussion(ref, mention)
        if spec.part == "MO" and count == 1 and ref is not None and ref.period.clock \
                and ref.period.clock[0] < 6:
            count = 0  # "died at 12:15 a.m. ... arrested the next morning": that morning
        base_day = ref.period.start if ref else self.dct
        shifted = Period(unit_gran, truncate(base_day, unit_gran)).shift(unit_gran, count)
        return shifted, self._expression_anchor(ref)

    def _restated(self, ref: _Reference | None, shifted: Period, unit: str, count: int,
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

    def _written_reference(self, gran: str) -> _Reference | None:
        """The most recent expression written out in full, at least as fine as ``gran``."""
        for ref in reversed(self.references):
            if ref.absolute and coarser_or_equal(gran, "day" if ref.period.gran == "time"
                                                 else ref.period.gran):
                return ref
        return None

    def _reporting_quarter(self, ref: _Reference | None, mention: Mention
                           ) -> _Reference | None:
        """"Profit fell in the first quarter. The company cut prices Monday. Margin
        slipped from 56 percent a year earlier": a day or month named in another
        sentence is news of the week, the figures compare with the quarter reported."""
        if ref is None or ref.period.gran not in ("day", "time", "week", "month"):
            return None
        lo, _ = sentence_bounds(self.text, mention.start, mention.end)
        if self.results[ref.index].end > lo:
            return None
        for other in reversed(self.references):
            if other.period.gran == "quarter":
                return other
        return None

    def _day_under_discussion(self, ref: _Reference | None, mention: Mention
                              ) -> _Reference | None:
        """The day a bare time of day falls on: the one last named, unless that day is
        still to come and the clause tells of the past ("will send the update starting
        Thursday. Shares fell at midday"): then the publication day (None)."""
        if ref is not None and ref.period.start > self.dct \
                and tense_at(self.text, mention.start, mention.end) == "past":
            return None
        while ref is not None and _CLOSE_BEFORE.search(
                self.text, max(0, self.results[ref.index].start - 30),
                self.results[ref.index].start):
            # "a premium of 38% to its closing price on Friday ... fell in early afternoon
            # trading": a baseline's day is not the day the story tells of
            ref = self._reference_before(ref, ("day", "time"))
        if ref is not None and ref.period.start < self.dct \
                and tense_at(self.text, mention.start, mention.end) == "future":
            return None  # "the governor, who toured shelters yesterday, will speak at noon"
        return ref

    def _expression_anchor(self, ref: _Reference | None) -> Anchor:
        if ref is None:
            return self.published
        return Anchor("expression", ref.period.value, ref.index, ref.text)

    # -------------------------------------------------------------- output

    def _dated(self, base: dict, spec: Spec, period: Period, anchor: Anchor | None
               ) -> TimeExpression:
        mod = spec.mod
        start, end = period.bounds()
        if spec.clamp:
            dct_iso = self.dct.isoformat()
            dct_next = (self.dct + timedelta(days=1)).isoformat()
            if spec.clamp == "earlier" and start[:10] < dct_iso < end[:10]:
                end = dct_iso
            elif spec.clamp == "later" and period.gran != "time" \
                    and start[:10] <= dct_iso < end[:10]:
                # "later this month" on its last day: what is left of it is that day
                start = dct_next if dct_next < end[:10] else dct_iso
        elif mod in ("START", "MID", "END"):
            start, end = part_bounds(period, mod)
        elif mod in ("START-MID", "MID-END"):  # "mid-to-late September"
            first, last = mod.split("-")
            start, end = part_bounds(period, first)[0], part_bounds(period, last)[1]
            mod = None  # TIMEX3 has no mod for two parts; the interval carries them
        typ = "TIME" if period.gran == "time" else "DATE"
        return TimeExpression(**base, type=typ, value=period.value, mod=mod,
                              granularity=_GRANULARITY_NAME.get(period.gran, period.gran),
                              interval=Interval(start, end), anchor=anchor)


def _month_days_around(dct: date, day: int) -> list[date]:
    """That day of each month from six months before ``dct`` to six after."""
    days = []
    for offset in range(-6, 7):
        index = dct.year * 12 + dct.month - 1 + offset
        try:
            days.append(date(index // 12, index % 12 + 1, day))
        except ValueError:
            continue
    return days


def _days_around(year: int, month: int, day: int) -> list[date]:
    """That day of the month in the year before ``year``, that year and the next (Feb. 29
    only where it exists)."""
    days = []
    for candidate in (year - 1, year, year + 1):
        try:
            days.append(date(candidate, month, day))
        except ValueError:
            continue
    return days


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


def _holiday_weekend(day: date) -> Period:
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
