"""One cue per modality, in the sentence shapes news uses for it."""

from __future__ import annotations

import pytest

from service.events import link
from tests.events.conftest import PUBLISHED, expression

CASES = [
    # (sentence, time phrase, trigger, modality, source)
    ("The minister visited Kyiv on Monday.", "Monday", "visited", "asserted", None),
    ("The minister did not visit Kyiv on Monday.", "Monday", "visit", "negated", None),
    ("The minister never visited Kyiv in 2020.", "2020", "visited", "negated", None),
    ("Kirby said the minister visited Kyiv on Monday.", "Monday", "visited", "reported",
     "Kirby"),
    ("The minister visited Kyiv on Monday, Kirby said.", "Monday", "visited", "reported",
     "Kirby"),
    ("According to U.S. intelligence, the minister visited Kyiv on Monday.", "Monday",
     "visited", "reported", "U.S. intelligence"),
    ("The minister reportedly visited Kyiv on Monday.", "Monday", "visited", "reported", None),
    ("Reuters reported that the minister visited Kyiv on Monday.", "Monday", "visited",
     "reported", "Reuters"),
    ("The ministry denied that troops had entered the village on Sunday.", "Sunday",
     "entered", "negated", "The ministry"),
    ("Officials believe the fire started on Tuesday.", "Tuesday", "started", "reported",
     "Officials"),
    ("The Office for National Statistics said consumer prices rose 2.3% in April.", "April",
     "rose", "reported", "The Office for National Statistics"),
    ("The minister is said to have resigned on Friday.", "Friday", "resigned", "reported",
     None),
    # what a negative implicative or a "no one" subject says did not happen
    ("No one was injured on Saturday.", "Saturday", "injured", "negated", None),
    ("No arrests were made on Sunday.", "Sunday", "made", "negated", None),
    # an adverbial clause tells the story around a report, it is not what was reported
    ("After talks failed on Monday, Kirby said the U.S. would act.", "Monday", "failed",
     "asserted", None),
    ("Kirby said troops withdrew after talks failed on Monday.", "Monday", "failed",
     "reported", "Kirby"),
    ("The minister will visit Kyiv on Monday.", "Monday", "visit", "planned", None),
    ("The minister plans to visit Kyiv on Monday.", "Monday", "visit", "planned", None),
    ("The minister is scheduled to visit Kyiv on Monday.", "Monday", "visit", "planned", None),
    ("The minister is expected to visit Kyiv on Monday.", "Monday", "visit", "expected", None),
    # an infinitive with a subject of its own: "expect the bank to cut", "want the Fed to act"
    ("Analysts expect the central bank to cut rates in September.", "September", "cut",
     "expected", None),
    ("Economists expect inflation to ease in the autumn.", "the autumn", "ease", "expected",
     None),
    ("The government wants parliament to approve the budget in July.", "July", "approve",
     "planned", None),
    # a headline's subject + "to"-infinitive says what is to come; a noun's infinitive
    # in a sentence ("the first woman to win") does not
    ("Macron to visit China in April", "April", "visit", "planned", None),
    ("Apple to cut 600 jobs in June", "June", "cut", "planned", None),
    ("Storm to hit Florida on Friday", "Friday", "hit", "expected", None),
    ("She was the first woman to win the race in 2019.", "2019", "win", "asserted", None),
    # the trigger is the schedule itself, in the present: what it schedules is to come
    ("The first round of talks is scheduled for early next year.", "early next year",
     "scheduled", "planned", None),
    ("The vote is set for Oct. 3.", "Oct. 3", "set", "planned", None),
    ("The hearing has been set for Sept. 12.", "Sept. 12", "set", "planned", None),
    ("The payment is due on Friday.", "Friday", "payment", "planned", None),
    # a schedule told in the past may have changed since; setting a record is no schedule
    ("The vote was scheduled for Monday but was postponed.", "Monday", "scheduled",
     "asserted", None),
    ("The company set a record on Monday.", "Monday", "set", "asserted", None),
    ("Prices will rise in September.", "September", "rise", "expected", None),
    ("The election will be held on Nov. 5.", "Nov. 5", "held", "planned", None),
    ("The storm will hit the coast on Monday.", "Monday", "hit", "expected", None),
    ("The justices will hear the case on Nov. 1.", "Nov. 1", "hear", "planned", None),
    ("The minister may visit Kyiv on Monday.", "Monday", "visit", "possible", None),
    ("The minister could visit Kyiv on Monday.", "Monday", "visit", "possible", None),
    ("The minister might visit Kyiv on Monday.", "Monday", "visit", "possible", None),
    ("If the talks fail, the army will attack on Monday.", "Monday", "attack", "hypothetical",
     None),
    # a bare conjunct shares its first conjunct's mood, but not its negation
    ("Shoigu will arrive in Pyongyang and meet Kim on Tuesday.", "Tuesday", "meet", "planned",
     None),
    ("Shoigu may arrive in Pyongyang and meet Kim on Tuesday.", "Tuesday", "meet", "possible",
     None),
    ("Shoigu did not arrive in Pyongyang but met Kim on Tuesday.", "Tuesday", "met",
     "asserted", None),
    ("The army would attack on Monday if the talks failed.", "Monday", "attack", "hypothetical",
     None),
]


