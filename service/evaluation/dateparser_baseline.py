"""dateparser's ``search_dates`` as a baseline tagger, scored like ours.

search_dates returns (string, datetime) pairs without offsets; the strings
are located left to right in the text, and the datetime becomes a DATE value
at day granularity, since that is all it resolves to.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any


def search_dates_timexes(text: str, published: date | datetime) -> list[dict[str, Any]]:
    """Timex dicts (start, end, text, type, value) for what search_dates finds."""
    from dateparser.search import search_dates  # slow import, only for this baseline

    base = published if isinstance(published, datetime) else datetime.combine(
        published, datetime.min.time()
    )
    found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    timexes: list[dict[str, Any]] = []
    cursor = 0
    for string, when in found:
        start = text.find(string, cursor)
        if start < 0:
            continue
        cursor = start + len(string)
        timexes.append(
            {
                "start": start,
                "end": cursor,
                "text": string,
                "type": "DATE",
                "value": when.date().isoformat(),
            }
        )
    return timexes
