"""Which word names the event a time expression dates.

Walks up the dependency tree from the time expression: through its
preposition ("in 2022" -> "provided"), past auxiliaries, and past nouns that
do not name events ("neighbors ... in 1953" -> "war"), until it meets a verb
or an event noun.  Corrections on top of the parse, each kept because it
raised anchoring accuracy on TimeBank/AQUAINT (``timeline eval --events``):

* a time expression before a noun dates that noun ("third-quarter results");
  a when-clause on it is the event ("in 1968, when the Soviets invaded");
* a copula is not the event: its event subject or predicate is ("the summit
  was on Tuesday", "the dividend is payable Jan. 2");
* a participle complement without "to" belongs to the main verb ("was found
  floating ... on Thanksgiving Day"), unless it is a gerund a reporting verb
  tells of ("denied meeting the lobbyist in March");
* a time phrase right after a prepositional phrase whose object is an event
  noun dates that noun, which the parser tends to hang on the verb ("has been
  militarized since the end of the war with its neighbors in 1953");
* an aspectual noun governing the event noun wins ("the end of the war"), so
  the timeline says *what* happened to the war.

Corrections for news shapes TimeBank/AQUAINT has few of, kept because they
leave its figures as they were (or better) and fix the blind news probes
(``bench/probes_events.py``):

* a light verb's event-noun object is the event ("held a hearing on the crash
  next Wednesday", "carried out a review", "made landfall", "ruled out a rate
  cut in June"); "made a decision" keeps "made", as TimeBank dates it;
* the time an event is moved to in the passive, or called for, dates the event
  ("the vote was delayed until next week", "call an election for July 4");
* a cleft dates its that-clause ("it was on Tuesday that the cases were
  reported"), which also raised precision on TimeBank/AQUAINT;
* a verb the parser took for a noun after "is due to" is the event ("the ship
  is due to dock on Thursday");
* a time between a reporting verb and the subject of its bare complement
  clause dates the report ("said on Friday it would raise prices"), which also
  raised TimeBank/AQUAINT anchoring (80.25 -> 80.36).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from service.events.clause import has_particle
from service.events.lexicon import (
    ASPECTUAL_NOUNS,
    BE_FORMS,
    CONSIDERING_VERBS,
    LIGHT_VERB_OBJECTS,
    LIGHT_VERBS,
    LIGHT_VERBS_WITH_PARTICLE,
    MAKE_FORMS,
    PLANNING_ADJECTIVES,
    PRESENT_BE_FORMS,
    REPORTING_VERBS,
    RESCHEDULING_PREPOSITIONS,
    RESCHEDULING_VERBS,
    SCHEDULED_EVENT_NOUNS,
    TIME_NOUNS,
    TIME_PARTICIPLES,
    VERBS_TAKEN_FOR_NOUNS,
    forms,
    is_event_noun,
)

_VERBAL = frozenset({"VERB", "AUX"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_PREDICATIVE = frozenset({"ADJ", "NOUN", "VERB"})
COPULAR_PREDICATES = frozenset({"acomp", "attr"})
_AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
_PRENOMINAL = frozenset({"compound", "amod", "nmod", "poss", "nummod"})
_CALLING = forms(["call"])


def find_trigger(timex: Span) -> Token:
    """Return the token naming the event ``timex`` dates (the sentence root at worst)."""
    inside = {t.i for t in timex}
    direct = _direct_attachment(timex, inside)
    if direct is not None:
        return direct
    token = timex.root
    while True:
        if token.i == timex.start - 1 and token.lower_ in TIME_PARTICIPLES \
                and token.head.i != token.i:
            token = token.head  # "starting Thursday": the time's preposition, not its event
            continue
        if token.i not in inside:
            found = _as_trigger(token)
            if found is not None:
                found = _main_of_secondary(found)
                reporter = _reporter_before_clause(found, timex)
                if reporter is not None:
                    return reporter
                event = _rescheduled_event(found, timex) or _light_verb_object(found)
                if event is not found:
                    # the object itself, not an event noun inside its phrase: "held a
                    # hearing on the crash next Wednesday" dates the hearing
                    return event
                return _prefer_earlier_event_phrase(found, timex)
        if token.head.i == token.i:
            return _sentence_root_fallback(token, inside)
        token = token.head


def _direct_attachment(timex: Span, inside: set[int]) -> Token | None:
    """Shapes where the parse names the event without a walk up the tree."""
    root = timex.root
    head = root.head
    # "third-quarter results", "Friday's meeting", "a five-year effort"
    if (
        root.dep_ in _PRENOMINAL
        and head.i not in inside
        and head.pos_ == "NOUN"
        and head.i > root.i
        and head.lower_ not in TIME_NOUNS
    ):
        return head
    for child in root.children:
        # "in 1989, when the Solidarity forces won": the when-clause is the event
        if child.dep_ == "relcl" and child.pos_ in _VERBAL and any(
            c.lower_ == "when" for c in child.children
        ):
            return child
    return None


def _as_trigger(token: Token) -> Token | None:
    if token.dep_ in _AUXILIARY_DEPS:
        return None  # its head, the main verb, is next on the way up
    if token.pos_ in _VERBAL and token.dep_ != "amod":
        return _copula_subject(token) or token
    if token.pos_ == "NOUN" and is_event_noun(token.lower_):
        return _aspectual_governor(token)
    return None


def _reporter_before_clause(verb: Token, timex: Span) -> Token | None:
    """"Republicans said on Monday they would not vote": the parser hangs a time between a
    reporting verb and the subject of its bare complement clause on the clause's verb,
    but it dates the report (with "that" it is parsed so already)."""
    reporter = verb.head
    if verb.dep_ != "ccomp" or reporter.pos_ != "VERB" or reporter.lower_ not in REPORTING_VERBS:
        return None
    if any(c.dep_ == "mark" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    start = timex.root.head.i if timex.root.dep_ == "pobj" else timex.start
    if subject is None or not reporter.i < start or timex.end > subject.left_edge.i:
        return None
    return reporter


def _main_of_secondary(verb: Token) -> Token:
    """"was found floating ... on Thanksgiving Day", "began delving Thursday": a
    participle complement without "to" describes the main verb's event, unless it is an
    option considered ("is considering raising taxes in the autumn")."""
    if (
        verb.dep_ == "xcomp"
        and verb.tag_ in ("VBG", "VBN")
        and verb.head.pos_ == "VERB"
        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not _reports_gerund(verb)
        and not (verb.tag_ == "VBG" and verb.head.lower_ in CONSIDERING_VERBS)
    ):
        return verb.head
    return verb


def _light_verb_object(verb: Token) -> Token:
    """"held talks on Tuesday", "staged a march on Monday", "carried out a review last
    summer", "make landfall on Thursday": a light verb's event-noun object is the event."""
    if verb.pos_ != "VERB" or verb.lower_ not in LIGHT_VERBS:
        return verb
    if verb.lower_ in LIGHT_VERBS_WITH_PARTICLE and not has_particle(
            verb, LIGHT_VERBS_WITH_PARTICLE):
        return verb
    any_event = verb.lower_ not in MAKE_FORMS  # "made a decision": "made" (see MAKE_FORMS)
    for child in verb.children:
        word = child.lower_
        if child.dep_ == "dobj" and (word in LIGHT_VERB_OBJECTS or any_event and (
                child.pos_ == "NOUN" and (is_event_noun(word) or word in SCHEDULED_EVENT_NOUNS))):
            return child  # "made landfall": the parser may tag it an adjective
    return verb


