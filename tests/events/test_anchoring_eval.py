"""Anchoring accuracy and precision on tiny TimeML-shaped corpora (tagger or linker faked)."""

from __future__ import annotations

from service.evaluation.anchoring import anchoring_links, evaluate, gold_expressions
from service.events.event import Event, TextSpan

TEXT = ("The U.S. sanctioned three entities on Aug. 17. Kirby spoke. "
        "North Korea provided rockets in 2022 and sold shells.")


def _span(phrase: str, text: str = TEXT, **extra) -> dict:
    start = text.index(phrase)
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
    # "sanctioned" and "provided" are right; "sold" shares 2022 with "provided", but the
    # time phrase follows "provided" only, and no rule dates the next conjunct with it
    assert figures["anchoring_accuracy_gold_timexes"] == round(200 / 3, 2)
    assert figures["ceiling"] == round(200 / 3, 2)
    assert figures["anchoring_accuracy_per_timex_gold_timexes"] == 100.0
    # one event attached to each of the two linked timexes, both gold
    assert figures["attached_events_gold_timexes"] == 2
    assert figures["anchoring_precision_gold_timexes"] == 100.0
    # the tagger missed 2022: only the Aug. 17 link can be right
    assert figures["anchoring_accuracy"] == round(100 / 3, 2)
    assert figures["anchoring_accuracy_per_timex"] == 50.0
    assert figures["anchoring_precision"] == 100.0
    assert figures["timex_event_coverage"] == 100.0
    assert figures["timex_event_coverage_tagger"] == 50.0


SHARED = "Rebels killed three soldiers and wounded six on Monday, officials said Tuesday."


SHARED_DOCUMENT = {
    "id": "d2",
    "dct": "2023-08-31",
    "text": SHARED,
    "timexes": [_span("Monday", SHARED, tid="t1", type="DATE", value="2023-08-28"),
                _span("Tuesday", SHARED, tid="t2", type="DATE", value="2023-08-29")],
    "events": [_span("killed", SHARED, eid="e1"), _span("wounded", SHARED, eid="e2"),
               _span("said", SHARED, eid="e3")],
    "tlinks": [
        {"lid": "l1", "relType": "IS_INCLUDED", "eventID": "e1", "relatedToTime": "t1"},
        {"lid": "l2", "relType": "IS_INCLUDED", "eventID": "e2", "relatedToTime": "t1"},
        {"lid": "l3", "relType": "IS_INCLUDED", "eventID": "e3", "relatedToTime": "t2"},
    ],
}
# What the fake linker attaches to each time expression: Monday dates three words
# (two of them its gold events), Tuesday the wrong one.
ATTACHED = {"Monday": ("wounded", "killed", "soldiers"), "Tuesday": ("killed",)}


def _fake_link(text, expressions, published):
    events = []
    for expression in expressions:
        for word in ATTACHED[expression.text]:
            start = text.index(word)
            events.append(Event(when=expression, trigger=TextSpan(start, start + len(word), word),
                                headline=word, sentence=TextSpan(0, len(text), text)))
    return events


def test_every_attached_event_can_be_right_and_precision_counts_the_wrong_ones():
    figures = evaluate([SHARED_DOCUMENT], tagger=lambda text, published: gold_expressions(
        SHARED_DOCUMENT), linker=_fake_link)
    assert figures["gold_links"] == 3
    # killed and wounded both found at Monday; said not found at Tuesday
    assert figures["anchoring_accuracy_gold_timexes"] == round(200 / 3, 2)
    assert figures["anchoring_accuracy"] == round(200 / 3, 2)
    # one event per expression could get at most one Monday link and the Tuesday one
    assert figures["ceiling"] == round(200 / 3, 2)
    # four pairs attached (three at Monday, one at Tuesday), two of them gold
    assert figures["attached_events_gold_timexes"] == 4
    assert figures["anchoring_precision_gold_timexes"] == 50.0
    assert figures["anchoring_precision"] == 50.0
    assert figures["anchoring_accuracy_per_timex_gold_timexes"] == 50.0


def test_a_fronted_time_dates_both_coordinated_verbs_with_the_real_linker():
    text = "Last week, rebels killed three soldiers and wounded six others."
    start = text.index("Last week")
    document = {
        "id": "d3", "dct": "2023-08-31", "text": text,
        "timexes": [{"tid": "t1", "start": start, "end": start + 9, "text": "Last week",
                     "type": "DATE", "value": "2023-W34"}],
        "events": [{"eid": f"e{n}", "start": text.index(word),
                    "end": text.index(word) + len(word), "text": word}
                   for n, word in enumerate(("killed", "wounded"), 1)],
        "tlinks": [{"lid": f"l{n}", "relType": "IS_INCLUDED", "eventID": f"e{n}",
                    "relatedToTime": "t1"} for n in (1, 2)],
    }
    figures = evaluate([document], tagger=lambda text, published: gold_expressions(document))
    assert figures["anchoring_accuracy_gold_timexes"] == 100.0
    assert figures["ceiling"] == 50.0
    assert figures["attached_events_gold_timexes"] == 2
    assert figures["anchoring_precision_gold_timexes"] == 100.0
