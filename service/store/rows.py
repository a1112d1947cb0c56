"""Between the timeline dict and the tables: rows to write, records to return.

Rows are plain dicts for bulk INSERT ... RETURNING (a long article has
thousands of expressions, events and participants; ORM objects would cost
seconds per save).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from service.store import normalise
from service.store.models import Article

log = logging.getLogger(__name__)

Row = dict[str, Any]


def article_row(
    *, owner: int | None, article: dict[str, Any], timeline: dict[str, Any], created_at: datetime
) -> Article:
    text = article["text"]
    return Article(
        id=uuid.uuid4().hex,
        owner_id=owner,
        created_at=created_at,
        dedup_key=normalise.dedup_key(owner, text, article["published"]),
        text=text,
        published=article["published"],
        title=article.get("title"),
        url=article.get("url"),
        source=article.get("source"),
        language=article.get("language"),
        characters=len(text),
        search_words=normalise.search_words(article.get("title"), text),
        document=timeline,
    )


def expression_rows(article_id: str, timeline: dict[str, Any]) -> list[Row]:
    rows = []
    for position, item in enumerate(timeline.get("expressions") or []):
        _, start, end = _interval(item)
        rows.append(
            {
                "article_id": article_id,
                "position": position,
                "start_char": item["start"],
                "end_char": item["end"],
                "text": item["text"],
                "type": item["type"],
                "value": item["value"],
                "mod": item.get("mod"),
                "granularity": item.get("granularity"),
                "interval_start": start,
                "interval_end": end,
            }
        )
    return rows


def dated_and_undated(timeline: dict[str, Any]) -> list[tuple[bool, int, dict[str, Any]]]:
    """(dated, position, event) for both lists, the order event rows are written in."""
    return [
        (dated, position, item)
        for dated, name in ((True, "events"), (False, "undated"))
        for position, item in enumerate(timeline.get(name) or [])
    ]


def event_rows(
    article_id: str, timeline: dict[str, Any], expression_ids: Sequence[int]
) -> list[Row]:
    """Event rows, each linked to the expression row equal to its ``when``, if there is one."""
    by_span: dict[tuple[Any, Any], list[tuple[dict[str, Any], int]]] = {}
    expressions = timeline.get("expressions") or []
    for item, expression_id in zip(expressions, expression_ids, strict=True):
        by_span.setdefault((item["start"], item["end"]), []).append((item, expression_id))
    rows = []
    for dated, position, item in dated_and_undated(timeline):
        when = item.get("when")
        has_interval, start, end = _interval(when)
        candidates = by_span.get((when["start"], when["end"]), []) if when else []
        rows.append(
            {
                "article_id": article_id,
                "expression_id": next((id_ for e, id_ in candidates if e == when), None),
                "key": str(item.get("id", "")),
                "dated": dated,
                "position": position,
                "trigger": (item.get("trigger") or {}).get("text"),
                "headline": item.get("headline"),
                "modality": item.get("modality"),
                "location": item.get("location"),
                "source": item.get("source"),
                "has_interval": has_interval,
                "interval_start": start,
                "interval_end": end,
            }
        )
    return rows


def participant_rows(timeline: dict[str, Any], event_ids: Sequence[int]) -> list[Row]:
    rows = []
    for (_, _, item), event_id in zip(dated_and_undated(timeline), event_ids, strict=True):
        for position, participant in enumerate(item.get("participants") or []):
            rows.append(
                {
                    "event_id": event_id,
                    "position": position,
                    "text": participant["text"],
                    "label": participant.get("label"),
                    "role": participant.get("role"),
                    "entity": participant.get("entity"),
                    "text_folded": normalise.fold(participant["text"]),
                    "entity_folded": normalise.fold(participant.get("entity")),
                }
            )
    return rows


def _interval(expression: dict[str, Any] | None) -> tuple[bool, datetime | None, datetime | None]:
    interval = (expression or {}).get("interval")
    if interval is None:
        return False, None, None
    return True, _instant(interval.get("start")), _instant(interval.get("end"))


def _instant(value: str | None) -> datetime | None:
    """An interval end; one that does not parse is stored open, so filters keep the event."""
    try:
        return normalise.parse_instant(value)
    except (TypeError, ValueError):
        log.warning("interval end %r is not ISO 8601; stored as open", value)
        return None


def record(row: Article) -> dict[str, Any]:
    """The record the API serialises: the stored article and its timeline lists, as saved."""
    document = row.document
    return {
        "id": row.id,
        "created_at": normalise.format_utc(row.created_at),
        "article": {
            "title": row.title,
            "url": row.url,
            "source": row.source,
            "published": row.published,
            "language": row.language,
            "characters": row.characters,
        },
        "text": row.text,
        "events": document.get("events", []),
        "undated": document.get("undated", []),
        "expressions": document.get("expressions", []),
    }