def _rescheduled_event(verb: Token, timex: Span) -> Token | None:
    """"The vote was delayed until next week", "the hearing was moved to Friday": the time a
    passive verb moves its event to dates the event, not the moving, and so does the time
    an event is called for ("to call a general election for July 4"). Else only in the passive:
    TimeBank/AQUAINT date the act in "officials postponed until Tuesday any action" (and the
    ranker adds the object of "moved the match to Sunday"); "the vote is set for Oct. 3"
    keeps "set", the schedule itself, and "extended its offer until Nov. 20" "extended"."""
    preposition = timex.root.head
    if (
        verb.pos_ != "VERB"
        or verb.lower_ not in RESCHEDULING_VERBS
        or verb.lower_ in PLANNING_ADJECTIVES
        or verb.lower_.startswith("extend")  # "extended its offer until Nov. 20": "extended"
        or timex.root.dep_ != "pobj"
        or preposition.lower_ not in RESCHEDULING_PREPOSITIONS
        or preposition.head.i != verb.i
    ):
        return None
    for child in verb.children:
        word = child.lower_
        if (child.dep_ == "nsubjpass" or child.dep_ == "dobj" and verb.lower_ in _CALLING) \
                and child.pos_ == "NOUN" and (
                    is_event_noun(word) or word in SCHEDULED_EVENT_NOUNS):
            return child
    return None


def _reports_gerund(verb: Token) -> bool:
    """"denied meeting the lobbyist in March", "admitted taking bribes in 2019": a gerund
    a reporting verb tells of is an event of its own, the one the time dates."""
    return verb.tag_ == "VBG" and verb.head.lower_ in REPORTING_VERBS


def _copula_subject(verb: Token) -> Token | None:
    """A copula is not the event: its event subject or its predicate is.

    "The meeting is on Monday" -> "meeting"; "there was a rise in May" ->
    "rise"; "the dividend is payable Jan. 2" -> "payable" (TimeML marks the
    predicate of a copular clause).
    """
    if verb.lower_ not in BE_FORMS:
        return None
    cleft = _cleft_clause(verb)
    if cleft is not None:
        return cleft
    for dep in ("nsubj", "attr"):
        for child in verb.children:
            if child.dep_ == dep and child.pos_ == "NOUN" and is_event_noun(child.lower_):
                return child
    for child in verb.children:
        if child.dep_ in COPULAR_PREDICATES and child.pos_ in _PREDICATIVE:
            return _verb_taken_for_noun(child) or child
    return None


