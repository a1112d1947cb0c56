"""Helpers more than one family of builders reads: relative offsets ("last", "next"),
duration values, vague shifts, time-zone names and a few context patterns.
"""

from __future__ import annotations

import re

from service.temporal.regex_parts import (
    _I,
    MONTH,
    WEEKDAY,
)
from service.temporal.spec import (
    Spec,
)
from service.temporal.vocabulary import (
    ONES,
    TEENS,
    TENS,
)

# a change "on the year" ("up 10% on the year", "down 0.3 per cent on the month"): compared
# with a year (month) before, not a date
CHANGE_ON_THE = re.compile(r"(?:\d\s?%|\bpercent|\bper\s+cent|\bpoints?|\bup|\bdown|\bhigher"
                           r"|\blower|\bflat)\s+on\s+\Z", re.IGNORECASE)

_REL_OFFSETS = {
    "last": -1, "past": -1, "previous": -1, "this past": -1, "next": 1, "this coming": 1,
    "coming": 1, "this": 0, "current": 0, "the current": 0, "following": 1,
}


def _vague_shift(unit: str, direction: str, mod: str | None) -> Spec:
    sign = -1 if direction in ("earlier", "before", "previously", "prior") else 1
    return Spec("vague_shift", unit={"fortnight": "week"}.get(unit, unit), count=sign, mod=mod)


# a number right before a bare unit ("2 hours ago", "two hours later"): the number's
# phrase, not a vague "hours ago"
_COUNTED = re.compile(r"(?:\d|\b(?:" + "|".join([*ONES, *TEENS, *TENS]) + r"))[\s-]+\Z",
                      re.IGNORECASE)


def _counted(text: str, start: int) -> bool:
    return _COUNTED.search(text, max(0, start - 20), start) is not None
# "in the year to March", "the week to Friday", "the year through June": statistics
# offices' stretches closed by the date that follows
_STRETCH_TO = re.compile(rf"\s+(?:to|through|thru)\s+(?:{WEEKDAY}|{MONTH})\b")


def duration_value(count: float | None, unit: str, *, fraction: bool = False) -> str:
    letter = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W",
              "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "M", "year": "Y",
              "decade": "Y", "century": "Y"}[unit]
    factor = {"fortnight": 2, "quarter": 3, "decade": 10, "century": 100}.get(unit, 1)
    prefix = "PT" if unit in ("second", "minute", "hour") else "P"
    if count is None:
        # an unknown number of quarters, decades, centuries is no number of months or
        # years: TimeML's own units say which ("for centuries" PXCE)
        return f"{prefix}X{ {'quarter': 'Q', 'decade': 'DE', 'century': 'CE'}.get(unit, letter)}"
    amount = count * factor
    if fraction and isinstance(amount, float) and not amount.is_integer():
        # TimeML writes fractions in the next unit down: P2Y6M, PT1M30S, P1DT12H
        whole = int(amount)
        lower = {"Y": ("M", 12, ""), "M": ("D", 30, ""), "D": ("H", 24, "T"),
                 "H": ("M", 60, ""), "W": ("D", 7, "")}.get(letter)
        if prefix == "PT" and letter == "M":
            lower = ("S", 60, "")
        rest = (amount - whole) * lower[1] if lower else 0.0
        if lower and rest.is_integer() and (letter != "M" or prefix == "PT"):
            head = f"{whole}{letter}" if whole else ""
            return f"{prefix}{head}{lower[2]}{int(rest)}{lower[0]}"
    if isinstance(amount, float) and not amount.is_integer():
        return f"{prefix}{amount:g}{letter}"
    return f"{prefix}{int(amount)}{letter}"


_MONEY_OR_COUNT_BEFORE = re.compile(
    r"(?:\d|%|\b(?:million|billion|trillion|times|twice|once|thrice|cents?|dollars?|"
    r"euros?|pounds?|percent|per\s+cent|yen|yuan|rupees?|crores?|lakhs?|pesos?)"
    # "£25bn a year", "$800m a year", "€3.5tn a year": an amount written the British way
    r"|(?<=\d)(?:bn|mn|m|tn|trn|k))"
    # "$4 more a month", "$2 less a month": a change in a rate is a rate
    r"(?:\s+(?:more|less|extra))?[\s,]*$", _I)


# the same zones as TZ, written to start with one character set (scans 4x faster)
TZ_ABBREVIATION = (r"[ECMPGUBJI](?:(?<=[ECMP])[SD]?T|(?<=G)MT|(?<=U)TC|(?<=B)ST|(?<=[CE])ES?T"
                   r"|(?<=M)SK|(?<=[JI])ST)")
TZ = (r"(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|JST|IST"
      # Australian, New Zealand, Asian and African zones: "7pm AEST", "10am SAST"
      r"|A[CEW][SD]T|NZ[SD]T|SGT|HKT|PHT|PKT|WIB|MYT|WAT|EAT|CAT|SAST"
      # the US zones as broadcasters say them ("8 p.m. Eastern", "5 p.m. Pacific time"):
      # the spoken "ET", "PT", part of the extent like them (not "Eastern Europe")
      r"|Universal\s+Time|Greenwich\s+Mean\s+Time"
      r"|(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?(?:\s+[Tt]ime)?"
      rf"(?![\w-]|\s+(?!(?:{WEEKDAY}|{MONTH}))[A-Z])"
      r"|(?:(?i:local)|[A-Z][a-z]+)\s+time(?=\)?(?:\s*\([^()\n]{1,24}\))?,?\s+(?:(?i:on)\s+)?"
      rf"(?:{WEEKDAY}|(?i:today|tomorrow|yesterday|tonight)\b|{MONTH})))")
# "local time", "Beijing time" join a clock reading only on the way to its day ("11 p.m.
# local time on Friday", "10 a.m. Beijing time (0200 GMT) on Wednesday"); alone they stay
# outside the extent, like "at 15:00 local time"
