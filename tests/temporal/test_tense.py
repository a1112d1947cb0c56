"""The tense guess reads the same clause cues whether or not a text's cues are cached."""

from __future__ import annotations

from pathlib import Path

from service.temporal import tag
from service.temporal.tense import cue_cache, tense_at
from tests.temporal.test_robustness import PUBLISHED

ARTICLE = (Path(__file__).parents[1] / "data" /
           "white-house-russia-north-korea-2023-08-31.txt").read_text(encoding="utf-8")
EXTRA = ("Talks will resume on Monday. The plant, which had been expected to close, "
         "shut in May. Schools would stay closed through the weekend. The vote is set "
         "for Oct. 3, and lawmakers met on Friday. ")


def test_cached_cues_give_the_same_tense_at_every_expression():
    text = (ARTICLE + "\n\n" + EXTRA) * 6  # long enough to span many chunks
    spans = [(e.start, e.end) for e in tag(text, PUBLISHED)]
    assert len(spans) > 50
    flags = [{}, {"commitments": True}, {"weekday": True}]
    plain = [tense_at(text, s, e, **f) for s, e in spans for f in flags]
    with cue_cache(text):
        cached = [tense_at(text, s, e, **f) for s, e in spans for f in flags]
    assert cached == plain
    assert {"past", "future"} <= set(plain)


def test_the_cache_is_left_with_its_text():
    text = EXTRA * 3
    with cue_cache(text):
        pass
    other = "Lawmakers will vote on Tuesday."
    start = other.index("Tuesday")
    assert tense_at(other, start, start + 7) == "future"
