"""to_timelinejs: Knight Lab TimelineJS3 JSON."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.timeline.exports import to_timelinejs


def slides(record):
    return {slide["unique_id"]: slide for slide in to_timelinejs(record)["events"]}


def test_every_dated_event_is_a_slide_in_timeline_order_and_undated_ones_are_left_out(
    export_record,
):
    document = to_timelinejs(export_record)
    ids = [slide["unique_id"] for slide in document["events"]]
    assert ids == [event["id"] for event in export_record["events"]]
    assert export_record["undated"][0]["id"] not in ids
    json.dumps(document)  # plain JSON types only


def test_slide_has_the_timelinejs_fields(export_record):
    for slide in to_timelinejs(export_record)["events"]:
        assert set(slide) == {
            "start_date", "end_date", "display_date", "text", "group", "unique_id",
        }  # fmt: skip
        assert set(slide["text"]) == {"headline", "text"}
        assert all(isinstance(part, int) for part in slide["start_date"].values())


@pytest.mark.parametrize(
    ("event_id", "start", "end"),
    [
        ("e3", {"year": 2022}, {"year": 2022}),  # a year has only a year
        ("e5", {"year": 1990}, {"year": 1999}),  # a decade: inclusive last year
        ("e11", {"year": 2023, "month": 3}, {"year": 2023, "month": 5}),  # spring: Mar-May
        ("e9", {"year": 2023, "month": 7, "day": 21}, {"year": 2023, "month": 7, "day": 31}),
        ("e1", {"year": 2023, "month": 8, "day": 30}, {"year": 2023, "month": 8, "day": 30}),
        (
            "e7",
            {"year": 2023, "month": 8, "day": 17, "hour": 15, "minute": 0},
            {"year": 2023, "month": 8, "day": 17, "hour": 15, "minute": 59},
        ),
        ("e6", {"year": 2020, "month": 8, "day": 31}, {"year": 2023, "month": 8, "day": 30}),
    ],
)
def test_dates_carry_only_the_parts_the_interval_supports_with_inclusive_ends(
    export_record, event_id, start, end
):
    slide = slides(export_record)[event_id]
    assert slide["start_date"] == start
    assert slide["end_date"] == end


@pytest.mark.parametrize(
    ("value", "interval", "granularity", "start", "end"),
    [
        ("2023-12", ("2023-12-01", "2024-01-01"), "month", {"year": 2023, "month": 12},
         {"year": 2023, "month": 12}),
        ("2024-02", ("2024-02-01", "2024-03-01"), "month", {"year": 2024, "month": 2},
         {"year": 2024, "month": 2}),
        ("2023-12-31", ("2023-12-31", "2024-01-01"), "day", {"year": 2023, "month": 12, "day": 31},
         {"year": 2023, "month": 12, "day": 31}),
        # Jan 1 sits on a year boundary but is still a day
        ("2023-01-01", ("2023-01-01", "2023-01-02"), "day", {"year": 2023, "month": 1, "day": 1},
         {"year": 2023, "month": 1, "day": 1}),
        ("2024-02-29", ("2024-02-29", "2024-03-01"), "day", {"year": 2024, "month": 2, "day": 29},
         {"year": 2024, "month": 2, "day": 29}),
        ("2023-Q4", ("2023-10-01", "2024-01-01"), "quarter", {"year": 2023, "month": 10},
         {"year": 2023, "month": 12}),
        ("2023-W34", ("2023-08-21", "2023-08-28"), "week", {"year": 2023, "month": 8, "day": 21},
         {"year": 2023, "month": 8, "day": 27}),
        ("2023-WI", ("2023-12-01", "2024-03-01"), "season", {"year": 2023, "month": 12},
         {"year": 2024, "month": 2}),
        ("19", ("1900-01-01", "2000-01-01"), "century", {"year": 1900}, {"year": 1999}),
        # same components even without a granularity: alignment decides
        ("2021", ("2021-01-01", "2022-01-01"), None, {"year": 2021}, {"year": 2021}),
    ],
)  # fmt: skip
def test_inclusive_end_at_calendar_boundaries(
    single_event_record, value, interval, granularity, start, end
):
    record = single_event_record(value, interval, granularity=granularity)
    (slide,) = to_timelinejs(record)["events"]
    assert (slide["start_date"], slide["end_date"]) == (start, end)


def test_display_dates_read_as_words(export_record):
    shown = {key: slide["display_date"] for key, slide in slides(export_record).items()}
    assert shown == {
        "e8": "Before 1953",
        "e5": "The 1990s",
        "e6": "Aug. 31, 2020 – Aug. 30, 2023",
        "e10": "2021",
        "e3": "2022",
        "e4": "Since 2022",
        "e11": "Spring 2023",
        "e9": "Late July 2023",
        "e7": "Aug. 17, 2023, 3 p.m.",
        "e1": "Aug. 30, 2023",
        "e2": "After Aug. 31, 2023",
        "e12": "By 2025",
    }


def test_open_end_runs_to_the_publication_date(export_record):
    since = slides(export_record)["e4"]  # "since then" = 2022 onwards, end open
    assert since["start_date"] == {"year": 2022}
    assert since["end_date"] == {"year": 2023}


def test_open_end_starting_at_publication_is_a_point(export_record):
    coming = slides(export_record)["e2"]  # "in coming months" = FUTURE_REF from 2023-08-31
    assert coming["start_date"] == coming["end_date"] == {"year": 2023, "month": 8, "day": 31}


def test_open_start_before_the_publication_is_a_point_at_its_last_unit(export_record):
    before = slides(export_record)["e8"]  # before 1953: nothing known but its end
    assert before["start_date"] == before["end_date"] == {"year": 1952}


def test_open_start_after_the_publication_runs_from_it(export_record):
    until = slides(export_record)["e12"]  # "until 2025", end 2026-01-01 exclusive
    assert until["start_date"] == {"year": 2023}
    assert until["end_date"] == {"year": 2025}


def test_group_is_the_modality(export_record):
    groups = {key: slide["group"] for key, slide in slides(export_record).items()}
    assert groups["e11"] == "Reported"
    assert groups["e2"] == "Possible"
    assert groups["e10"] == "Negated"
    assert groups["e12"] == "Planned"
    assert groups["e1"] == "Asserted"


def test_text_is_the_sentence_with_participants_and_modality_note(export_record):
    shown = slides(export_record)
    approached = shown["e11"]["text"]["text"]
    assert "In the spring of 2023, Moscow reportedly approached Pyongyang." in approached
    assert "Reported by U.S. intelligence" in approached
    assert "Participants: Moscow, Pyongyang" in approached
    # the canonical entity, not the surface form "Kirby"
    assert "Participants: John Kirby" in shown["e7"]["text"]["text"]
    assert "Location: Zürich" in shown["e5"]["text"]["text"]
    assert shown["e11"]["text"]["headline"] == "Moscow approached Pyongyang"


def test_article_text_is_escaped_because_timelinejs_renders_html(export_record):
    document = to_timelinejs(export_record)
    assert document["title"]["text"]["headline"] == (
        'Russia &amp; North Korea: "talks" &lt;advance&gt;'
    )
    nineties = slides(export_record)["e5"]["text"]["text"]
    assert "&lt;quietly&gt;" in nineties and "<quietly>" not in nineties
    assert "Ørsted &amp; co." in nineties
    assert "Zürich bankers\n" in nineties  # non-ASCII and line breaks kept as they are


def test_title_slide_links_only_web_urls(export_record):
    title = to_timelinejs(export_record)["title"]["text"]["text"]
    assert 'href="https://kyivindependent.com/white-house-russia-north-korea/"' in title
    assert "Published Aug. 31, 2023" in title and "Kyiv Independent" in title

    export_record["article"]["url"] = "javascript:alert(1)"
    assert "href" not in to_timelinejs(export_record)["title"]["text"]["text"]


def test_events_without_any_interval_are_left_out(single_event_record):
    record = single_event_record("XXXX-WXX-1", None, type_="SET")
    assert to_timelinejs(record)["events"] == []


def test_headline_falls_back_to_the_trigger(single_event_record):
    record = single_event_record("2022", ("2022-01-01", "2023-01-01"), headline=None)
    assert to_timelinejs(record)["events"][0]["text"]["headline"] == "Happened"


@pytest.mark.parametrize(
    ("headline", "shown"),
    [("the end of the war", "The end of the war"), ("iPhone sales fell", "iPhone sales fell"),
     ("Kirby said", "Kirby said")],
)  # fmt: skip
def test_headlines_read_as_titles(single_event_record, headline, shown):
    record = single_event_record("2022", ("2022-01-01", "2023-01-01"), headline=headline)
    assert to_timelinejs(record)["events"][0]["text"]["headline"] == shown


def _as_tuple(parts: dict[str, int]) -> tuple[int, ...]:
    return tuple(parts[key] for key in ("year", "month", "day", "hour", "minute") if key in parts)


@settings(max_examples=200, deadline=None)
@given(
    start=st.datetimes(datetime(1800, 1, 1), datetime(2200, 1, 1)),
    length=st.timedeltas(timedelta(0), timedelta(days=4000)),
    granularity=st.sampled_from([None, "year", "month", "season", "week", "day", "time"]),
    whole_days=st.booleans(),
)
def test_any_interval_gives_ordered_dates_inside_it(start, length, granularity, whole_days):
    if whole_days:
        start, length = start.replace(hour=0, minute=0, second=0, microsecond=0), length.days
        length = timedelta(days=length)
    end = start + length
    record = {
        "article": {"published": "2023-08-31"},
        "events": [{"id": "e1", "when": {"value": "X", "type": "DATE", "granularity": granularity,
                                         "interval": {"start": start.isoformat(),
                                                      "end": end.isoformat()}}}],
    }  # fmt: skip
    (slide,) = to_timelinejs(record)["events"]
    first, last = _as_tuple(slide["start_date"]), _as_tuple(slide["end_date"])
    assert set(slide["start_date"]) == set(slide["end_date"])
    assert first <= last
    size = len(first)
    assert first == _as_tuple(components_of(start))[:size]
    if end > start:  # the inclusive end is the unit holding the last moment before ``end``
        assert last == _as_tuple(components_of(end - timedelta(microseconds=1)))[:size]


def components_of(moment: datetime) -> dict[str, int]:
    return {"year": moment.year, "month": moment.month, "day": moment.day,
            "hour": moment.hour, "minute": moment.minute}  # fmt: skip
