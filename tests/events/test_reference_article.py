"""The reference article: the events of the table in shared/examples/README.md.

The linking half uses hand-placed expressions (so it tests linking alone); the
end-to-end half runs ``service.timeline.build`` and is skipped while the
tagger is a placeholder.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from service.events import link
from service.temporal import tag
from service.temporal.expression import Interval, TimeExpression
from service.timeline import build

ARTICLE = Path(__file__).resolve().parent.parent / "data" / (
    "white-house-russia-north-korea-2023-08-31.txt"
)
PUBLISHED = date(2023, 8, 31)

# phrase -> (trigger, words the headline contains, modality, {(participant, role)})
TABLE = {
    "Aug. 30": ("reported", "Reuters reported", "asserted", {("Reuters", "agent")}),
    "coming months": ("continue", "High-level discussions may continue", "possible", set()),
    "2022": ("provided", "North Korea has provided infantry rockets and missiles", "reported",
             {("North Korea", "agent"), ("Russia", "other")}),
    "since then": ("seeking", "Moscow has been seeking further arms supplies", "reported",
                   {("Moscow", "agent")}),
    "the spring of 2023": ("approached", "Moscow approached Pyongyang", "reported",
                           {("Moscow", "agent"), ("Pyongyang", "patient")}),
    "1953": ("end", "the end of the war", "asserted", set()),
    "Earlier in August": ("visited", "Shoigu visited North Korea's capital", "asserted",
                          {("Sergei Shoigu", "agent"), ("North Korea", "other")}),
    "Aug. 17": ("sanctioned", "the U.S. sanctioned three entities", "asserted",
                {("U.S.", "agent")}),
    "late July": ("reported", "U.S. intelligence reported that China is providing Moscow",
                  "asserted", {("U.S.", "agent")}),
}
SOURCES = {"coming months": "John Kirby", "2022": "John Kirby", "since then": "John Kirby"}


def _text() -> str:
    return ARTICLE.read_text(encoding="utf-8")


def _hand_placed(text: str) -> list[TimeExpression]:
    expressions = []
    for phrase in TABLE:
        start = text.index(phrase)
        expressions.append(TimeExpression(start, start + len(phrase), phrase, "DATE", "X",
                                          interval=Interval("2023-01-01", "2023-01-02")))
    return expressions


def _check(event, phrase: str) -> None:
    trigger, headline, modality, participants = TABLE[phrase]
    assert event.trigger.text == trigger, phrase
    assert headline in event.headline, (phrase, event.headline)
    assert event.modality == modality, phrase
    assert event.source == SOURCES.get(phrase), phrase
    found = {(p.entity, p.role) for p in event.participants}
    assert participants <= found, (phrase, found)


@pytest.mark.parametrize("phrase", list(TABLE))
def test_linking_the_table_expressions(phrase):
    text = _text()
    dated = [e for e in link(text, _hand_placed(text), PUBLISHED) if e.when.text == phrase]
    _check(_row_event(dated, phrase), phrase)


def _row_event(events, phrase: str):
    """The event of the README row among those the expression dates (others may be extra)."""
    trigger = TABLE[phrase][0]
    return next((e for e in events if e.trigger.text == trigger), events[0] if events else None)


TAGGER_READY = tag("Aug. 30", PUBLISHED) != []


@pytest.mark.skipif(not TAGGER_READY, reason="the tagger is still a placeholder")
def test_build_end_to_end():
    timeline = build(_text(), PUBLISHED, title="White House: Russia, North Korea talks")
    data = timeline.to_dict()
    by_phrase = {}
    for phrase in TABLE:
        dated = [e for e in timeline.events + timeline.undated if phrase in e.when.text]
        if dated:
            by_phrase[phrase] = _row_event(dated, phrase)
    assert set(by_phrase) == set(TABLE)
    # "may" (twice), "We" and "now" are not dates, so they date no event
    whens = {e["when"]["text"].lower() for e in data["events"] + data["undated"]}
    assert not whens & {"may", "we", "now"}
    for phrase, event in by_phrase.items():
        _check(event, phrase)
    # dated events in time order, the vague future apart
    starts = [e["when"]["interval"]["start"] for e in data["events"]]
    assert starts == sorted(starts)
    assert [e["when"]["value"] for e in data["undated"]] == ["FUTURE_REF"]
    assert [e["id"] for e in data["events"] + data["undated"]] == [
        f"e{n}" for n in range(1, len(data["events"]) + len(data["undated"]) + 1)
    ]
    assert data["events"][0]["trigger"]["text"] == "end"  # 1953 comes first
