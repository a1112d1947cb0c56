"""A range whose two ends date the same word is drawn as one bar over the range."""

from __future__ import annotations

from datetime import date

from service.timeline import build
from service.timeline.exports import to_csv, to_rows, to_timelinejs

TEXT = "Smith served as mayor from 2010 to 2018. He was born in 1960."


def _record() -> dict:
    timeline = build(TEXT, date(2024, 3, 12))
    return dict(timeline.to_dict(), text=TEXT, id="t1", article={"published": "2024-03-12"})


def test_rows_draw_the_range_once_over_its_whole_interval():
    rows = to_rows(_record())
    served = [row for row in rows if row["title"].startswith("Smith served")]
    assert len(served) == 1
    assert served[0]["time"] == 1262304000000  # 2010-01-01
    assert served[0]["timeEnd"] == 1546300800000  # 2019-01-01, the end of 2018 exclusive


def test_timelinejs_labels_the_range_by_its_ends():
    slides = to_timelinejs(_record())["events"]
    served = [s for s in slides if s["text"]["headline"].startswith("Smith served")]
    assert [(s["display_date"], s["start_date"], s["end_date"]) for s in served] == [
        ("2010–2018", {"year": 2010}, {"year": 2018})]
    assert "“2010 to 2018”" in served[0]["text"]["text"]


def test_csv_keeps_one_row_per_event():
    assert len(to_csv(_record()).splitlines()) == 1 + 3  # header, both range ends, birth
