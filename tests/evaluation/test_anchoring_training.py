"""Training the event ranker on tiny hand-written TimeML-shaped corpora.

Each document is one sentence of one shape: a fronted time, a verb, and a
coordinated clause with its own subject ("On Monday, the police arrested two
men and the court released them").  The rules date the first verb only; when
the gold links date both, training must learn to attach the conjunct, and must
not when they date the first alone.
"""

from __future__ import annotations

import argparse
import json
from datetime import date

import pytest

from service.commands import eval_cmd, train_anchoring_cmd
from service.evaluation.anchoring import gold_expressions
from service.evaluation.anchoring_training import (
    build_groups,
    cross_validate,
    folds,
    pick_thresholds,
    train,
    word_counts,
)
from service.events import link
from service.events.ranker import load_weights

SENTENCES = [
    ("Monday", "police", "arrested", "men", "court", "released"),
    ("Friday", "army", "captured", "towns", "rebels", "fled"),
    ("Tuesday", "guards", "searched", "cars", "drivers", "left"),
    ("Sunday", "voters", "elected", "mayors", "council", "welcomed"),
    ("Wednesday", "troops", "seized", "villages", "residents", "abandoned"),
    ("Thursday", "bank", "sold", "shares", "fund", "bought"),
]
UNSEEN = "On Saturday, the workers blocked two roads and the police cleared them."


def _document(number: int, words: tuple[str, ...], *, both: bool) -> dict:
    day, agent, verb, objects, other, second = words
    text = f"On {day}, the {agent} {verb} two {objects} and the {other} {second} them."

    def span(word: str, **extra) -> dict:
        start = text.index(f" {word}") + 1  # a whole word: each appears once
        return {"start": start, "end": start + len(word), "text": word, **extra}

    linked = ("e1", "e2") if both else ("e1",)
    return {
        "id": f"d{number}", "dct": "2023-08-31", "text": text,
        "timexes": [span(day, tid="t1", type="DATE", value="2023-08-28")],
        "events": [span(verb, eid="e1"), span(second, eid="e2")],
        "tlinks": [{"lid": f"l{n}", "relType": "IS_INCLUDED", "eventID": eid,
                    "relatedToTime": "t1"} for n, eid in enumerate(linked, 1)],
    }


def _corpus(*, both: bool) -> list[dict]:
    return [_document(n, words, both=both) for n, words in enumerate(SENTENCES)]


def _trained(documents: list[dict]):
    counts = {n: word_counts(d) for n, d in enumerate(documents)}
    return train(build_groups(documents), counts)


def _triggers(weights) -> list[str]:
    start = UNSEEN.index("Saturday")
    [timex] = gold_expressions({"timexes": [{"start": start, "end": start + 8,
                                             "text": "Saturday", "type": "DATE",
                                             "value": "2023-08-26"}]})
    return [e.trigger.text for e in link(UNSEEN, [timex], date(2023, 8, 31), weights=weights)]


def test_examples_are_labelled_by_the_gold_links():
    groups = build_groups(_corpus(both=True))
    assert len(groups) == len(SENTENCES)
    first = groups[0]
    labelled = {row[4]: label for row, label in zip(first.features, first.labels, strict=True)}
    assert labelled == {"w=police": 0, "w=arrested": 1, "w=men": 0, "w=court": 0,
                        "w=released": 1}
    assert first.gold_events == 2
    assert sum(first.primary) == 1


def test_training_learns_to_date_the_conjunct_when_gold_does():
    assert _triggers(None) == ["blocked"]  # the rules alone
    assert _triggers(_trained(_corpus(both=True))) == ["blocked", "cleared"]


def test_training_keeps_one_event_when_gold_dates_only_the_first_verb():
    assert _triggers(_trained(_corpus(both=False))) == ["blocked"]


@pytest.mark.parametrize("both", [True, False])
def test_the_bars_are_picked_inside_the_training_documents(both):
    documents = _corpus(both=both)
    counts = {n: word_counts(d) for n, d in enumerate(documents)}
    groups = build_groups(documents)
    threshold, doubt = pick_thresholds(groups, counts)
    assert 0.0 < doubt <= threshold < 1.0
    weights = train(groups, counts)
    assert (weights.threshold, weights.doubt_threshold) == (threshold, doubt)
    fixed = train(groups, counts, threshold=0.6)  # a bar given: the only one
    assert (fixed.threshold, fixed.doubt_threshold) == (0.6, None)


def test_folds_are_deterministic_and_cover_every_document_once():
    assert folds(5, 2) == [[0, 2, 4], [1, 3]]
    assert sorted(sum(folds(7, 3), [])) == list(range(7))


def test_cross_validation_links_each_fold_with_weights_from_the_others():
    figures = cross_validate(_corpus(both=True), 2)
    assert figures["gold_links"] == 2 * len(SENTENCES)
    assert figures["anchoring_accuracy_gold_timexes"] == 100.0
    assert figures["anchoring_precision_gold_timexes"] == 100.0
    with pytest.raises(ValueError):
        cross_validate(_corpus(both=True), 1)


def _run(module, name: str, argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="timeline")
    module.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args([name, *argv])
    return args.func(args)


@pytest.fixture
def corpus_path(tmp_path):
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in _corpus(both=True)) + "\n")
    return path


def test_eval_events_folds_reports_cross_validated_figures(corpus_path, capsys):
    assert _run(eval_cmd, "eval", [str(corpus_path), "--events", "--folds", "2", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["gold_links"] == 2 * len(SENTENCES)
    assert figures["anchoring_accuracy_gold_timexes"] == 100.0
    assert _run(eval_cmd, "eval", [str(corpus_path), "--events", "--folds", "2"]) == 0
    assert "2-fold cross-validated" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["--folds", "2"], ["--events", "--folds", "1"]])
def test_eval_folds_misuse_is_refused(corpus_path, capsys, argv):
    assert _run(eval_cmd, "eval", [str(corpus_path), *argv]) == 2
    assert "--folds" in capsys.readouterr().err


def test_train_anchoring_writes_weights_the_linker_can_load(corpus_path, tmp_path, capsys):
    out = tmp_path / "weights.json"
    assert _run(train_anchoring_cmd, "train-anchoring", [str(corpus_path), "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    weights = load_weights(out)
    assert weights is not None and weights.weights
    assert _triggers(weights) == ["blocked", "cleared"]


def test_train_anchoring_refuses_a_corpus_without_links(tmp_path, capsys):
    path = tmp_path / "bare.jsonl"
    bare = {**_document(0, SENTENCES[0], both=True), "tlinks": []}
    path.write_text(json.dumps(bare) + "\n")
    assert _run(train_anchoring_cmd, "train-anchoring",
                [str(path), "--out", str(tmp_path / "w.json")]) == 2
    assert "no gold" in capsys.readouterr().err
