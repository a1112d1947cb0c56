"""TimeML (TempEval-3 style) over the article text.

The output must read back as ``timeline eval`` input
(:func:`service.evaluation.corpus.parse_timeml`): the character data of
``<TEXT>`` is the article text exactly, and every TIMEX3/EVENT sits on its
span.  To keep that true for any record:

* the markup is flat: a time expression overlapping an earlier one and an
  event trigger overlapping a time expression or another trigger lose their
  tag (their text stays), so tags never cross;
* ``\\r`` is written as ``&#13;`` (a parser would turn a raw CR LF into LF) and
  characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates)
  become U+FFFD, one character each, so offsets do not move.

Events get TimeML class REPORTING when the trigger is a reporting verb, else
OCCURRENCE; MAKEINSTANCE carries polarity (NEG for negated events) and the
modality for anything not asserted; each event is linked IS_INCLUDED to the
TIMEX3 of its time.
"""

from __future__ import annotations

import re
from typing import Any

from service.timeline.exports.dates import publication_day
from service.timeline.exports.record import article_title, dated_events, undated_events

_REPORTING = frozenset(
    """say says said saying tell tells told telling report reports reported reporting
    add adds added adding announce announces announced announcing state states stated
    stating claim claims claimed claiming confirm confirms confirmed confirming
    note notes noted noting write writes wrote writing cite cites cited citing
    explain explains explained explaining""".split()
)
_MODALITY_ATTRIBUTE = ("planned", "expected", "possible", "hypothetical", "reported")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTRIBUTE_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
     "\r": "&#13;", "\n": "&#10;", "\t": "&#9;"}
)  # fmt: skip
_NCNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")


def _text(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value).translate(_TEXT_ESCAPES)


def _attribute(value: Any) -> str:
    return '"' + _NOT_XML.sub("\ufffd", str(value)).translate(_ATTRIBUTE_ESCAPES) + '"'


def _tag(name: str, attributes: dict[str, Any], content: str | None = None) -> str:
    attrs = "".join(f" {key}={_attribute(value)}" for key, value in attributes.items())
    if content is None:
        return f"<{name}{attrs}/>"
    return f"<{name}{attrs}>{content}</{name}>"


def _span(part: dict[str, Any] | None, length: int) -> tuple[int, int] | None:
    """A usable ``[start, end)`` inside the text, else ``None``."""
    part = part or {}
    start, end = part.get("start"), part.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    return (start, end) if 0 <= start < end <= length else None


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < other[1] and other[0] < span[1] for other in taken)


def _timexes(record: dict[str, Any], length: int) -> dict[int, tuple[int, int]]:
    """Expression index -> span for the expressions that get a TIMEX3 (first one wins)."""
    chosen: dict[int, tuple[int, int]] = {}
    for index, expression in enumerate(record.get("expressions") or []):
        span = _span(expression, length)
        if span is not None and not _overlaps(span, list(chosen.values())):
            chosen[index] = span
    return chosen


def _timex_attributes(expression: dict[str, Any], tid: str, tids: dict[int, str]) -> dict[str, Any]:
    attributes: dict[str, Any] = {
        "tid": tid,
        "type": expression.get("type") or "DATE",
        "value": expression.get("value") or "",
    }
    if expression.get("mod"):
        attributes["mod"] = expression["mod"]
    anchor = expression.get("anchor") or {}
    anchor_tid = None
    if anchor.get("kind") == "published":
        anchor_tid = "t0"
    elif anchor.get("kind") == "expression" and isinstance(anchor.get("index"), int):
        anchor_tid = tids.get(anchor["index"])
    attributes["temporalFunction"] = "true" if anchor else "false"
    attributes["functionInDocument"] = "NONE"
    if anchor_tid:
        attributes["anchorTimeID"] = anchor_tid
    for key in ("quant", "freq"):
        if expression.get(key):
            attributes[key] = expression[key]
    return attributes


def _event_ids(events: list[dict[str, Any]]) -> list[str]:
    """TimeML eids: the event's own id when it is a fresh XML name, else e<n>."""
    ids: list[str] = []
    for number, event in enumerate(events, start=1):
        own = str(event.get("id") or "")
        ids.append(own if _NCNAME.fullmatch(own) and own not in ids else f"e{number}")
    seen: set[str] = set()
    for position, eid in enumerate(ids):  # a generated e<n> may collide with an own id
        while eid in seen:
            eid = f"{eid}_"
        ids[position] = eid
        seen.add(eid)
    return ids