@pytest.mark.parametrize(("text", "phrase", "trigger", "modality", "source"), CASES)
def test_modality_cue(event_at, text, phrase, trigger, modality, source):
    event = event_at(text, phrase)
    assert event.trigger.text == trigger
    assert event.modality == modality
    assert event.source == source


def test_the_reporting_act_itself_is_asserted(event_at):
    event = event_at("Kirby told journalists on Wednesday that talks were advancing.",
                     "Wednesday")
    assert (event.trigger.text, event.modality, event.source) == ("told", "asserted", None)


def test_pronoun_source_resolves_to_the_last_person_named():
    text = ('Reuters cited spokesperson John Kirby on Aug. 30. "Talks may continue in coming '
            'months," he added.')
    expressions = [expression(text, "Aug. 30"), expression(text, "in coming months",
                                                           value="FUTURE_REF")]
    event = next(e for e in link(text, expressions, PUBLISHED) if e.when == expressions[1])
    assert event.modality == "possible"  # the stronger qualification wins
    assert event.source == "John Kirby"


def test_a_named_source_is_the_person_without_the_title_words_before_the_name(event_at):
    event = event_at("Chief executive Jane Doe said the company would close 40 stores by the "
                     "end of the year.", "the end of the year")
    assert (event.trigger.text, event.source) == ("close", "Jane Doe")


def test_according_to_covers_the_clauses_below_it(event_at):
    event = event_at("Zelenskyy will travel to Washington next week, where he will meet Biden, "
                     "according to two officials.", "next week")
    assert event.trigger.text == "travel"
    assert event.source == "two officials"
    event = event_at("The minister was expected to visit Kyiv on Monday, according to Reuters.",
                     "Monday")
    assert (event.trigger.text, event.source) == ("visit", "Reuters")


def test_a_refusal_happened_but_what_was_refused_did_not():
    text = "The minister refused to comment on Friday."
    events = link(text, [expression(text, "Friday")], PUBLISHED)
    assert {(e.trigger.text, e.modality) for e in events} >= {("comment", "negated")}
    assert ("refused", "negated") not in {(e.trigger.text, e.modality) for e in events}


@pytest.mark.parametrize(("text", "phrase", "trigger", "modality"), [
    ("The treaty expires in 2026.", "2026", "expires", "expected"),
    ("The minister visits Kyiv on Friday.", "Friday", "visits", "planned"),
    ("Parliament reconvenes on Friday.", "Friday", "reconvenes", "planned"),
    ("The minister visits Kyiv on Friday, his office said.", "Friday", "visits", "planned"),
    # an event subject shares its verb's schedule
    ("The show opens in London on Friday.", "Friday", "show", "expected"),
])
def test_a_present_tense_verb_dated_after_publication_tells_a_schedule(
        events_at, text, phrase, trigger, modality):
    events = events_at(text, phrase, value="2023-09-08")
    assert modality in {e.modality for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The minister visits Kyiv on Friday.", "Friday", "2023-08-25"),  # a headline's past
    ("The minister has visited Kyiv since Friday.", "Friday", "2023-09-08"),  # an auxiliary
])
def test_no_schedule_without_a_later_time_and_a_bare_present(event_at, text, phrase, value):
    assert event_at(text, phrase, value=value).modality == "asserted"


