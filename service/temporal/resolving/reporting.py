"""Reporting periods of company results: fiscal quarters, the quarter reported versus
the one it is compared with, and stretches of months ("the first nine months of the year",
"the six months to June 30") that "a year earlier" or "the same period last year" move back."""

from __future__ import annotations

import re
from datetime import date, timedelta

from service.temporal.calendar import Period, add_months, next_start
from service.temporal.expression import TimeExpression
from service.temporal.resolving.base import Reference, ResolverBase
from service.temporal.resolving.named import days_around
from service.temporal.spec import Mention, Spec
from service.temporal.tense import sentence_bounds, tense_at

# what joins a quarter to the day closing it: "the third quarter ended Sept. 30"
_PERIOD_END = re.compile(r"[\s,]*(?:that\s+|which\s+)?(?:ended|ending|ends|closed)\s*(?:on\s+)?",
                         re.IGNORECASE)
# a fiscal year's label: "fiscal 2026", "FY26"
_FISCAL_LABEL = re.compile(r"\bfiscal\b|\bFY", re.IGNORECASE)
# a quarter named only as the one before the quarter reported: a comparison, not the
# period under discussion
_COMPARED_QUARTER = re.compile(r"(?:the\s+)?(?:previous|prior|preceding)\s+quarter"
                               r"|(?:a|one|the)\s+quarter\s+(?:earlier|before)", re.IGNORECASE)
# what joins a stretch of months to the date closing it: "the six months to June 30"
_STRETCH_CLOSE = re.compile(r"[\s,]+(?:that\s+|which\s+)?(?:ended|ending|ends|to|through|thru)"
                            r"\s+(?:on\s+)?", re.IGNORECASE)
# what joins a stretch of months to the year it lies in: "the first nine months of 2019"
_STRETCH_OF = re.compile(r"\s+of\s+(?:fiscal\s+)?", re.IGNORECASE)


class ReportingPeriods(ResolverBase):
    """Mixin of :class:`service.temporal.resolver.Resolver`; see the module docstring."""

    def _ends_named_quarter(self, expression: TimeExpression) -> bool:
        """"the third quarter ended Sept. 30": the date only closes the quarter, which
        stays the antecedent of a later "a year earlier"."""
        if len(self.results) < 2 or self.results[-2].granularity != "quarter":
            return False
        between = self.text[self.results[-2].end:expression.start]
        return _PERIOD_END.fullmatch(between) is not None

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
            options = days_around(self.dct.year, spec.month, spec.day or 1)
            if not options:
                return None
            end_year = self._pick_by_tense(options, mention, slack_days=45).year
        start = add_months(date(end_year, spec.month, 1), -2)
        year = spec.year if spec.rel == "fiscal_year" else end_year
        return Period("quarter", start, label=f"{year:04d}-Q{spec.quarter}")

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

    def _stretch_quarter(self) -> Period | None:
        """"the three months ended Sept. 30": the calendar quarter that day closes, which
        "the year-earlier period" or "a year earlier" moves back like a quarter named."""
        k = self._stretch_index()
        if k is None or k + 1 >= len(self.results) or self.results[k].value != "P3M":
            return None
        closing = self.periods[k + 1]
        if closing is None or closing.gran != "day" or closing.start.month % 3 \
                or (closing.start + timedelta(days=1)).day != 1:
            return None  # "the three months to Aug. 31": not a calendar quarter
        return Period("quarter", add_months(date(closing.start.year, closing.start.month, 1), -2))

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

    def _reported_quarter(self, ref: Reference | None, mention: Mention | None
                          ) -> Reference | None:
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

    def _reporting_quarter(self, ref: Reference | None, mention: Mention
                           ) -> Reference | None:
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

