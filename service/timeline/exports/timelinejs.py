"""Knight Lab TimelineJS3 JSON.

Choices a reader of the slides would otherwise have to guess:

* ``group`` is the event's modality ("Asserted", "Reported", "Planned" ...).
  It gives a handful of stable rows that separate what happened from what was
  only reported or expected; participants would give one row per name.
* Undated events (vague PAST_REF/FUTURE_REF without a bound) are left out:
  TimelineJS needs a start date and any date we invented would mislead.
* Dates carry only the parts the interval supports: a year-long event has a
  year, spring a year and months, a day a day, a TIME value hour and minute.
  ``end_date`` is the inclusive last unit (TimelineJS ends are inclusive, the
  timeline's are exclusive).  An open side takes the publication date, as in
  the other exports; an open start after publication becomes a point.
* TimelineJS renders ``text`` fields as HTML, so all article text is escaped
  and only http(s) links are emitted.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from service.timeline.exports.dates import components, event_span, publication_day
from service.timeline.exports.record import (
    article_title,
    display_headline,
    drawn_events,
    participant_names,
    span_text,
)
from service.timeline.exports.wording import day_words, display_date

_MODALITY_NOTES = {
    "reported": "Reported",
    "planned": "Planned",
    "expected": "Expected",
    "possible": "Possible",
    "negated": "Negated: did not happen",
    "hypothetical": "Hypothetical",
}


def _escape(text: str) -> str:
    """Escape for HTML element content (quotes are harmless there and stay readable)."""
    return html.escape(text, quote=False)


def to_timelinejs(record: dict[str, Any]) -> dict[str, Any]:
    """The timeline as a TimelineJS3 document (title slide + one slide per dated event)."""
    published = publication_day(record)
    events = []
    for event in drawn_events(record):
        slide = _slide(event, published)
        if slide is not None:
            events.append(slide)
    return {
        "title": {"text": {"headline": _title_headline(record), "text": _title_text(record)}},
        "events": events,
    }


def _slide(event: dict[str, Any], published: datetime | None) -> dict[str, Any] | None:
    when = event.get("when") or {}
    span = event_span(when, published)
    if span is None:
        return None
    slide: dict[str, Any] = {
        "start_date": components(span.first, span.unit),
        "end_date": components(span.last, span.unit),
        "display_date": display_date(when, published),
        "text": {"headline": _escape(display_headline(event)), "text": _event_text(event)},
        "group": group(event),
        "unique_id": str(event.get("id")),
    }
    return slide


def group(event: dict[str, Any]) -> str:
    """The TimelineJS row of an event: its modality, capitalised."""
    return str(event.get("modality") or "asserted").capitalize()


def _event_text(event: dict[str, Any]) -> str:
    notes = []
    modality = event.get("modality")
    if modality in _MODALITY_NOTES:
        note = _MODALITY_NOTES[modality]
        if modality == "reported" and event.get("source"):
            note = f"Reported by {event['source']}"
        notes.append(note)
    names = participant_names(event)
    if names:
        notes.append("Participants: " + ", ".join(names))
    if event.get("location"):
        notes.append(f"Location: {event['location']}")
    when_text = span_text(event.get("when"))
    if when_text:
        notes.append(f"Time: “{when_text}”")
    sentence = span_text(event.get("sentence"))
    body = f"<p>{_escape(sentence)}</p>" if sentence else ""
    if notes:
        body += f"<p><small>{_escape(' · '.join(notes))}</small></p>"
    return body


def _title_headline(record: dict[str, Any]) -> str:
    return _escape(article_title(record) or "Timeline")


def _title_text(record: dict[str, Any]) -> str:
    article = record.get("article") or {}
    parts = []
    published = publication_day(record)
    if published is not None:
        parts.append(_escape(f"Published {day_words(published)}"))
    if article.get("source"):
        parts.append(_escape(str(article["source"])))
    url = str(article.get("url") or "")
    if url.lower().startswith(("http://", "https://")):
        parts.append(f'<a href="{html.escape(url)}">{_escape(url)}</a>')
    return " · ".join(parts)
