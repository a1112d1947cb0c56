"""Builders for sets and frequencies: "every week", "twice a day", "on weekends",
"$250 a night", "weekly".
"""

from __future__ import annotations

import re

from service.temporal.builders.shared import (
    _MONEY_OR_COUNT_BEFORE,
    duration_value,
)
from service.temporal.regex_parts import (
    DETERMINERS,
    day_number,
    month_number,
    preceding_word,
    word_number,
)
from service.temporal.spec import (
    Mention,
    Spec,
)
from service.temporal.vocabulary import (
    FIXED_HOLIDAYS,
    FREQUENCY_ADVERBS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNIT_SPELLINGS,
    WEEKDAYS,
)


def weekends(m: re.Match[str], text: str) -> Spec | None:
    """"closed on weekends", "evenings and weekends": a set (XXXX-WXX-WE); "two
    weekends", "the past weekends" are counted or particular weekends, left alone."""
    if preceding_word(text, m.start()) not in ("on", "at", "and", "or", "during"):
        return None
    if re.match(r"[ \t]*(?:['’]|of\b)", text[m.end():m.end() + 4]):
        return None  # "on weekends' nights", "and weekends of the summer"
    return Spec("set", type="SET", value="XXXX-WXX-WE", gran="weekend")


# "most weekends", "most mornings", "most days": the recurring period, most of its times
MOST_PLURALS = {"weekends": "XXXX-WXX-WE", "mornings": "XXXX-XX-XXTMO",
                 "afternoons": "XXXX-XX-XXTAF", "evenings": "XXXX-XX-XXTEV",
                 "nights": "XXXX-XX-XXTNI", "days": "P1D", "weeks": "P1W", "months": "P1M",
                 "years": "P1Y"}


def most_plural(m: re.Match[str], text: str) -> Spec | None:
    """"open at 7 most mornings", "at capacity on most weekends": a set; "most days of
    the year" and "most years'" are left to other rules."""
    if re.match(r"[ \t]*(?:['’]|of\b|ago\b)", text[m.end():m.end() + 5]):
        return None
    word = m.group("t").lower()
    return Spec("set", type="SET", value=MOST_PLURALS[word],
                gran="weekend" if word == "weekends" else None)


def a_night(m: re.Match[str], text: str) -> Spec | None:
    """"$250 a night", "twice a night": a rate per night (a set, like "per night")."""
    if not _MONEY_OR_COUNT_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
        return None  # "a night out", "spent a night in jail"
    return Spec("set", type="SET", value="XXXX-XX-XXTNI", gran="day")


def frequency(m: re.Match[str], text: str) -> Spec | None:
    word = m.group(0).lower()
    if word in ("quarterly", "semiannually") and (
            re.match(r"[ \t]+[a-z]", text[m.end():m.end() + 3])
            or preceding_word(text, m.start()) in DETERMINERS):
        return None  # "its quarterly dividend": a kind of payment, not a recurrence
    if re.match(r"[ \t]+[A-Z]", text[m.end():m.end() + 3]):
        return None  # "the Communist Party daily Granma": a newspaper
    if m.group(0)[:1].isupper() and preceding_word(text, m.start()) == "the":
        return None  # "The Daily, the Times' podcast", "the Monthly": a title
    value, quant, freq = FREQUENCY_ADVERBS[re.sub(r"\s+", " ", word)]
    return Spec("set", type="SET", value=value, quant=quant, freq=freq)


# "235 kilometres per hour", "60 km per hour": a speed, not a set of hours
_SPEED_UNITS = frozenset({
    "miles", "mile", "kilometres", "kilometers", "kilometre", "kilometer", "km", "kms",
    "feet", "metres", "meters", "metre", "meter", "yards", "knots", "nautical"})


