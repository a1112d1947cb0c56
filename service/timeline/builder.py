"""Text in, timeline out: the function the API and the CLI call."""

from __future__ import annotations

from datetime import date, datetime

from service.events import link, load_model
from service.temporal import coerce_published, tag
from service.timeline.timeline import Timeline, assemble, placeable


def build(text: str, published: date | datetime, *, title: str | None = None) -> Timeline:
    """Tag the time expressions of ``text``, link each to its event, order them.

    Only expressions that can be placed on a timeline are linked: parsing the
    sentences of "every Monday" or "for ten days" would cost time for events
    the timeline then drops.
    """
    published = coerce_published(published)
    expressions = tag(text, published)
    events = link(text, [x for x in expressions if placeable(x)], published)
    return assemble(events, expressions, published, title)


def warm_up() -> None:
    """Load the spaCy model now (the API calls this before gunicorn forks)."""
    load_model()
