"""``build``: tagger output in, linked and ordered events out (tagger faked)."""

from __future__ import annotations

from datetime import date

import pytest

import service.timeline.builder as builder
from service.temporal.expression import Interval, TimeExpression
from service.timeline import build, warm_up

PUBLISHED = date(2023, 8, 31)
TEXT = ("Every Monday, officials meet. On Aug. 17, the U.S. sanctioned three entities. "
        "In 2022, North Korea provided rockets to Russia. Talks may continue in coming months.")


def _at(phrase: str, type_: str, value: str, interval: tuple | None) -> TimeExpression:
    start = TEXT.index(phrase)
    return TimeExpression(start, start + len(phrase), phrase, type_, value,
                          interval=Interval(*interval) if interval else None)


@pytest.fixture
def fake_tag(monkeypatch):
    expressions = [
        _at("Every Monday", "SET", "XXXX-WXX-1", None),
        _at("Aug. 17", "DATE", "2023-08-17", ("2023-08-17", "2023-08-18")),
        _at("2022", "DATE", "2022", ("2022-01-01", "2023-01-01")),
        _at("in coming months", "DATE", "FUTURE_REF", ("2023-08-31", None)),
    ]
    monkeypatch.setattr(builder, "tag", lambda text, published: list(expressions))
    return expressions


def test_build_orders_links_and_separates(fake_tag):
    data = build(TEXT, PUBLISHED, title="Arms talks").to_dict()
    assert data["title"] == "Arms talks"
    assert [e["trigger"]["text"] for e in data["events"]] == ["provided", "sanctioned"]
    assert [e["trigger"]["text"] for e in data["undated"]] == ["continue"]
    assert data["undated"][0]["modality"] == "possible"
    assert len(data["expressions"]) == 4  # every expression found, the SET included
    for event in data["events"] + data["undated"]:
        trigger = event["trigger"]
        assert TEXT[trigger["start"]:trigger["end"]] == trigger["text"]


def test_build_without_expressions(monkeypatch):
    monkeypatch.setattr(builder, "tag", lambda text, published: [])
    data = build("Nothing happened.", PUBLISHED).to_dict()
    assert (data["events"], data["undated"], data["expressions"]) == ([], [], [])


def test_warm_up_loads_the_model_once():
    from service.events.model import load_model

    warm_up()
    assert load_model() is load_model()


def test_importing_the_package_does_not_load_spacy():
    import subprocess
    import sys

    code = ("import sys, service.timeline, service.events.event; "
            "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"


def test_a_time_dating_two_events_gives_two_timeline_events(monkeypatch):
    text = "On Monday, the police arrested two men and charged them with theft."
    start = text.index("Monday")
    monday = TimeExpression(start, start + 6, "Monday", "DATE", "2023-08-28",
                            interval=Interval("2023-08-28", "2023-08-29"))
    monkeypatch.setattr(builder, "tag", lambda text, published: [monday])
    data = build(text, PUBLISHED).to_dict()
    assert [e["trigger"]["text"] for e in data["events"]] == ["arrested", "charged"]
    assert [e["id"] for e in data["events"]] == ["e1", "e2"]
    first, second = data["events"]
    assert first["when"] == second["when"] == monday.to_dict()
    assert "charged them" in second["headline"]
    assert second["sentence"] == first["sentence"]


def test_build_accepts_the_publication_date_as_iso_text(fake_tag):
    from_text = build(TEXT, "2023-08-31").to_dict()
    assert from_text == build(TEXT, PUBLISHED).to_dict()
    assert from_text["published"] == "2023-08-31"


@pytest.mark.parametrize("published", ["2023-13-45", "", None, 20230831])
def test_build_refuses_what_is_not_a_publication_date(published):
    with pytest.raises(ValueError, match="published"):
        build(TEXT, published)


def test_only_the_first_max_linked_expressions_get_events(fake_tag, monkeypatch):
    linked = []
    real_link = builder.link

    def spy(text, expressions, published):
        linked.extend(expressions)
        return real_link(text, expressions, published)

    monkeypatch.setattr(builder, "link", spy)
    monkeypatch.setattr(builder, "MAX_LINKED", 1)
    data = build(TEXT, PUBLISHED).to_dict()
    assert [e.text for e in linked] == ["Aug. 17"]  # the first placeable one
    assert len(data["expressions"]) == 4  # all are still listed
    assert [e["trigger"]["text"] for e in data["events"]] == ["sanctioned"]


def test_a_text_dense_with_dates_finishes():
    from tests.guards import hang_guard

    text = "May 1 " * 10_000  # one unpunctuated 60,000-character "sentence" of dates
    with hang_guard(60):  # a guard against rescanning per date (was ~10 s), not a timer
        timeline = build(text, PUBLISHED)
    assert timeline.events
