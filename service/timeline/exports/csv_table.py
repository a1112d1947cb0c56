"""CSV (RFC 4180) for spreadsheets: one line per event, dated first, then undated.

Undated events are kept (with empty start/end) because a spreadsheet is read
as the complete list.  ``start``/``end`` are the interval exactly as in the
JSON (ISO, end exclusive, empty when open).  Cells that a spreadsheet would
run as a formula are defused with a leading apostrophe (OWASP's advice), which
is the one place the CSV does not carry the text byte for byte.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from service.timeline.exports.record import (
    dated_events,
    headline,
    participant_names,
    span_text,
    undated_events,
)

COLUMNS = (
    "id",
    "start",
    "end",
    "value",
    "mod",
    "granularity",
    "type",
    "when_text",
    "trigger",
    "headline",
    "modality",
    "source",
    "participants",
    "location",
    "sentence",
)

# Leading characters that make Excel, LibreOffice or Google Sheets evaluate a
# cell (tab and carriage return included: some of them strip those first).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def to_csv(record: dict[str, Any]) -> str:
    """The events as CSV text with a header row and CRLF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for event in dated_events(record) + undated_events(record):
        row = _row(event)
        writer.writerow([defuse(row[column]) for column in COLUMNS])
    return buffer.getvalue()


def defuse(cell: Any) -> str:
    """The cell as text, with an apostrophe in front if it would start a formula."""
    text = "" if cell is None else str(cell)
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def _row(event: dict[str, Any]) -> dict[str, Any]:
    when = event.get("when") or {}
    interval = when.get("interval") or {}
    return {
        "id": event.get("id"),
        "start": interval.get("start"),
        "end": interval.get("end"),
        "value": when.get("value"),
        "mod": when.get("mod"),
        "granularity": when.get("granularity"),
        "type": when.get("type"),
        "when_text": when.get("text"),
        "trigger": span_text(event.get("trigger")),
        "headline": headline(event),
        "modality": event.get("modality"),
        "source": event.get("source"),
        "participants": "; ".join(participant_names(event)),
        "location": event.get("location"),
        "sentence": span_text(event.get("sentence")),
    }
