"""Reading the parts of a stored record that every export needs.

A record is the timeline dict plus ``id``, ``created_at``, ``text`` and
``article`` (see the store interface).  Exports must not fail on a record from
an older or partial pipeline, so missing keys read as empty here, once.
"""

from __future__ import annotations

from typing import Any


def dated_events(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Events with a place in time, in the timeline's order."""
    return list(record.get("events") or [])


def drawn_events(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Dated events as a dashboard draws them: the two ends of a range that date the same
    word ("served as mayor from 2010 to 2018") are one bar over the whole range, worded
    by its interval, instead of a point at each end."""
    ends: dict[tuple, list[dict[str, Any]]] = {}
    for event in dated_events(record):
        key = _range_key(event)
        if key is not None:
            ends.setdefault(key, []).append(event.get("when") or {})
    text = record.get("text")
    drawn = []
    for event in dated_events(record):
        key = _range_key(event)
        if key is None or len(ends.get(key, ())) < 2:
            if key is None or key in ends:  # a range end no other end of it shares a word
                drawn.append(event)
            continue
        whens = ends.pop(key)
        when = dict(whens[0])
        first = min(w.get("start", 0) for w in whens)
        last = max(w.get("end", 0) for w in whens)
        if isinstance(text, str) and 0 <= first < last <= len(text):
            when["text"] = text[first:last]
        when.update(value=None, mod=None, interval=dict(when["range"]))
        drawn.append({**event, "when": when})
    return drawn


def _range_key(event: dict[str, Any]) -> tuple | None:
    span = (event.get("when") or {}).get("range") or {}
    if not span.get("start") or not span.get("end"):
        return None
    return (event.get("trigger") or {}).get("start"), span["start"], span["end"]


def undated_events(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Events whose time is only vague (PAST_REF ... without bound), in text order."""
    return list(record.get("undated") or [])


def article_title(record: dict[str, Any]) -> str | None:
    article = record.get("article") or {}
    return article.get("title") or record.get("title")


def participant_names(event: dict[str, Any]) -> list[str]:
    """Canonical participant names, each once, in the event's order.

    The canonical ``entity`` is preferred so that "Kirby" and "John Kirby" tag
    the same person across events.
    """
    names: list[str] = []
    for participant in event.get("participants") or []:
        name = participant.get("entity") or participant.get("text")
        if name and name not in names:
            names.append(name)
    return names


def span_text(part: dict[str, Any] | None) -> str:
    """The ``text`` of a trigger/sentence/when dict, empty when absent."""
    return str((part or {}).get("text") or "")


def headline(event: dict[str, Any]) -> str:
    """The event's headline, falling back to its trigger word."""
    return str(event.get("headline") or span_text(event.get("trigger")))


def display_headline(event: dict[str, Any]) -> str:
    """The headline as a title: first letter capitalised ("the U.S. sanctioned ..." reads
    as a fragment on a slide), unless the word is styled like "iPhone"."""
    text = headline(event)
    if text[:1].islower() and not text[1:2].isupper():
        return text[0].upper() + text[1:]
    return text
