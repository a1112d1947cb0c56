"""Runs every rule over the text and keeps the longest non-overlapping matches.

Rules are tried independently (each regex scans the text once; its optional
modifiers are matched backwards from each hit); overlaps are settled
afterwards: longer spans win, then higher rule priority, then the earlier
start. This is the "longest match" discipline of HeidelTime and SUTime
without their per-token loops.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import replace

from service.temporal.builders.shared import duration_value
from service.temporal.patterns import RULES
from service.temporal.regex_parts import MONTH, WEEKDAY
from service.temporal.spec import Mention, Spec
from service.temporal.tense import sentence_bounds
from service.temporal.vocabulary import MONTHS, SEASONS, WEEKDAYS

_PREFIX_WINDOW = 60
# "last" right after a modal or "to" is the verb ("expected to last several weeks", "will
# last two years"): what follows is a duration, not "the last several weeks". ("as it did
# last week" keeps its date: "did" is not in the list.)
_VERB_LAST = re.compile(
    r"\b(?:to|will|would|could|can|may|might|should|must|shall|won['’]t|['’]ll)\s+$",
    re.IGNORECASE)


class JoinedMatch:
    """A core match and the modifier match in front of it, read as one match."""

    __slots__ = ("_core", "_prefix", "_text")

    def __init__(self, core: re.Match[str], prefix: re.Match[str] | None, text: str) -> None:
        self._core = core
        self._prefix = prefix
        self._text = text

    def _owner(self, name: str) -> re.Match[str] | None:
        if name in self._core.re.groupindex and self._core.group(name) is not None:
            return self._core
        if self._prefix is not None and name in self._prefix.re.groupindex \
                and self._prefix.group(name) is not None:
            return self._prefix
        return None

    def group(self, name: str | int = 0) -> str | None:
        if name == 0:
            return self._text[self.start():self.end()]
        owner = self._owner(str(name))
        return owner.group(name) if owner else None

    def groupdict(self) -> dict[str, str | None]:
        merged = dict(self._prefix.groupdict()) if self._prefix else {}
        for key, value in self._core.groupdict().items():
            if value is not None or key not in merged:
                merged[key] = value
        return merged

    def start(self, name: str | None = None) -> int:
        if name is None:
            return self._prefix.start() if self._prefix else self._core.start()
        owner = self._owner(name)
        return owner.start(name) if owner else -1

    def end(self, name: str | None = None) -> int:
        if name is None:
            return self._core.end()
        owner = self._owner(name)
        return owner.end(name) if owner else -1

    def span(self, name: str | None = None) -> tuple[int, int]:
        return self.start(name), self.end(name)


def _candidates(text: str) -> list[Mention]:
    found: list[Mention] = []
    group = 0
    for rule in RULES:
        for core in rule.regex.finditer(text):
            if core.end() == core.start():
                continue
            prefix = None
            if rule.prefix is not None:
                prefix = rule.prefix.search(text, max(0, core.start() - _PREFIX_WINDOW),
                                            core.start())
                if prefix is not None and prefix.start() == prefix.end():
                    prefix = None
            if prefix is None and core.start() and text[core.start() - 1].isalnum() \
                    and text[core.start()].isalnum():
                continue  # starts inside a word ("now" in "known"); "FY2023" has a prefix
            m = JoinedMatch(core, prefix, text)
            built = rule.build(m, text)  # type: ignore[arg-type]
            if built is None:
                continue
            if isinstance(built, Mention):
                found.append(Mention(built.start, built.end, built.spec, rule.priority))
            elif isinstance(built, Spec):
                start, end = m.span()
                if "x" in rule.regex.groupindex and core.group("x") is not None:
                    start = core.start("x")  # the pattern's context words are not part of it
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1].isspace():
                    end -= 1
                comparison = _COMPARATIVE.match(text, start, end)
                if comparison is not None and built.mod in ("MORE_THAN", "LESS_THAN") \
                        and _FIGURE_BEFORE.search(text, max(0, start - 24), start):
                    # "25% fewer than a year earlier": figures compared, the date plain
                    start, built.mod = comparison.end(), None
                found.append(Mention(start, end, built, rule.priority))
            else:
                group += 1
                for part in built:
                    found.append(Mention(part.start, part.end, part.spec, rule.priority, group))
                # a range competes with other candidates as one block
                found.append(Mention(m.start(), m.end(), Spec("range"), rule.priority, group))
    return found


# a comparison of figures in front of a date ("shipped 3.1 million bags, 25% fewer than a
# year earlier", "sales were $2 million more than a year ago"): not the date's modifier
_COMPARATIVE = re.compile(r"(?:more|less|fewer)\s+than\s+", re.IGNORECASE)
_FIGURE_BEFORE = re.compile(
    r"(?:\d%|\d\s*(?:percent|per\s+cent|pct|million|billion|tons|tonnes|barrels|bags"
    r"|ounces|bushels|points)|\$\d[\d.,]*)\s+\Z", re.IGNORECASE)


# ... unless a single period follows it: "to return to last year's levels"
_LAST_PERIOD = re.compile(
    rf"last\s+(?:{WEEKDAY}|{MONTH}|(?i:week|weekend|month|year|quarter|season|spring|summer"
    r"|fall|autumn|winter|night|decade|century|time))\b", re.IGNORECASE)


def _is_verb_last(text: str, start: int) -> bool:
    return text[start:start + 5].lower() in ("last ", "last\n") and \
        _VERB_LAST.search(text, max(0, start - 12), start) is not None and \
        _LAST_PERIOD.match(text, start) is None


# the small words a title leaves in lower case ("The Summer I Turned Pretty", "Days of
# Our Lives")
_TITLE_SMALL_WORDS = frozenset(
    "a an the of and or in on at to for with by from as but nor vs vs. de la le".split())
_TITLE_REACH = 60
_SPEECH_VERBS = r"(?:said|says|say|asked|asks|replied|replies|added|adds|told|tells|answered|wrote)"
_SAID_AFTER = re.compile(rf"\s*(?:[A-Za-z.]+\s+){{0,2}}{_SPEECH_VERBS}\b")
_SAID_BEFORE = re.compile(rf"\b{_SPEECH_VERBS}[,:]?\s*\Z")


def _in_title(text: str, start: int, end: int) -> bool:
    """A capitalised expression inside a quoted title: the show "“Wednesday”", ITV's
    "“This Morning”", "“The Summer I Turned Pretty”" name works, not times. The quote
    is a title when every word in it is capitalised; a single word with a comma or
    full stop inside the quote next to a verb of saying ("“Tuesday,” he said") is
    speech."""
    if not text[start:start + 1].isupper():
        return False
    lo = max(0, start - _TITLE_REACH)
    opening = max(text.rfind("“", lo, start), text.rfind('"', lo, start))
    if opening < 0 or "\n" in text[opening:start]:
        return False
    closer = "”" if text[opening] == "“" else '"'
    if closer in text[opening + 1:start] \
            or (closer == '"' and opening and text[opening - 1].isalnum()):
        return False
    closing = text.find(closer, end, end + _TITLE_REACH)
    if closing < 0 or "\n" in text[end:closing]:
        return False
    quoted = text[opening + 1:closing]
    bare = quoted.rstrip(".,;:")
    words = bare.split()
    if not words or (len(words) == 1 and bare != quoted and (
            _SAID_AFTER.match(text, closing + 1, closing + 30)
            or _SAID_BEFORE.search(text, max(0, opening - 30), opening))):
        return False
    for word in words:
        core = word.strip("!?.,:;'’\"()-—–")
        if core and not (core[0].isupper() or core[0].isdigit()) \
                and core.lower() not in _TITLE_SMALL_WORDS:
            return False
    return True


def find(text: str) -> list[Mention]:
    """Non-overlapping mentions in text order."""
    candidates = [c for c in _candidates(text) if not _is_verb_last(text, c.start)
                  and not (c.spec.kind != "holiday" and _in_title(text, c.start, c.end))]
    blocks = [c for c in candidates if c.group is None or c.spec.kind == "range"]
    blocks.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    starts: list[int] = []
    chosen: dict[int, Mention] = {}
    for c in blocks:
        i = bisect_left(starts, c.start)
        if i > 0 and chosen[starts[i - 1]].end > c.start:
            continue
        if i < len(starts) and starts[i] < c.end:
            continue
        insort(starts, c.start)
        chosen[c.start] = c
    kept_groups = {c.group for c in chosen.values() if c.group is not None}
    result = [c for c in chosen.values() if c.group is None]
    result += [c for c in candidates if c.group in kept_groups and c.spec.kind != "range"]
    result.sort(key=lambda c: c.start)
    return _generic_clocks(text, _weekly_hours(text, _share_modifiers(
        text, _join_compound_durations(text, _share_clock_days(text, _join_datelines(
            text, result))))))


# "last spring and summer", "next Monday and Tuesday", "last March, April and May": the
# names after the first take its "last"/"next"/"this" (the summer is last summer too)
_SHARED_RELS = frozenset({"last", "next", "this", "this past", "this coming", "coming", "past",
                          "previous"})
_MONTH_NAMES = tuple(name.capitalize() for name in MONTHS)
_SEASON_NAMES = "|".join(SEASONS)


def _name_list(names: str) -> re.Pattern[str]:
    return re.compile(rf"(?:\s*,\s*(?:{names})\b)*(?:\s*,)?\s+(?:and|or)\s+(?:{names})\b")


_SHARED_LISTS = {
    "season": (_name_list(f"(?i:{_SEASON_NAMES})"), re.compile(rf"(?i:{_SEASON_NAMES})\b")),
    "month": (_name_list("|".join(_MONTH_NAMES)), re.compile("|".join(_MONTH_NAMES))),
    "day": (_name_list("|".join(w.capitalize() for w in WEEKDAYS)),
            re.compile("|".join(w.capitalize() for w in WEEKDAYS))),
}


def _shares_with(first: Spec, second: Spec) -> bool:
    """Whether ``second`` is a bare name of the same kind as ``first``."""
    return second.kind == first.kind and second.gran == first.gran and second.rel is None \
        and second.year is None and second.day is None and second.mod is None \
        and second.clamp is None and second.part is None and second.clock is None


def _share_modifiers(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    by_start = {m.start: i for i, m in enumerate(out)}
    added: list[Mention] = []
    for i, first in enumerate(mentions):
        spec = first.spec
        if spec.rel not in _SHARED_RELS or first.group is not None or spec.mod is not None \
                or spec.kind not in ("named", "weekday") or spec.gran not in _SHARED_LISTS \
                or spec.weekend:
            continue
        listed, name = _SHARED_LISTS[spec.gran]
        whole = listed.match(text, first.end)
        if whole is None:
            continue
        nxt = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        for m in name.finditer(text, first.end, whole.end()):
            j = by_start.get(m.start())
            if j is not None:
                second = out[j]
                if second.end != m.end() or second.group is not None \
                        or not _shares_with(spec, second.spec):
                    break
                out[j] = Mention(second.start, second.end, replace(second.spec, rel=spec.rel),
                                 second.priority)
                nxt = out[j + 1].start if j + 1 < len(out) else len(text)
            elif m.end() <= nxt and spec.gran == "season":
                # "last spring and summer": a bare season is no candidate of its own
                added.append(Mention(m.start(), m.end(),
                                     replace(spec, season=SEASONS[m.group().lower()]),
                                     first.priority))
            else:
                break
    if added:
        out = sorted(out + added, key=lambda c: c.start)
    return out


# "7 hours and 41 minutes", "two years, three months": one length written in two units,
# one TIMEX3 (PT7H41M), not two durations
_COMPOUND_LINK = re.compile(r"\s+and\s+|\s*,\s+(?:and\s+)?")
_ISO_DURATION = re.compile(
    r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")
_ISO_FIELDS = ("Y", "M", "W", "D", "H", "TM", "S")
_BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\s+\Z", re.IGNORECASE)


def _duration_fields(spec: Spec) -> list[int | None] | None:
    if spec.kind != "duration" or spec.count is None or spec.anchored or spec.rel \
            or spec.fraction or not float(spec.count).is_integer():
        return None
    m = _ISO_DURATION.fullmatch(spec.value or duration_value(int(spec.count), spec.unit or "day"))
    return [int(g) if g else None for g in m.groups()] if m else None


def compound_duration(first: Spec, second: Spec) -> str | None:
    """The one ISO 8601 value of two lengths written one after the other, the larger unit
    first ("PT7H41M"); None unless both are counted and the units fall."""
    a, b = _duration_fields(first), _duration_fields(second)
    if a is None or b is None:
        return None
    last_a = max(i for i, v in enumerate(a) if v is not None)
    first_b = min(i for i, v in enumerate(b) if v is not None)
    if first_b <= last_a:
        return None
    fields = [x if x is not None else y for x, y in zip(a, b, strict=True)]
    if fields[2] is not None and any(fields[i] is not None for i in (0, 1, 3)):
        fields[3] = (fields[3] or 0) + 7 * fields[2]  # ISO 8601 weeks stand alone
        fields[2] = None
    date_part = "".join(f"{v}{k}" for v, k in zip(fields[:4], "YMWD", strict=True) if v is not None)
    time_part = "".join(f"{v}{k}" for v, k in zip(fields[4:], "HMS", strict=True) if v is not None)
    return "P" + date_part + ("T" + time_part if time_part else "")


def _join_compound_durations(text: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.group is None and m.group is None and m.spec.mod is None \
                and _COMPOUND_LINK.fullmatch(text, prev.end, m.start) \
                and not _BETWEEN_BEFORE.search(text, max(0, prev.start - 12), prev.start):
            value = compound_duration(prev.spec, m.spec)
            if value is not None:
                spec = replace(prev.spec, value=value, unit=m.spec.unit)
                out[-1] = Mention(prev.start, m.end, spec, max(prev.priority, m.priority))
                continue
        out.append(m)
    return out


# "March 5, 2024 at 10:14 a.m. EST", "Tue 5 Mar 2024 18.02 GMT", "5:42 PM EDT, Tue March
# 5, 2024", "7.30pm on Thursday 18 April": a byline's or a fixture's day and clock reading
# are one moment (one TIMEX3), and the clock is on that day, not on the day of publication
_DATE_THEN_CLOCK = re.compile(r"(?:\s*,)?\s+(?:at\s+)?|\s*,\s*(?:at\s+)?", re.IGNORECASE)
_CLOCK_THEN_DATE = re.compile(r"\s*,\s*|\s+on\s+|[ \t]+", re.IGNORECASE)
_CLOCK_THEN_STORY_DAY = re.compile(r"[ \t]+(?:on\s+)?")


def _calendar_day(spec: Spec) -> bool:
    """"Dec. 28", "the 29th" (a day of the month around the publication date)."""
    return spec.kind == "cal" and spec.type == "DATE" and spec.day is not None \
        and spec.gran == "day" and spec.out is None \
        and spec.mod is None and spec.clamp is None


def _story_day(spec: Spec) -> bool:
    """"the next day", "the following day", "that day": a day counted from the story's;
    "that night", "the next morning": a part of one, which a clock reading fixes."""
    return spec.kind == "ref" and spec.unit == "day" \
        and (spec.gran == "day" and spec.part is None
             or spec.gran == "time" and spec.part is not None) \
        and spec.clock is None and spec.mod is None \
        and spec.clamp is None and spec.rel is None


def _story_weekday(spec: Spec) -> bool:
    """"the following Monday", "the previous Sunday": a weekday counted from the story's
    day, which a clock reading before it falls on ("until 5 a.m. the following Monday")."""
    return spec.kind == "weekday" and spec.type == "DATE" and spec.gran == "day" \
        and spec.rel in ("the following", "the next", "the previous") \
        and spec.clock is None and spec.mod is None and spec.clamp is None


def _holiday_day(spec: Spec) -> bool:
    return spec.kind == "holiday" and spec.type == "DATE" and spec.gran == "day" \
        and spec.part is None and spec.out is None and spec.mod is None and spec.clamp is None


def _bare_clock(spec: Spec) -> bool:
    return spec.type == "TIME" and spec.clock is not None and spec.rel == "bare"


_WEEKLY_SET = re.compile(r"XXXX-WXX-[1-7]")


def _weekly_clock(prev: Mention, clock: Mention, gap: str) -> Spec | None:
    """"Sundays at 9 p.m.", "every Sunday at 10 a.m.": that hour of each such weekday,
    one set (a listing's slot), not a weekly set and a clock on the day of publication."""
    if not _bare_clock(clock.spec) or clock.spec.mod is not None \
            or not _DATE_THEN_CLOCK.fullmatch(gap):
        return None
    spec = prev.spec
    hour, minute = clock.spec.clock  # type: ignore[misc]
    if spec.kind == "set" and spec.value and _WEEKLY_SET.fullmatch(spec.value):
        return replace(spec, value=f"{spec.value}T{hour:02d}:{minute:02d}", gran="time")
    return None


def _join_datelines(text: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.group is None and m.group is None:
            gap = text[prev.end:m.start]
            joined = _weekly_clock(prev, m, gap)
            if joined is not None:
                out[-1] = Mention(prev.start, m.end, joined, max(prev.priority, m.priority))
                continue
            day, clock = (prev, m) if _calendar_day(prev.spec) and _bare_clock(m.spec) \
                and _DATE_THEN_CLOCK.fullmatch(gap) else (m, prev) \
                if _calendar_day(m.spec) and _bare_clock(prev.spec) \
                and _CLOCK_THEN_DATE.fullmatch(gap) else (None, None)
            if day is None and _bare_clock(prev.spec) \
                    and (_story_day(m.spec) or _story_weekday(m.spec)) \
                    and _CLOCK_THEN_STORY_DAY.fullmatch(gap):
                day, clock = m, prev  # "at 6 a.m. the next day": one moment
            elif day is None and _story_day(prev.spec) and _bare_clock(m.spec) \
                    and _DATE_THEN_CLOCK.fullmatch(gap) and "," not in gap:
                day, clock = prev, m  # "the following day at noon"
            if day is not None and clock is not None:
                spec = replace(day.spec, type="TIME", gran="time", clock=clock.spec.clock,
                               mod=clock.spec.mod)
                out[-1] = Mention(prev.start, m.end, spec, max(prev.priority, m.priority))
                continue
            if _holiday_day(m.spec) and _bare_clock(prev.spec) \
                    and (_CLOCK_THEN_DATE.fullmatch(gap) or _CLOCK_THEN_STORY_DAY.fullmatch(gap)):
                # "8 p.m. on Election Day", "1220 GMT on Christmas Day": two expressions, as
                # TimeBank tags them, but the clock is on the holiday, not the day under
                # discussion
                spec = replace(m.spec, type="TIME", gran="time", clock=prev.spec.clock,
                               mod=prev.spec.mod)
                out[-1] = Mention(prev.start, prev.end, spec, prev.priority)
        out.append(m)
    return out


# the sets that make a clock time in their sentence a recurring one: each day, night,
# weekday or weekend ("open daily from 10 a.m.", "closed Mondays; brunch on Sundays from
# 10 a.m. to 2 p.m."), not "annually" or "each month"
_DAILY_SET = re.compile(r"P1[DW]|XXXX-WXX-(?:[1-7]|WE)(?:T\w+)?|XXXX-XX-XXT\w+")


# opening hours in the present tense: "is open Tuesday through Saturday", "lunch is
# served Monday to Friday", "opens Wednesday-Sunday": the days of every week
_HOURS_BEFORE = re.compile(
    r"\b(?:(?:is|are)\s+(?:(?:now|also|only)\s+)?(?:open|served)|opens|serves|operates)"
    r"\s+(?:on\s+|from\s+)?\Z", re.IGNORECASE)
# (not "schools are closed Monday and Tuesday", "the festival runs Thursday through
# Sunday": one closure, one event)
_HOURS_LINK = re.compile(r"\s*(?:through|thru|to|-|–)\s*", re.IGNORECASE)
# (not "open Tuesday through Sunday this week", "... through Sunday, Jan. 25")
_HOURS_AFTER = re.compile(r"\s+(?i:this|next|last)\s+(?i:week)\b|,?\s+[A-Z][a-z]{2,4}\.?\s+\d")


def _plain_weekday(spec: Spec) -> bool:
    return spec.kind == "weekday" and spec.type == "DATE" and spec.rel is None \
        and spec.part is None and spec.clock is None and spec.mod is None


def _weekly_hours(text: str, mentions: list[Mention]) -> list[Mention]:
    """"The museum is open Tuesday through Sunday": each such weekday (XXXX-WXX-2 ...
    XXXX-WXX-7), a set, not the coming Tuesday and Sunday."""
    out = list(mentions)
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        if not (_plain_weekday(first.spec) and _plain_weekday(second.spec)
                and _HOURS_LINK.fullmatch(text, first.end, second.start)
                and _HOURS_BEFORE.search(text, max(0, first.start - 40), first.start)
                and not _HOURS_AFTER.match(text, second.end)):
            continue
        for j in (i, i + 1):
            day = mentions[j].spec.weekday
            out[j] = replace(mentions[j], spec=Spec("set", type="SET", gran="day",
                                                     value=f"XXXX-WXX-{(day or 0) + 1}"))
    return out


# "their biggest daily gain", "the weekly meeting": an adjective, not a recurrence
_ADJECTIVE_SET = re.compile(
    r"(?i:daily|nightly|weekly)\s+(?!(?:from|at|until|till|to|and|or|except|between|but|in|on"
    r"|through|with|for|since|after|before|during|by|around|about)\b)[a-z]")


def _generic_clocks(text: str, mentions: list[Mention]) -> list[Mention]:
    """"The museum is open daily from 10 a.m. to 5 p.m.", "packing up around 2 p.m. on
    Saturdays": a clock time in a sentence that tells what happens each day (weekday,
    weekend) and names no particular day is that time of any such day (TimeML:
    XXXX-XX-XXT10:00), not a time on the day the story last named."""
    # (the ends of a range, "opens 11-1 p.m. on Sundays", keep their day: a range is
    # one stretch of time)
    clocks = [i for i, m in enumerate(mentions) if _bare_clock(m.spec) and m.group is None]
    if not clocks or not any(m.spec.kind == "set" for m in mentions):
        return mentions
    out = list(mentions)
    for i in clocks:
        m = mentions[i]
        lo, hi = sentence_bounds(text, m.start, m.end)
        around = [o for o in mentions[max(0, i - 8):i + 8] if o is not m
                  and o.start >= lo and o.end <= hi]
        recurring = any(o.spec.kind == "set" and o.spec.value
                        and _DAILY_SET.fullmatch(o.spec.value)
                        and not _ADJECTIVE_SET.match(text, o.start) for o in around)
        dated = any(o.spec.kind != "set" and o.spec.type != "DURATION"
                    and not _bare_clock(o.spec) for o in around)
        if recurring and not dated:
            hour, minute = m.spec.clock  # type: ignore[misc]
            out[i] = replace(m, spec=replace(m.spec, kind="set", type="TIME", rel=None,
                                             value=f"XXXX-XX-XXT{hour:02d}:{minute:02d}"))
    return out


# "polls open at 7 a.m. and close at 8 p.m. on Election Day", "opens at 9am and shuts at
# 5pm Friday": the second clock's day is the first's too
_CLOCK_PAIR_GAP = re.compile(r"\s+and\s+(?:[a-z]+\s+){1,2}(?:at|by|until)\s+")
_DAYED_CLOCK_KINDS = frozenset({"weekday", "cal", "holiday", "dct"})


def _share_clock_days(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        spec = second.spec
        if first.group is not None or second.group is not None or not _bare_clock(first.spec) \
                or spec.type != "TIME" or spec.clock is None or spec.rel == "bare" \
                or spec.kind not in _DAYED_CLOCK_KINDS \
                or not _CLOCK_PAIR_GAP.fullmatch(text, first.end, second.start):
            continue
        out[i] = Mention(first.start, first.end,
                         replace(spec, clock=first.spec.clock, mod=first.spec.mod),
                         first.priority)
    return out
