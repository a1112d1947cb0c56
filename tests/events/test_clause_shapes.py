"""The trigger and headline for each clause shape a time phrase sits in."""

from __future__ import annotations

import pytest

from service.events import link
from service.temporal.expression import TimeExpression
from tests.events.conftest import PUBLISHED, expression

CASES = [
    # (sentence, time phrase, trigger, words the headline must contain in order)
    ("The U.S. sanctioned three entities on Aug. 17.", "Aug. 17", "sanctioned",
     "The U.S. sanctioned three entities"),
    # fronted time phrase
    ("On Aug. 17, the U.S. sanctioned three entities.", "Aug. 17", "sanctioned",
     "the U.S. sanctioned three entities"),
    ("Earlier in August, Sergei Shoigu visited North Korea's capital.", "Earlier in August",
     "visited", "Sergei Shoigu visited North Korea's capital"),
    # passive
    ("Three entities were sanctioned by the U.S. on Aug. 17.", "Aug. 17", "sanctioned",
     "Three entities were sanctioned by the U.S."),
    # reported speech: the reporting act, and the reported event
    ("Reuters reported on Aug. 30 that talks were advancing.", "Aug. 30", "reported",
     "Reuters reported"),
    ("Officials reported on Tuesday that prices rose sharply.", "Tuesday", "reported",
     "Officials reported that prices rose"),
    # a reporting verb with an addressee still gives what was said, a copula its predicate
    ("Two officials told Reuters on Monday that the deal was off.", "Monday", "told",
     "Two officials told Reuters that the deal was off"),
    ("Kirby said North Korea provided rockets to Russia in 2022.", "2022", "provided",
     "North Korea provided rockets"),
    # relative clause: the subject is the noun it modifies
    ("The minister, who visited Pyongyang on Aug. 17, returned home.", "Aug. 17", "visited",
     "The minister visited Pyongyang"),
    # coordination without its own subject inherits the first conjunct's
    ("Shoigu arrived in Pyongyang and met Kim on Tuesday.", "Tuesday", "met", "Shoigu met Kim"),
    # control verb: the plan is part of the headline
    ("Putin plans to visit Beijing in October.", "October", "visit",
     "Putin plans to visit Beijing"),
    # event noun: the time phrase dates the noun, not the verb
    ("North Korea has been militarized since the end of the war with its neighbors in 1953.",
     "1953", "end", "the end of the war"),
    ("Prices rose after the invasion in 2022.", "2022", "invasion", "the invasion"),
    # copula with an event subject
    ("The summit was on Tuesday.", "Tuesday", "summit", "The summit"),
    # a participle complement describes the main verb's event
    ("The boy was found floating off the coast on Thanksgiving Day.", "Thanksgiving Day",
     "found", "The boy was found"),
    # an infinitive complement is its own event
    ("The ministers voted to support the republic on Friday.", "Friday", "support",
     "The ministers voted to support the republic"),
    # a time expression modifying a noun names that noun's event
    ("Analysts discussed the third-quarter results.", "third-quarter", "results",
     "the results"),
    # an adjective's infinitive complement: the subject is the copula's
    ("Biden is due to travel to Japan next week.", "next week", "travel",
     "Biden is due to travel to Japan"),
    # a copula's prepositional predicate belongs to the headline
    ("Rates have been at their highest level since July.", "July", "been",
     "Rates have been at their highest level"),
    # a bare conjunct reads with its first conjunct's auxiliaries and governor
    ("Shoigu will arrive in Pyongyang and meet Kim on Tuesday.", "Tuesday", "meet",
     "Shoigu will meet Kim"),
    ("The talks are expected to resume and conclude on Friday.", "Friday", "conclude",
     "The talks are expected to conclude"),
    # ... but not a finite conjunct with a tense of its own
    ("Shoigu did not arrive in Pyongyang but met Kim on Tuesday.", "Tuesday", "met",
     "Shoigu met Kim"),
    # a gerund or participle clause before the main clause takes its subject, which leads
    ("Since taking office in 2021, Biden has signed 30 bills.", "2021", "taking",
     "Biden taking office"),
    ("Born in Ohio in 1932, Smith moved to Portland.", "1932", "Born", "Smith born in Ohio"),
    # an aspectual verb keeps what it begins or ends
    ("In 1975 she began taking in women who had fled abusive homes.", "1975", "began",
     "she began taking in women"),
    # a hyphenated word is kept whole in the headline
    ("Police arrested a 24-year-old man on Saturday.", "Saturday", "arrested",
     "Police arrested a 24-year-old man"),
    ("A 5-4 vote on Friday upheld the law.", "Friday", "vote", "A 5-4 vote"),
    # a time phrase between an event subject and its verb dates the subject, wherever the
    # parser hangs it; an agent subject leaves the verb
    ("The robbery on Thursday night left two guards injured.", "Thursday night", "robbery",
     "The robbery"),
    ("The crash last week killed two pilots.", "last week", "crash", "The crash"),
    ("The meeting in Geneva on Friday ended without a deal.", "Friday", "meeting",
     "The meeting"),
    ("The company on Monday reported a loss.", "Monday", "reported",
     "The company reported a loss"),
]


