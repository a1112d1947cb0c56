"""TempEval-3 Task A scoring on hand-built cases whose figures are worked out by hand."""

from __future__ import annotations

import pytest

from service.evaluation.report import timex_report
from service.evaluation.timex_scoring import Timex, context, pair_timexes, score

TEXT = "Sales rose last week and on Monday, but fell for three months in 1998 and again now."


def span(phrase: str, type_: str = "DATE", value: str = "X", text: str = TEXT) -> dict:
    start = text.index(phrase)
    return {"start": start, "end": start + len(phrase), "text": phrase, "type": type_,
            "value": value}


def timex(start: int, end: int) -> Timex:
    return Timex(start, end, "", "DATE", "X")


def test_exact_span_is_paired_before_a_larger_overlap():
    gold = [timex(0, 10), timex(8, 20)]
    system = [timex(8, 20)]  # overlaps both; exact for the second

    assert pair_timexes(gold, system) == [(1, 0)]


def test_largest_overlap_wins_and_pairs_are_one_to_one():
    gold = [timex(0, 10), timex(12, 20)]
    system = [timex(0, 3), timex(2, 9), timex(11, 13)]

    assert pair_timexes(gold, system) == [(0, 1), (1, 2)]


def test_one_system_timex_cannot_serve_two_gold_ones():
    gold = [timex(0, 5), timex(6, 12)]
    system = [timex(0, 12)]

    assert pair_timexes(gold, system) == [(1, 0)]  # overlap 6 beats overlap 5


def test_touching_spans_do_not_overlap():
    assert pair_timexes([timex(0, 5)], [timex(5, 9)]) == []


def _scored():
    gold = [
        span("last week", value="1998-W02"),
        span("on Monday", value="1998-01-12"),
        span("three months", "DURATION", "P3M"),
        span("1998", value="1998"),
    ]
    system = [
        span("last week", value="1998-W02"),  # strict, all right
        span("Monday", value="1998-01-05"),  # relaxed only, wrong value
        span("months", "DATE", "P3M"),  # relaxed only, wrong type
        span("now", value="PRESENT_REF"),  # spurious
    ]  # "1998" missed
    document = {"id": "d1", "text": TEXT, "timexes": gold}
    return score([document], [system])


def test_precision_recall_f1_strict_and_relaxed():
    scores = _scored()

    assert (scores.gold, scores.system) == (4, 4)
    assert (scores.strict_matches, scores.relaxed_matches) == (1, 3)
    assert scores.strict.precision == pytest.approx(1 / 4)
    assert scores.strict.recall == pytest.approx(1 / 4)
    assert scores.relaxed.precision == pytest.approx(3 / 4)
    assert scores.relaxed.f1 == pytest.approx(3 / 4)


def test_attribute_f1_is_relaxed_f1_times_attribute_accuracy():
    scores = _scored()

    assert scores.type_accuracy == pytest.approx(2 / 3)
    assert scores.value_accuracy == pytest.approx(2 / 3)
    assert scores.type_f1 == pytest.approx(3 / 4 * 2 / 3)
    assert scores.value_f1 == pytest.approx(3 / 4 * 2 / 3)


def test_per_type_table():
    rows = {row.type: row for row in _scored().per_type}

    assert [row.type for row in _scored().per_type] == ["DATE", "DURATION"]
    assert (rows["DATE"].gold, rows["DATE"].strict, rows["DATE"].relaxed) == (3, 1, 2)
    assert rows["DATE"].value_accuracy == pytest.approx(1 / 2)
    assert rows["DURATION"].relaxed_recall == 1.0
    assert rows["DURATION"].strict_recall == 0.0
    assert rows["DURATION"].value_accuracy == 1.0


def test_error_list_names_kind_document_and_context():
    errors = _scored().errors

    assert [(e.kinds, (e.gold or e.system).text) for e in errors] == [
        (("span", "value"), "on Monday"),
        (("span", "type"), "three months"),
        (("missed",), "1998"),
        (("spurious",), "now"),
    ]
    assert all(e.document == "d1" for e in errors)
    assert errors[0].system.text == "Monday"
    assert "[on Monday]" in errors[0].context
    assert _scored().error_counts == {"missed": 1, "spurious": 1, "span": 2, "type": 1,
                                      "value": 1}


def test_figures_sum_over_documents():
    first = {"id": "a", "text": TEXT, "timexes": [span("1998", value="1998")]}
    second = {"id": "b", "text": TEXT, "timexes": [span("now", value="PRESENT_REF")]}

    scores = score([first, second], [[span("1998", value="1998")], []])

    assert (scores.documents, scores.gold, scores.system) == (2, 2, 1)
    assert scores.strict.precision == 1.0
    assert scores.strict.recall == 0.5
    assert [e.document for e in scores.errors] == ["b"]


def test_no_output_scores_zero_without_dividing_by_zero():
    scores = score([{"id": "a", "text": TEXT, "timexes": [span("1998")]}], [[]])

    assert scores.strict.f1 == scores.value_f1 == scores.type_f1 == 0.0
    assert scores.per_type[0].value_accuracy == 0.0


def test_system_text_is_taken_from_the_document_when_absent():
    system = [{"start": 0, "end": 5, "type": "DATE", "value": "X"}]

    scores = score([{"id": "a", "text": TEXT, "timexes": []}], [system])

    assert scores.errors[0].system.text == "Sales"


def test_mismatched_lengths_are_refused():
    with pytest.raises(ValueError, match="2 documents but 1"):
        score([{"text": ""}, {"text": ""}], [[]])


def test_to_dict_reports_percentages():
    data = _scored().to_dict(errors=2)

    assert data["relaxed"] == {"precision": 75.0, "recall": 75.0, "f1": 75.0}
    assert data["value_f1"] == 50.0
    assert data["per_type"]["DATE"]["gold"] == 3
    assert len(data["errors"]) == 2
    assert "errors" not in _scored().to_dict()


def test_context_is_one_line_with_the_span_marked():
    assert context("ab\ncd  ef gh", 3, 5, width=3) == "ab [cd] e"


def test_text_report_shows_figures_table_and_mistakes():
    report = timex_report(_scored(), title="test", errors=1)

    assert "strict          25.0    25.0    25.0" in report
    assert "value F1                        50.0" in report
    assert "DURATION       1       0.0      100.0      100.0    100.0" in report
    assert "mistakes: missed 1, spurious 1, span 2, type 1, value 1" in report
    assert "gold    'on Monday' DATE 1998-01-12" in report
    assert "'three months'" not in report  # only one mistake asked for
