"""One time expression dating several events: each clause shape of service.events.secondary.

Sentences are made up; each shape is checked both ways (the rule attaches the
extra event, and a near miss does not), and extra events are checked to be
full events (headline, participants, modality, the same ``when``).
"""

from __future__ import annotations

import pytest

from service.temporal.expression import Interval
from service.timeline.timeline import assemble
from tests.events.conftest import PUBLISHED, expression


def _triggers(events) -> list[str]:
    return [e.trigger.text for e in events]


@pytest.mark.parametrize(
    ("text", "phrase", "triggers"),
    [
        # a measure noun dated before it, as subject: the noun and its verb
        ("Third-quarter revenue jumped 12% to $4 billion.", "Third-quarter",
         ["revenue", "jumped"]),
        ("Tuesday's explosion destroyed two buildings.", "Tuesday", ["explosion", "destroyed"]),
        # an aspectual verb: the event it begins
        ("The company began selling the phones in March.", "March", ["began", "selling"]),
        ("Workers will start building the bridge next year.", "next year",
         ["start", "building"]),
        # coordination with the time before both verbs and one subject
        ("On Monday, the police arrested two men and charged them with theft.", "Monday",
         ["arrested", "charged"]),
        # an event noun in a phrase of the verb, the time hung on the verb
        ("He was charged with murder Thursday.", "Thursday", ["murder", "charged"]),
        ("The shares fell in heavy trading Friday.", "Friday", ["trading", "fell"]),
    ],
)
def test_shapes_where_one_time_dates_two_events(events_at, text, phrase, triggers):
    events = events_at(text, phrase)
    assert _triggers(events) == triggers
    assert all(e.when.text == phrase for e in events)


@pytest.mark.parametrize(
    ("text", "phrase", "trigger"),
    [
        # the time follows the first conjunct: it is that conjunct's own
        ("The police arrested two men on Monday and charged them later.", "Monday", "arrested"),
        # a conjunct with its own subject is another clause
        ("On Monday, the police arrested two men and the court released them.", "Monday",
         "arrested"),
        # "and said ...": the report is a separate act
        ("On Monday, the minister visited the plant and said it would reopen.", "Monday",
         "visited"),
        # the complement of a reporting verb is not dated by the report (gold agrees
        # with it 11 times in 98 on TimeBank)
        ("The company said Friday it would buy the plant.", "Friday", "said"),
        # a relative clause dates its own verb, not the noun it modifies
        ("The accord, which was signed yesterday, ends the strike.", "yesterday", "signed"),
    ],
)
def test_near_misses_keep_a_single_event(events_at, text, phrase, trigger):
    assert _triggers(events_at(text, phrase)) == [trigger]


def test_a_relative_clause_time_does_not_date_the_clause_above(events_at):
    # the learnt ranker alone would add "held", the main clause's verb
    text = ("The suspect, who was arrested Thursday night at a relative's home, is being held"
            " without bond.")
    events = events_at(text, "Thursday night", value="2023-08-24TNI", type_="TIME")
    assert _triggers(events) == ["arrested"]


def test_a_verb_ordered_by_a_temporal_phrase_is_not_dated_by_it(events_at):
    text = "The region has been militarized since the end of the war in 1953."
    triggers = _triggers(events_at(text, "1953"))
    assert triggers[0] == "end"
    assert "militarized" not in triggers  # after 1953, not in it


def test_a_coordinated_event_is_a_full_event_with_its_own_clause(events_at):
    text = "Last week, Russian police detained two activists and questioned them in Moscow."
    first, second = events_at(text, "Last week")
    assert second.trigger.text == "questioned"
    assert second.headline == "Russian police questioned them"  # the shared subject
    assert second.location == "Moscow"
    assert "Moscow" in {p.text for p in second.participants}
    assert "Moscow" not in {p.text for p in first.participants}
    assert second.sentence == first.sentence
    assert second.when == first.when


def test_the_begun_event_shares_the_modality_of_the_aspectual_verb(events_at):
    events = events_at("Next week, the ministry will begin testing the vaccine.", "Next week")
    assert [(e.trigger.text, e.modality) for e in events] == [
        ("begin", "planned"), ("testing", "planned")
    ]
    assert "testing the vaccine" in events[1].headline


def test_duplicates_are_still_merged_on_trigger_and_time():
    from service.events import link

    sentence = "On Monday, the police arrested two men and charged them. "
    text = sentence * 2
    week = Interval("2023-08-28", "2023-08-29")
    expressions = [
        expression(text, "Monday", interval=week),
        expression(text, "Monday", after="them.", interval=week),
    ]
    events = link(text, expressions, PUBLISHED)
    assert len(events) == 4
    timeline = assemble(events, expressions, PUBLISHED)
    assert [e.trigger.text for e in timeline.events] == ["arrested", "charged"]