@pytest.mark.parametrize(("text", "phrase", "trigger"), [
    ("The league moved the match to Sunday.", "Sunday", "match"),
    ("The airline has delayed the delivery to 2026.", "2026", "delivery"),
    ("The union called a strike for Sept. 8.", "Sept. 8", "strike"),
])
def test_an_event_put_at_a_later_time_is_planned(events_at, text, phrase, trigger):
    ahead = events_at(text, phrase, value="2023-09-08")
    assert {e.modality for e in ahead if e.trigger.text == trigger} == {"planned"}
    before = events_at(text, phrase, value="2023-08-25")  # since held, or called off
    assert "planned" not in {e.modality for e in before if e.trigger.text == trigger}


# (sentence, time phrase, value, trigger, modality, source)
@pytest.mark.parametrize(("text", "phrase", "value", "trigger", "modality", "source"), [
    # the source of "according to" is not what it reports
    ("Exports fell 4% in March, according to data published on Monday.", "Monday",
     "2023-08-28", "published", "asserted", None),
    # a relative clause is a report's content when its noun is the topic, not the setting
    ("The envoy testified before a panel that was dissolved in 2019.", "2019", "2019",
     "dissolved", "asserted", None),
    ("The witness testified about a meeting that took place in March.", "March", "2023-03",
     "took", "reported", "The witness"),
    ("Kirby said the envoy testified before a panel that was dissolved in 2019.", "2019",
     "2019", "dissolved", "reported", "Kirby"),
    # the "that"-clause of a report noun is reported, and denied when the noun is
    ("The army denied claims that its jets had bombed a hospital on Tuesday.", "Tuesday",
     "2023-08-29", "bombed", "negated", "The army"),
    ("Officials dismissed rumours that the minister had resigned on Monday.", "Monday",
     "2023-08-28", "resigned", "negated", "Officials"),
    ("Markets fell amid reports that the president had fled the capital on Sunday.", "Sunday",
     "2023-08-27", "fled", "reported", None),
    # a gerund a reporting verb tells of is the event
    ("The senator denied meeting the lobbyist in March.", "March", "2023-03", "meeting",
     "negated", "The senator"),
    ("The executive admitted taking bribes in 2019.", "2019", "2019", "taking", "reported",
     "The executive"),
    # a condition opened by its auxiliary; a negation inside a condition is part of it
    ("Had the bank raised rates in March, inflation would have slowed.", "March", "2023-03",
     "raised", "hypothetical", None),
    ("Should talks fail on Friday, the union will strike.", "Friday", "2023-09-01", "fail",
     "hypothetical", None),
    ("If the buyer does not pay by Friday, the deal will collapse.", "Friday", "2023-09-01",
     "pay", "hypothetical", None),
    ("If nobody claims the prize by June, it will roll over.", "June", "2024-06", "claims",
     "hypothetical", None),
    # "should" says what ought to happen, not what did
    ("The repairs should be finished by Monday, the council said.", "Monday", "2023-09-04",
     "finished", "possible", "the council"),
    # an open question: whether it happens, or happened, is not known
    ("It remains unclear whether the ferry will sail on Sunday.", "Sunday", "2023-09-03",
     "sail", "possible", None),
    ("The club has yet to decide whether to sack the coach in January.", "January",
     "2024-01", "sack", "possible", None),
    # "neither" as a subject's determiner says nobody did it
    ("Neither candidate attended the debate on Monday.", "Monday", "2023-08-28", "attended",
     "negated", None),
    # "is to": what is arranged to come
    ("The king is to visit Nairobi in November.", "November", "2023-11", "visit", "planned",
     None),
    ("Fresh elections are to be held in March.", "March", "2024-03", "held", "planned", None),
    # a negation reaches over "or": "will not sell the unit or close it"
    ("The firm will not sell the plant or close it before June.", "June", "2024-06", "close",
     "negated", None),
    # "was supposed to" told a plan, not what happened
    ("The ferry was supposed to dock at 9 a.m. but was diverted.", "9 a.m.",
     "2023-08-30T09:00", "dock", "planned", None),
    # a noun's "to"-infinitive dated later is still to come
    ("The airline unveiled plans to open a hub in Lisbon next year.", "next year", "2024",
     "open", "planned", None),
    ("Rescuers face a race to reach the village before nightfall on Friday.", "Friday",
     "2023-09-01", "reach", "expected", None),
    # what was called off did not happen
    ("The match on Saturday was called off because of flooding.", "Saturday", "2023-08-26",
     "match", "negated", None),
    ("Organisers cancelled Sunday's marathon.", "Sunday", "2023-08-27", "marathon", "negated",
     None),
    # an accusation reports what it accuses of
    ("Prosecutors accused the mayor of taking bribes in 2019.", "2019", "2019", "taking",
     "reported", "Prosecutors"),
    ("The driver was charged with causing the crash in June.", "June", "2023-06", "causing",
     "reported", None),
    # "is understood to have" attributes, as "is thought to have" does
    ("The striker is understood to have signed the contract on Tuesday.", "Tuesday",
     "2023-08-29", "signed", "reported", None),
    # a decision's infinitive dated later is planned
    ("The council voted on Monday to demolish the stadium in 2027.", "2027", "2027",
     "demolish", "planned", None),
    # headlines: a subject the parser takes for the root, a title as the subject
    ("Judge to sentence Bankman-Fried on Thursday", "Thursday", "2023-09-07", "sentence",
     "planned", None),
    ("Disney CEO to leave in 2026", "2026", "2026", "leave", "planned", None),
    # an event noun dated after publication has not happened yet
    ("Campaigning has begun ahead of Sunday's runoff.", "Sunday", "2023-09-03", "runoff",
     "planned", None),
    ("Investors are bracing for a rate cut in September.", "September", "2023-09", "cut",
     "expected", None),
])
def test_modality_shapes_of_round_10(events_at, text, phrase, value, trigger, modality,
                                     source):
    events = [e for e in events_at(text, phrase, value=value) if e.trigger.text == trigger]
    assert [(e.modality, e.source) for e in events] == [(modality, source)]


