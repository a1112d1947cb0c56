"""The event ranker: candidates and features of a parsed sentence, weights as data, fallback."""

from __future__ import annotations

import json
from datetime import date

import pytest

from service.events import link, ranker
from service.events.linker import contexts, parse_sentences
from service.events.ranker import Weights, candidates, features, load_weights, time_direction
from tests.events.conftest import PUBLISHED, expression

REPORTED = "Rebels killed three soldiers on Monday, officials said."
FRONTED = "On Monday, the police arrested two men and the court released them."


def _context(text: str, phrase: str, value: str = "2023-08-28"):
    timex = expression(text, phrase, value)
    docs, sentences = parse_sentences(text, [timex])
    return contexts([timex], docs, sentences, PUBLISHED)[0]


def _features(text: str, phrase: str, word: str) -> list[str]:
    context = _context(text, phrase)
    (token,) = [t for t in candidates(context.timex) if t.text == word]
    return features(context, token)


def test_candidates_are_content_words_outside_the_time_expression():
    context = _context(REPORTED, "Monday")
    words = [t.text for t in candidates(context.timex)]
    assert words == ["Rebels", "killed", "soldiers", "officials", "said"]


def test_features_of_the_verb_the_time_phrase_hangs_on():
    found = _features(REPORTED, "Monday", "killed")
    # up through "on" to the verb, which the rules pick too
    assert {"path=2_0", "prep=on", "rule_primary", "cross=none", "pos=VERB",
            "tense=past_VBD", "dist=before4"} <= set(found)


def test_features_of_the_reporting_verb_above_it():
    found = set(_features(REPORTED, "Monday", "said"))
    # one clause boundary (the reported clause) and one verb between
    assert {"lex=reporting", "path=3_0", "cross=ccomp", "verb_ancestor=1_VERB",
            "under=ccomp_VERB", "prim_head=ccomp", "commas=1"} <= found
    assert "rule_primary" not in found


def test_features_of_a_conjunct_with_its_own_subject():
    found = set(_features(FRONTED, "Monday", "released"))
    assert {"fronted_after", "prim_child=conj", "prim_child_subject=conj_True",
            "cross=conj"} <= found


def test_a_word_another_time_expression_picks_is_marked():
    text = "The talks began on Monday and ended on Friday."
    first, second = (expression(text, "Monday"), expression(text, "Friday"))
    docs, sentences = parse_sentences(text, [first, second])
    monday = contexts([first, second], docs, sentences, PUBLISHED)[0]
    ended = next(t for t in candidates(monday.timex) if t.text == "ended")
    assert {"other_timex", "other_pick"} <= set(features(monday, ended))


@pytest.mark.parametrize(
    ("value", "direction"),
    [("2023-08-31", "present"), ("2023-08", "present"), ("2023-W35", "present"),
     ("2023-08-30", "past"), ("2022", "past"), ("2023-09-01", "future"),
     ("2023-W36", "future"), ("FUTURE_REF", "future"), ("P3M", "unknown"),
     ("XXXX-WXX-7", "unknown")],
)
def test_time_direction_against_publication(value, direction):
    assert time_direction(value, date(2023, 8, 31)) == direction


def test_weights_round_trip_and_score(tmp_path):
    weights = Weights({"pos=VERB": 2.0, "w=said": -1.0}, bias=-1.0, threshold=0.6,
                      switch_margin=0.2, event_words={"attack": "high"}, doubt_threshold=0.3)
    path = tmp_path / "weights.json"
    weights.save(path)
    loaded = load_weights(path)
    assert loaded == weights
    assert loaded.probability(["pos=VERB"]) == pytest.approx(1 / (1 + 2.718281828 ** -1.0))
    assert loaded.probability(["pos=VERB", "w=said", "unknown"]) == pytest.approx(0.5)


def test_an_unknown_format_is_refused(tmp_path):
    path = tmp_path / "weights.json"
    path.write_text(json.dumps({"format": 99, "weights": {}, "bias": 0, "threshold": 0.5}))
    with pytest.raises(ValueError, match="format"):
        load_weights(path)


def test_the_shipped_weights_load():
    weights = load_weights()
    assert weights is not None
    assert 0.0 < weights.threshold < 1.0
    assert weights.weights and weights.event_words


def test_without_a_weights_file_the_linker_uses_the_rules(tmp_path, monkeypatch):
    text = FRONTED
    timex = [expression(text, "Monday")]
    rules = [e.trigger.text for e in link(text, timex, PUBLISHED, weights=None)]
    monkeypatch.setattr(ranker, "WEIGHTS_PATH", tmp_path / "absent.json")
    assert load_weights() is None
    assert [e.trigger.text for e in link(text, timex, PUBLISHED)] == rules == ["arrested"]


def test_weights_attach_extra_events_above_the_threshold():
    text = FRONTED
    timex = [expression(text, "Monday")]
    likes_conjuncts = Weights({"prim_child=conj": 10.0}, bias=-5.0, threshold=0.5)
    found = [e.trigger.text for e in link(text, timex, PUBLISHED, weights=likes_conjuncts)]
    assert found == ["arrested", "released"]
    stricter = Weights({"prim_child=conj": 10.0}, bias=-5.0, threshold=0.995)
    assert [e.trigger.text for e in link(text, timex, PUBLISHED, weights=stricter)] == [
        "arrested"]


