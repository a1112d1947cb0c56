"""Ordering, the undated list, merging and ids; hand-built events, no parsing."""

from __future__ import annotations

from datetime import date

from service.events.event import Event, TextSpan
from service.temporal.expression import Interval, TimeExpression
from service.timeline import Timeline, assemble

PUBLISHED = date(2023, 8, 31)


def _event(position: int, value: str, interval: tuple[str | None, str | None] | None,
           trigger: str = "visited", type_: str = "DATE") -> Event:
    when = TimeExpression(position, position + 5, f"t{position}", type_, value,
                          interval=Interval(*interval) if interval else None)
    return Event(when=when, trigger=TextSpan(position + 10, position + 10 + len(trigger),
                                              trigger),
                 headline=f"someone {trigger}", sentence=TextSpan(position, position + 40, "s"))


def test_dated_events_sorted_by_start_then_end_then_position():
    events = [
        _event(0, "2023-08", ("2023-08-01", "2023-09-01")),
        _event(100, "2023-08-17", ("2023-08-17", "2023-08-18")),
        _event(200, "2022", ("2022-01-01", "2023-01-01")),
        _event(300, "2023-08-01", ("2023-08-01", "2023-08-02")),
        _event(400, "2023-08-01T15:00", ("2023-08-01T15:00", "2023-08-01T16:00")),
    ]
    timeline = assemble(events, [e.when for e in events], PUBLISHED)
    assert [e.when.start for e in timeline.events] == [200, 300, 0, 400, 100]


def test_equal_intervals_keep_text_order():
    events = [_event(300, "2022", ("2022-01-01", "2023-01-01"), "b"),
              _event(100, "2022", ("2022-01-01", "2023-01-01"), "a")]
    timeline = assemble(events, [], PUBLISHED)
    assert [e.trigger.text for e in timeline.events] == ["a", "b"]


def test_vague_references_go_to_undated_in_text_order():
    events = [
        _event(300, "FUTURE_REF", ("2023-08-31", None)),
        _event(100, "PAST_REF", (None, "2023-08-31")),
        _event(200, "2022", ("2022-01-01", "2023-01-01")),
        _event(400, "XXXX-08-30", None),
    ]
    timeline = assemble(events, [], PUBLISHED)
    assert [e.when.value for e in timeline.events] == ["2022"]
    assert [e.when.start for e in timeline.undated] == [100, 300, 400]


def test_a_vague_reference_with_a_real_bound_is_dated():
    event = _event(0, "PAST_REF", ("2020-01-01", "2023-08-31"))
    assert assemble([event], [], PUBLISHED).events == (event,)


def test_sets_and_unanchored_durations_are_left_out():
    events = [_event(0, "XXXX-WXX-1", None, type_="SET"), _event(100, "P3Y", None,
                                                                 type_="DURATION"),
              _event(200, "P3Y", ("2020-08-31", "2023-08-31"), type_="DURATION")]
    timeline = assemble(events, [], PUBLISHED)
    assert [e.when.start for e in timeline.events] == [200]
    assert timeline.undated == ()


def test_the_same_trigger_and_time_twice_is_merged():
    first = _event(0, "2023-08-17", ("2023-08-17", "2023-08-18"), "sanctioned")
    again = _event(500, "2023-08-17", ("2023-08-17", "2023-08-18"), "Sanctioned")
    other_time = _event(900, "2023-08-18", ("2023-08-18", "2023-08-19"), "sanctioned")
    timeline = assemble([again, other_time, first], [], PUBLISHED)
    assert [e.when.start for e in timeline.events] == [0, 900]


def test_to_dict_shape_and_ids_in_output_order():
    events = [_event(300, "FUTURE_REF", ("2023-08-31", None)),
              _event(200, "2023", ("2023-01-01", "2024-01-01")),
              _event(100, "2022", ("2022-01-01", "2023-01-01"))]
    expressions = [e.when for e in events]
    data = assemble(events, expressions, PUBLISHED, title="T").to_dict()
    assert set(data) == {"published", "title", "events", "undated", "expressions"}
    assert (data["published"], data["title"]) == ("2023-08-31", "T")
    assert [e["id"] for e in data["events"]] == ["e1", "e2"]
    assert [e["id"] for e in data["undated"]] == ["e3"]
    assert [e["when"]["value"] for e in data["events"]] == ["2022", "2023"]
    assert [x["start"] for x in data["expressions"]] == [100, 200, 300]
    assert set(data["events"][0]) == {"id", "when", "trigger", "headline", "sentence",
                                      "participants", "location", "modality", "source"}


def test_empty_timeline():
    timeline = assemble([], [], PUBLISHED)
    assert isinstance(timeline, Timeline)
    assert timeline.to_dict()["events"] == []