def _verb_taken_for_noun(predicate: Token) -> Token | None:
    """"The plane is due to land in Sydney": the parser reads "due to" as "because of" and
    "land" as its noun. A bare verb of VERBS_TAKEN_FOR_NOUNS after "is due to"/"is set to"
    is the verb it schedules, unless the subject is an event that has a cause ("the delay
    is due to the vote")."""
    if predicate.lower_ not in PLANNING_ADJECTIVES or predicate.head.lower_ not in PRESENT_BE_FORMS:
        return None
    subject = next((c for c in predicate.head.children if c.dep_ == "nsubj"), None)
    if subject is None or (subject.pos_ == "NOUN" and is_event_noun(subject.lower_)):
        return None
    doc = predicate.doc
    if predicate.i + 2 >= len(doc) or doc[predicate.i + 1].lower_ != "to":
        return None
    noun = doc[predicate.i + 2]  # hung on "to" or on "due" itself
    if noun.dep_ == "pobj" and noun.head.i in (predicate.i, predicate.i + 1) \
            and noun.lower_ in VERBS_TAKEN_FOR_NOUNS and not any(
                c.dep_ in _PRENOMINAL or c.dep_ == "det" for c in noun.children):
        return noun
    return None


def _cleft_clause(verb: Token) -> Token | None:
    """"It was on Tuesday that the first cases were reported", "it was not until 2010 that
    the treaty was ratified": the that-clause of a cleft "it was" is the event."""
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children):
        return None
    if any(c.dep_ in COPULAR_PREDICATES for c in verb.children):
        return None  # "it was clear on Tuesday that ...": the predicate
    for child in verb.children:
        if child.dep_ in ("ccomp", "advcl", "relcl") and child.i > verb.i \
                and child.pos_ in _VERBAL and any(
                    g.lower_ == "that" and g.dep_ in ("mark", "nsubj", "nsubjpass")
                    for g in child.children):
            return child
    return None


def is_copular_predicate(token: Token) -> bool:
    """"payable" in "the dividend is payable": its clause is the copula's."""
    return token.dep_ in COPULAR_PREDICATES and token.head.lower_ in BE_FORMS


def _aspectual_governor(noun: Token) -> Token:
    """'the end of the war': prefer "end" over "war"."""
    preposition = noun.head
    if noun.dep_ == "pobj" and preposition.lower_ == "of":
        governor = preposition.head
        if governor.pos_ == "NOUN" and governor.lower_ in ASPECTUAL_NOUNS:
            return governor
    return noun


def _prefer_earlier_event_phrase(trigger: Token, timex: Span) -> Token:
    """A time phrase right after an event noun dates that noun, wherever the parser hung it.

    "since the end of the war with its neighbors in 1953", "in a rally Saturday".
    Only nouns inside a prepositional phrase: a direct object after a light verb
    ("made a decision Wednesday") leaves the verb as the event.
    """
    if trigger.pos_ not in _VERBAL:
        return trigger
    own_phrase = timex.root
    while own_phrase.head.i != trigger.i:
        if own_phrase.head.i == own_phrase.i:
            return trigger
        own_phrase = own_phrase.head
    before = own_phrase.left_edge.i - 1
    if own_phrase.i < trigger.i:
        return _event_subject_before(trigger, own_phrase, before)
    if before <= trigger.i:
        return trigger  # a fronted phrase: the parser's attachment is the better bet
    token = timex.doc[before]
    best = None
    # Climb from the word before the time phrase while it ends the phrases met:
    # "since [the end of [the war with its neighbors]] in 1953".
    while token.i != trigger.i and token.head.i != token.i:
        if token.right_edge.i != before:
            break
        if token.dep_ == "pobj" and token.pos_ == "NOUN" and (
            token.lower_ in ASPECTUAL_NOUNS or is_event_noun(token.lower_)
        ):
            best = _aspectual_governor(token)
        token = token.head
    return trigger if best is None else best


def _event_subject_before(verb: Token, own_phrase: Token, before: int) -> Token:
    """"The robbery on Thursday night left two guards injured", "the crash last week killed
    two": a time phrase between an event subject and its verb dates the subject, which the
    parser tends to hang the phrase on the verb past. An agent subject leaves the verb ("the
    company on Monday reported a loss"), and so does a phrase set off by commas."""
    if own_phrase.right_edge.i >= verb.i or before < 0:
        return verb
    for subject in verb.children:
        if (
            subject.dep_ in ("nsubj", "nsubjpass")
            and subject.right_edge.i == before
            and subject.pos_ == "NOUN"
            and is_event_noun(subject.lower_)
        ):
            return _aspectual_governor(subject)
    return verb


def _sentence_root_fallback(root: Token, inside: set[int]) -> Token:
    """The time expression is the root (a fragment, a dateline): use any verb near it."""
    if root.i not in inside:
        return root
    for token in root.sent:
        if token.i not in inside and token.pos_ == "VERB":
            return token
    for token in root.sent:
        if token.i not in inside and token.pos_ in _NOMINAL:
            return token
    return root
