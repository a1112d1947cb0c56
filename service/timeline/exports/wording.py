"""Human words for when an event happened ("Late July 2023", "The 1990s").

Dashboards show these labels instead of raw TIMEX3 values.  Dates follow AP
news style (months abbreviated only next to a day: "Aug. 17, 2023" but
"August 2023"), since the source texts are news.  The words come from the
TIMEX3 value, mod and granularity; the resolved interval is the fallback for
values that carry no calendar reading of their own (durations, PAST_REF,
partly unknown values such as ``XXXX-WXX-1``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from service.timeline.exports.dates import Span, event_span

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTHS_AP = (
    "Jan.", "Feb.", "March", "April", "May", "June",
    "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
)  # fmt: skip
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "fall", "AU": "autumn", "WI": "winter"}
_PARTS_OF_DAY = {
    "MO": "morning",
    "MI": "midday",
    "AF": "afternoon",
    "EV": "evening",
    "NI": "night",
    "DT": "daytime",
}
_VAGUE = {"PAST_REF": "the past", "PRESENT_REF": "now", "FUTURE_REF": "the future"}

_YEAR = re.compile(r"(\d{4})")
_DECADE = re.compile(r"(\d{3})X?")
_CENTURY = re.compile(r"(\d{2})(?:XX)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|AU|WI)")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_WEEK = re.compile(r"(\d{4})-W(\d{1,2})(-WE)?")
_CLOCK = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
)
_PART_OF_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(MO|MI|AF|EV|NI|DT)")


@dataclass(frozen=True, slots=True)
class _Phrase:
    """One calendar reading in the three forms English needs.

    ``label`` stands alone ("the 1990s"), ``noun`` follows a preposition
    ("before the 1990s"), ``stem`` follows early/mid/late ("early 1990s").
    """

    label: str
    noun: str
    stem: str


def _same(text: str) -> _Phrase:
    return _Phrase(text, text, text)


def day_words(moment: date | datetime) -> str:
    """``Aug. 17, 2023``."""
    return f"{_MONTHS_AP[moment.month - 1]} {moment.day}, {moment.year}"


def month_words(year: int, month: int) -> str:
    """``August 2023``."""
    return f"{_MONTHS[month - 1]} {year}"


def clock_words(hour: int, minute: int) -> str:
    """AP clock times: ``3 p.m.``, ``10:30 a.m.``, ``noon``, ``midnight``."""
    if minute == 0 and hour in (0, 24):
        return "midnight"
    if minute == 0 and hour == 12:
        return "noon"
    suffix = "a.m." if hour % 24 < 12 else "p.m."
    twelve = hour % 12 or 12
    return f"{twelve}:{minute:02d} {suffix}" if minute else f"{twelve} {suffix}"


def _ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def _valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _value_phrase(value: str) -> _Phrase | None:
    """The calendar reading of a TIMEX3 value, or ``None`` if it has none."""
    if match := _YEAR.fullmatch(value):
        return _same(match[1])
    if match := _DECADE.fullmatch(value):
        decade = f"{match[1]}0s"
        return _Phrase(f"the {decade}", f"the {decade}", decade)
    if match := _CENTURY.fullmatch(value):
        century = f"{_ordinal(int(match[1]) + 1)} century"
        return _Phrase(f"the {century}", f"the {century}", century)
    if match := _MONTH.fullmatch(value):
        month = int(match[2])
        return _same(month_words(int(match[1]), month)) if 1 <= month <= 12 else None
    if match := _DAY.fullmatch(value):
        day = _valid_day(int(match[1]), int(match[2]), int(match[3]))
        return _same(day_words(day)) if day else None
    if match := _SEASON.fullmatch(value):
        return _same(f"{_SEASONS[match[2]]} {match[1]}")
    if match := _QUARTER.fullmatch(value):
        return _same(f"Q{match[2]} {match[1]}")
    if match := _HALF.fullmatch(value):
        half = f"{'first' if match[2] == '1' else 'second'} half of {match[1]}"
        return _Phrase(half, f"the {half}", half)
    if match := _WEEK.fullmatch(value):
        week = f"week {int(match[2])}, {match[1]}"
        if match[3]:
            return _Phrase(f"weekend of {week}", f"the weekend of {week}", f"weekend of {week}")
        return _same(week)
    if match := _CLOCK.fullmatch(value):
        day = _valid_day(int(match[1]), int(match[2]), int(match[3]))
        hour, minute = int(match[4]), int(match[5] or 0)
        if day is None or hour > 24 or minute > 59:
            return None
        return _same(f"{day_words(day)}, {clock_words(hour, minute)}")
    if match := _PART_OF_DAY.fullmatch(value):
        day = _valid_day(int(match[1]), int(match[2]), int(match[3]))
        if day is None:
            return None
        part = f"{_PARTS_OF_DAY[match[4]]} of {day_words(day)}"
        return _Phrase(part, f"the {part}", part)
    return None


# A mod's wording: (which form of the phrase it takes, the template).
_MOD_WORDING = {
    "START": ("stem", "early {}"),
    "MID": ("stem", "mid-{}"),
    "END": ("stem", "late {}"),
    "APPROX": ("noun", "around {}"),
    "BEFORE": ("noun", "before {}"),
    "AFTER": ("noun", "after {}"),
    "ON_OR_BEFORE": ("noun", "by {}"),
}


def _with_mod(phrase: _Phrase, mod: str | None, span: Span | None) -> str:
    mod = (mod or "").upper()
    if mod == "ON_OR_AFTER":
        # "Since" reads as looking back; a start after the article is "from ... on".
        future = span is not None and span.open_end and span.end <= span.start
        return f"from {phrase.noun} on" if future else f"since {phrase.noun}"
    if mod in _MOD_WORDING:
        form, template = _MOD_WORDING[mod]
        return template.format(getattr(phrase, form))
    # Duration-only mods (LESS_THAN, MORE_THAN ...) say nothing about a date.
    return phrase.label


def _moment_words(moment: datetime, unit: str) -> str:
    if unit == "year":
        return str(moment.year)
    if unit == "month":
        return month_words(moment.year, moment.month)
    if unit == "day":
        return day_words(moment)
    minute = moment.minute if unit == "minute" else 0
    return f"{day_words(moment)}, {clock_words(moment.hour, minute)}"


def _range_words(first: datetime, last: datetime, unit: str) -> str:
    """A closed range at ``unit``, shortened where both ends share a year or month."""
    one, two = _moment_words(first, unit), _moment_words(last, unit)
    if one == two:
        return one
    same_year = first.year == last.year
    if unit == "year":
        return f"{one}–{two}"
    if unit == "month" and same_year:
        return f"{_MONTHS[first.month - 1]}–{two}"
    if unit == "day" and same_year and first.month == last.month:
        return f"{_MONTHS_AP[first.month - 1]} {first.day}–{last.day}, {first.year}"
    if unit == "day" and same_year:
        return f"{_MONTHS_AP[first.month - 1]} {first.day} – {two}"
    return f"{one} – {two}"


def span_words(span: Span) -> str:
    """Words for a resolved interval, used when the value itself has no calendar reading."""
    if span.open_end:
        since = _moment_words(span.start, span.unit)
        return f"since {since}" if span.end > span.start else f"after {since}"
    if span.open_start:
        return f"before {_moment_words(span.end, span.unit)}"
    if span.unit in ("hour", "minute"):
        return _clock_range_words(span)
    return _range_words(span.first, span.last, span.unit)


def _clock_range_words(span: Span) -> str:
    """Clock times read with the end the clock shows: "1 p.m. – 3 p.m.", not "2:59"."""
    one = _moment_words(span.start, "minute")
    if span.end <= span.start:
        return one
    if span.start.date() == span.end.date():
        return f"{one} – {clock_words(span.end.hour, span.end.minute)}"
    return f"{one} – {_moment_words(span.end, 'minute')}"


def _capitalised(words: str) -> str:
    return words[:1].upper() + words[1:]


def display_date(when: dict[str, Any], published: datetime | None) -> str:
    """The label for an event's time: value + mod + granularity, else its interval."""
    span = event_span(when, published)
    value = str(when.get("value") or "")
    phrase = None if when.get("type") == "DURATION" else _value_phrase(value)
    if phrase is not None:
        return _capitalised(_with_mod(phrase, when.get("mod"), span))
    if span is not None:
        return _capitalised(span_words(span))
    if value in _VAGUE:
        return _capitalised(_VAGUE[value])
    return _capitalised(str(when.get("text") or value))
