"""The rules: one regular expression per family of phrases, compiled once.

Each :class:`Rule` pairs a pattern built from the word tables in
:mod:`service.temporal.vocabulary` with a builder that reads the match groups
into a :class:`Spec`. Builders return ``None`` to veto a match (a guard that
needs context a regex cannot express cheaply, e.g. "1953 people").

Patterns avoid nested unbounded quantifiers, so every rule runs in time linear
in the text length.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from service.temporal.spec import Mention, Spec
from service.temporal.vocabulary import (
    AMBIGUOUS_MONTHS,
    APPROX_WORDS,
    ARTICLE_NUMBERS,
    COUNT_NOUNS,
    FIXED_HOLIDAYS,
    FREQUENCY_ADVERBS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    ONES,
    ORDINALS,
    PART_WORDS,
    PARTS_OF_DAY,
    SEASONS,
    TEENS,
    TENS,
    UNIT_SPELLINGS,
    VAGUE_EXPRESSIONS,
    VAGUE_QUANTITIES,
    VAGUE_UNIT_ADJECTIVES,
    WEEKDAY_HOLIDAYS,
    WEEKDAYS,
)
from service.temporal.wordregex import words

Builder = Callable[[re.Match[str], str], "Spec | list[Mention] | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    """``regex`` finds the core of a phrase; ``prefix``, anchored at the core's
    start, picks up optional modifiers in front of it ("early", "the", "last").

    Modifiers are matched backwards from each core instead of being optional
    groups in front of it: a pattern that starts with optional words is tried
    at every character of the text, one that starts with its core is not.
    """

    name: str
    regex: re.Pattern[str]
    build: Builder
    priority: int = 0
    prefix: re.Pattern[str] | None = None


# ---------------------------------------------------------------- building blocks


def _alt(phrases: object) -> str:
    return words(list(phrases))  # type: ignore[call-overload]


def _capitalised(phrases: object) -> str:
    forms = []
    for w in phrases:  # type: ignore[attr-defined]
        forms += [w.capitalize(), w.upper()]
    return words(forms, cased=True)


_MONTH_FULL = _capitalised(MONTHS)
# One trie for names and abbreviations keeps a literal first character (fast scans);
# an abbreviation must end in a full stop or stand before a day number.
_MONTH_ANY = _capitalised([*MONTHS, *MONTH_ABBREVIATIONS])
_FULL_NAME_END = r"(?<=[a-zA-Z]{5})|(?<=May)|(?<=MAY)|(?<=June)|(?<=JUNE)|(?<=July)|(?<=JULY)"
MONTH = rf"(?:{_MONTH_ANY}(?:{_FULL_NAME_END}|\.|(?=\s*\d)))"
MONTH_NAMED = rf"(?:{_MONTH_ANY}(?:{_FULL_NAME_END}|\.))"
WEEKDAY = _capitalised(WEEKDAYS)
WEEKDAY_ABBR = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)\."
DAY = r"(?:\d(?:(?<=[12])\d|(?<=3)[01]|(?<=0)[1-9])?)(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d])"
_NUMBER_WORD = (
    rf"(?:{_alt(TENS)}(?:[\s-]+{_alt(ONES)})?|{_alt(TEENS)}|{_alt(ONES)})"
)
_NUMBER_DIGITS = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d++(?:\.\d+)?)"
_NUMBER_ARTICLE = _alt([k for k in ARTICLE_NUMBERS if k not in ONES])
_TWO_DIGIT_WORDS = words(
    [*TEENS, *TENS, *(f"{t}{sep}{o}" for t in TENS for o in ONES for sep in " -")])
_NUMBER_WORDS = words(
    [*ONES, *TEENS, *TENS, *(f"{t}{sep}{o}" for t in TENS for o in ONES for sep in " -"),
     *ARTICLE_NUMBERS, *VAGUE_QUANTITIES])
NUMBER = rf"(?:{_NUMBER_DIGITS}(?![\d%])|{_NUMBER_WORDS}\b)"
UNIT = rf"(?:{_alt(UNIT_SPELLINGS)})\b"
UNIT_SINGULAR = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century)"
APPROX = _alt(APPROX_WORDS)
PART = _alt(PART_WORDS)
SEASON = _alt(SEASONS)

_I = re.IGNORECASE


def _word_number(text: str) -> float | None:
    """Number from digits or words; None when the quantity is vague ("several")."""
    t = re.sub(r"\s+", " ", text.strip().lower()).replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        value = float(t)
        return int(value) if value.is_integer() else value
    if t in ARTICLE_NUMBERS:
        return ARTICLE_NUMBERS[t]
    if t in VAGUE_QUANTITIES:
        return None
    total = 0
    for piece in re.split(r"[\s-]+", t):
        for table in (ONES, TEENS, TENS):
            if piece in table:
                total += table[piece]
                break
        else:
            return None
    return total


def _month_number(name: str) -> int:
    key = name.rstrip(".").lower()
    return MONTHS.get(key) or MONTH_ABBREVIATIONS[key]


def _day_number(text: str) -> int:
    """Day of month; 0 (never valid) for anything outside 1-31, so builders can veto."""
    day = int(re.match(r"\d+", text).group())  # type: ignore[union-attr]
    return day if 1 <= day <= 31 else 0


def _prefix_mod(m: re.Match[str]) -> tuple[str | None, str | None]:
    """The mod and clamp given by the optional prefix groups ``approx``, ``part``, ``clamp``."""
    mod = None
    clamp = None
    groups = m.groupdict()
    if groups.get("part"):
        key = re.sub(r"\s+", " ", groups["part"].lower()).rstrip("- ")
        mod = PART_WORDS.get(key)
    if groups.get("approx"):
        mod = mod or APPROX_WORDS.get(re.sub(r"\s+", " ", groups["approx"].lower()))
    if groups.get("clamp"):
        clamp = groups["clamp"].lower()
        mod = mod or ("START" if clamp == "earlier" else "END")
    return mod, clamp




def _preceding_word(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z]+)[\s,-]*$", text[max(0, start - 30):start])
    return m.group(1).lower() if m else ""


def _following_word(text: str, end: int) -> str:
    m = re.match(r"[\s-]*([A-Za-z]+)", text[end:end + 30])
    return m.group(1).lower() if m else ""


# Nouns after which a four-digit number is an identifier ("Room 1204", "page 1998").
_NUMBER_NOUNS = frozenset({"no", "number", "room", "flight", "route", "page", "pages", "highway",
                           "code", "model", "version", "bus", "line", "gate", "suite", "unit",
                           "apartment", "exit", "channel", "article", "section", "resolution",
                           "rule", "chapter", "item", "box", "lot", "ticket", "phone", "tel"})

_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "your", "my",
                          "this", "that", "first", "second", "regular", "initial"})

_TEMPORAL_PREPOSITIONS = frozenset({
    "in", "since", "by", "until", "till", "of", "last", "next", "this", "early", "mid",
    "late", "during", "through", "from", "to", "between", "and", "before", "after", "or",
    "on", "throughout", "into", "within", "for", "end", "beginning", "start", "middle",
    "past", "coming", "each", "every", "around", "about", "earlier", "later", "following",
})


# ---------------------------------------------------------------- builders


def _explicit_date(m: re.Match[str], text: str) -> Spec | list[Mention] | None:
    month = _month_number(m.group("mon"))
    day = _day_number(m.group("day"))
    if not day or (m.group("day2") and not _day_number(m.group("day2"))):
        return None
    year = int(m.group("year")) if m.group("year") else None
    mod, clamp = _prefix_mod(m)
    spec = Spec("cal", year=year, month=month, day=day, gran="day", mod=mod, clamp=clamp)
    if m.groupdict().get("wd"):
        spec.weekday = WEEKDAYS.get(m.group("wd").lower())
    day2 = m.groupdict().get("day2")
    if not day2:
        return spec
    # "March 3-5": two dates, the second sharing month and year.
    end_spec = Spec("cal", year=year, month=month, day=_day_number(day2), gran="day")
    d1, d2 = m.span("day"), m.span("day2")
    if d1 < d2:
        first = Mention(m.start(), d1[1], spec)
        second = Mention(d2[0], d2[1], end_spec)
        if m.group("year"):
            second = Mention(d2[0], m.end(), end_spec)
    else:
        first = Mention(m.start(), d2[1], spec)  # unreachable ordering guard
        second = Mention(d1[0], m.end(), end_spec)
    return [first, second]


def _day_month(m: re.Match[str], text: str) -> Spec | list[Mention] | None:
    if text[max(0, m.start("day") - 1):m.start("day")] in ("$", ".", ",", "/", "-"):
        return None
    month = _month_number(m.group("mon"))
    year = int(m.group("year")) if m.group("year") else None
    mod, clamp = _prefix_mod(m)
    if not _day_number(m.group("day")) or (m.group("day2") and not _day_number(m.group("day2"))):
        return None
    spec = Spec("cal", year=year, month=month, day=_day_number(m.group("day")), gran="day",
                mod=mod, clamp=clamp)
    if m.groupdict().get("day2"):
        first = Mention(m.start(), m.end("day"), spec)
        other = Spec("cal", year=year, month=month, day=_day_number(m.group("day2")),
                     gran="day")
        return [first, Mention(m.start("day2"), m.end(), other)]
    return spec


def _iso_date(m: re.Match[str], text: str) -> Spec | None:
    if text[max(0, m.start() - 1):m.start()] in tuple("0123456789-"):
        return None
    year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    spec = Spec("cal", year=year, month=month, day=day, gran="day")
    if m.group("h"):
        spec.type, spec.gran = "TIME", "time"
        spec.clock = (int(m.group("h")), int(m.group("mi")))
    return spec


def _numeric_date(m: re.Match[str], text: str) -> Spec | None:
    if text[max(0, m.start() - 1):m.start()] in ("/", ".", "-"):
        return None
    a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
    year = int(y) if len(y) == 4 else 2000 + int(y) if int(y) < 50 else 1900 + int(y)
    month, day = (a, b) if a <= 12 else (b, a)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Spec("cal", year=year, month=month, day=day, gran="day")


def _iso_week(m: re.Match[str], text: str) -> Spec | None:
    week = int(m.group("w"))
    if not 1 <= week <= 53:
        return None
    return Spec("cal", year=int(m.group("y")), week=week, gran="week")


def _month_year(m: re.Match[str], text: str) -> Spec:
    mod, clamp = _prefix_mod(m)
    return Spec("cal", year=int(m.group("year")), month=_month_number(m.group("mon")),
                gran="month", mod=mod, clamp=clamp)


_REL_OFFSETS = {
    "last": -1, "past": -1, "previous": -1, "this past": -1, "next": 1, "this coming": 1,
    "coming": 1, "this": 0, "current": 0, "the current": 0, "following": 1,
}


def _month_named(m: re.Match[str], text: str) -> Spec | None:
    name = m.group("mon")
    rel = (m.group("rel") or "").lower() or None
    rely = (m.group("rely") or "").lower() or None
    mod, clamp = _prefix_mod(m)
    bare = not (rel or rely or mod or clamp)
    if name.lower().rstrip(".") in AMBIGUOUS_MONTHS and bare:
        if _preceding_word(text, m.start()) not in _TEMPORAL_PREPOSITIONS:
            return None
        if name.lower() == "may" and _following_word(text, m.end()) in ("be", "have", "not"):
            return None
    spec = Spec("named", month=_month_number(name), gran="month", mod=mod, clamp=clamp)
    if rely:
        spec.kind, spec.rel = "named", "year" + str(_REL_OFFSETS[rely])
    elif rel:
        spec.rel = re.sub(r"\s+", " ", rel)
    return spec


def _year(m: re.Match[str], text: str) -> Spec | None:
    if text[max(0, m.start("year") - 1):m.start("year")] in tuple(".,/:$£€-") \
            and not m.group("part"):
        return None
    year = int(m.group("year"))
    fiscal = m.group("fiscal")
    mod, clamp = _prefix_mod(m)
    if not (fiscal or mod or clamp):
        before = text[max(0, m.start() - 2):m.start()]
        if "$" in before or "#" in before or "£" in before or "€" in before:
            return None
        after = text[m.end():m.end() + 2]
        if after[:1] in ("%", "-") and not re.match(r"-(?:\d\d|[A-Z])", after) \
                and after[:1] == "%":
            return None
        if _following_word(text, m.end()) in COUNT_NOUNS:
            return None
        if _preceding_word(text, m.start()) in _NUMBER_NOUNS:
            return None
        if year < 1400 and _preceding_word(text, m.start()) not in _TEMPORAL_PREPOSITIONS:
            return None
    return Spec("cal", year=year, gran="year", mod=mod, clamp=clamp)


def _year_range(m: re.Match[str], text: str) -> list[Mention] | None:
    """"2019-2021", "1998-99": two years, linked as a range."""
    if text[max(0, m.start("y1") - 1):m.start("y1")] in tuple(".,/:$£€-"):
        return None
    first = int(m.group("y1"))
    tail = m.group("y2")
    second = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
    if second <= first or second - first > 100:
        return None
    return [Mention(m.start(), m.end("y1"), Spec("cal", year=first, gran="year")),
            Mention(m.start("y2"), m.end("y2"), Spec("cal", year=second, gran="year"))]


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


def _decade(m: re.Match[str], text: str) -> Spec | None:
    mod, clamp = _prefix_mod(m)
    if m.groupdict().get("dec"):
        decade = int(m.group("dec")) // 10
    elif m.groupdict().get("short"):
        decade = 190 + int(m.group("short")) // 10
    else:
        decade = 190 + _DECADE_WORDS[m.group("words").lower()]
    return Spec("cal", decade=decade, gran="decade", mod=mod, clamp=clamp)


def _century(m: re.Match[str], text: str) -> Spec | None:
    mod, clamp = _prefix_mod(m)
    word = m.group("ord").lower()
    number = ORDINALS.get(word)
    if number is None:
        number = int(re.match(r"\d+", word).group())  # type: ignore[union-attr]
    if not 1 <= number <= 30:
        return None
    return Spec("cal", century=number - 1, gran="century", mod=mod, clamp=clamp)


def _season(m: re.Match[str], text: str) -> Spec | None:
    season = SEASONS[m.group("season").lower()]
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower()) or None
    mod, clamp = _prefix_mod(m)
    year = int(m.group("year")) if m.group("year") else None
    if year is None and not (rel or m.group("the") or mod or clamp):
        word = _preceding_word(text, m.start())
        if word not in ("in", "during", "since", "until", "by", "through", "this", "last",
                        "next", "over", "before", "after", "throughout"):
            return None
    if year is None:
        after = text[m.end():m.end() + 40]
        if re.match(r"\s+of\s+(?!\d)", after) or re.match(r"\s*(?:'s|’s)", after):
            return None
        if m.group("the") and _following_word(text, m.end()) in ("of", "and") \
                and not re.match(r"\s+of\s+\d", after):
            return None
        follower = re.match(r"[ \t]+([a-z]+)\b", after)
        if follower and follower.group(1) not in _SEASON_FOLLOWERS:
            return None  # "the winter coat", "the summer Olympics": an attribute
    if year is not None:
        return Spec("cal", year=year, season=season, gran="season", mod=mod, clamp=clamp)
    return Spec("named", season=season, gran="season", rel=rel, mod=mod, clamp=clamp)


# Words that may follow a season name that is still a time ("the winter months",
# "in spring when ..."); any other lower-case word makes the season an attribute.
_SEASON_FOLLOWERS = frozenset("""
of in and or to when as before after until while was were is are will would has had have
that with for at on by the a an this it he she they we its their his her our there but so
because if since although though season seasons months weeks break holidays holiday
solstice equinox term session semester recess heat rains offensive campaign
""".split())

_QUARTER_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
                "3rd": 3, "4th": 4, "final": 4, "last": 4}


def _quarter(m: re.Match[str], text: str) -> Spec | None:
    groups = m.groupdict()
    unit = "half" if (groups.get("unit") or "").lower().startswith("half") else "quarter"
    if groups.get("q"):
        number = int(groups["q"])
        unit = "half" if groups["qh"].upper() == "H" else "quarter"
    else:
        number = _QUARTER_ORD[groups["ord"].lower()]
    if unit == "half" and number > 2 or number > 4:
        return None
    year = groups.get("year") or groups.get("year0")
    rely = (groups.get("rely") or "").lower()
    mod, clamp = _prefix_mod(m)
    spec = Spec("named", gran=unit, mod=mod, clamp=clamp)
    if unit == "half":
        spec.half = number
    else:
        spec.quarter = number
    if year:
        spec.kind, spec.year = "cal", int(year)
    elif rely:
        spec.rel = "year" + str(_REL_OFFSETS.get(rely, 0))
    elif groups.get("ago"):
        spec.rel = "year-1"
    return spec


def _latest_quarter(m: re.Match[str], text: str) -> Spec | None:
    word = (m.group("w") or "").lower()
    if m.group("unit").lower() == "period" and not word:
        return None
    if "ago" in word or "earlier" in word or "year" in word:
        return Spec("ref", unit="year", count=-1, gran="quarter", rel="quarter")
    return Spec("latest_quarter", gran="quarter")


def _relative_unit(m: re.Match[str], text: str) -> Spec | None:
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = m.group("unit").lower()
    mod, clamp = _prefix_mod(m)
    if rel in ("the past", "the last") and unit not in ("weekend", "decade", "century"):
        # "the past week" is a stretch of time ending now (TimeML DURATION P1W).
        if mod or clamp:
            return None
        return Spec("duration", type="DURATION", count=1, unit=unit, anchored="past")
    if rel in ("the previous", "the following", "the next", "that", "the same"):
        offset = {"the previous": -1, "the following": 1, "the next": 1}.get(rel, 0)
        if rel == "the next" and unit in ("year", "month", "week", "decade", "quarter"):
            return Spec("duration", type="DURATION", count=1, unit=unit, anchored="next")
        return Spec("ref", unit=unit, count=offset, gran=unit, mod=mod, clamp=clamp)
    offset = _REL_OFFSETS.get(rel.replace("the ", ""), 0)
    return Spec("dct", unit=unit, count=offset, gran=unit, mod=mod, clamp=clamp)


def _day_word(m: re.Match[str], text: str) -> Spec | None:
    word = re.sub(r"\s+", " ", m.group("w").lower())
    part_word = (m.group("pod") or "").lower()
    mod, clamp = _prefix_mod(m)
    offsets = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1,
               "the day before yesterday": -2, "the day after tomorrow": 2,
               "this": 0, "last": -1}
    offset = offsets[word]
    spec = Spec("dct", unit="day", count=offset, gran="day", mod=mod, clamp=clamp)
    if word in ("this", "last") and not part_word:
        return None
    if word == "last" and part_word != "night":
        return None
    if word == "tonight":
        part_word = "night"
    if part_word:
        spec.type, spec.gran, spec.part = "TIME", "time", PARTS_OF_DAY[part_word]
    return spec


def _weekday(m: re.Match[str], text: str) -> Spec | None:
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower()) or None
    wd = WEEKDAYS[m.group("wd").lower()]
    part_word = (m.group("pod") or "").lower()
    plural = bool(m.group("plural")) or part_word.endswith("s")
    part_word = part_word.rstrip("s")
    mod, clamp = _prefix_mod(m)
    if plural:
        value = f"XXXX-WXX-{wd + 1}" + (f"T{PARTS_OF_DAY[part_word]}" if part_word else "")
        return Spec("set", type="SET", value=value, gran="day")
    spec = Spec("weekday", weekday=wd, rel=rel, gran="day", mod=mod, clamp=clamp)
    if part_word:
        spec.type, spec.gran, spec.part = "TIME", "time", PARTS_OF_DAY[part_word]
    return spec


_UNIT_GRAN = {"day": "day", "week": "week", "fortnight": "week", "month": "month",
              "quarter": "quarter", "year": "year", "decade": "decade", "century": "century"}


def _ago(m: re.Match[str], text: str) -> Spec | None:
    count = _word_number(m.group("num"))
    unit = UNIT_SPELLINGS[m.group("unit").lower()]
    direction = re.sub(r"\s+", " ", m.group("dir").lower())
    mod = APPROX_WORDS.get(re.sub(r"\s+", " ", (m.group("mod") or "").lower()))
    if m.group("orso"):
        mod = "APPROX"
    if m.group("anch"):
        return None
    if unit in ("second", "minute", "hour"):
        return None
    if direction in ("before", "after", "prior"):
        following = text[m.end():m.end() + 3]
        if following[:1].isalnum() or following.strip()[:1].isalnum():
            return None  # "two days before the vote": a duration, left to the duration rule
    steps = {"fortnight": ("week", 2)}.get(unit, (unit, 1))
    unit, factor = steps
    sign = -1 if direction in ("ago", "earlier", "before", "back", "previously", "prior") else 1
    if count is None:
        return Spec("vague", value="PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod)
    if not float(count).is_integer():
        return None
    count = int(count) * factor * sign
    anchor = "dct" if direction in ("ago", "from now", "hence", "back") else "ref"
    out = {"week": "day", "decade": "year", "century": "year"}.get(unit, _UNIT_GRAN[unit])
    return Spec(anchor, unit=unit, count=count, gran=out, out=out, mod=mod, rel="shift")


def _the_unit(m: re.Match[str], text: str) -> Spec | None:
    unit = m.group("unit").lower()
    mod, clamp = _prefix_mod(m)
    if unit == "weekend":
        return Spec("named", weekend=True, gran="weekend", mod=mod, clamp=clamp)
    if unit == "month" and not (mod or clamp):
        return None
    if unit == "year" and not (mod or clamp):
        # "for the year", "the year's results": TimeML reads the stretch, P1Y
        return Spec("duration", type="DURATION", count=1, unit="year")
    return Spec("dct", unit=unit, count=0, gran=unit, mod=mod, clamp=clamp)


def _fiscal_year(m: re.Match[str], text: str) -> Spec:
    rel = (m.group("rel") or "current").lower()
    mod, clamp = _prefix_mod(m)
    return Spec("dct", unit="year", count=_REL_OFFSETS.get(rel, 0), gran="year", mod=mod,
                clamp=clamp)


def _year_end(m: re.Match[str], text: str) -> Spec:
    rel = (m.group("rely") or "this").lower()
    return Spec("dct", unit="year", count=_REL_OFFSETS[rel], gran="year", mod="END")


def _holiday(m: re.Match[str], text: str) -> Spec | None:
    name = re.sub(r"\s+", " ", m.group("h").lower()).replace("’", "'")
    mod, clamp = _prefix_mod(m)
    rel = (m.group("rel") or "").lower() or None
    year = int(m.group("year")) if m.group("year") else None
    return Spec("holiday" if year is None else "holiday", value=name, year=year, rel=rel,
                gran="day", mod=mod, clamp=clamp)


_NOT_VAGUE_NOUNS = frozenset({
    "account", "accounts", "affairs", "events", "contract", "contracts", "market", "markets",
    "prices", "price", "trading", "generation", "generations", "flows", "flow", "system",
    "source", "sources", "density", "rate", "rates", "exchange", "tense", "value", "values",
    "use", "reference",
})


def _vague_adjective(m: re.Match[str], text: str) -> Mention | None:
    """"current weakness", "recent declines", "future losses": the adjective alone."""
    if m.group("noun") in _NOT_VAGUE_NOUNS or m.group("noun") in UNIT_SPELLINGS:
        return None
    if _preceding_word(text, m.start()) in ("most", "more", "the") and \
            m.group("adj").lower() == "recent" and _preceding_word(text, m.start()) != "the":
        return None
    value = {"current": "PRESENT_REF", "recent": "PAST_REF", "future": "FUTURE_REF"}[
        m.group("adj").lower()]
    return Mention(m.start(), m.end("adj"), Spec("vague", value=value))


def _spoken_year(m: re.Match[str], text: str) -> Spec | None:
    century = 19 if m.group("century").lower() == "nineteen" else 20
    rest = _word_number(m.group("rest"))
    if rest is None or rest < 10:
        return None
    return Spec("cal", year=century * 100 + int(rest), gran="year")


def _unit_before(m: re.Match[str], text: str) -> Spec:
    unit = m.group("unit").lower()
    sign = -1 if m.group("dir").lower() in ("before", "earlier") else 1
    return Spec("ref", unit=unit, count=sign, gran=unit)


def _duration_value(count: float | None, unit: str) -> str:
    letter = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W",
              "fortnight": "W", "month": "M", "quarter": "M", "year": "Y", "decade": "Y",
              "century": "Y"}[unit]
    factor = {"fortnight": 2, "quarter": 3, "decade": 10, "century": 100}.get(unit, 1)
    prefix = "PT" if unit in ("second", "minute", "hour") else "P"
    if count is None:
        return f"{prefix}X{'Q' if unit == 'quarter' else 'DE' if unit == 'decade' else letter}"
    amount = count * factor
    if isinstance(amount, float) and not amount.is_integer():
        return f"{prefix}{amount:g}{letter}"
    return f"{prefix}{int(amount)}{letter}"


_MONEY_OR_COUNT_BEFORE = re.compile(
    r"(?:\d|%|\b(?:million|billion|trillion|times|twice|once|thrice|cents?|dollars?|"
    r"euros?|pounds?|percent|per\s+cent))[\s,]*$", _I)


def _duration(m: re.Match[str], text: str) -> Spec | Mention | None:
    if text[max(0, m.start("num") - 1):m.start("num")] in ("$", "£", "€", ".", ","):
        return None
    if m.group("dir"):
        dated = _ago(m, text)
        if dated is not None:
            return dated
        core = _duration_core(m, text)
        if core is None:
            return None
        end = m.start("dir")
        while text[end - 1].isspace():
            end -= 1
        if m.group("orso"):
            end = m.start("orso")
            while text[end - 1].isspace():
                end -= 1
        return Mention(m.start(), end, core)
    spec = _duration_core(m, text)
    if spec is not None and m.group("the") and not m.group("anch") and "-" in m.group("sep"):
        return Mention(m.start("num"), m.end(), spec)  # "the two-year contract": an adjective
    if spec is not None and spec.kind == "duration" and not (m.group("the") or m.group("mod")) \
            and re.search(r"\b[Ii]n\s+$", text[max(0, m.start() - 4):m.start()]):
        spec.rel = "in"  # "in three days": a date when the clause looks ahead
    return spec


def _duration_core(m: re.Match[str], text: str) -> Spec | None:
    num_text = m.group("num")
    count = _word_number(num_text)
    unit = UNIT_SPELLINGS[m.group("unit").lower()]
    plural = m.group("unit").lower().endswith("s") and m.group("unit").lower() not in ("hrs",)
    lowered = re.sub(r"\s+", " ", num_text.lower())
    if not plural and "-" not in m.group("sep") and count is not None and count >= 100:
        return None  # "the 1988 quarter"
    if lowered in ("a", "an", "one") and plural and not m.group("sep").startswith("-"):
        return None
    if lowered in VAGUE_QUANTITIES and not plural:
        return None
    mod = APPROX_WORDS.get(re.sub(r"\s+", " ", (m.group("mod") or "").lower()))
    anchor_word = (m.group("anch") or "").lower()
    anchored = None
    if anchor_word in ("past", "last", "previous"):
        anchored = "past"
    elif anchor_word in ("next", "coming", "following"):
        anchored = "next"
    if lowered in ("a", "an") and not m.group("the") and not mod:
        before = text[max(0, m.start() - 40):m.start()]
        if _MONEY_OR_COUNT_BEFORE.search(before):
            return Spec("set", type="SET", value=_duration_value(1, unit), gran=unit,
                        freq=None)
    if m.group(0).lower().rstrip().endswith("old"):
        return None  # ages ("a 6-year-old boy", "52 years old") are not annotated as times
    if unit == "second" and lowered in ("a", "an", "one") and not mod:
        return None  # "a second group"
    if unit == "quarter" and _following_word(text, m.end()) == "of" and not m.group("the"):
        return None  # "a quarter of the population"
    spec = Spec("duration", type="DURATION", count=count, unit=unit, anchored=anchored, mod=mod)
    if lowered in ("a couple of", "a couple", "couple of") and not mod:
        spec.mod = "APPROX"
    return spec


def _vague_duration(m: re.Match[str], text: str) -> Spec | Mention | None:
    unit = UNIT_SPELLINGS[m.group("unit").lower()]
    quantity = m.group("q").lower()
    spec = Spec("duration", type="DURATION", count=None, unit=unit)
    if quantity in ("for", "in", "over", "within"):
        if unit in ("second", "minute", "day"):
            return None
        return Mention(m.start("unit"), m.end(), spec)  # "for years": the preposition stays out
    return spec


def _vague(m: re.Match[str], text: str) -> Spec | None:
    word = re.sub(r"\s+", " ", m.group(0).lower())
    if word == "soon" and (re.match(r"\s+(?:after|before|as|afterwards?|thereafter)\b",
                                    text[m.end():m.end() + 14])
                           or _preceding_word(text, m.start()) in ("as", "how", "too")):
        return None
    if word == "now" and re.match(r"[\s-]*(?:defunct|famous|former|retired|closed)\b",
                                  text[m.end():m.end() + 15]):
        return None
    return Spec("vague", value=VAGUE_EXPRESSIONS[word])


def _vague_units(m: re.Match[str], text: str) -> Spec | None:
    adjective = re.sub(r"\s+", " ", m.group("adj").lower())
    value = VAGUE_UNIT_ADJECTIVES[adjective]
    if value == "PX":  # "recent years": TimeML marks an unknown stretch up to now
        unit = UNIT_SPELLINGS[m.group("unit").lower()]
        return Spec("duration", type="DURATION", count=None, unit=unit, anchored="recent")
    return Spec("vague", value=value)


def _frequency(m: re.Match[str], text: str) -> Spec | None:
    word = m.group(0).lower()
    if word in ("quarterly", "semiannually") and (
            re.match(r"[ \t]+[a-z]", text[m.end():m.end() + 3])
            or _preceding_word(text, m.start()) in _DETERMINERS):
        return None  # "its quarterly dividend": a kind of payment, not a recurrence
    if re.match(r"[ \t]+[A-Z]", text[m.end():m.end() + 3]):
        return None  # "the Communist Party daily Granma": a newspaper
    value, quant, freq = FREQUENCY_ADVERBS[word]
    return Spec("set", type="SET", value=value, quant=quant, freq=freq)


def _every(m: re.Match[str], text: str) -> Spec | None:
    quant = m.group("q").upper()
    target = m.group("t")
    low = target.lower()
    count = 1
    if m.group("n"):
        count = 2 if m.group("n").lower() == "other" else _word_number(m.group("n")) or 1
    if low in WEEKDAYS:
        value = f"XXXX-WXX-{WEEKDAYS[low] + 1}"
    elif low.rstrip(".") in MONTHS or low.rstrip(".") in MONTH_ABBREVIATIONS:
        value = f"XXXX-{_month_number(target):02d}"
    elif low in SEASONS:
        value = f"XXXX-{SEASONS[low]}"
    elif low in PARTS_OF_DAY:
        value = f"TXX{PARTS_OF_DAY[low]}" if low != "night" else "TNI"
        value = "XXXX-XX-XXT" + PARTS_OF_DAY[low]
    elif low == "weekend":
        value = "XXXX-WXX-WE"
    else:
        unit = UNIT_SPELLINGS[low]
        value = _duration_value(count, unit)
    if quant == "PER":
        quant = "EACH"
    return Spec("set", type="SET", value=value, quant=quant)


def _times_per(m: re.Match[str], text: str) -> Spec | None:
    how = m.group("f").lower()
    times = {"once": 1, "twice": 2, "thrice": 3}.get(how)
    if times is None:
        times = _word_number(re.sub(r"\s+times$", "", how))
    unit = UNIT_SPELLINGS[m.group("unit").lower()]
    freq = f"{int(times)}X" if times else None
    return Spec("set", type="SET", value=_duration_value(1, unit), freq=freq)


_TZ = r"(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|JST|IST)"
DAYREF = (rf"(?:{WEEKDAY}|(?i:today|tomorrow|yesterday|tonight)"
          rf"|(?P<cmon>{MONTH})\s*(?P<cday>{DAY}))")


def _clock(m: re.Match[str], text: str) -> Spec | None:
    groups = m.groupdict()
    special = (groups.get("special") or "").lower()
    if special:
        hour, minute = (12, 0) if special in ("noon", "midday") else (24, 0)
    else:
        hour = int(groups["h"])
        minute = int(groups.get("mi") or 0)
        ampm = (groups.get("ampm") or "").lower().replace(".", "").strip()
        if ampm:
            if not 1 <= hour <= 12:
                return None
            if ampm.startswith("p") and hour != 12:
                hour += 12
            elif ampm.startswith("a") and hour == 12:
                hour = 0
        if hour > 24 or minute > 59:
            return None
    mod = APPROX_WORDS.get((groups.get("approx") or "").lower().replace("at ", ""))
    spec = Spec("dct", type="TIME", unit="day", count=0, gran="time", clock=(hour, minute),
                mod=mod)
    day = (groups.get("day") or "").lower()
    if groups.get("cmon"):
        spec.kind, spec.month, spec.day = "cal", _month_number(groups["cmon"]), \
            _day_number(groups["cday"])
    elif day in WEEKDAYS:
        spec.kind, spec.weekday = "weekday", WEEKDAYS[day]
    elif day:
        spec.count = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[day]
    return spec


# ---------------------------------------------------------------- rule table


_PURE_WORDS = re.compile(r"[A-Za-z0-9'’ -]+(?:\|[A-Za-z0-9'’ -]+)*")


def _fold_case(pattern: str) -> str:
    """Rewrites each ``(?i:...)`` group: a plain word list becomes a case-form trie,
    anything else loses the flag (its word lists are tries already)."""
    out = []
    i = 0
    while True:
        j = pattern.find("(?i:", i)
        if j < 0:
            out.append(pattern[i:])
            return "".join(out)
        out.append(pattern[i:j])
        depth, k = 0, j
        while k < len(pattern):
            if pattern[k] == "\\":
                k += 2
                continue
            if pattern[k] == "(":
                depth += 1
            elif pattern[k] == ")":
                depth -= 1
                if depth == 0:
                    break
            k += 1
        body = pattern[j + 4:k]
        plain = body.replace(r"\s+", " ")
        if _PURE_WORDS.fullmatch(plain) and plain == plain.strip() and "  " not in plain:
            out.append(words(plain))
        else:
            out.append("(?:" + _fold_case(body) + ")")
        i = k + 1


def _rule(name: str, pattern: str, build: Builder, priority: int = 0,
          prefix: str | None = None) -> Rule:
    pattern = _fold_case(pattern)
    if pattern.startswith(r"\b"):
        pattern = pattern[2:]  # the finder checks word starts; a leading \b defeats re's scan
    compiled_prefix = re.compile(rf"(?<![\w-])(?:{_fold_case(prefix)})\Z") if prefix else None
    return Rule(name, re.compile(pattern), build, priority, compiled_prefix)


_HOLIDAY_NAMES = [*FIXED_HOLIDAYS, *WEEKDAY_HOLIDAYS, "easter", "easter sunday", "good friday"]
_HOLIDAYS = words(
    [form for name in _HOLIDAY_NAMES for n in (name, name.replace("'", "’"))
     for form in (" ".join(w[:1].upper() + w[1:] for w in n.split()), n[:1].upper() + n[1:])],
    cased=True)
_TIMES = words(["once", "twice", "thrice",
               *(f"{w} times" for w in [*ONES, *TEENS, *TENS])])
_ORD_WORDS = _alt([k for k in ORDINALS if not k[0].isdigit()])
_REL = r"(?i:last|next|this\s+past|this\s+coming|this|past|previous|coming|current)"
_DIR = r"(?i:ago|earlier|later|before|after|from\s+now|hence|back|previously|prior)"

# Modifier chains read in front of a core, all optional.
_P_MOD = (
    r"(?:(?P<approx>(?i:about|around|approximately|roughly|circa))\s+)?"
    r"(?:(?P<clamp>(?i:earlier|later))\s+(?:(?i:in|on|during)\s+)?)?"
    rf"(?:(?P<part>(?i:{PART}))(?:\s+|\s*-\s*))?"
)
_P_CLOCK = r"(?:(?P<approx>(?i:about|around|approximately|at\s+about|at\s+around))\s+)?"
_P_DURATION = (
    rf"(?:(?P<mod>(?i:{APPROX}))\s+)?(?:(?P<the>(?i:the))\s+(?:(?P<anch>(?i:past"
    r"|last|next|previous|coming|first|final|following|remaining|initial|same|entire"
    r"|whole|full))\s+)?)?")
_P_THE = r"(?:(?P<the>(?i:the))\s+)?"
_P_REL = rf"(?:(?P<rel>{_REL})\s+)?"
_P_WEEKDAY = rf"(?:(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?"

RULES: tuple[Rule, ...] = (
    _rule("iso_date",
          r"(?P<y>1\d{3}|20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
          r"(?:T(?P<h>[012]\d):(?P<mi>[0-5]\d)(?::[0-5]\d)?)?(?![\d-])", _iso_date, 5),
    _rule("iso_week", r"\b(?P<y>1\d{3}|20\d\d)-?W(?P<w>\d\d)\b", _iso_week, 5),
    _rule("numeric_date",
          r"(?P<a>\d\d?)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d|\d\d)"
          r"(?![\d/])", _numeric_date, 5),
    _rule("month_day",
          rf"(?P<mon>{MONTH})\s*(?P<day>{DAY})"
          rf"(?:\s*(?:[-–—]|(?i:to|through|and))\s*(?P<day2>{DAY}))?"
          rf"(?:,?\s+(?P<year>{YEAR}))?(?![\d])", _explicit_date, 4,
          prefix=_P_MOD + _P_WEEKDAY),
    _rule("day_month",
          rf"(?P<day>{DAY})"
          rf"(?:\s*[-–—]\s*(?P<day2>{DAY}))?(?:\s+(?i:of))?\s+(?P<mon>{MONTH})"
          rf"(?:,?\s+(?P<year>{YEAR}))?", _day_month, 4,
          prefix=_P_MOD + _P_WEEKDAY + _P_THE),
    _rule("month_year",
          rf"(?P<mon>{MONTH}),?\s+(?:(?i:of)\s+)?(?P<year>{YEAR})", _month_year, 4,
          prefix=_P_MOD),
    _rule("month_named",
          rf"(?P<mon>{MONTH_NAMED})\b"
          rf"(?:\s+(?P<rely>(?i:last|next|this))\s+(?i:year))?", _month_named, 3,
          prefix=_P_MOD + _P_REL),
    _rule("year",
          rf"(?P<year>{YEAR})(?![.,]\d|\d|\s*%|-\d)", _year, 2,
          prefix=_P_MOD
          + r"(?:(?P<fiscal>(?i:fiscal\s+year|fiscal|calendar\s+year|year)|FY)\s*'?)?"),
    _rule("year_range",
          rf"(?P<y1>{YEAR})\s*[-–—]\s*(?P<y2>{YEAR}|\d\d(?!\d))(?![.,]\d|\s*%)", _year_range, 3,
          prefix=r"(?:(?P<fiscal>(?i:fiscal\s+years|fiscal|FY))\s*)?"),
    _rule("decade", r"(?P<dec>1[0-9]\d0|20\d0)'?s\b", _decade, 3, prefix=_P_MOD + _P_THE),
    _rule("decade_short", r"['’](?P<short>[0-9]0)s\b", _decade, 3, prefix=_P_MOD + _P_THE),
    _rule("decade_words", rf"(?P<words>(?i:{_alt(_DECADE_WORDS)}))\b", _decade, 3,
          prefix=_P_MOD + _P_THE),
    _rule("century", r"(?P<ord>\d{1,2}(?:st|nd|rd|th))[\s-]+(?i:century)\b", _century, 3,
          prefix=_P_MOD + _P_THE),
    _rule("century_words", rf"(?P<ord>(?i:{_ORD_WORDS}))[\s-]+(?i:century)\b", _century, 3,
          prefix=_P_MOD + _P_THE),
    _rule("season",
          rf"\b(?P<season>(?i:{SEASON}))\b(?:\s+(?:(?i:of)\s+)?(?P<year>{YEAR}))?",
          _season, 3, prefix=_P_MOD + _P_THE + _P_REL),
    _rule("quarter",
          r"\b(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]+"
          r"(?P<unit>(?i:quarter|half))\b"
          rf"(?:\s+(?:(?i:of)\s+)?(?:(?i:fiscal\s+)?(?P<year>{YEAR})"
          r"|(?P<rely>(?i:this|last|next))\s+(?i:year)))?",
          _quarter, 3,
          prefix=_P_MOD + _P_THE + rf"(?:(?P<year0>{YEAR})\s+)?"
          r"(?:(?P<rely>(?i:this|last|next))\s+(?i:year)['’]s\s+)?"
          r"(?:(?P<ago>(?i:year-ago|year-earlier))\s+)?"),
    _rule("quarter_code",
          rf"(?P<qh>[QH])(?P<q>[1-4])\b(?:\s*(?P<year>{YEAR}))?",
          _quarter, 3, prefix=rf"(?:(?P<year0>{YEAR})\s*)?"),
    _rule("latest_quarter",
          r"\b(?i:the)\s+(?:(?P<w>(?i:latest|most\s+recent|just-ended|recent|year-ago"
          r"|year-earlier|comparable\s+year-ago|comparable|corresponding|same))\s+)?"
          r"(?P<unit>(?i:quarter|period))\b", _latest_quarter, 1),
    _rule("relative_unit",
          r"\b(?P<rel>(?i:the\s+past|the\s+last|the\s+previous|the\s+following|the\s+next"
          r"|the\s+same|the\s+current|that|this\s+past|this\s+coming|last|next|this|current"
          r"|coming))\s+(?P<unit>(?i:week|weekend|month|year|decade|century|quarter|day))\b",
          _relative_unit, 2, prefix=_P_MOD),
    _rule("day_word",
          r"\b(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today"
          r"|tonight|tomorrow|yesterday|this|last))\b"
          r"(?:\s+(?P<pod>(?i:morning|afternoon|evening|night)))?\b", _day_word, 2,
          prefix=_P_MOD),
    _rule("weekday",
          rf"\b(?P<wd>{WEEKDAY})(?P<plural>s)?\b(?!\.[a-z])"
          r"(?:\s+(?P<pod>(?i:morning|afternoon|evening|night)s?))?", _weekday, 2,
          prefix=_P_MOD + r"(?:(?P<rel>(?i:last|next|this\s+past|this\s+coming|this"
          r"|the\s+previous|the\s+following|the\s+next|that))\s+)?"),
    _rule("clock",
          r"(?P<h>\d\d?)(?:[:.](?P<mi>[0-5]\d))?\s*"
          r"(?P<ampm>[ap]\.\s?m\.|[ap]m\b|[AP]M\b|[ap]\.m\b)"
          rf"(?:\s+\(?{_TZ}\)?)?(?:,?\s+(?:(?i:on)\s+)?(?P<day>{DAYREF}))?", _clock, 4,
          prefix=_P_CLOCK),
    _rule("clock_words",
          rf"(?P<special>(?i:noon|midnight|midday))\b(?:\s+\(?{_TZ}\)?)?"
          rf"(?:,?\s+(?:(?i:on)\s+)?(?P<day>{DAYREF}))?", _clock, 4, prefix=_P_CLOCK),
    _rule("clock_24h",
          rf"\b(?i:at|by|until|from|before|after)\s+(?P<x>(?P<h>[01]?\d|2[0-3]):"
          rf"(?P<mi>[0-5]\d)(?![\d:])(?:\s+\(?{_TZ}\)?)?(?:,?\s+(?:on\s+)?(?P<day>{DAYREF}))?)",
          _clock, 4),
    _rule("duration_digits",
          rf"(?P<num>{_NUMBER_DIGITS}(?![\d%]))(?:\s+(?i:more|additional|straight|consecutive|full))?"
          rf"(?P<sep>[\s-]+)(?P<unit>(?i:{UNIT}))(?:-(?i:old|long)|\s+(?i:old|long)\b)?"
          rf"(?:(?:\s+(?P<orso>(?i:or\s+so)))?\s+(?P<dir>{_DIR})\b)?",
          _duration, 1, prefix=_P_DURATION),
    _rule("duration",
          rf"(?P<num>{_NUMBER_WORDS}\b)(?:\s+(?i:more|additional|straight|consecutive|full))?"
          rf"(?P<sep>[\s-]+)(?P<unit>(?i:{UNIT}))(?:-(?i:old|long)|\s+(?i:old|long)\b)?"
          rf"(?:(?:\s+(?P<orso>(?i:or\s+so)))?\s+(?P<dir>{_DIR})\b)?",
          _duration, 1, prefix=_P_DURATION),
    _rule("vague_duration",
          r"(?P<q>(?i:for|in|over|within|several|many|a\s+few|few"
          r"|some|the\s+past\s+few|the\s+last\s+few|the\s+next\s+few))\s+"
          r"(?P<unit>(?i:years|months|weeks|decades|days|hours|minutes))\b", _vague_duration),
    _rule("vague", rf"\b(?i:{_alt(VAGUE_EXPRESSIONS)})\b", _vague),
    _rule("vague_units",
          rf"\b(?P<adj>(?i:{_alt(VAGUE_UNIT_ADJECTIVES)}))\s+"
          r"(?P<unit>(?i:years|months|weeks|days|decades|quarters))\b", _vague_units,
          prefix=r"(?:(?i:the)\s+)?"),
    _rule("year_earlier",
          r"\b(?i:year-earlier|year-ago|year\s+earlier|year\s+ago)\b(?!\s+(?i:quarter|period))",
          lambda m, t: Spec("ref", unit="year", count=-1, gran="year", out="year", rel="shift"), 1),
    _rule("the_unit",
          r"\b(?i:the)\s+(?P<unit>(?i:weekend|year|month))\b(?!\s+(?i:of|before|after|earlier"
          r"|later|ago|to|in|that|when|which|before|since|-))", _the_unit, 1, prefix=_P_MOD),
    _rule("fiscal_year",
          r"\b(?i:the)\s+(?:(?P<rel>(?i:current|latest|new|next|last|previous|past|coming))\s+)?"
          r"(?i:fiscal\s+year|financial\s+year)\b(?!\s+(?:\d|(?i:ended|ending|ends)))",
          _fiscal_year, 2, prefix=_P_MOD),
    _rule("year_end", r"(?i:year-end|year\s+end|year['’]s\s+end)\b", _year_end, 2,
          prefix=r"(?:(?P<rely>(?i:last|next|this))\s+)?"),
    _rule("holiday", rf"(?P<h>{_HOLIDAYS})\b(?:,?\s+(?P<year>{YEAR}))?", _holiday, 3,
          prefix=_P_MOD + r"(?:(?P<rel>(?i:last|next|this))\s+)?"),
    _rule("vague_adjective",
          r"(?P<adj>(?i:current|recent|future))\s+(?P<noun>[a-z][a-z-]+)\b", _vague_adjective, 0),
    _rule("spoken_year",
          rf"(?P<century>(?i:nineteen|twenty))[\s-]+(?P<rest>{_TWO_DIGIT_WORDS})\b",
          _spoken_year, 2),
    _rule("units_ahead",
          r"(?i:the)\s+(?i:days|weeks|months|years|decades)\s+(?i:ahead|to\s+come)\b",
          lambda m, t: Spec("vague", value="FUTURE_REF"), 1),
    _rule("since_then", r"\b(?i:since\s+then)\b", lambda m, t: Spec("since_then"), 3),
    _rule("unit_before",
          r"\b(?i:the)\s+(?P<unit>(?i:day|week|month|year))\s+(?P<dir>(?i:before|after|earlier"
          r"|later))(?=\s*[,.;:)]|\s*$)", _unit_before, 3),
    _rule("frequency", rf"\b(?i:{_alt(FREQUENCY_ADVERBS)})\b", _frequency),
    _rule("every",
          rf"\b(?P<q>(?i:every|each|per))\s+(?:(?P<n>(?i:other)|{NUMBER})\s+)?"
          rf"(?P<t>(?i:{UNIT})|{WEEKDAY}|{_MONTH_FULL}|(?i:{SEASON}|morning|afternoon|evening"
          r"|night|weekend))", _every, 2),
    _rule("times_per",
          rf"(?P<f>{_TIMES})\s+(?i:a|an|per|each|every)\s+(?P<unit>(?i:{UNIT_SINGULAR}))\b",
          _times_per, 3),
    _rule("times_per_digits",
          rf"(?P<f>(?<![\d.,])\d++\s+times)\s+(?i:a|an|per|each|every)\s+(?P<unit>(?i:{UNIT_SINGULAR}))\b",
          _times_per, 3),
)
