"""Named periods without a year: months, seasons, quarters, halves and month days ("in
August", "the spring", "Oct. 3"), placed by the sentence's tense, by a year that frames the
sentence, or by the date a past narrative is told at."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date, timedelta

from service.temporal.calendar import Period, coarser_or_equal, next_start, part_bounds, truncate
from service.temporal.expression import Anchor
from service.temporal.resolving.base import (
    NARRATIVE_REACH,
    PARAGRAPH_BREAK,
    RECORD_SET_BEFORE,
    WRITTEN_YEAR,
    Reference,
    ResolverBase,
)
from service.temporal.spec import Mention, Spec
from service.temporal.tense import after_since, sentence_bounds, tense_at
from service.temporal.vocabulary import EVENT_DAY_NOUNS, EVENT_DAYS, SEASON_START_MONTH

# How long after a quarter ends companies still report on it.
_REPORTING_SEASON_DAYS = 60
_EVENT_NOUN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:"
    + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(EVENT_DAY_NOUNS, key=len,
                                                                 reverse=True))
    + r")\b", re.IGNORECASE)
# what may open a sentence before its framing year: "In 2022, ...", "Back in 2019, ..."
_FRAMING_YEAR = re.compile(r"[\s\"'“‘(]*(?:(?:Back|Later|Earlier|Early|Late)\s+)?"
                           r"(?i:in|during|throughout)\s+")
# a year counted from the publication date that may frame a sentence it opens
_COUNTED_YEAR = re.compile(r"(?i:last|this|next)\s+year")
# what may open a sentence before a year that names its subject: quotes, brackets
_OPENING = re.compile(r"[\s\"'“‘(]*")
# a superlative right before a month: "the hottest July", "its wettest March on record"
_SUPERLATIVE_MONTH = re.compile(r"\b(?:the|its|their|a)\s+(?:[a-z]+est|most\s+[a-z]+|record)"
                                r"(?:-ever)?\s+\Z")
# ... or after it: "July was the hottest month on record"
_MONTH_WAS_SUPERLATIVE = re.compile(r"\s+(?:was|had\s+been|became)\s+(?:the|its|a)\s+"
                                    r"(?:[a-z]+est|most\s+[a-z]+|record)\b")
# a possessive year naming its subject: "Next year's conference", "2019's harvest"
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
# what a past election did or what was done to it: "won the November election", "lost
# seats in the March polls", "boycotted the June runoff"
_ELECTION_OUTCOME_BEFORE = re.compile(
    r"\b(?:won|lost|swept|gained|suffered|boycotted|rigged|stole|dominated|conceded|contested"
    r"|disputed|certified|overturned|annulled|defeated|beat|trounced|routed|losing|winning"
    r"|held|was|were|came|took\s+place)\b[^.;!?]{0,40}\Z", re.IGNORECASE)
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


class NamedPeriods(ResolverBase):
    """Mixin of :class:`service.temporal.resolver.Resolver`; see the module docstring."""

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
        if dated is None and spec.weekday is None and spec.mod is None:
            # "In 1997, the river crested on March 5", "Last year, the monsoon reached Delhi
            # on June 28": the year fronted as the sentence's frame is the day's
            framing = self._framing_year(spec, mention)
            if framing is not None:
                try:
                    return Period("day", date(framing.period.start.year, spec.month, spec.day))
                except ValueError:
                    return None
        if dated is None and spec.weekday is None and spec.mod is None and spec.clamp is None:
            dated = self._narrative = self._narrative_reference(mention)
        around = dated.period.start if dated is not None else self.dct
        options = days_around(around.year, spec.month, spec.day)
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

    def _full_date_in_sentence(self, mention: Mention) -> Reference | None:
        """The last day written out with its year ("Jan. 13, 2020") earlier in the
        sentence, when its year is not the publication's."""
        if not self.references:
            return None
        lo, _ = sentence_bounds(self.text, mention.start, mention.end)
        # back over the names already placed by that date ("would start on 8 April 2019,
        # because Easter Sunday falls on 21 April": the 21st is 2019's, as Easter is)
        for ref in reversed(self.references):
            result = self.results[ref.index]
            if result.start < lo:
                return None
            if ref.absolute:
                break
            if result.anchor is None or result.anchor.kind != "expression":
                return None
        else:
            return None
        if not ref.absolute or ref.period.gran not in ("day", "time") \
                or ref.period.start.year == self.dct.year or WRITTEN_YEAR.search(ref.text) is None:
            return None
        return ref

    def _schedule_date(self, mention: Mention) -> Reference | None:
        """A day written out with another year's number earlier in a sentence that does
        not tell of the past: "will open on 3 July 2027 and run through August" is
        August 2027 (a past story's dates are the narrative's, with its own checks)."""
        ref = self._full_date_in_sentence(mention)
        if ref is None or tense_at(self.text, mention.start, mention.end) == "past":
            return None
        return ref

    def _narrative_reference(self, mention: Mention) -> Reference | None:
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
                or mention.start - result.end > NARRATIVE_REACH:
            return None
        breaks = len(PARAGRAPH_BREAK.findall(self.text, result.end, mention.start))
        # a date counted from another ("the following afternoon") holds in its paragraph;
        # one written out ("the summer of 2023") into the next
        counted = result.anchor is not None and result.anchor.kind == "expression"
        if not (ref.absolute and breaks <= 1 or counted and breaks == 0) \
                or after_since(self.text, mention.start) \
                or after_since(self.text, result.start) \
                or _REPORTED_AT.search(self.text, max(0, mention.start - 40), mention.start) \
                or _STATEMENT_ON.search(self.text, max(0, mention.start - 40), mention.start) \
                or _ATTRIBUTIVE_BEFORE.search(self.text, max(0, result.start - 8), result.start) \
                or RECORD_SET_BEFORE.search(self.text, max(0, result.start - 60), result.start) \
                or tense_at(self.text, mention.start, mention.end) != "past":
            return None
        return ref

    def _nearest_instance(self, spec: Spec, story: Reference) -> Period | None:
        """The month or season of that name nearest the story's date."""
        year = story.period.start.year
        instances = self._instances(spec, range(year - 1, year + 2))
        if not instances:
            return None
        return min(instances, key=lambda p: (abs((p.start - story.period.start).days),
                                             p.start < story.period.start))

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

    def _framing_year(self, spec: Spec, mention: Mention) -> Reference | None:
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
        # a year counted from the publication date frames its sentence too when it opens
        # it: "Last year, ...", "This year, ..."
        counted = not ref.absolute and _OPENING.fullmatch(self.text, lo, framing.start) \
            and _COUNTED_YEAR.fullmatch(framing.text)
        if not (ref.absolute or counted) or ref.period.gran != "year" \
                or not (counted or _FRAMING_YEAR.fullmatch(self.text, lo, framing.start)) \
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
        if rel and rel.startswith("back"):
            # "two summers ago": counted back from the one under way (or last begun)
            back = int(rel[4:])
            earlier = [p for p in self._instances(spec, range(self.dct.year - back - 1,
                                                              self.dct.year + 1))
                       if p.start < truncate(self.dct, "season")]
            return earlier[-back] if len(earlier) >= back else None
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
                or not WRITTEN_YEAR.search(ref.text):
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


def days_around(year: int, month: int, day: int) -> list[date]:
    """That day of the month in the year before ``year``, that year and the next (Feb. 29
    only where it exists)."""
    days = []
    for candidate in (year - 1, year, year + 1):
        try:
            days.append(date(candidate, month, day))
        except ValueError:
            continue
    return days
