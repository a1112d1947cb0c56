"""Hand-built records in the stored-record shape, for the export tests.

Offsets are computed from the text (never typed in) so the fixtures stay
consistent when the text is edited.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

PUBLISHED = "2023-08-31"

TEXT = (
    "\n"
    "The U.S. is concerned, Reuters reported on Aug. 30, citing spokesperson John Kirby.\n"
    '"High-level discussions may continue in coming months," he added.\n'
    "North Korea provided rockets to Russia in 2022, and Moscow has been seeking arms since then.\n"
    "In the spring of 2023, Moscow reportedly approached Pyongyang.\n"
    "In the 1990s, Zürich bankers\n<quietly> met Ms. Ørsted & co.\n"
    "Kirby briefed reporters at 3 p.m. on Aug. 17, 2023.\n"
    "Over the past three years, Moscow has bought drones.\n"
    "The armistice was signed before 1953.\n"
    "Sanctions will stay until 2025.\n"
    "U.S. intelligence reported in late July that China is supplying drones.\n"
    "Kim did not visit Moscow in 2021.\n"
    "Officials have long warned Pyongyang.\n"
)


def _span(text: str, phrase: str, after: str | None = None) -> tuple[int, int]:
    base = text.index(after) if after else 0
    start = text.index(phrase, base)
    return start, start + len(phrase)


def _expression(
    phrase: str,
    type_: str,
    value: str,
    granularity: str | None,
    interval: tuple[str | None, str | None] | None,
    *,
    mod: str | None = None,
    after: str | None = None,
    anchor: dict[str, Any] | None = None,
    duration: str | None = None,
) -> dict[str, Any]:
    start, end = _span(TEXT, phrase, after)
    return {
        "start": start,
        "end": end,
        "text": phrase,
        "type": type_,
        "value": value,
        "mod": mod,
        "granularity": granularity,
        "interval": {"start": interval[0], "end": interval[1]} if interval else None,
        "anchor": anchor,
        "duration": duration,
        "quant": None,
        "freq": None,
    }


def _participant(name: str, label: str, role: str, entity: str | None = None, after=None):
    start, end = _span(TEXT, name, after)
    return {
        "text": name,
        "label": label,
        "role": role,
        "entity": entity or name,
        "start": start,
        "end": end,
    }


def _sentence_around(trigger_start: int) -> dict[str, Any]:
    """The sentence holding the trigger; sentences end with a full stop and a newline."""
    start = max(TEXT.rfind(".\n", 0, trigger_start) + 2, 1)
    end = TEXT.index(".\n", trigger_start) + 1
    return {"start": start, "end": end, "text": TEXT[start:end]}


def _event(
    eid: str,
    trigger: str,
    when: dict[str, Any],
    headline: str,
    *,
    modality: str = "asserted",
    source: str | None = None,
    participants: list[dict[str, Any]] | None = None,
    location: str | None = None,
    after: str | None = None,
) -> dict[str, Any]:
    start, end = _span(TEXT, trigger, after)
    return {
        "id": eid,
        "when": when,
        "trigger": {"start": start, "end": end, "text": trigger},
        "headline": headline,
        "sentence": _sentence_around(start),
        "participants": participants or [],
        "location": location,
        "modality": modality,
        "source": source,
    }


PUB = {"kind": "published", "value": PUBLISHED, "index": None, "text": None}

EXPRESSIONS = {
    "aug30": _expression("Aug. 30", "DATE", "2023-08-30", "day", ("2023-08-30", "2023-08-31"),
                         anchor=PUB),
    "coming": _expression("in coming months", "DATE", "FUTURE_REF", None, ("2023-08-31", None),
                          anchor=PUB),
    "y2022": _expression("2022", "DATE", "2022", "year", ("2022-01-01", "2023-01-01")),
    "since": _expression("since then", "DATE", "2022", "year", ("2022-01-01", None),
                         mod="ON_OR_AFTER",
                         anchor={"kind": "expression", "value": "2022", "index": 2,
                                 "text": "2022"}),
    "spring": _expression("the spring of 2023", "DATE", "2023-SP", "season",
                          ("2023-03-01", "2023-06-01")),
    "nineties": _expression("the 1990s", "DATE", "199", "decade", ("1990-01-01", "2000-01-01")),
    "clock": _expression("3 p.m. on Aug. 17, 2023", "TIME", "2023-08-17T15:00", "time",
                         ("2023-08-17T15:00", "2023-08-17T16:00")),
    "three_years": _expression("the past three years", "DURATION", "P3Y", "year",
                               ("2020-08-31", "2023-08-31"), anchor=PUB, duration="P3Y"),
    "before1953": _expression("before 1953", "DATE", "1953", "year", (None, "1953-01-01"),
                              mod="BEFORE"),
    "until2025": _expression("until 2025", "DATE", "2025", "year", (None, "2026-01-01"),
                             mod="ON_OR_BEFORE"),
    "late_july": _expression("late July", "DATE", "2023-07", "month",
                             ("2023-07-21", "2023-08-01"), mod="END", anchor=PUB),
    "y2021": _expression("2021", "DATE", "2021", "year", ("2021-01-01", "2022-01-01")),
    "long": _expression("long", "DATE", "PAST_REF", None, None, anchor=PUB),
}  # fmt: skip


def _events() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    x = EXPRESSIONS
    kirby = _participant("John Kirby", "PERSON", "other")
    events = [
        _event("e8", "signed", x["before1953"], "The armistice was signed"),
        _event("e5", "met", x["nineties"], "Zürich bankers met Ms. Ørsted",
               participants=[_participant("Ms. Ørsted", "PERSON", "patient", "Ørsted")],
               location="Zürich"),
        _event("e6", "bought", x["three_years"], "Moscow bought drones",
               participants=[_participant("Moscow", "GPE", "agent", after="past three")]),
        _event("e10", "visit", x["y2021"], "Kim did not visit Moscow", modality="negated",
               participants=[_participant("Kim", "PERSON", "agent", "Kim Jong Un")]),
        _event("e3", "provided", x["y2022"], "North Korea provided rockets to Russia",
               participants=[_participant("North Korea", "GPE", "agent"),
                             _participant("Russia", "GPE", "patient")]),
        _event("e4", "seeking", x["since"], "Moscow has been seeking arms",
               participants=[_participant("Moscow", "GPE", "agent")]),
        _event("e11", "approached", x["spring"], "Moscow approached Pyongyang",
               modality="reported", source="U.S. intelligence",
               participants=[_participant("Moscow", "GPE", "agent", after="spring"),
                             _participant("Pyongyang", "GPE", "patient")]),
        _event("e9", "reported", x["late_july"], "U.S. intelligence reported China drones",
               participants=[_participant("China", "GPE", "agent")], after="Sanctions"),
        _event("e7", "briefed", x["clock"], "Kirby briefed reporters",
               participants=[_participant("Kirby", "PERSON", "agent", "John Kirby",
                                          after="Ørsted")]),
        _event("e1", "reported", x["aug30"], "Reuters reported Kirby's remarks",
               participants=[_participant("Reuters", "ORG", "agent"), kirby]),
        _event("e2", "continue", x["coming"], "High-level discussions may continue",
               modality="possible"),
        _event("e12", "stay", x["until2025"], "Sanctions will stay", modality="planned"),
    ]  # fmt: skip
    undated = [
        _event("e13", "warned", x["long"], "Officials warned Pyongyang",
               participants=[_participant("Pyongyang", "GPE", "patient", after="warned")]),
    ]  # fmt: skip
    return events, undated


def build_record() -> dict[str, Any]:
    events, undated = _events()
    expressions = sorted(EXPRESSIONS.values(), key=lambda e: e["start"])
    return {
        "id": "3f6c2a9b8d7e4f01a2b3c4d5e6f70819",
        "created_at": "2023-09-01T08:00:00Z",
        "published": PUBLISHED,
        "title": 'Russia & North Korea: "talks" <advance>',
        "article": {
            "title": 'Russia & North Korea: "talks" <advance>',
            "url": "https://kyivindependent.com/white-house-russia-north-korea/",
            "source": "Kyiv Independent",
            "published": PUBLISHED,
            "language": "en",
            "characters": len(TEXT),
        },
        "text": TEXT,
        "events": events,
        "undated": undated,
        "expressions": copy.deepcopy(expressions),
    }


@pytest.fixture
def export_record() -> dict[str, Any]:
    """A realistic record: DATE/TIME/DURATION events, open ends, mods, a season, a decade."""
    return build_record()


@pytest.fixture
def single_event_record() -> Callable[..., dict[str, Any]]:
    """A record with one event whose ``when`` (and other fields) the test chooses."""

    def make(
        value: str,
        interval: tuple[str | None, str | None] | None,
        *,
        granularity: str | None = None,
        type_: str = "DATE",
        mod: str | None = None,
        published: str = PUBLISHED,
        **event_fields: Any,
    ) -> dict[str, Any]:
        text = "It happened then."
        when = {
            "start": 11,
            "end": 15,
            "text": "then",
            "type": type_,
            "value": value,
            "mod": mod,
            "granularity": granularity,
            "interval": {"start": interval[0], "end": interval[1]} if interval else None,
            "anchor": None,
            "duration": None,
            "quant": None,
            "freq": None,
        }
        event = {
            "id": "e1",
            "when": when,
            "trigger": {"start": 3, "end": 11, "text": "happened"},
            "headline": "It happened",
            "sentence": {"start": 0, "end": len(text), "text": text},
            "participants": [],
            "location": None,
            "modality": "asserted",
            "source": None,
        }
        event.update(event_fields)
        return {
            "id": "r1",
            "created_at": "2023-09-01T08:00:00Z",
            "article": {"title": None, "url": None, "source": None, "published": published,
                        "language": "en", "characters": len(text)},
            "text": text,
            "events": [event],
            "undated": [],
            "expressions": [when],
        }  # fmt: skip

    return make
