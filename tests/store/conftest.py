"""Store fixtures: every test runs on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.

PostgreSQL tests run in schemas of their own (through the connection's
search_path), dropped afterwards, so concurrent runs never see each other's
rows: one migrated schema per session whose tables each test empties first,
and a new empty schema for each migration test.
"""

from __future__ import annotations

import copy
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import text

from service.store import Store
from service.store.engine import make_engine, resolve_url
from service.store.models import Base

BACKENDS = ["sqlite", "postgresql"]


def _postgres_base_url() -> str:
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        pytest.skip("TEST_DATABASE_URL is not set")
    return base


@contextmanager
def _postgres_schema(base: str) -> Iterator[str]:
    """A URL whose connections live in a new, empty schema, dropped on exit."""
    schema = f"store_test_{uuid.uuid4().hex[:16]}"
    admin = make_engine(resolve_url(base))
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = resolve_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def fresh_database_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """An empty database, not migrated yet (for migration tests)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/timelines.db"
        return
    with _postgres_schema(_postgres_base_url()) as url:
        yield url


@pytest.fixture(scope="session")
def _shared_postgres_url() -> Iterator[str]:
    """One migrated PostgreSQL schema for the session; tests empty its tables first."""
    with _postgres_schema(_postgres_base_url()) as url:
        store = Store(url)
        store.upgrade()
        store.dispose()
        yield url


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """A migrated, empty database."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path}/timelines.db"
        store = Store(url)
        store.upgrade()
        store.dispose()
        yield url
        return
    url = request.getfixturevalue("_shared_postgres_url")
    engine = make_engine(resolve_url(url))
    with engine.begin() as connection:  # DELETE: much faster than TRUNCATE on small tables
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())
    engine.dispose()
    yield url


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    store = Store(database_url)
    yield store
    store.dispose()


def expression(
    start: int,
    text_: str,
    value: str,
    interval: tuple[str | None, str | None] | None,
    *,
    type_: str = "DATE",
    mod: str | None = None,
    granularity: str | None = "day",
    anchor: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A TimeExpression.to_dict() as the temporal layer emits it."""
    return {
        "start": start,
        "end": start + len(text_),
        "text": text_,
        "type": type_,
        "value": value,
        "mod": mod,
        "granularity": granularity,
        "interval": None if interval is None else {"start": interval[0], "end": interval[1]},
        "anchor": anchor
        if anchor is not None
        else {"kind": "published", "value": "2023-08-31", "index": None, "text": None},
        "duration": None,
        "quant": None,
        "freq": None,
    }


def event(
    number: int,
    when: dict[str, Any],
    trigger: str,
    participants: list[tuple[str, str, str, str]] = (),
    *,
    modality: str = "asserted",
    source: str | None = None,
    location: str | None = None,
) -> dict[str, Any]:
    """An Event dict; participants are (text, label, role, entity)."""
    start = when["end"] + 1
    sentence = f"{when['text']} {trigger} ..."
    return {
        "id": f"e{number}",
        "when": copy.deepcopy(when),
        "trigger": {"start": start, "end": start + len(trigger), "text": trigger},
        "headline": f"{' '.join(p[0] for p in participants)} {trigger}".strip(),
        "sentence": {
            "start": when["start"],
            "end": when["start"] + len(sentence),
            "text": sentence,
        },
        "participants": [
            {
                "text": text_,
                "label": label,
                "role": role,
                "entity": entity,
                "start": start + 20 + 10 * index,
                "end": start + 20 + 10 * index + len(text_),
            }
            for index, (text_, label, role, entity) in enumerate(participants)
        ],
        "location": location,
        "modality": modality,
        "source": source,
    }


def timeline(
    dated: list[dict[str, Any]],
    undated: list[dict[str, Any]] = (),
    *,
    published: str = "2023-08-31",
    title: str | None = None,
) -> dict[str, Any]:
    """A Timeline.to_dict(): the expressions are those the events are dated by, in text order."""
    seen: dict[tuple[int, int], dict[str, Any]] = {}
    for item in [*dated, *undated]:
        seen.setdefault((item["when"]["start"], item["when"]["end"]), item["when"])
    return {
        "published": published,
        "title": title,
        "events": list(dated),
        "undated": list(undated),
        "expressions": [copy.deepcopy(seen[span]) for span in sorted(seen)],
    }


def article(text_: str, *, published: str = "2023-08-31", **fields: Any) -> dict[str, Any]:
    body = {"text": text_, "published": published, "title": None, "url": None, "source": None}
    body["language"] = "en"
    body.update(fields)
    return body


@pytest.fixture
def reference() -> tuple[dict[str, Any], dict[str, Any]]:
    """An (article, timeline) pair shaped like the reference article's answer."""
    aug17 = expression(0, "Aug. 17", "2023-08-17", ("2023-08-17", "2023-08-18"))
    spring = expression(
        60, "the spring of 2023", "2023-SP", ("2023-03-01", "2023-06-01"), granularity="season"
    )
    late_july = expression(
        120, "late July", "2023-07", ("2023-07-21", "2023-08-01"), mod="END", granularity="month"
    )
    two_years = expression(
        180,
        "two years ago",
        "2021",
        ("2021-01-01", "2022-01-01"),
        granularity="year",
        anchor={"kind": "expression", "value": "2023-08-17", "index": 0, "text": "Aug. 17"},
    )
    coming = expression(
        240, "in coming months", "FUTURE_REF", ("2023-08-31", None), granularity=None
    )
    vague = expression(300, "recently", "PAST_REF", None, granularity=None)
    events = [
        event(2, two_years, "signed", [("Kyiv", "GPE", "agent", "Kyiv")]),
        event(3, spring, "launched", [("Ukraine", "GPE", "agent", "Ukraine")]),
        event(4, late_july, "met", [("Kirby", "PERSON", "agent", "John Kirby")]),
        event(
            1,
            aug17,
            "said",
            [("Kirby", "PERSON", "agent", "John Kirby"), ("Pentagon", "ORG", "other", "Pentagon")],
            modality="reported",
            source="John Kirby",
            location="Washington",
        ),
        event(5, coming, "deliver", [("F-16s", "NORP", "patient", None)], modality="planned"),
    ]
    undated = [event(6, vague, "warned", [("Zelenskyy", "PERSON", "agent", "Volodymyr Zelenskyy")])]
    text_ = (
        "Aug. 17 -- John Kirby said the counteroffensive launched in the spring of 2023 was "
        "slow; officials met in late July; a deal signed two years ago; F-16s will arrive "
        "in coming months, Zelenskyy recently warned."
    )
    return (
        article(text_, title="Ukraine counteroffensive", url="https://example.org/a", source="AP"),
        timeline(events, undated, title="Ukraine counteroffensive"),
    )


@pytest.fixture
def fakes() -> dict[str, Callable[..., Any]]:
    """The builders above, for tests that shape their own timelines."""
    return {"expression": expression, "event": event, "timeline": timeline, "article": article}
