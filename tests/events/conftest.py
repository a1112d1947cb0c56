"""Linking hand-placed time expressions, so event tests do not depend on the tagger."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from service.events import Event, link
from service.temporal.expression import Interval, TimeExpression

PUBLISHED = date(2023, 8, 31)


def expression(text: str, phrase: str, value: str = "2023-08-28", *, after: str = "",
               type_: str = "DATE", interval: Interval | None = None) -> TimeExpression:
    """A time expression over the first ``phrase`` of ``text`` (after ``after``)."""
    start = text.index(phrase, text.index(after) if after else 0)
    return TimeExpression(start, start + len(phrase), phrase, type_, value, interval=interval)


@pytest.fixture
def event_at() -> Callable[..., Event]:
    """The event linked first to ``phrase`` in ``text`` (the one the parse attaches it to)."""

    def run(text: str, phrase: str, **kwargs) -> Event:
        events = link(text, [expression(text, phrase, **kwargs)], PUBLISHED)
        assert events
        return events[0]

    return run


@pytest.fixture
def events_at() -> Callable[..., list[Event]]:
    """Every event linked to ``phrase`` in ``text``, the first one first."""

    def run(text: str, phrase: str, **kwargs) -> list[Event]:
        return link(text, [expression(text, phrase, **kwargs)], PUBLISHED)

    return run
