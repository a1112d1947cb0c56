"""The phrase corpus: one generated test per row of ``tests/temporal/phrases/*.tsv``.

Each positive file has the columns ``sentence, published, phrase, type, value,
mod, interval_start, interval_end`` and, where a family needs them, ``quant``,
``freq``, ``range_start``, ``range_end``. ``-`` means "none" (no mod, an open
interval side); both interval sides ``-`` means the expression has no interval
at all (an unanchored duration, a set). ``phrase`` is the exact span the tagger
must return (TimeML extents: "the past three years" with its article, "2022"
without "in").

Ranges ("from 2015 to 2020", "March 3-5", "2019-2021") are represented as two
DATE expressions, one per end, each with its own value and interval; both carry
the same ``range`` interval, from the start of the first end to the end of the
second. ``ranges.tsv`` has one row per end.

``negatives.tsv`` lists ``sentence, published, word``: no expression may
overlap any occurrence of ``word`` (as a whole word) in the sentence.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import pytest

from service.temporal import tag

PHRASES = Path(__file__).parent / "phrases"


def _none(cell: str | None) -> str | None:
    return None if cell in (None, "", "-") else cell


def _rows(negative: bool) -> list[pytest.param]:
    params = []
    for path in sorted(PHRASES.glob("*.tsv")):
        if (path.name == "negatives.tsv") != negative:
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            for line, row in enumerate(reader, start=2):
                label = row.get("phrase") or row["word"]
                params.append(pytest.param(row, id=f"{path.stem}:{line}:{label}"))
    return params


def test_corpus_is_large_enough() -> None:
    assert len(_rows(False)) + len(_rows(True)) >= 300


@pytest.mark.parametrize("row", _rows(negative=False))
def test_phrase(row: dict[str, str]) -> None:
    found = tag(row["sentence"], date.fromisoformat(row["published"]))
    spans = [e for e in found if e.text == row["phrase"]]
    assert spans, f"{row['phrase']!r} not found; got {[(e.text, e.value) for e in found]}"
    expression = spans[0]
    assert expression.type == row["type"]
    assert expression.value == row["value"]
    assert expression.mod == _none(row["mod"])
    start, end = _none(row["interval_start"]), _none(row["interval_end"])
    if start is None and end is None:
        assert expression.interval is None
    else:
        assert expression.interval is not None
        assert (expression.interval.start, expression.interval.end) == (start, end)
    for field in ("quant", "freq"):
        if field in row:
            assert getattr(expression, field) == _none(row[field])
    if "range_start" in row:
        assert expression.range is not None, "not linked as a range"
        assert (expression.range.start, expression.range.end) == (
            _none(row["range_start"]), _none(row["range_end"]))


@pytest.mark.parametrize("row", _rows(negative=True))
def test_not_a_time(row: dict[str, str]) -> None:
    sentence = row["sentence"]
    found = tag(sentence, date.fromisoformat(row["published"]))
    occurrences = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(row['word'])}(?!\w)",
                                                 sentence)]
    assert occurrences, "the negative word must occur in its sentence"
    for start, end in occurrences:
        clashes = [e.text for e in found if e.start < end and start < e.end]
        assert not clashes, f"{row['word']!r} tagged as {clashes}"
