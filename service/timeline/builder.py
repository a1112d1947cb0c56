"""Text in, timeline out: the function the API and the CLI call."""

from __future__ import annotations

from datetime import date, datetime

from service.events import link, load_model
from service.temporal import coerce_published, tag
from service.timeline.timeline import Timeline, assemble, placeable

# Linking costs a few milliseconds per expression; the longest real articles hold
# hundreds (200,000 characters of news: about 700). Past this many, the rest are
# listed in ``expressions`` without events, so that a text made of nothing but
# dates (20,000 in 200,000 characters) still answers in seconds.
MAX_LINKED = 2000


def build(text: str, published: date | datetime, *, title: str | None = None) -> Timeline:
    """Tag the time expressions of ``text``, link each to its event, order them.

    Only expressions that can be placed on a timeline are linked: parsing the
    sentences of "every Monday" or "for ten days" would cost time for events
    the timeline then drops.  At most ``MAX_LINKED`` expressions, the first in
    the text, get events.
    """
    published = coerce_published(published)
    expressions = tag(text, published)
    events = link(text, [x for x in expressions if placeable(x)][:MAX_LINKED], published)
    return assemble(events, expressions, published, title)


def warm_up() -> None:
    """Load the spaCy model now (the API calls this before gunicorn forks)."""
    load_model()
