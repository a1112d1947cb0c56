"""Regular-expression building blocks made from the word tables, and the readers
that turn matched words back into numbers.

Word lists become case-form tries (:mod:`service.temporal.wordregex`) so that
every pattern built from them starts with a literal character set.
"""

from __future__ import annotations

import re

from service.temporal.vocabulary import (
    APPROX_WORDS,
    ARTICLE_NUMBERS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    ONES,
    PART_WORDS,
    SEASONS,
    TEENS,
    TENS,
    UNIT_SPELLINGS,
    VAGUE_QUANTITIES,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)
from service.temporal.wordregex import (
    words,
)


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
# after a day number an abbreviation needs no full stop: "Tue 29 Aug", "5 Sept 2023"
MONTH_AFTER_DAY = rf"(?:{_MONTH_ANY}(?:{_FULL_NAME_END}|\.|\b))"
MONTH_NAMED = rf"(?:{_MONTH_ANY}(?:{_FULL_NAME_END}|\.))"
WEEKDAY = _capitalised(WEEKDAYS)
WEEKDAY_ABBR = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)\."
# in front of a written date the date vouches for it: "Sun Aug 27", "THU, AUG. 31"
WEEKDAY_SHORT = _capitalised(WEEKDAY_ABBREVIATIONS) + r"\.?"
DAY = r"(?:\d(?:(?<=[12])\d|(?<=3)[01]|(?<=0)[1-9])?)(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d])"
_NUMBER_DIGITS = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d++(?:\.\d+)?)"
_NUMBER_ARTICLE = _alt([k for k in ARTICLE_NUMBERS if k not in ONES])
_TWO_DIGIT_WORDS = words(
    [*TEENS, *TENS, *(f"{t}{sep}{o}" for t in TENS for o in ONES for sep in " -")])
_NUMBER_WORDS = words(
    [*ONES, *TEENS, *TENS, *(f"{t}{sep}{o}" for t in TENS for o in ONES for sep in " -"),
     *ARTICLE_NUMBERS, *VAGUE_QUANTITIES])
# spoken hundreds and thousands: "two hundred years", "one hundred and twenty years ago",
# "a hundred and fifty years", "two thousand years", for the duration rule only (the
# plain trie is in many rules); one trie with an optional multiplier after it, so that
# the scan does not try each number word twice
_UNDER_HUNDRED = rf"(?:{_TWO_DIGIT_WORDS}|{_alt(ONES)})"
NUMBER_WORDS_LARGE = (rf"(?:{_NUMBER_WORDS}(?:\s+(?:hundred|Hundred|HUNDRED)"
                      rf"(?:\s+(?:(?:and|And|AND)\s+)?{_UNDER_HUNDRED})?(?!\w)"
                      r"|\s+(?:thousand|Thousand|THOUSAND)(?!\w))?)")
NUMBER = rf"(?:{_NUMBER_DIGITS}(?![\d%])|{_NUMBER_WORDS}\b)"
# spoken clock readings: "six thirty", "nine-oh-five", "twelve forty-five"; the minutes
# of a spoken clock are ten and up or "oh" and a digit ("ten oh five")
CLOCK_HOUR_WORDS = _alt([*ONES, "ten", "eleven", "twelve"])
CLOCK_MINUTE_WORDS = words(
    [*(f"oh{sep}{o}" for o in ONES for sep in " -"), *TEENS, *TENS,
     *(f"{t}{sep}{o}" for t in ("twenty", "thirty", "forty", "fifty") for o in ONES
       for sep in " -")])
# spoken years: "nineteen ninety-seven", "twenty twenty-four", "eighteen twenty-one",
# "two thousand and eight"
SPOKEN_YEAR = (rf"(?:(?i:seventeen|eighteen|nineteen|twenty)[\s-]+{_TWO_DIGIT_WORDS}"
               rf"|(?i:two\s+thousand)(?:(?:\s+(?i:and))?\s+{_alt([*ONES, *TEENS])})?)\b")
UNIT = rf"(?:{_alt(UNIT_SPELLINGS)})\b"
UNIT_SINGULAR = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century)"
APPROX = _alt(APPROX_WORDS)
PART = _alt(PART_WORDS)
SEASON = _alt(SEASONS)

_I = re.IGNORECASE


