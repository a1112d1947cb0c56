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
