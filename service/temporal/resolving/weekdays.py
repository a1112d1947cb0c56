"""Weekday names and weekends: "on Tuesday", "the following Friday", "Monday week",
"Thursday's vote", "the weekend", "by midweek"."""

from __future__ import annotations

import re
from datetime import timedelta

from service.temporal.calendar import (
    Period,
    first_weekday_on_or_after,
    last_weekday_on_or_before,
    next_start,
    truncate,
)
from service.temporal.expression import Anchor
from service.temporal.resolving.base import ResolverBase
from service.temporal.spec import Mention, Spec
from service.temporal.tense import possessive_at, tense_at

# "a warning is in effect through Tuesday evening": what holds until then is still on
# what a figure is compared with has happened: "up 4% from Friday's close"
_BASELINE_BEFORE = re.compile(r"\b(?:from|since|than|versus|vs\.|compared\s+(?:with|to))\s+$",
                              re.IGNORECASE)
_HOLDS_UNTIL = re.compile(r"\b(?:through|thru|until|till)\s+$", re.IGNORECASE)
# between a clock and the weekday of its restatement: "9 p.m. EDT (0100 GMT Friday)"
_RESTATED_CLOCK = re.compile(r"\s*\(\s*(?:[01]\d|2[0-3])[:.]?[0-5]\d\s*(?:GMT|UTC)\s+(?:on\s+)?")
# "before the Friday deadline", "ahead of a midnight Sunday cutoff", "to beat a 5 p.m.
# Friday deadline": a deadline something was done or is done in time for
_BEFORE_A_DEADLINE = re.compile(
    r"\b(?:before|ahead\s+of|to\s+(?:beat|meet)|in\s+time\s+for)\s+(?:a|an|the|this)\s+"
    r"(?:[\w:.]+\s+){0,3}\Z", re.IGNORECASE)
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|before|in\s+advance\s+of|in\s+the\s+run-up\s+to)\s+\Z",
                       re.IGNORECASE)
_DEADLINE_AFTER = re.compile(r"\s+(?:deadline|cutoff|cut-off)\b", re.IGNORECASE)
# "left out of the squad for Saturday's game", "tickets for Wednesday's final": what is
# got ready for a fixture on that day, told in any tense; the nearer such day wins
_FOR_BEFORE = re.compile(r"\bfor\s+\Z", re.IGNORECASE)
_FIXTURE_AFTER = re.compile(
    r"['’]s?\s+(?:[\w'’-]+\s+){0,2}?(?:game|match|final|semi-?final|quarter-?final|race"
    r"|fixture|tie|derby|clash|opener|decider|showdown|qualifying|kick-?off|tip-?off"
    r"|bout|fight|rematch)s?\b", re.IGNORECASE)


class Weekdays(ResolverBase):
    """Mixin of :class:`service.temporal.resolver.Resolver`; see the module docstring."""

    def _midweek(self, mention: Mention) -> Period:
        """The week whose middle is meant: the publication week, or the next one when a
        forecast made from Thursday on looks ahead ("will cool by midweek")."""
        week = Period("week", truncate(self.dct, "week"))
        if self.dct.weekday() >= 3 and tense_at(self.text, mention.start, mention.end) == "future":
            return week.shift("week", 1)
        return week

    def _weekend(self, mention: Mention, this: bool = False) -> Period:
        this_weekend = Period("weekend", truncate(self.dct, "weekend"))
        if this:
            # "this weekend" told in the past: on a Monday or Tuesday the one just past;
            # later in the week still the week's own
            if self.dct.weekday() in (0, 1):
                return this_weekend.shift("week", -1)
            return this_weekend
        tense = tense_at(self.text, mention.start, mention.end)
        if tense == "future":
            return this_weekend if next_start("weekend", this_weekend.start) > self.dct \
                else this_weekend.shift("week", 1)
        if tense is None and self.dct.weekday() in (3, 4) and this_weekend.start > self.dct:
            # on a Thursday or Friday "trains added for the weekend" is the coming one; the
            # one past is "last weekend" by then
            return this_weekend
        return this_weekend if this_weekend.start <= self.dct else this_weekend.shift("week", -1)

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
                and possessive_at(self.text, mention.end) \
                or _FOR_BEFORE.search(self.text, max(0, mention.start - 8), mention.start) \
                and _FIXTURE_AFTER.match(self.text, mention.end):
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