@pytest.mark.parametrize(("text", "phrase", "trigger", "headline"), CASES)
def test_trigger_and_headline(event_at, text, phrase, trigger, headline):
    event = event_at(text, phrase)
    assert event.trigger.text == trigger
    assert text[event.trigger.start:event.trigger.end] == trigger
    assert headline in event.headline
    assert phrase not in event.headline  # the date is shown apart, not repeated


def test_a_report_before_its_verb_is_not_joined_backwards(event_at):
    event = event_at("Talks are advancing, Reuters reported on Aug. 30.", "Aug. 30")
    assert event.trigger.text == "reported"
    assert event.headline == "Reuters reported"


def test_two_dates_in_one_sentence_give_two_events():
    text = ("North Korea provided rockets in 2022, and Moscow has been seeking arms "
            "since then.")
    events = link(text, [expression(text, "2022", "2022"), expression(text, "since then",
                                                                       "2022")], PUBLISHED)
    assert [e.trigger.text for e in events] == ["provided", "seeking"]
    assert events[1].headline.startswith("Moscow has been seeking")


def test_a_conjunct_with_its_own_time_is_not_shared():
    text = "In 2021, the company acquired a rival and laid off 1,200 workers the following year."
    events = link(text, [expression(text, "2021", "2021"),
                         expression(text, "the following year", "2022")], PUBLISHED)
    assert [(e.when.text, e.trigger.text) for e in events] == [
        ("2021", "acquired"), ("the following year", "laid")]


def test_a_clause_hanging_from_the_time_keeps_its_subject_and_object():
    text = "The war began in 2022, when Russia invaded Ukraine."
    events = link(text, [expression(text, "2022", "2022")], PUBLISHED)
    invaded = next(e for e in events if e.trigger.text == "invaded")
    assert invaded.headline == "Russia invaded Ukraine"


def test_a_possessive_date_leaves_no_trace_in_the_headline(event_at):
    event = event_at("Police have not identified the victims of Saturday's crash.", "Saturday")
    assert event.trigger.text == "crash"
    assert event.headline == "crash"


def test_sentence_offsets_point_into_the_article(event_at):
    text = "Prices fell. The U.S. sanctioned three entities on Aug. 17. Talks resumed."
    event = event_at(text, "Aug. 17")
    assert event.sentence.text == "The U.S. sanctioned three entities on Aug. 17."
    assert text[event.sentence.start:event.sentence.end] == event.sentence.text


def test_no_expressions_no_events():
    assert link("The U.S. sanctioned three entities.", [], PUBLISHED) == []


def test_text_without_sentence_breaks_is_parsed_around_the_expression():
    filler = "and the talks went on " * 20000  # ~440 kB, no sentence boundary
    text = filler + "the U.S. sanctioned three entities on Aug. 17 " + filler
    events = link(text, [expression(text, "Aug. 17")], PUBLISHED)
    assert events[0].trigger.text == "sanctioned"
    assert len(events[0].sentence.text) < 1000


def test_copular_predicate_is_the_event_and_the_copula_clause_its_headline(event_at):
    event = event_at("The reduced dividend is payable Jan. 2 to holders.", "Jan. 2")
    assert event.trigger.text == "payable"
    assert event.headline.startswith("The reduced dividend is payable")


def test_a_text_without_sentence_breaks_is_parsed_in_blocks_around_its_expressions():
    from service.events.linker import BLOCK, parse_sentences

    text = "the talks went on and the U.S. sanctioned them on Aug. 17 " * 400  # ~23 kB
    starts = [i for i in range(len(text)) if text.startswith("Aug. 17", i)]
    found = [TimeExpression(s, s + 7, "Aug. 17", "DATE", "2023-08-17") for s in starts]
    docs, sentences = parse_sentences(text, found)
    assert len(docs) > 20  # blocks, not one parse of the whole text
    for number, found_one in enumerate(found):
        start, end = sentences[number]
        assert start <= found_one.start and found_one.end <= end  # never cut through
        assert end - start <= BLOCK + 100
    events = link(text, found, PUBLISHED)
    assert sum(e.trigger.text == "sanctioned" for e in events) == len(found)


def test_a_participle_that_introduces_the_time_is_not_its_event():
    text = "Tesla will send the software update to owners starting Thursday."
    events = link(text, [expression(text, "Thursday")], PUBLISHED)
    assert [e.trigger.text for e in events] == ["send"]