@pytest.mark.parametrize(("text", "phrase", "value", "trigger", "modality"), [
    # the vote may be what made it happen; the runoff is past
    ("The council voted to demolish the stadium on Monday.", "Monday", "2023-08-28",
     "demolish", "asserted"),
    ("Campaigning ended after Sunday's runoff.", "Sunday", "2023-08-27", "runoff",
     "asserted"),
    # a negation outside any condition still says it did not happen
    ("The buyer did not pay by Friday, so the deal collapsed.", "Friday", "2023-08-25",
     "pay", "negated"),
    # an inverted condition after the clause may hang on the wrong verb
    ("Last week, officials sought to have the family sign an agreement should they lose "
     "their appeal.", "Last week", "2023-W34", "sought", "asserted"),
    # a noun's infinitive dated earlier has no cue
    ("She was the first woman to climb the peak in 2019.", "2019", "2019", "climb",
     "asserted"),
    # "was to have" told a plan that did not hold; a match played is no cancellation
    ("The minister was to visit Kyiv on Monday.", "Monday", "2023-08-28", "visit",
     "asserted"),
    ("Fans watched Sunday's marathon.", "Sunday", "2023-08-27", "marathon", "asserted"),
    # a participle with an object is a past verb, whatever the parser hung it on
    ("DD Acquisition Corp., a partnership of two Canadian groups, extended to Nov. 20 its "
     "$45-a-share offer for all Weisfield's shares.", "Nov. 20", "2023-11-20", "extended",
     "asserted"),
])
def test_the_round_10_cues_need_their_shape(events_at, text, phrase, value, trigger, modality):
    events = [e for e in events_at(text, phrase, value=value) if e.trigger.text == trigger]
    assert {e.modality for e in events} == {modality}


