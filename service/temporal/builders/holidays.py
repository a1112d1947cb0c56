"""Builders for holidays and named days: "Christmas night", "the new year".
"""

from __future__ import annotations

import re

from service.temporal.regex_parts import (
    prefix_mod,
    year_number,
)
from service.temporal.spec import (
    Spec,
)
from service.temporal.vocabulary import (
    HOLIDAY_NAME_NOUNS,
    NAMED_DAYS,
    PARTS_OF_DAY,
)


def _part_of(m: re.Match[str], spec: Spec) -> None:
    """"Christmas night": that part of the day named (TIME, e.g. 2023-12-25TNI)."""
    pod = m.groupdict().get("pod")
    if pod:
        spec.type, spec.gran, spec.part = "TIME", "time", PARTS_OF_DAY[pod.lower()]


def new_year(m: re.Match[str], text: str) -> Spec:
    """"cutting rates in the new year": the year the next (or the latest) New Year's Day
    begins; written in the second half of a year it is the coming one, in the first half
    the one just begun (the publication month moved six months on, read as its year)."""
    mod, clamp = prefix_mod(m)
    return Spec("dct", unit="month", count=6, gran="year", out="year", mod=mod, clamp=clamp)


def named_day(m: re.Match[str], text: str) -> Spec:
    year, month, day = NAMED_DAYS[m.group(0)]
    return Spec("cal", year=year, month=month, day=day, gran="day")


# an owner in front of "Independence Day" other than the United States
_FOREIGN_OWNER = re.compile(
    r"(?:\b(?:its|their)|(?<!America)(?<!U\.S\.)(?<!nation)(?<!country)['’]s)\s+\Z")


def holiday(m: re.Match[str], text: str) -> Spec | None:
    name = re.sub(r"\s+", " ", m.group("h").lower()).replace("’", "'")
    mod, clamp = prefix_mod(m)
    rel = (m.group("rel") or "").lower() or None
    year = int(m.group("year")) if m.group("year") else None
    if m.groupdict().get("yearw"):  # "Christmas of twenty twenty-two"
        year = year_number(m.group("yearw"))
        if year is None:
            return None
    if name == "independence day" and not (year or rel) and _FOREIGN_OWNER.search(
            text, max(0, m.start() - 30), m.start()):
        return None  # "Ukraine marked its Independence Day": not July 4
    if name == "spring festival" and re.search(
            r"[a-z,;]\s+[A-Z][a-z]+\s+\Z", text[max(0, m.start() - 30):m.start("h")]):
        return None  # "the Prague Spring Festival" is a music festival, not the Lunar New Year
    if not m.group("hweek") and not year:
        follower = re.match(r"[ \t]+([A-Za-z]+)", text[m.end():m.end() + 20])
        if follower and follower.group(1).lower() in HOLIDAY_NAME_NOUNS:
            return None  # "the Good Friday Agreement", "Easter Island", "a Christmas tree"
    spec = Spec("holiday", value=name, year=year, rel=rel, gran="day", mod=mod, clamp=clamp)
    if m.group("hweek"):
        # "Easter week": the week containing it; "Labor Day weekend": the weekend next to it
        unit = m.group("hweek").lower()
        spec.out, spec.gran = unit, unit
    _part_of(m, spec)
    return spec
