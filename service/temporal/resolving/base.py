"""What every family of resolution rules shares: the document being resolved.

The resolver is one object per document (:class:`service.temporal.resolver.Resolver`),
composed of one mixin per family of expressions (ranges, named periods, holidays,
weekdays, anaphora, reporting periods), so that each family's rules and the cues they
read sit in a module of their own while all of them see the same state: the text, the
publication date, and the expressions resolved so far (``references``, ``results``,
``periods``), which anaphora needs. A family calls another's rules through ``self``
(the composed resolver has them all): most often ``_pick_by_tense``
(:mod:`.by_tense`), ``_reference`` (:mod:`.anaphora`) and ``_range_start``
(:mod:`.ranges`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from service.temporal.calendar import Period, part_bounds
from service.temporal.expression import Anchor, Interval, TimeExpression
from service.temporal.spec import Spec

GRANULARITY_NAME = {"weekend": "week"}
WRITTEN_YEAR = re.compile(r"\b\d{4}\b")
# a story told in another year ("On the evening of March 16, 1898, ... until late April"):
# how far back its last date may lie for a bare month or day to fall in that year
NARRATIVE_REACH = 1500
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# the day a record was set: "the previous record of 38.7C set on 25 July 2019", "the record
# was set on Jan. 3"
RECORD_SET_BEFORE = re.compile(
    r"\brecord\b(?:\s+(?:of|high|low|for)\b(?:[^.;:!?]|\.(?=\d)){0,30})?"
    r"\s+(?:was\s+|had\s+been\s+)?(?:set|established)\s+(?:on\s+)?$", re.IGNORECASE)


class Reference:
    __slots__ = ("absolute", "index", "period", "text")

    def __init__(self, period: Period, index: int, text: str, absolute: bool) -> None:
        self.period = period
        self.index = index
        self.text = text
        self.absolute = absolute  # written out in full ("in 2019"), not counted from the DCT


class ResolverBase:
    """The document and what has been resolved in it so far."""

    def __init__(self, text: str, dct: date) -> None:
        self.text = text
        self.dct = dct
        self.today = Period("day", dct)
        self.published = Anchor("published", dct.isoformat())
        self.references: list[Reference] = []
        self.results: list[TimeExpression] = []
        self.periods: list[Period | None] = []
        self._narrative: Reference | None = None  # what the last bare date was dated by
        # the minute a broadcast last said it was, and how many results were read for it
        self._on_air_now: int | None = None
        self._on_air_read = 0

    def _expression_anchor(self, ref: Reference | None) -> Anchor:
        if ref is None:
            return self.published
        return Anchor("expression", ref.period.value, ref.index, ref.text)

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
                              granularity=GRANULARITY_NAME.get(period.gran, period.gran),
                              interval=Interval(start, end), anchor=anchor)