@pytest.mark.parametrize(("text", "phrase", "trigger", "modality"), [
    # the odds of an event are a possibility, like "may", not a forecast
    ("The airline is likely to raise fares in October.", "October", "raise", "possible"),
    ("The president is unlikely to sign the bill on Friday.", "Friday", "sign", "possible"),
    ("Analysts expect the airline to raise fares in October.", "October", "raise", "expected"),
    # a named weather system is no agent, whatever the recognizer calls its name
    ("Hurricane Ian will hit Florida on Wednesday.", "Wednesday", "hit", "expected"),
    ("Storm Babet to bring heavy rain on Thursday", "Thursday", "bring", "expected"),
    ("Governor DeSantis will visit Tampa on Wednesday.", "Wednesday", "visit", "planned"),
])
def test_likelihood_and_weather_systems(event_at, text, phrase, trigger, modality):
    event = event_at(text, phrase, value="2023-09-08")
    assert (event.trigger.text, event.modality) == (trigger, modality)


@pytest.mark.parametrize(("text", "phrase", "trigger", "modality"), [
    # an unless-clause names the exception: the main event keeps its plan or forecast
    ("The pilots will walk out on Friday unless the airline improves its offer.", "Friday",
     "walk", "planned"),
    ("Unless a buyer is found, the mine will shut down in June.", "June", "shut",
     "expected"),
    # the unless-clause itself is the condition, and "if" still makes its main clause one
    ("Unless the airline improves its offer by Friday, the pilots will walk out.", "Friday",
     "improves", "hypothetical"),
    ("The mine will shut down in June if no buyer is found.", "June", "shut",
     "hypothetical"),
])
def test_an_unless_clause_is_the_exception_not_the_mood(event_at, text, phrase, trigger,
                                                         modality):
    event = event_at(text, phrase, value="2023-09-08")
    assert (event.trigger.text, event.modality) == (trigger, modality)


@pytest.mark.parametrize(("text", "phrase", "trigger", "modality"), [
    # an institution acts on its own plan, as a company or a council does
    ("The museum will close its east wing in January.", "January", "close", "planned"),
    ("The airline will cut 500 jobs next year.", "next year", "cut", "planned"),
    ("The university will raise tuition fees in September.", "September", "raise", "planned"),
    # a place or a thing does not
    ("The bridge will close in January.", "January", "close", "expected"),
])
def test_an_institution_plans_what_it_will_do(event_at, text, phrase, trigger, modality):
    event = event_at(text, phrase, value="2024-01")
    assert (event.trigger.text, event.modality) == (trigger, modality)


@pytest.mark.parametrize(("text", "phrase", "modality"), [
    # a plan nobody has is no plan: "no plans to", "no intention of" the event
    ("The bank has no plans to close branches in 2024.", "2024", "negated"),
    ("The club said it had no intention to sell the striker in January.", "January",
     "negated"),
    ("The bank has plans to close branches in 2024.", "2024", "planned"),
])
def test_no_plans_to_is_negated(event_at, text, phrase, modality):
    event = event_at(text, phrase, value="2024-01")
    assert event.modality == modality


