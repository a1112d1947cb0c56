"""to_csv: RFC 4180 CSV for spreadsheets, safe against formula injection."""

from __future__ import annotations

import csv
import io

import pytest

from service.timeline.exports import to_csv

HEADER = [
    "id", "start", "end", "value", "mod", "granularity", "type", "when_text", "trigger",
    "headline", "modality", "source", "participants", "location", "sentence",
]  # fmt: skip


def read(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_header_row_names_the_agreed_columns(export_record):
    first_line = to_csv(export_record).split("\r\n", 1)[0]
    assert first_line.split(",") == HEADER


def test_lines_end_with_crlf_as_rfc_4180_says(export_record):
    text = to_csv(export_record)
    assert text.endswith("\r\n")
    assert text.count("\r\n") >= len(export_record["events"]) + 1
    assert "\n" not in text.replace("\r\n", "").replace("bankers\n", "")  # only the quoted one


def test_one_row_per_event_dated_first_then_undated(export_record):
    rows = read(to_csv(export_record))
    expected = [e["id"] for e in export_record["events"] + export_record["undated"]]
    assert [row["id"] for row in rows] == expected


def test_quotes_commas_newlines_and_non_ascii_survive_a_csv_reader(export_record):
    rows = {row["id"]: row for row in read(to_csv(export_record))}
    by_id = {e["id"]: e for e in export_record["events"]}
    for event_id in ("e2", "e5", "e3", "e1"):
        assert rows[event_id]["sentence"] == by_id[event_id]["sentence"]["text"]
    assert rows["e2"]["sentence"].startswith('"High-level')  # a quote ...
    assert "\n" in rows["e5"]["sentence"]  # ... a newline, non-ASCII
    assert rows["e5"]["location"] == "Zürich"
    assert rows["e7"]["when_text"] == "3 p.m. on Aug. 17, 2023"  # ... a comma


def test_cells_carry_the_event_fields(export_record):
    rows = {row["id"]: row for row in read(to_csv(export_record))}
    approached = rows["e11"]
    assert approached == {
        "id": "e11",
        "start": "2023-03-01",
        "end": "2023-06-01",
        "value": "2023-SP",
        "mod": "",
        "granularity": "season",
        "type": "DATE",
        "when_text": "the spring of 2023",
        "trigger": "approached",
        "headline": "Moscow approached Pyongyang",
        "modality": "reported",
        "source": "U.S. intelligence",
        "participants": "Moscow; Pyongyang",
        "location": "",
        "sentence": "In the spring of 2023, Moscow reportedly approached Pyongyang.",
    }
    assert rows["e9"]["mod"] == "END"
    assert rows["e7"]["participants"] == "John Kirby"  # canonical entity


def test_open_ends_and_undated_events_have_empty_cells(export_record):
    rows = {row["id"]: row for row in read(to_csv(export_record))}
    assert (rows["e4"]["start"], rows["e4"]["end"]) == ("2022-01-01", "")
    assert (rows["e8"]["start"], rows["e8"]["end"]) == ("", "1953-01-01")
    assert (rows["e13"]["start"], rows["e13"]["end"], rows["e13"]["value"]) == ("", "", "PAST_REF")


@pytest.mark.parametrize(
    "payload", ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1"]
)
@pytest.mark.parametrize(
    "field", ["headline", "participants", "sentence", "source", "location", "id"]
)
def test_formula_injection_is_defused_with_an_apostrophe(single_event_record, payload, field):
    fields = {
        "headline": {"headline": payload},
        "participants": {"participants": [{"text": payload, "label": "ORG", "role": "agent",
                                           "entity": payload, "start": 0, "end": 2}]},
        "sentence": {"sentence": {"start": 0, "end": 2, "text": payload}},
        "source": {"source": payload, "modality": "reported"},
        "location": {"location": payload},
        "id": {"id": payload},
    }[field]  # fmt: skip
    record = single_event_record("2022", ("2022-01-01", "2023-01-01"), **fields)
    (row,) = read(to_csv(record))
    assert row[field] == "'" + payload


def test_harmless_cells_are_left_alone(single_event_record):
    record = single_event_record(
        "2022", ("2022-01-01", "2023-01-01"), headline="Price rose 5% (=1 point)", location=" -x"
    )
    (row,) = read(to_csv(record))
    assert row["headline"] == "Price rose 5% (=1 point)"
    assert row["location"] == " -x"
    assert row["start"] == "2022-01-01"


def test_a_record_without_events_is_the_header_alone(single_event_record):
    record = single_event_record("2022", None)
    record["events"] = []
    assert to_csv(record) == ",".join(HEADER) + "\r\n"


def test_headline_cell_is_the_headline_as_stored(single_event_record):
    record = single_event_record("2022", ("2022-01-01", "2023-01-01"), headline="the end of it")
    assert read(to_csv(record))[0]["headline"] == "the end of it"
