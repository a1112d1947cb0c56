"""to_rows: flat rows with epoch milliseconds (Grafana Infinity annotations, vis-timeline)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from service.timeline.exports import to_rows


def ms(*parts: int) -> int:
    """Epoch milliseconds computed independently of the code under test."""
    return round(datetime(*parts, tzinfo=UTC).timestamp() * 1000)


PUBLISHED_MS = ms(2023, 8, 31)


def rows_by_id(record):
    return {row["id"]: row for row in to_rows(record)}


def test_one_row_per_dated_event_with_the_agreed_keys(export_record):
    rows = to_rows(export_record)
    assert sorted(row["id"] for row in rows) == sorted(e["id"] for e in export_record["events"])
    for row in rows:
        assert set(row) == {
            "id", "time", "timeEnd", "title", "text", "tags", "value", "mod", "granularity",
        }  # fmt: skip
        assert isinstance(row["time"], int) and isinstance(row["timeEnd"], int)
        assert row["time"] <= row["timeEnd"]
    json.dumps(rows)


def test_undated_events_have_no_row(export_record):
    assert "e13" not in rows_by_id(export_record)


def test_rows_are_ordered_by_time(export_record):
    times = [(row["time"], row["timeEnd"]) for row in to_rows(export_record)]
    assert times == sorted(times)


@pytest.mark.parametrize(
    ("event_id", "time", "time_end"),
    [
        ("e1", ms(2023, 8, 30), ms(2023, 8, 31)),  # a day: [start, end) as in the JSON
        ("e3", ms(2022, 1, 1), ms(2023, 1, 1)),
        ("e11", ms(2023, 3, 1), ms(2023, 6, 1)),
        ("e9", ms(2023, 7, 21), ms(2023, 8, 1)),
        ("e7", ms(2023, 8, 17, 15), ms(2023, 8, 17, 16)),  # a TIME, naive = UTC
        ("e5", ms(1990, 1, 1), ms(2000, 1, 1)),
        ("e6", ms(2020, 8, 31), ms(2023, 8, 31)),  # an anchored DURATION
    ],
)
def test_epoch_milliseconds_of_the_interval(export_record, event_id, time, time_end):
    row = rows_by_id(export_record)[event_id]
    assert (row["time"], row["timeEnd"]) == (time, time_end)


def test_dates_before_1970_are_negative(export_record):
    assert rows_by_id(export_record)["e8"]["time"] == ms(1953, 1, 1) < 0


def test_open_end_takes_the_publication_date_and_is_tagged(export_record):
    since = rows_by_id(export_record)["e4"]
    assert (since["time"], since["timeEnd"]) == (ms(2022, 1, 1), PUBLISHED_MS)
    assert "open-end" in since["tags"] and "open-start" not in since["tags"]

    coming = rows_by_id(export_record)["e2"]  # FUTURE_REF from the publication date
    assert coming["time"] == coming["timeEnd"] == PUBLISHED_MS
    assert "open-end" in coming["tags"]


def test_open_start_takes_the_publication_date_when_it_lies_before_the_end(export_record):
    until = rows_by_id(export_record)["e12"]
    assert (until["time"], until["timeEnd"]) == (PUBLISHED_MS, ms(2026, 1, 1))
    assert "open-start" in until["tags"]


def test_open_start_ending_before_publication_is_a_point_at_the_end(export_record):
    before = rows_by_id(export_record)["e8"]
    assert before["time"] == before["timeEnd"] == ms(1953, 1, 1)
    assert "open-start" in before["tags"]


def test_open_end_starting_after_publication_is_a_point(single_event_record):
    record = single_event_record("2030", ("2030-01-01", None), granularity="year")
    (row,) = to_rows(record)
    assert row["time"] == row["timeEnd"] == ms(2030, 1, 1)
    assert "open-end" in row["tags"]


def test_tags_are_modality_type_granularity_and_participant_entities(export_record):
    rows = rows_by_id(export_record)
    assert rows["e11"]["tags"] == ["reported", "DATE", "season", "Moscow", "Pyongyang"]
    assert rows["e7"]["tags"] == ["asserted", "TIME", "time", "John Kirby"]  # canonical entity
    assert rows["e2"]["tags"] == ["possible", "DATE", "open-end"]  # no granularity: no tag
    for row in rows.values():
        assert len(row["tags"]) == len(set(row["tags"]))
        assert all(isinstance(tag, str) and tag for tag in row["tags"])


def test_title_text_and_timex_fields(export_record):
    row = rows_by_id(export_record)["e9"]
    assert row["title"] == "U.S. intelligence reported China drones"
    assert row["text"] == "U.S. intelligence reported in late July that China is supplying drones."
    assert (row["value"], row["mod"], row["granularity"]) == ("2023-07", "END", "month")
    assert "\n" in rows_by_id(export_record)["e5"]["text"]  # text kept verbatim


def test_offsets_in_interval_ends_are_converted_to_utc(single_event_record):
    record = single_event_record(
        "2023-08-17T15:00", ("2023-08-17T15:00+02:00", "2023-08-17T16:00+02:00"), type_="TIME"
    )
    (row,) = to_rows(record)
    assert (row["time"], row["timeEnd"]) == (ms(2023, 8, 17, 13), ms(2023, 8, 17, 14))


def test_publication_given_as_datetime_fills_open_sides_with_its_date(single_event_record):
    record = single_event_record(
        "FUTURE_REF", ("2023-08-31", None), published="2023-08-31T23:30:00-05:00"
    )
    (row,) = to_rows(record)
    assert row["time"] == row["timeEnd"] == PUBLISHED_MS


def test_events_without_interval_have_no_row(single_event_record):
    assert to_rows(single_event_record("PAST_REF", None)) == []
    assert to_rows(single_event_record("PAST_REF", (None, None))) == []


def test_title_is_the_headline_as_a_title(single_event_record):
    record = single_event_record("2022", ("2022-01-01", "2023-01-01"), headline="the end of it")
    assert to_rows(record)[0]["title"] == "The end of it"
