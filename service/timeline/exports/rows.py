"""Flat rows with epoch milliseconds: Grafana Infinity annotations, vis-timeline items.

Grafana's Infinity datasource reads ``time``/``timeEnd``/``title``/``text``/
``tags`` as annotations as they are; vis-timeline wants ``start``/``end``/
``content`` and gets them by a rename.  An open side takes the publication
date and the row is tagged ``open-start``/``open-end`` so a dashboard can draw
it differently; when the publication date lies on the wrong side of the known
end the row is a point (``time == timeEnd``) at that end.  Undated events have
no time and are left out.
"""

from __future__ import annotations

from typing import Any

from service.timeline.exports.dates import epoch_ms, event_span, publication_day
from service.timeline.exports.record import (
    display_headline,
    drawn_events,
    participant_names,
    span_text,
)


def to_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per dated event, ordered by start time (ties keep timeline order)."""
    published = publication_day(record)
    rows = []
    for event in drawn_events(record):
        when = event.get("when") or {}
        span = event_span(when, published)
        if span is None:
            continue
        start = span.end if span.point_at_end else span.start
        rows.append(
            {
                "id": event.get("id"),
                "time": epoch_ms(start),
                "timeEnd": epoch_ms(span.end if span.end > start else start),
                "title": display_headline(event),
                "text": span_text(event.get("sentence")),
                "tags": _tags(event, span.open_start, span.open_end),
                "value": when.get("value"),
                "mod": when.get("mod"),
                "granularity": when.get("granularity"),
            }
        )
    rows.sort(key=lambda row: (row["time"], row["timeEnd"]))
    return rows


def _tags(event: dict[str, Any], open_start: bool, open_end: bool) -> list[str]:
    when = event.get("when") or {}
    candidates = [event.get("modality"), when.get("type"), when.get("granularity")]
    candidates += participant_names(event)
    candidates += ["open-start" if open_start else None, "open-end" if open_end else None]
    tags: list[str] = []
    for tag in candidates:
        if tag and str(tag) not in tags:
            tags.append(str(tag))
    return tags