@pytest.mark.parametrize(("text", "phrase", "trigger", "modality"), [
    # what is ruled out will not happen; what is not ruled out may
    ("The central bank ruled out a rate cut in December.", "December", "cut", "negated"),
    ("The chancellor did not rule out a tax rise in the spring.", "the spring", "rise",
     "possible"),
    ("The minister refused to rule out an election in May.", "May", "election", "possible"),
])
def test_ruling_out(events_at, text, phrase, trigger, modality):
    events = events_at(text, phrase, value="2024-03")
    assert modality in {e.modality for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize(("text", "phrase", "trigger", "modality"), [
    # only what is on a calendar takes place or is held, whatever its subject
    ("The ceremony was postponed. It will now take place on Sept. 9.", "Sept. 9", "take",
     "planned"),
    ("Officials said it would be held in October.", "October", "held", "planned"),
    ("The ice will melt in October.", "October", "melt", "expected"),
])
def test_what_will_take_place_is_planned(event_at, text, phrase, trigger, modality):
    event = event_at(text, phrase, value="2023-09-09")
    assert (event.trigger.text, event.modality) == (trigger, modality)


@pytest.mark.parametrize(("text", "phrase", "trigger", "modality"), [
    # what one is unable to do did not happen
    ("The airline was unable to refund passengers in April.", "April", "refund", "negated"),
    # an option under consideration is possible, and it is what the time dates
    ("The council is considering closing the pool in the winter.", "the winter", "closing",
     "possible"),
    ("The bank is weighing cutting 500 jobs next year.", "next year", "cutting", "possible"),
])
def test_inability_and_options(event_at, text, phrase, trigger, modality):
    event = event_at(text, phrase, value="2024")
    assert (event.trigger.text, event.modality) == (trigger, modality)


@pytest.mark.parametrize(("text", "phrase", "trigger", "modality"), [
    # an if-clause on the verb that plans or expects the event conditions the event too
    ("If the talks succeed, the minister plans to visit Kyiv in May.", "May", "visit",
     "hypothetical"),
    ("If voters approve the loan, the city intends to open the bridge in 2027.", "2027",
     "open", "hypothetical"),
    ("If the weather holds, the rocket is expected to launch on Friday.", "Friday", "launch",
     "hypothetical"),
    # without one the plan stands
    ("The minister plans to visit Kyiv in May.", "May", "visit", "planned"),
])
def test_an_if_clause_on_the_planning_verb_conditions_its_complement(
        event_at, text, phrase, trigger, modality):
    event = event_at(text, phrase, value="2024-05")
    assert (event.trigger.text, event.modality) == (trigger, modality)


@pytest.mark.parametrize(("text", "phrase", "trigger", "modality"), [
    # a headline's subject the parser takes for the root, with the infinitive hung on it
    # as an adverbial clause, still says what is to come
    ("Airline to resume flights to Tel Aviv in June", "June", "resume", "planned"),
])
def test_a_headline_infinitive_parsed_as_an_adverbial_clause(
        event_at, text, phrase, trigger, modality):
    event = event_at(text, phrase, value="2024-06")
    assert (event.trigger.text, event.modality) == (trigger, modality)


@pytest.mark.parametrize(("text", "phrase", "value", "trigger", "modality"), [
    # "not ... until" names the time the event does happen
    ("The plant will not reopen until 2027, the company said.", "2027", "2027", "reopen",
     "expected"),
    ("The minister did not comment until Friday.", "Friday", "2023-08-25", "comment",
     "asserted"),
    ("Officials said the road would not reopen until the spring.", "the spring", "2024-SP",
     "reopen", "expected"),
    # "not ... before" and "not ... in" still deny it
    ("The union will not strike in June.", "June", "2024-06", "strike", "negated"),
])
def test_not_until_names_when_it_happens(event_at, text, phrase, value, trigger, modality):
    event = event_at(text, phrase, value=value)
    assert (event.trigger.text, event.modality) == (trigger, modality)


@pytest.mark.parametrize(("text", "phrase", "trigger", "modality"), [
    # what a court, a jury or an inquest "heard" is evidence told to it: reported
    ("The court heard that the defendant had sent the messages in May.", "May", "sent",
     "reported"),
    ("The jury heard the victim was stabbed on Sunday.", "Sunday", "stabbed", "reported"),
    # hearing a sound, or a case, is an event of its own
    ("Residents heard explosions on Tuesday night.", "Tuesday night", "heard", "asserted"),
    ("The court heard the case on Monday.", "Monday", "heard", "asserted"),
])
def test_what_a_court_heard_is_reported(event_at, text, phrase, trigger, modality):
    event = event_at(text, phrase, value="2023-05")
    assert (event.trigger.text, event.modality) == (trigger, modality)


@pytest.mark.parametrize(("text", "phrase", "trigger", "modality"), [
    # a plan its own clause goes on to call off did not happen
    ("The summit had been due to take place in Geneva on Monday but was cancelled.",
     "Monday", "take", "negated"),
    ("The race was scheduled to start on Sunday but was called off because of fog.",
     "Sunday", "start", "negated"),
    # a plan that goes on otherwise stands
    ("The talks were scheduled to resume on Monday and were expected to last two days.",
     "Monday", "resume", "planned"),
])
def test_a_plan_called_off_in_its_own_clause_is_negated(events_at, text, phrase, trigger,
                                                        modality):
    events = events_at(text, phrase, value="2023-09-04")
    assert modality in {e.modality for e in events if e.trigger.text == trigger}
