"""Fixtures for the HTTP tests: the real store on a temporary SQLite file, and a
small stand-in for the timeline builder so most tests run in milliseconds.

The stand-in returns the agreed ``Timeline.to_dict()`` shape, derived from the
text (every four-digit year is a DATE expression dating the next word, and the
capitalised words before it in its sentence are its participants), so different
articles give different timelines. ``test_reference_article.py`` and the gunicorn
test use the real builder.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

import pytest

from service.api import create_app
from service.store import Store

YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b\s*(\w*)")
NAME = re.compile(r"\b[A-Z][a-z]+\b")


class FakeTimeline:
    def __init__(self, data: dict[str, Any]):
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        return self._data


def _expression(match: re.Match[str], published: str) -> dict[str, Any]:
    year = int(match.group(1))
    return {
        "start": match.start(1),
        "end": match.end(1),
        "text": match.group(1),
        "type": "DATE",
        "value": str(year),
        "mod": None,
        "granularity": "year",
        "interval": {"start": f"{year}-01-01", "end": f"{year + 1}-01-01"},
        "anchor": {"kind": "published", "value": published, "index": None, "text": None},
        "duration": None,
        "quant": None,
        "freq": None,
        "range": None,
    }


def fake_build(text: str, published: date | datetime, *, title: str | None = None) -> FakeTimeline:
    day = published.date() if isinstance(published, datetime) else published
    published_iso = day.isoformat()
    expressions, events = [], []
    for number, match in enumerate(YEAR.finditer(text), start=1):
        expression = _expression(match, published_iso)
        expressions.append(expression)
        sentence_start = max(text.rfind(".", 0, match.start()) + 1, 0)
        sentence_end = text.find(".", match.end())
        sentence_end = len(text) if sentence_end < 0 else sentence_end + 1
        trigger = match.group(2) or match.group(1)
        trigger_start = match.start(2) if match.group(2) else match.start(1)
        participants = [
            {
                "text": name.group(),
                "label": "PERSON",
                "role": "agent",
                "entity": name.group(),
                "start": name.start(),
                "end": name.end(),
            }
            for name in NAME.finditer(text, sentence_start, match.start())
        ]
        events.append(
            {
                "id": f"e{number}",
                "when": expression,
                "trigger": {
                    "start": trigger_start,
                    "end": trigger_start + len(trigger),
                    "text": trigger,
                },
                "headline": f"{trigger} in {match.group(1)}",
                "sentence": {
                    "start": sentence_start,
                    "end": sentence_end,
                    "text": text[sentence_start:sentence_end],
                },
                "participants": participants,
                "location": None,
                "modality": "asserted",
                "source": None,
            }
        )
    events.sort(key=lambda event: (event["when"]["interval"]["start"], event["when"]["start"]))
    return FakeTimeline(
        {
            "published": published_iso,
            "title": title,
            "events": events,
            "undated": [],
            "expressions": expressions,
        }
    )


@pytest.fixture
def store(tmp_path) -> Store:
    store = Store(f"sqlite:///{tmp_path / 'timelines.db'}")
    store.upgrade()
    yield store
    store.dispose()


@pytest.fixture
def fake_builder(monkeypatch):
    """Put the stand-in in place of ``service.timeline.build``; returns it."""
    import service.timeline

    monkeypatch.setattr(service.timeline, "build", fake_build)
    return fake_build


@pytest.fixture
def app(store, fake_builder, monkeypatch):
    monkeypatch.delenv("TIMELINE_MAX_BODY_BYTES", raising=False)
    return create_app({"STORE": store, "TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


ARTICLE = {
    "text": "Kirby said Russia attacked in 2022. Moscow approached Pyongyang in 2023 again.",
    "published": "2023-08-31",
    "title": "Talks move forward",
    "url": "https://example.org/a",
    "source": "Example News",
}


@pytest.fixture
def article() -> dict[str, Any]:
    return dict(ARTICLE)