@pytest.mark.parametrize(("text", "phrase", "trigger"), [
    # a light verb only carries the event its object names
    ("Inspectors carried out a search of the building on Friday.", "Friday", "search"),
    ("The typhoon made landfall in Luzon early Monday.", "early Monday", "landfall"),
    ("Senators held a hearing on the shooting on Thursday.", "Thursday", "hearing"),
    ("Farmers staged a protest outside the ministry on Tuesday.", "Tuesday", "protest"),
    ("The navy carried out exercises near the island on Sunday.", "Sunday", "exercises"),
    ("Jets carried out airstrikes on the port overnight.", "overnight", "airstrikes"),
    # an object naming no event leaves the verb; "carry" is light only with "out"
    ("The company made a profit in 2022.", "2022", "made"),
    ("Fans held a banner outside the stadium on Saturday.", "Saturday", "held"),
    ("The ship carried a cargo of grain on Friday.", "Friday", "carried"),
    # "make" is light only before a few nouns: TimeBank dates "made" in "made a decision"
    ("The regulator made a final decision on Wednesday.", "Wednesday", "made"),
])
def test_a_light_verb_dates_its_event_noun_object(event_at, text, phrase, trigger):
    assert event_at(text, phrase).trigger.text == trigger


@pytest.mark.parametrize(("text", "phrase", "value", "trigger", "modality"), [
    # the time an event is moved to, in the passive, or called for, dates the event
    ("The match was postponed until Sunday.", "Sunday", "2023-09-03", "match", "planned"),
    ("The referendum was moved to October.", "October", "2023-10", "referendum", "planned"),
    ("The president called a snap election for Nov. 12.", "Nov. 12", "2023-11-12", "election",
     "planned"),
    # the schedule itself, and a deadline extended, keep their verb
    ("The vote is set for Sept. 19.", "Sept. 19", "2023-09-19", "set", "planned"),
    ("The company extended its offer until Friday.", "Friday", "2023-09-01", "extended",
     "asserted"),
])
def test_the_time_an_event_is_moved_to_dates_the_event(event_at, text, phrase, value,
                                                       trigger, modality):
    event = event_at(text, phrase, value=value)
    assert (event.trigger.text, event.modality) == (trigger, modality)


@pytest.mark.parametrize(("text", "phrase", "trigger"), [
    # a cleft "it was ... that": the that-clause is the event
    ("It was in 1969 that the first astronauts landed on the moon.", "1969", "landed"),
    ("It was only on Friday that the ministry confirmed the deaths.", "Friday", "confirmed"),
    ("It was not until March that the regulator approved the merger.", "March", "approved"),
    # a predicate before the that-clause is the event
    ("It was clear on Tuesday that the deal had collapsed.", "Tuesday", "clear"),
])
def test_a_cleft_dates_its_that_clause(event_at, text, phrase, trigger):
    assert event_at(text, phrase).trigger.text == trigger


@pytest.mark.parametrize(("text", "phrase", "trigger"), [
    # "due to land": the parser reads "because of land"; the verb is the event, planned
    ("The ferry is due to dock in Calais on Sunday.", "Sunday", "dock"),
    ("The president's plane is due to land in Hanoi on Monday.", "Monday", "land"),
])
def test_a_verb_read_as_a_noun_after_due_to_is_the_event(events_at, text, phrase, trigger):
    events = events_at(text, phrase, value="2023-09-04")
    assert "planned" in {e.modality for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize(("text", "phrase", "trigger"), [
    # after "make", a landing or an approach is the event, as "made landfall" is
    ("The probe will make its closest approach to Jupiter on July 4.", "July 4", "approach"),
    ("The helicopter made a landing on the ice on Sunday.", "Sunday", "landing"),
])
def test_make_a_landing_or_an_approach(events_at, text, phrase, trigger):
    assert trigger in [e.trigger.text for e in events_at(text, phrase)]


@pytest.mark.parametrize(("text", "phrase", "trigger"), [
    # a time between a reporting verb and the subject of its bare clause dates the report,
    # wherever the parser hangs it
    ("The ministry said on Friday it would raise fuel prices.", "Friday", "said"),
    ("Officials said on Wednesday they had found no trace of the hiker.", "Wednesday", "said"),
    ("The minister told reporters on Monday she would resign.", "Monday", "told"),
    # a time inside the clause stays the clause's
    ("Officials said the bridge would reopen on Monday.", "Monday", "reopen"),
])
def test_a_time_before_a_bare_reported_clause_dates_the_report(event_at, text, phrase,
                                                                trigger):
    assert event_at(text, phrase).trigger.text == trigger
