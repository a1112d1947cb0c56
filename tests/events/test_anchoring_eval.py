"""Anchoring accuracy on a tiny TimeML-shaped corpus (tagger faked)."""

from __future__ import annotations

from service.evaluation.anchoring import anchoring_links, evaluate

TEXT = ("The U.S. sanctioned three entities on Aug. 17. Kirby spoke. "
        "North Korea provided rockets in 2022 and sold shells.")


def _span(phrase: str, **extra) -> dict:
    start = TEXT.index(phrase)
    return {"start": start, "end": start + len(phrase), "text": phrase, **extra}


DOCUMENT = {
    "id": "d1",
    "dct": "2023-08-31",
    "text": TEXT,
    "timexes": [_span("Aug. 17", tid="t1", type="DATE", value="2023-08-17"),
                _span("2022", tid="t2", type="DATE", value="2022")],
    "events": [_span("sanctioned", eid="e1"), _span("spoke", eid="e2"),
               _span("provided", eid="e3"), _span("sold", eid="e4")],
    "tlinks": [
        {"lid": "l1", "relType": "IS_INCLUDED", "eventID": "e1", "relatedToTime": "t1"},
        # the same pair the other way round counts once
        {"lid": "l2", "relType": "INCLUDES", "timeID": "t1", "relatedToEvent": "e1"},
        # another sentence: not an anchoring link
        {"lid": "l3", "relType": "IS_INCLUDED", "eventID": "e2", "relatedToTime": "t1"},
        # not a relation that dates the event
        {"lid": "l4", "relType": "BEFORE", "eventID": "e4", "relatedToTime": "t1"},
        {"lid": "l5", "relType": "IS_INCLUDED", "eventID": "e3", "relatedToTime": "t2"},
        {"lid": "l6", "relType": "DURING", "eventID": "e4", "relatedToTime": "t2"},
    ],
}


def test_anchoring_links_same_sentence_and_dating_relations_only():
    pairs = {(e["eid"], t["tid"]) for e, t in anchoring_links(DOCUMENT)}
    assert pairs == {("e1", "t1"), ("e3", "t2"), ("e4", "t2")}


def test_evaluate_with_gold_timexes_and_a_tagger_that_misses_one():
    from service.temporal.expression import TimeExpression

    def tagger(text, published):  # finds "Aug. 17" only, with a wider span
        start = text.index("on Aug. 17")
        return [TimeExpression(start, start + 10, "on Aug. 17", "DATE", "2023-08-17")]

    figures = evaluate([DOCUMENT], tagger=tagger)
    assert figures["gold_links"] == 3
    # "sanctioned" and "provided" are right; "sold" shares 2022 with "provided"
    assert figures["anchoring_accuracy_gold_timexes"] == round(200 / 3, 2)
    assert figures["ceiling"] == round(200 / 3, 2)
    assert figures["anchoring_accuracy_per_timex_gold_timexes"] == 100.0
    # the tagger missed 2022: only the Aug. 17 link can be right
    assert figures["anchoring_accuracy"] == round(100 / 3, 2)
    assert figures["anchoring_accuracy_per_timex"] == 50.0
    assert figures["timex_event_coverage"] == 100.0
    assert figures["timex_event_coverage_tagger"] == 50.0