def test_a_doubted_pick_lowers_the_bar_for_the_other_words():
    text = "In heavy trading Thursday, the company's shares slipped 40 cents."
    timex = [expression(text, "Thursday")]
    # "trading" scores 0.27: under the bar while the pick is trusted, over it when not
    trusted = Weights({"w=trading": 4.0, "rule_primary": 10.0}, bias=-5.0, threshold=0.5,
                      doubt_threshold=0.2)
    doubted = Weights({"w=trading": 4.0, "rule_primary": 0.0}, bias=-5.0, threshold=0.5,
                      doubt_threshold=0.2)
    one_bar = Weights({"w=trading": 4.0}, bias=-5.0, threshold=0.5)
    assert [e.trigger.text for e in link(text, timex, PUBLISHED, weights=trusted)] == [
        "slipped"]
    assert [e.trigger.text for e in link(text, timex, PUBLISHED, weights=doubted)] == [
        "slipped", "trading"]
    assert [e.trigger.text for e in link(text, timex, PUBLISHED, weights=one_bar)] == [
        "slipped"]
    assert doubted.bar(0.49) == 0.2 and doubted.bar(0.5) == 0.5 and one_bar.bar(0.1) == 0.5


def test_a_confident_ranker_replaces_the_rules_pick_only_with_a_switch_margin():
    text = FRONTED
    timex = [expression(text, "Monday")]
    prefers = {"w=released": 10.0}
    keep = Weights(prefers, bias=-5.0, threshold=1.0)
    assert [e.trigger.text for e in link(text, timex, PUBLISHED, weights=keep)] == ["arrested"]
    switch = Weights(prefers, bias=-5.0, threshold=1.0, switch_margin=0.5)
    assert [e.trigger.text for e in link(text, timex, PUBLISHED, weights=switch)] == [
        "released"]


def test_ancestor_chains_are_shared_but_each_is_its_own_words_path():
    context = _context("Rebels who had crossed the river killed three soldiers on Monday near "
                       "the town, officials said.", "Monday")
    doc = context.timex.doc
    for token in reversed(list(doc)):  # leaves first, so later chains reuse cached ones
        walked = [token]
        while walked[-1].head.i != walked[-1].i:
            walked.append(walked[-1].head)
        assert [t.i for t in ranker._chain(token)] == [t.i for t in walked]
        assert ranker._chain_index(token) == {t.i: n for n, t in enumerate(walked)}



def _triggers(text: str, phrase: str, weights: Weights, value: str = "2023-08-28") -> list[str]:
    timex = [expression(text, phrase, value)]
    return [e.trigger.text for e in link(text, timex, PUBLISHED, weights=weights)]


def test_a_pick_doubted_under_the_lower_bar_gives_way_to_a_likely_word():
    # the pick "arrested" scores 0.007, "released" 0.99
    likes = {"w=released": 10.0}
    assert _triggers(FRONTED, "Monday", Weights(likes, bias=-5.0, threshold=0.5,
                                                doubt_threshold=0.3)) == ["released"]
    # one bar: the pick stays first, "released" joins it
    assert _triggers(FRONTED, "Monday", Weights(likes, bias=-5.0, threshold=0.5)) == [
        "arrested", "released"]
    # no word likely enough: the doubted pick stays
    assert _triggers(FRONTED, "Monday", Weights({}, bias=-5.0, threshold=0.5,
                                                doubt_threshold=0.3)) == ["arrested"]


def test_a_doubted_pick_never_gives_way_to_its_head():
    text = "The ministers voted to support the republic on Friday."
    weights = Weights({"w=voted": 10.0}, bias=-5.0, threshold=0.5, doubt_threshold=0.3)
    assert _triggers(text, "Friday", weights) == ["support", "voted"]


def test_a_noun_the_time_phrase_touches_never_gives_way():
    text = "The robbery on Thursday night left two guards injured."
    weights = Weights({"w=left": 10.0}, bias=-5.0, threshold=0.5, doubt_threshold=0.3)
    assert _triggers(text, "Thursday night", weights) == ["robbery", "left"]


def test_the_pick_of_a_nearer_time_is_never_an_extra():
    text = "In 2021, the company acquired a rival and laid off 1,200 workers the following year."
    weights = Weights({"w=laid": 10.0}, bias=-5.0, threshold=0.5)
    timexes = [expression(text, "2021", "2021"), expression(text, "the following year", "2022")]
    events = link(text, timexes, PUBLISHED, weights=weights)
    assert [(e.when.text, e.trigger.text) for e in events] == [
        ("2021", "acquired"), ("the following year", "laid")]


def test_a_word_a_since_phrase_holding_the_pick_hangs_on_is_never_an_extra():
    text = "The border has been closed since the end of the war with its neighbours in 1953."
    weights = Weights({"w=closed": 10.0}, bias=-5.0, threshold=0.5)
    assert _triggers(text, "1953", weights, "1953") == ["end"]
    # "during" dates rather than orders: the word may join
    text = "The border was closed during the war with its neighbours in 1953."
    assert _triggers(text, "1953", weights, "1953") == ["war", "closed"]


def test_a_doubted_pick_does_not_give_way_to_the_word_above_its_preposition():
    """"is due to land in Hanoi": the rules' "land" hangs on "to", which hangs on "due";
    "due" is passed over on purpose, as the pick's own head is."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from service.events.ranker import may_succeed

    doc = Doc(Vocab(), words=["plane", "is", "due", "to", "land"],
              heads=[1, 1, 1, 2, 3], deps=["nsubj", "ROOT", "acomp", "prep", "pobj"],
              pos=["NOUN", "AUX", "ADJ", "ADP", "NOUN"])
    land, due, plane = doc[4], doc[2], doc[0]
    assert not may_succeed(land, due)
    assert not may_succeed(land, doc[3])
    assert may_succeed(land, plane)
