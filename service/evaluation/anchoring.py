"""Anchoring accuracy: is each time expression linked to the event it dates?

Scored on a TimeML corpus in the jsonl shape of ``corpora/README.md``: every
gold TLINK between an EVENT and a TIMEX3 of the same sentence whose relType
puts the event at that time (IS_INCLUDED, INCLUDES, DURING, SIMULTANEOUS,
BEGINS, ENDS, BEGUN_BY, ENDED_BY; either direction) is one trial; it
succeeds when one of the events we attach to that time expression has the
gold event's trigger span (overlap).  Two variants:

* ``anchoring_accuracy``: expressions from our tagger, paired with the gold
  timex by span overlap; a gold timex the tagger missed counts as wrong;
* ``anchoring_accuracy_gold_timexes``: the gold timexes fed to
  :func:`service.events.link`, which scores linking alone.

Since an expression may date several events, accuracy alone would reward
attaching everything: ``anchoring_precision`` (and ``..._gold_timexes``) is
the share of the (expression, trigger) pairs we attach to gold-linked
timexes whose trigger is a gold-linked event of that timex.  TimeBank does
not link every event a time dates, so precision is a lower bound.
``ceiling`` is the best a linker attaching one event per expression could
score, kept for comparison; ``anchoring_accuracy_per_timex...`` counts a
linked gold timex as right when any of its attached events is one of its
gold events.
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
Linker = Callable[[str, list[TimeExpression], date], list[Event]]
# Totals each variant adds to: links right, timexes right, pairs, pairs right.
_GOLD_TIMEX_KEYS = ("gold_right", "timexes_right", "pairs", "pairs_right")
_TAGGER_KEYS = ("own_right", "timexes_own_right", "own_pairs", "own_pairs_right")


def evaluate(
    documents: Iterable[dict], *, tagger: Tagger = tag, linker: Linker = link
) -> dict:
    """Score anchoring on ``documents`` (dicts with text, dct, timexes, events, tlinks)."""
    totals = {"gold": 0, "gold_right": 0, "own_right": 0,
              "pairs": 0, "pairs_right": 0, "own_pairs": 0, "own_pairs_right": 0,
              "dated": 0, "dated_gold_covered": 0, "dated_own_covered": 0, "ceiling": 0,
              "documents": 0, "timexes": 0, "timexes_right": 0, "timexes_own_right": 0}
    for document in documents:
        _score_document(document, tagger, linker, totals)
    links = totals["gold"]
    return {
        "documents": totals["documents"],
        "gold_links": links,
        "anchoring_accuracy": _share(totals["own_right"], links),
        "anchoring_accuracy_gold_timexes": _share(totals["gold_right"], links),
        "anchoring_precision": _share(totals["own_pairs_right"], totals["own_pairs"]),
        "anchoring_precision_gold_timexes": _share(totals["pairs_right"], totals["pairs"]),
        "attached_events_gold_timexes": totals["pairs"],
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


def _score_document(document: dict, tagger: Tagger, linker: Linker, totals: dict) -> None:
    text = document["text"]
    published = date.fromisoformat(document["dct"][:10])
    totals["documents"] += 1
    gold = gold_expressions(document)
    by_gold_span = _events_by_span(linker(text, gold, published))
    ours = tagger(text, published)
    our_events = _events_by_span(linker(text, ours, published))
    gold_events: dict[str, list[dict]] = {}
    timexes: dict[str, dict] = {}
    for event, timex in anchoring_links(document):
        gold_events.setdefault(timex["tid"], []).append(event)
        timexes[timex["tid"]] = timex
    totals["gold"] += sum(len(events) for events in gold_events.values())
    totals["ceiling"] += len(gold_events)
    totals["timexes"] += len(gold_events)
    for tid, events in gold_events.items():
        timex = timexes[tid]
        mine = by_gold_span.get((timex["start"], timex["end"]), [])
        found = _best_overlap(ours, timex)
        own = our_events.get((found.start, found.end), []) if found is not None else []
        for attached, keys in ((mine, _GOLD_TIMEX_KEYS), (own, _TAGGER_KEYS)):
            right, pairs, pairs_right = _score_timex(attached, events)
            totals[keys[0]] += right
            totals[keys[1]] += right > 0
            totals[keys[2]] += pairs
            totals[keys[3]] += pairs_right
    for timex in document.get("timexes", []):
        if timex["type"] not in DATED_TYPES:
            continue
        totals["dated"] += 1
        if (timex["start"], timex["end"]) in by_gold_span:
            totals["dated_gold_covered"] += 1
        found = _best_overlap(ours, timex)
        if found is not None and (found.start, found.end) in our_events:
            totals["dated_own_covered"] += 1


def _score_timex(attached: list[Event], events: list[dict]) -> tuple[int, int, int]:
    """(gold links right, pairs attached, pairs whose trigger is a gold-linked event)."""
    right = sum(any(_hits(mine, event) for mine in attached) for event in events)
    pairs_right = sum(any(_hits(mine, event) for event in events) for mine in attached)
    return right, len(attached), pairs_right


def _events_by_span(events: list[Event]) -> dict[tuple[int, int], list[Event]]:
    """The events attached to each expression, keyed by its span."""
    by_span: dict[tuple[int, int], list[Event]] = {}
    for event in events:
        by_span.setdefault((event.when.start, event.when.end), []).append(event)
    return by_span


def _hits(event: Event, gold_event: dict) -> bool:
    return _overlaps(event.trigger.start, event.trigger.end, gold_event)


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