def word_number(text: str) -> float | None:
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
        if piece == "hundred" and 0 < total < 10:
            total *= 100  # "two hundred", "a hundred and fifty"
            continue
        if piece == "thousand" and 0 < total < 100:
            total *= 1000  # "two thousand years"
            continue
        if piece == "a" and total == 0:
            total = 1
            continue
        if piece == "and" and total >= 100:
            continue
        for table in (ONES, TEENS, TENS):
            if piece in table:
                total += table[piece]
                break
        else:
            return None
    return total


def clock_minutes(text: str) -> int | None:
    """Minutes of a spoken clock reading ("thirty", "oh-five", "forty five")."""
    t = re.sub(r"^oh[\s-]+", "", text.strip().lower())
    value = word_number(t)
    return int(value) if value is not None and 0 < value < 60 else None


def year_number(text: str) -> int | None:
    """A year written in digits or spoken ("nineteen ninety-seven", "two thousand and
    eight", "twenty fourteen"); None for a spoken number that is no year."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    if t.isdigit():
        return int(t)
    if t.startswith("two thousand"):
        rest = t.removeprefix("two thousand").removeprefix(" and").strip()
        value = word_number(rest) if rest else 0
        return None if value is None else 2000 + int(value)
    century, _, rest = t.replace("-", " ", 1).partition(" ")
    hundreds = {"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}.get(century)
    value = word_number(rest)
    if hundreds is None or value is None or value < 10:
        return None
    return hundreds * 100 + int(value)


def month_number(name: str) -> int:
    key = name.rstrip(".").lower()
    return MONTHS.get(key) or MONTH_ABBREVIATIONS[key]


def weekday_number(name: str) -> int:
    """0 (Monday) to 6 for a weekday name or abbreviation ("Thurs.", "WED")."""
    key = name.rstrip(".").lower()
    return WEEKDAYS[key] if key in WEEKDAYS else WEEKDAY_ABBREVIATIONS[key]


def day_number(text: str) -> int:
    """Day of month; 0 (never valid) for anything outside 1-31, so builders can veto."""
    day = int(re.match(r"\d+", text).group())  # type: ignore[union-attr]
    return day if 1 <= day <= 31 else 0


def prefix_mod(m: re.Match[str], *, clamp_mod: bool = True) -> tuple[str | None, str | None]:
    """The mod and clamp given by the optional prefix groups ``approx``, ``part``, ``clamp``.

    ``clamp_mod=False``: "earlier in August" names the month, cut at the publication
    date; the interval carries the cut, so no START/END mod is added.
    """
    mod = None
    clamp = None
    groups = m.groupdict()
    if groups.get("part"):
        key = re.sub(r"\s+", " ", groups["part"].lower()).rstrip("- ")
        mod = PART_WORDS.get(key) or ("END" if key == "end" else None)
    if groups.get("approx"):
        mod = mod or APPROX_WORDS.get(re.sub(r"\s+", " ", groups["approx"].lower()))
    if groups.get("clamp"):
        clamp = groups["clamp"].lower()
        if clamp.startswith("the"):
            return mod, "later"  # "the rest of the year": what is left of it, no part mod
        if clamp_mod:
            mod = mod or ("START" if clamp == "earlier" else "END")
    return mod, clamp


def preceding_word(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z]+)[\s,-]*$", text[max(0, start - 30):start])
    return m.group(1).lower() if m else ""


def following_word(text: str, end: int) -> str:
    m = re.match(r"[\s-]*([A-Za-z]+)", text[end:end + 30])
    return m.group(1).lower() if m else ""


# Nouns after which a four-digit number is an identifier ("Room 1204", "page 1998").
NUMBER_NOUNS = frozenset({"no", "number", "room", "flight", "route", "page", "pages", "highway",
                           "code", "model", "version", "bus", "line", "gate", "suite", "unit",
                           "apartment", "exit", "channel", "article", "section", "resolution",
                           "rule", "chapter", "item", "box", "lot", "ticket", "phone", "tel"})

DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "your", "my",
                          "this", "that", "first", "second", "regular", "initial"})

TEMPORAL_PREPOSITIONS = frozenset({
    "in", "since", "by", "until", "till", "of", "last", "next", "this", "early", "mid",
    "late", "during", "through", "from", "to", "between", "and", "before", "after", "or",
    "on", "throughout", "into", "within", "for", "end", "beginning", "start", "middle",
    "past", "coming", "each", "every", "around", "about", "earlier", "later", "following",
})
