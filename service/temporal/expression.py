"""The value object every layer above the tagger consumes.

Kept free of parsing logic so that events, timeline, store and API can depend on
it without pulling in the engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Interval:
    """A stretch of calendar, ``[start, end)``; ``None`` marks an open side.

    Ends are ISO 8601 dates (``2023-08-17``) or datetimes (``2023-08-17T15:00``).
    """

    start: str | None
    end: str | None

    def to_dict(self) -> dict[str, str | None]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Anchor:
    """What an expression was resolved against.

    ``kind`` is ``"published"`` (the publication date) or ``"expression"`` (an
    earlier expression of the same text; ``index`` is its position in the list
    returned by :func:`service.temporal.tag`).
    """

    kind: str
    value: str
    index: int | None = None
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "value": self.value, "index": self.index, "text": self.text}


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """One time expression found in a text, resolved to TIMEX3 and a calendar interval."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION or SET
    value: str  # TIMEX3 value: 2023-08-17, 2023-SP, P3Y, PRESENT_REF, XXXX-WXX-1 ...
    mod: str | None = None  # START, MID, END, APPROX, BEFORE, AFTER, MORE_THAN, LESS_THAN ...
    granularity: str | None = None  # time, day, week, month, season, quarter, half, year, ...
    interval: Interval | None = None
    anchor: Anchor | None = None
    duration: str | None = None  # the length of a DURATION (ISO 8601), also when anchored
    quant: str | None = None  # SET: EVERY, EACH ...
    freq: str | None = None  # SET: 1W, 2X ...
    # When this expression is one end of a range ("from 2015 to 2020", "March 3-5"):
    # the whole range, [start of the first end, end of the second end). Both ends
    # carry it, so a dashboard can draw the span from either event. Clock readings
    # are instants: "9 a.m. to 5 p.m." is [09:00, 17:00).
    range: Interval | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "granularity": self.granularity,
            "interval": self.interval.to_dict() if self.interval else None,
            "anchor": self.anchor.to_dict() if self.anchor else None,
            "duration": self.duration,
            "quant": self.quant,
            "freq": self.freq,
            "range": self.range.to_dict() if self.range else None,
        }
