"""The reference article the product was specified from, with the dates a reader expects.

Expectations come from the example's README: each phrase's value and calendar
interval, and the words that must not become dates.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from service.temporal import TimeExpression, tag

ARTICLE = Path(__file__).parents[1] / "data" / "white-house-russia-north-korea-2023-08-31.txt"
PUBLISHED = date(2023, 8, 31)

# phrase as written in the article, value, mod, interval [start, end)
EXPECTED = [
    ("Aug. 30", "2023-08-30", None, "2023-08-30", "2023-08-31"),
    ("in coming months", "FUTURE_REF", None, "2023-08-31", None),
    ("in 2022", "2022", None, "2022-01-01", "2023-01-01"),
    ("since then", "2022", "ON_OR_AFTER", "2022-01-01", "2023-08-31"),
    ("the spring of 2023", "2023-SP", None, "2023-03-01", "2023-06-01"),
    ("1953", "1953", None, "1953-01-01", "1954-01-01"),
    ("Earlier in August", "2023-08", None, "2023-08-01", "2023-08-31"),
    ("Aug. 17", "2023-08-17", None, "2023-08-17", "2023-08-18"),
    ("late July", "2023-07", "END", "2023-07-21", "2023-08-01"),
]


@pytest.fixture(scope="module")
def article() -> str:
    return ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def expressions(article: str) -> list[TimeExpression]:
    return tag(article, PUBLISHED)


def _covering(article: str, found: list[TimeExpression], phrase: str) -> TimeExpression:
    """The expression inside the phrase's (first) occurrence; TimeML spans leave out "in"."""
    start = article.index(phrase)
    end = start + len(phrase)
    inside = [e for e in found if start <= e.start and e.end <= end]
    assert len(inside) == 1, f"{phrase!r}: {[(e.text, e.value) for e in inside]}"
    return inside[0]


@pytest.mark.parametrize(("phrase", "value", "mod", "lo", "hi"), EXPECTED,
                         ids=[row[0] for row in EXPECTED])
def test_expected_dates(article: str, expressions: list[TimeExpression], phrase: str,
                        value: str, mod: str | None, lo: str, hi: str | None) -> None:
    expression = _covering(article, expressions, phrase)
    assert expression.value == value
    assert expression.mod == mod
    assert expression.interval is not None
    assert (expression.interval.start, expression.interval.end) == (lo, hi)
    assert article[expression.start:expression.end] == expression.text


def test_since_then_points_back_to_2022(article: str, expressions: list[TimeExpression]) -> None:
    since = _covering(article, expressions, "since then")
    assert since.anchor is not None and since.anchor.kind == "expression"
    assert expressions[since.anchor.index].text == "2022"


def test_nothing_else_is_a_date(expressions: list[TimeExpression]) -> None:
    assert len(expressions) == len(EXPECTED)


@pytest.mark.parametrize(("word", "count"), [("may", 2), ("We", 2)])
def test_words_that_are_not_dates(article: str, expressions: list[TimeExpression], word: str,
                                  count: int) -> None:
    occurrences = [m.span() for m in re.finditer(rf"\b{word}\b", article)]
    assert len(occurrences) == count
    for start, end in occurrences:
        assert not [e.text for e in expressions if e.start < end and start < e.end], word


def test_no_present_reference(expressions: list[TimeExpression]) -> None:
    # the README's "now": nothing in the article refers to the present moment
    assert [e.text for e in expressions if e.value == "PRESENT_REF"] == []