def every(m: re.Match[str], text: str) -> Spec | Mention | None:
    quant = m.group("q").upper()
    if quant == "PER" and not m.group("n") and preceding_word(text, m.start()) in _SPEED_UNITS:
        return None
    target = m.group("t")
    low = target.lower()
    count: float | None = 1
    if m.group("n"):
        # "every few weeks": a vague count (PXW)
        count = 2 if m.group("n").lower() == "other" else word_number(m.group("n"))
    if m.group("nth"):
        if low not in UNIT_SPELLINGS:
            return None  # "every second Tuesday": not a length between times
        # "every fifth day": one day in five
        nth = m.group("nth").lower()
        count = ORDINALS[nth] if nth in ORDINALS else int(nth[:-2])
    part = (m.group("pod") or "").lower() if low in WEEKDAYS else ""
    if m.group("mday"):
        if m.group("n"):
            return None
        # "every Jan. 1": that day of each year
        value = f"XXXX-{month_number(m.group('mon')):02d}-{day_number(m.group('mday')):02d}"
    elif low in WEEKDAYS:
        # "every Tuesday night": that part of each such weekday
        value = f"XXXX-WXX-{WEEKDAYS[low] + 1}" + (f"T{PARTS_OF_DAY[part]}" if part else "")
    elif low.rstrip(".") in MONTHS or low.rstrip(".") in MONTH_ABBREVIATIONS:
        value = f"XXXX-{month_number(target):02d}"
    elif low in SEASONS:
        value = f"XXXX-{SEASONS[low]}"
    elif low in PARTS_OF_DAY:
        value = f"TXX{PARTS_OF_DAY[low]}" if low != "night" else "TNI"
        value = "XXXX-XX-XXT" + PARTS_OF_DAY[low]
    elif low == "weekend":
        value = "XXXX-WXX-WE"
    else:
        unit = UNIT_SPELLINGS[low]
        value = duration_value(count, unit)
    if quant == "PER":
        quant = "EACH"
    spec = Spec("set", type="SET", value=value, quant=quant)
    if m.group("pod") and not part:
        return Mention(m.start(), m.end("t"), spec)  # "every day evening": the part is not its
    return spec


def every_holiday(m: re.Match[str], text: str) -> Spec | None:
    """"crowds gather every New Year's Eve": that day of each year (a holiday on a fixed
    date only; "every Thanksgiving" moves)."""
    name = re.sub(r"\s+", " ", m.group("h").lower()).replace("’", "'")
    if not m.group("q") or name not in FIXED_HOLIDAYS:
        return None
    month, day = FIXED_HOLIDAYS[name]
    return Spec("set", type="SET", value=f"XXXX-{month:02d}-{day:02d}",
                quant=m.group("q").upper())


def times_per(m: re.Match[str], text: str) -> Spec | None:
    how = m.group("f").lower()
    times = {"once": 1, "twice": 2, "thrice": 3}.get(how)
    if times is None:
        times = word_number(re.sub(r"\s+times$", "", how))
    unit = UNIT_SPELLINGS[m.group("unit").lower()]
    freq = f"{int(times)}X" if times else None
    return Spec("set", type="SET", value=duration_value(1, unit), freq=freq)


_PER_RANK = {"minute": -1, "hour": 0, "day": 1, "night": 1, "week": 2, "month": 3, "year": 4}


def count_per(m: re.Match[str], text: str) -> Spec | None:
    if not m.group("num"):
        return None
    unit = m.group("unit").lower().rstrip("s")
    per = m.group("per").lower()
    if _PER_RANK[unit] >= _PER_RANK[per]:
        return None  # "two weeks a day" is no rhythm
    count = word_number(m.group("num"))
    letter = {"hour": "H", "day": "D", "night": "D", "week": "W", "month": "M"}.get(unit)
    freq = f"{int(count)}{letter}" if letter and count and float(count).is_integer() else None
    return Spec("set", type="SET", value=duration_value(1, per), freq=freq)


def weekday_each_month(m: re.Match[str], text: str) -> Spec | None:
    """"The board meets on the second Tuesday of each month", "the first and third
    Mondays of the month": that weekday in every month (XXXX-XX-WXX-2)."""
    if not (m.group("each") or m.group("and") or m.group("pl")):
        return None  # "the first Monday of the month": one day, not a set
    day = WEEKDAYS[m.group("wd").lower()] + 1
    return Spec("set", type="SET", value=f"XXXX-XX-WXX-{day}", quant="EACH")


def unit_after_unit(m: re.Match[str], text: str) -> Spec | None:
    """"Year after year", "week after week": it recurs every such unit (P1Y, P1W)."""
    word = m.group("u").lower()
    if m.group().lower().split()[-1] != word:
        return None  # "day after week": not a recurrence
    unit = UNIT_SPELLINGS[word]
    return Spec("set", type="SET", value=duration_value(1, unit))
