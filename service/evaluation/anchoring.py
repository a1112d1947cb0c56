"""Anchoring accuracy: is each time expression linked to the event it dates?

Scored on a TimeML corpus in the jsonl shape of ``corpora/README.md``: every
gold TLINK between an EVENT and a TIMEX3 of the same sentence whose relType
puts the event at that time (IS_INCLUDED, INCLUDES, DURING, SIMULTANEOUS,
BEGINS, ENDS, BEGUN_BY, ENDED_BY; either direction) is one trial; it
succeeds when the event we attach to that time expression has the gold
event's trigger span (overlap).  Two variants:

* ``anchoring_accuracy``: expressions from our tagger, paired with the gold
  timex by span overlap; a gold timex the tagger missed counts as wrong;
* ``anchoring_accuracy_gold_timexes``: the gold timexes fed to
  :func:`service.events.link`, which scores linking alone.

A timex with two gold events can be right for at most one of them (we
attach one event per expression); ``ceiling`` is that bound, and
``anchoring_accuracy_per_timex_gold_timexes`` counts a linked gold timex as
right when its event is any of its gold events.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from datetime import date

from service.events import Event, link
from service.events.sentences import split
from service.temporal import TimeExpression, tag

ANCHORING_RELATIONS = frozenset(
    {"IS_INCLUDED", "INCLUDES", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS", "BEGUN_BY",
     "ENDED_BY"}
)
DATED_TYPES = frozenset({"DATE", "TIME"})

Tagger = Callable[[str, date], list[TimeExpression]]


def evaluate(documents: Iterable[dict], *, tagger: Tagger = tag) -> dict:
    """Score anchoring on ``documents`` (dicts with text, dct, timexes, events, tlinks)."""
    totals = {"gold": 0, "gold_right": 0, "own": 0, "own_right": 0,
              "dated": 0, "dated_gold_covered": 0, "dated_own_covered": 0, "ceiling": 0,
              "documents": 0, "timexes": 0, "timexes_right": 0, "timexes_own_right": 0}
    for document in documents:
        _score_document(document, tagger, totals)
    links = totals["gold"]
    return {
        "documents": totals["documents"],
        "gold_links": links,
        "anchoring_accuracy": _share(totals["own_right"], links),
        "anchoring_accuracy_gold_timexes": _share(totals["gold_right"], links),
        "ceiling": _share(totals["ceiling"], links),
        "linked_timexes": totals["timexes"],
        "anchoring_accuracy_per_timex": _share(totals["timexes_own_right"], totals["timexes"]),
        "anchoring_accuracy_per_timex_gold_timexes": _share(totals["timexes_right"],
                                                            totals["timexes"]),
        "dated_timexes": totals["dated"],
        "timex_event_coverage": _share(totals["dated_gold_covered"], totals["dated"]),
        "timex_event_coverage_tagger": _share(totals["dated_own_covered"], totals["dated"]),
    }


def anchoring_links(document: dict) -> list[tuple[dict, dict]]:
    """(gold event, gold timex) pairs of the same sentence that date the event."""
    events = {e["eid"]: e for e in document.get("events", [])}
    timexes = {t["tid"]: t for t in document.get("timexes", [])}
    sentence_starts = [s for s, _ in split(document["text"])]
    pairs: dict[tuple[str, str], tuple[dict, dict]] = {}
    for tlink in document.get("tlinks", []):
        if tlink.get("relType") not in ANCHORING_RELATIONS:
            continue
        event_id = tlink.get("eventID") or tlink.get("relatedToEvent")
        time_id = tlink.get("timeID") or tlink.get("relatedToTime")
        if event_id not in events or time_id not in timexes:
            continue
        event, timex = events[event_id], timexes[time_id]
        if _sentence(sentence_starts, event["start"]) == _sentence(sentence_starts,
                                                                   timex["start"]):
            pairs[(event_id, time_id)] = (event, timex)
    return list(pairs.values())


def gold_expressions(document: dict) -> list[TimeExpression]:
    return [
        TimeExpression(t["start"], t["end"], t["text"], t["type"], t["value"], t.get("mod"))
        for t in document.get("timexes", [])
    ]


def _score_document(document: dict, tagger: Tagger, totals: dict) -> None:
    text = document["text"]
    published = date.fromisoformat(document["dct"][:10])
    totals["documents"] += 1
    gold = gold_expressions(document)
    by_gold_span = _events_by_span(link(text, gold, published))
    ours = tagger(text, published)
    our_events = _events_by_span(link(text, ours, published))
    links = anchoring_links(document)
    linked_timexes: set[str] = set()
    right_timexes: set[str] = set()
    own_right_timexes: set[str] = set()
    for event, timex in links:
        totals["gold"] += 1
        if timex["tid"] not in linked_timexes:
            totals["ceiling"] += 1
            linked_timexes.add(timex["tid"])
        mine = by_gold_span.get((timex["start"], timex["end"]))
        if mine is not None and _overlaps(mine.trigger.start, mine.trigger.end, event):
            totals["gold_right"] += 1
            right_timexes.add(timex["tid"])
        found = _best_overlap(ours, timex)
        mine = our_events.get((found.start, found.end)) if found is not None else None
        if mine is not None and _overlaps(mine.trigger.start, mine.trigger.end, event):
            totals["own_right"] += 1
            own_right_timexes.add(timex["tid"])
    totals["timexes"] += len(linked_timexes)
    totals["timexes_right"] += len(right_timexes)
    totals["timexes_own_right"] += len(own_right_timexes)
    for timex in document.get("timexes", []):
        if timex["type"] not in DATED_TYPES:
            continue
        totals["dated"] += 1
        if (timex["start"], timex["end"]) in by_gold_span:
            totals["dated_gold_covered"] += 1
        found = _best_overlap(ours, timex)
        if found is not None and (found.start, found.end) in our_events:
            totals["dated_own_covered"] += 1


def _events_by_span(events: list[Event]) -> dict[tuple[int, int], Event]:
    return {(e.when.start, e.when.end): e for e in events}


def _best_overlap(expressions: list[TimeExpression], timex: dict) -> TimeExpression | None:
    best, best_size = None, 0
    for expression in expressions:
        size = min(expression.end, timex["end"]) - max(expression.start, timex["start"])
        if size > best_size:
            best, best_size = expression, size
    return best


def _overlaps(start: int, end: int, span: dict) -> bool:
    return start < span["end"] and span["start"] < end


def _sentence(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset)


def _share(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 2) if whole else 0.0
