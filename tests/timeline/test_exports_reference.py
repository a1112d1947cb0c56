"""All four exports on the reference article, built by the real pipeline.

The hand-built fixtures pin the details; this checks that real pipeline output
(whatever it finds) goes through every format intact.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from service.evaluation.corpus import parse_timeml
from service.timeline import build
from service.timeline.exports import to_csv, to_rows, to_timelinejs, to_timeml

ARTICLE = Path(__file__).parents[1] / "data" / "white-house-russia-north-korea-2023-08-31.txt"


@pytest.fixture(scope="module")
def reference_record():
    text = ARTICLE.read_text(encoding="utf-8")
    timeline = build(text, date(2023, 8, 31), title=text.splitlines()[0]).to_dict()
    article = {"title": timeline["title"], "url": None, "source": "Kyiv Independent",
               "published": "2023-08-31", "language": "en", "characters": len(text)}  # fmt: skip
    return {**timeline, "id": "reference", "created_at": "2023-09-01T00:00:00Z",
            "text": text, "article": article}  # fmt: skip


def test_timelinejs_labels_the_reference_phrases_in_words(reference_record):
    slides = to_timelinejs(reference_record)["events"]
    assert len(slides) == len(reference_record["events"])
    shown = {
        event["when"]["text"].lower(): slide["display_date"]
        for event, slide in zip(reference_record["events"], slides, strict=True)
    }
    # phrases the example README says a user expects to see dated
    assert shown["the spring of 2023"] == "Spring 2023"
    assert shown["late july"] == "Late July 2023"
    assert shown["aug. 17"] == "Aug. 17, 2023"
    assert shown["aug. 30"] == "Aug. 30, 2023"
    assert shown["1953"] == "1953"
    assert all(label[:1].isupper() or label[:1].isdigit() for label in shown.values())


def test_rows_and_csv_cover_the_reference_events(reference_record):
    rows = to_rows(reference_record)
    assert sorted(row["id"] for row in rows) == sorted(e["id"] for e in reference_record["events"])
    table = list(csv.DictReader(io.StringIO(to_csv(reference_record), newline="")))
    everything = reference_record["events"] + reference_record["undated"]
    assert [row["id"] for row in table] == [e["id"] for e in everything]
    assert [row["sentence"] for row in table] == [e["sentence"]["text"] for e in everything]


def test_timeml_of_the_reference_reads_back_as_eval_input(reference_record):
    document = parse_timeml(to_timeml(reference_record))
    assert document["text"] == reference_record["text"]
    assert document["dct"] == "2023-08-31"
    assert [(t["start"], t["end"], t["value"]) for t in document["timexes"]] == [
        (e["start"], e["end"], e["value"]) for e in reference_record["expressions"]
    ]
    assert document["events"] and len(document["tlinks"]) == len(document["events"])
