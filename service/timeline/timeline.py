"""A dated list of events: ordering, the undated rest, and duplicate merging."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from service.events.event import Event
from service.temporal.expression import TimeExpression

VAGUE_VALUES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})


@dataclass(frozen=True, slots=True)
class Timeline:
    """The events of one article, as the API returns them."""

    published: date | datetime
    title: str | None
    events: tuple[Event, ...]
    undated: tuple[Event, ...]
    expressions: tuple[TimeExpression, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        numbered = iter(range(1, len(self.events) + len(self.undated) + 1))
        return {
            "published": self.published.isoformat(),
            "title": self.title,
            "events": [e.to_dict(f"e{next(numbered)}") for e in self.events],
            "undated": [e.to_dict(f"e{next(numbered)}") for e in self.undated],
            "expressions": [x.to_dict() for x in self.expressions],
        }


def assemble(
    events: list[Event],
    expressions: list[TimeExpression],
    published: date | datetime,
    title: str | None = None,
) -> Timeline:
    """Drop what cannot be placed, merge duplicates, sort the dated, keep the vague apart.

    Set expressions ("every Monday") and durations without an anchor ("for ten
    days") say how often or how long, not when: their events are left out.
    Vague references (PAST_REF, PRESENT_REF, FUTURE_REF) whose interval is
    bounded only by the publication date, and expressions that could not be
    resolved to an interval, go to ``undated``.
    """
    dated: list[Event] = []
    undated: list[Event] = []
    seen: set[tuple[str, str, str | None, tuple[str | None, str | None]]] = set()
    for event in sorted(events, key=lambda e: (e.trigger.start, e.when.start)):
        when = event.when
        if not placeable(when):
            continue
        key = (event.trigger.text.lower(), when.value, when.mod, _bounds(when))
        if key in seen:
            continue  # "the same trigger and time twice in one article"
        seen.add(key)
        (undated if is_vague(when, published) else dated).append(event)
    dated.sort(key=_order)
    undated.sort(key=lambda e: (e.when.start, e.trigger.start))
    return Timeline(
        published=published,
        title=title,
        events=tuple(dated),
        undated=tuple(undated),
        expressions=tuple(sorted(expressions, key=lambda x: (x.start, x.end))),
    )


def placeable(when: TimeExpression) -> bool:
    """Whether an expression says *when* (not how often, nor only how long)."""
    return when.type != "SET" and not (when.type == "DURATION" and when.interval is None)


def is_vague(when: TimeExpression, published: date | datetime) -> bool:
    """No calendar bound beyond the publication date (or no interval at all)."""
    if when.interval is None:
        return True
    if when.value not in VAGUE_VALUES:
        return when.interval.start is None and when.interval.end is None
    anchor = published.isoformat()[:10]
    return all(side is None or side[:10] == anchor for side in _bounds(when))


def _bounds(when: TimeExpression) -> tuple[str | None, str | None]:
    if when.interval is None:
        return (None, None)
    return (when.interval.start, when.interval.end)


def _order(event: Event) -> tuple[str, str, int, int]:
    start, end = _bounds(event.when)
    # Open starts sort first, open ends last; ISO strings order chronologically.
    return (start or "", end or "\uffff", event.when.start, event.trigger.start)