def event_class(event: dict[str, Any]) -> str:
    """REPORTING for reporting verbs (TimeBank's second most common class), else OCCURRENCE.

    The pipeline does not classify events; the trigger word is enough to tell
    the one class evaluations and readers care to separate.
    """
    trigger = str((event.get("trigger") or {}).get("text") or "").lower()
    return "REPORTING" if trigger in _REPORTING else "OCCURRENCE"


def _tagged_events(
    events: list[dict[str, Any]], taken: list[tuple[int, int]], length: int
) -> list[tuple[tuple[int, int], str, dict[str, Any]]]:
    """(trigger span, eid, event) for each event that can be tagged, in text order.

    ``taken`` holds the TIMEX3 spans; a trigger overlapping one of them or an
    earlier trigger is left untagged so the markup stays flat.
    """
    eids = _event_ids(events)
    candidates = []
    for position, event in enumerate(events):
        span = _span(event.get("trigger"), length)
        if span is not None:
            candidates.append((span, eids[position], event))
    candidates.sort(key=lambda candidate: candidate[0])
    taken = list(taken)
    tagged = []
    for span, eid, event in candidates:
        if not _overlaps(span, taken):
            taken.append(span)
            tagged.append((span, eid, event))
    return tagged


def _inline(text: str, markup: list[tuple[tuple[int, int], str, dict[str, Any]]]) -> str:
    """The escaped text with each (span, tag, attributes) wrapped around its span."""
    body: list[str] = []
    cursor = 0
    for (start, end), name, attributes in sorted(markup, key=lambda item: item[0]):
        body.append(_text(text[cursor:start]))
        body.append(_tag(name, attributes, _text(text[start:end])))
        cursor = end
    body.append(_text(text[cursor:]))
    return "".join(body)


def _instance(eid: str, eiid: str, event: dict[str, Any]) -> str:
    attributes = {
        "eventID": eid,
        "eiid": eiid,
        "tense": "NONE",
        "aspect": "NONE",
        "polarity": "NEG" if event.get("modality") == "negated" else "POS",
        "pos": "UNKNOWN",
    }
    if event.get("modality") in _MODALITY_ATTRIBUTE:
        attributes["modality"] = event["modality"]
    return _tag("MAKEINSTANCE", attributes)


def _dct(record: dict[str, Any]) -> str:
    """The CREATION_TIME TIMEX3: the publication date as value, as given as text."""
    article = record.get("article") or {}
    published = str(article.get("published") or record.get("published") or "")
    day = publication_day(record)
    attributes = {
        "tid": "t0",
        "type": "DATE",
        "value": day.date().isoformat() if day else published,
        "temporalFunction": "false",
        "functionInDocument": "CREATION_TIME",
    }
    return _tag("TIMEX3", attributes, _text(published))


def to_timeml(record: dict[str, Any]) -> str:
    """The record as a TimeML document (a string starting with the XML declaration)."""
    text = str(record.get("text") or "")
    expressions = record.get("expressions") or []
    timex_spans = _timexes(record, len(text))
    tids = {index: f"t{index + 1}" for index in timex_spans}
    tid_by_span = {span: tids[index] for index, span in timex_spans.items()}
    tagged = _tagged_events(
        dated_events(record) + undated_events(record), list(timex_spans.values()), len(text)
    )

    markup = [
        (span, "TIMEX3", _timex_attributes(expressions[index], tids[index], tids))
        for index, span in timex_spans.items()
    ]
    markup += [
        (span, "EVENT", {"eid": eid, "class": event_class(event)}) for span, eid, event in tagged
    ]

    instances: list[str] = []
    links: list[str] = []
    for number, (_, eid, event) in enumerate(tagged, start=1):
        eiid = f"ei{number}"
        instances.append(_instance(eid, eiid, event))
        when = event.get("when") or {}
        tid = tid_by_span.get((when.get("start"), when.get("end")))
        if tid is not None:
            link = {
                "lid": f"l{len(links) + 1}",
                "relType": "IS_INCLUDED",
                "eventInstanceID": eiid,
                "relatedToTime": tid,
            }
            links.append(_tag("TLINK", link))

    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">',
        f"<DOCID>{_text(str(record.get('id') or ''))}</DOCID>",
        f"<DCT>{_dct(record)}</DCT>",
        f"<TITLE>{_text(article_title(record) or '')}</TITLE>",
        f"<TEXT>{_inline(text, markup)}</TEXT>",
        *instances,
        *links,
        "</TimeML>",
    ]
    return "\n".join(parts) + "\n"
