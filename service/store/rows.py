"""Between the timeline dict and the tables: rows to write, records to return."""

from __future__ import annotations

import logging
import uuid
from datetime import datetime
from typing import Any

from service.store import normalise
from service.store.models import Article, Event, Expression, Participant

log = logging.getLogger(__name__)


def build_article(
    *, owner: int | None, article: dict[str, Any], timeline: dict[str, Any], created_at: datetime
) -> Article:
    """The article row with its expression, event and participant rows attached."""
    text = article["text"]
    row = Article(
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
    expressions = timeline.get("expressions") or []
    row.expressions = [_expression(position, item) for position, item in enumerate(expressions)]
    by_span: dict[tuple[Any, Any], list[tuple[dict[str, Any], Expression]]] = {}
    for item, expression_row in zip(expressions, row.expressions, strict=True):
        by_span.setdefault((item["start"], item["end"]), []).append((item, expression_row))
    row.events = [
        _event(position, item, dated, by_span)
        for dated, name in ((True, "events"), (False, "undated"))
        for position, item in enumerate(timeline.get(name) or [])
    ]
    return row


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


def _expression(position: int, item: dict[str, Any]) -> Expression:
    _, start, end = _interval(item)
    return Expression(
        position=position,
        start_char=item["start"],
        end_char=item["end"],
        text=item["text"],
        type=item["type"],
        value=item["value"],
        mod=item.get("mod"),
        granularity=item.get("granularity"),
        interval_start=start,
        interval_end=end,
    )


def _event(
    position: int,
    item: dict[str, Any],
    dated: bool,
    by_span: dict[tuple[Any, Any], list[tuple[dict[str, Any], Expression]]],
) -> Event:
    """The event row, linked to the expression row equal to its ``when`` if there is one."""
    when = item.get("when")
    has_interval, start, end = _interval(when)
    candidates = by_span.get((when["start"], when["end"]), []) if when else []
    linked = next((row for expression, row in candidates if expression == when), None)
    return Event(
        key=str(item.get("id", "")),
        dated=dated,
        position=position,
        expression=linked,
        trigger=(item.get("trigger") or {}).get("text"),
        headline=item.get("headline"),
        modality=item.get("modality"),
        location=item.get("location"),
        source=item.get("source"),
        has_interval=has_interval,
        interval_start=start,
        interval_end=end,
        participants=[
            _participant(index, participant)
            for index, participant in enumerate(item.get("participants") or [])
        ],
    )


def _participant(position: int, item: dict[str, Any]) -> Participant:
    return Participant(
        position=position,
        text=item["text"],
        label=item.get("label"),
        role=item.get("role"),
        entity=item.get("entity"),
        text_folded=normalise.fold(item["text"]),
        entity_folded=normalise.fold(item.get("entity")),
    )


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
