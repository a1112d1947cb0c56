"""What callers rely on beyond single phrases: publication-date forms, determinism
across threads, anchors that point at real expressions, text order."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime

import pytest

from service.temporal import tag

TEXT = (
    "Protests began on Jan. 5, 2022. Two days later, the government resigned. "
    "The new cabinet will meet on Tuesday, and elections are due in the spring of 2024. "
    "Prices have risen over the past three years, officials said yesterday."
)


def _summary(found: list) -> list[tuple]:
    return [(e.start, e.end, e.type, e.value, e.mod, e.interval) for e in found]


def test_date_datetime_and_iso_string_agree() -> None:
    as_date = _summary(tag(TEXT, date(2023, 8, 31)))
    assert as_date
    assert _summary(tag(TEXT, datetime(2023, 8, 31, 23, 59))) == as_date
    assert _summary(tag(TEXT, "2023-08-31")) == as_date  # type: ignore[arg-type]


@pytest.mark.parametrize("published", ["31/08/2023", "", object()])
def test_unusable_publication_date_is_a_value_error(published: object) -> None:
    with pytest.raises(ValueError, match="published"):
        tag(TEXT, published)  # type: ignore[arg-type]


def test_same_answer_from_many_threads() -> None:
    expected = _summary(tag(TEXT, date(2023, 8, 31)))
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: _summary(tag(TEXT, date(2023, 8, 31))), range(32)))
    assert all(result == expected for result in results)


def test_expressions_in_text_order_with_valid_anchors() -> None:
    found = tag(TEXT, date(2023, 8, 31))
    assert [e.start for e in found] == sorted(e.start for e in found)
    for expression in found:
        assert TEXT[expression.start:expression.end] == expression.text
        anchor = expression.anchor
        if anchor is not None and anchor.kind == "expression":
            assert anchor.index is not None and anchor.index < found.index(expression)
            assert found[anchor.index].text == anchor.text
        elif anchor is not None:
            assert (anchor.kind, anchor.value) == ("published", "2023-08-31")


def test_anaphora_follows_the_nearest_antecedent() -> None:
    found = {e.text: e for e in tag(TEXT, date(2023, 8, 31))}
    later = found["Two days later"]
    assert later.value == "2022-01-07"
    assert later.anchor is not None and later.anchor.text == "Jan. 5, 2022"


def test_range_ends_publish_the_whole_range_in_json() -> None:
    found = tag("The company grew from 2015 to 2020, then shrank in 2021.", date(2023, 8, 31))
    ends = [e.to_dict() for e in found if e.text in ("2015", "2020")]
    assert [e["range"] for e in ends] == [{"start": "2015-01-01", "end": "2021-01-01"}] * 2
    alone = next(e for e in found if e.text == "2021")
    assert alone.to_dict()["range"] is None
