"""How sure the article is of an event: asserted, reported, planned, ...

Cues are read off the parse around the trigger: auxiliaries and negation on
the verb group, an if-clause around it (or "Had the plane taken off ..."), an
open question ("unclear whether"), a governing "plans to" / "is expected to" /
"is to", a subject nobody is ("neither candidate"), a verb that calls the event
off ("the match was cancelled"), a reporting verb it is the complement of ("Kirby
said that ..."), a report noun's "that"-clause ("amid reports that"), an
accusation ("accused of taking bribes"), "according to X", or an evidential
adverb ("reportedly"); "is likely to" is possible, "ruled out" negated and "did not
rule out" possible, "no plans to" negated, "will not reopen until 2027" not negated (it
reopens then), and an unless-clause conditions only its own event; an if-clause on
"plans to" / "is expected to" conditions its complement.  When several apply, the
strongest qualification wins:
negated > hypothetical > possible > planned > expected > reported > asserted,
except that a negation inside a condition is part of the condition ("if the
buyer does not pay by Friday": hypothetical).  An event noun (or a noun's
infinitive) with no cue, dated after publication, is still to come.  The source
is kept whenever a reporting cue is found, also when a stronger modality wins
("may continue, he added").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from service.events.clause import bare_conjunct_head, has_particle, phrase, subject_of
from service.events.lexicon import (
    ACCUSATION_VERBS,
    AGENT_NOUNS,
    BE_FORMS,
    BELIEF_VERBS,
    CANCELLING_VERBS,
    CANCELLING_WITH_PARTICLE,
    CONDITIONAL_AUXILIARIES,
    CONDITIONAL_MARKERS,
    CONSIDERING_VERBS,
    DECISION_VERBS,
    DENIAL_VERBS,
    DISMISSAL_VERBS,
    EXCLUDING_WITH_PARTICLE,
    EXPECTATION_WORDS,
    FUTURE_AUXILIARIES,
    HEARING_VERBS,
    INVERTING_AUXILIARIES,
    LIKELIHOOD_ADJECTIVES,
    NEGATIONS,
    NEGATIVE_DETERMINERS,
    NEGATIVE_IMPLICATIVES,
    NEGATIVE_SUBJECTS,
    PLANNING_ADJECTIVES,
    PLANNING_NOUNS,
    PLANNING_VERBS,
    POSSIBILITY_ADVERBS,
    POSSIBILITY_AUXILIARIES,
    PRESENT_BE_FORMS,
    QUESTION_MARKERS,
    REPORT_NOUNS,
    REPORTING_ADVERBS,
    REPORTING_VERBS,
    REPORTING_WITH_PARTICLE,
    RESCHEDULING_PREPOSITIONS,
    RESCHEDULING_VERBS,
    SCHEDULED_EVENT_NOUNS,
    TOPIC_PREPOSITIONS,
    WEAK_MODALS,
    WEATHER_SYSTEMS,
)

ORDER = ("negated", "hypothetical", "possible", "planned", "expected", "reported", "asserted")
_CLIMB_TO_REPORTER = frozenset({"ccomp", "conj", "xcomp", "advcl", "relcl", "acl", "pcomp", "prep",
                                "pobj"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
_PRESENT_AUXILIARIES = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re", "has", "have"})
_PAST_AUXILIARIES = frozenset({"was", "were", "had"})
_ANIMATE_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
_ANIMATE_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# What a headline's subject would have if the parser's root were a clause of its own.
_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "dobj", "ccomp"})
# "the minister will visit" is a plan; "prices will rise" an expectation.
_AGENT_SUFFIXES = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ent", "ents")
_TAKE_FORMS = frozenset({"take", "takes", "taking", "took"})


@dataclass(frozen=True, slots=True)
class Modality:
    value: str
    source: Token | None = None  # the head of the reporting phrase
    source_text: str | None = None


def modality_of(trigger: Token, *, ahead: bool = False) -> Modality:
    """The modality of the event named by ``trigger``, with its reporting source.

    ``ahead``: the time it is linked to lies after publication, so that a verb in the
    simple present tells a schedule ("the treaty expires next year").
    """
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else _governing_verb(trigger)
    cues: set[str] = set()
    if ahead and verb is not None and (verb is trigger or trigger.dep_ in _ARGUMENT_DEPS) \
            and _simple_present(verb):
        cues.add("planned" if _animate_subject(verb) else "expected")
    if ahead and _rescheduled(trigger):
        cues.add("planned")  # "postponed the vote until next week"
    if ahead and verb is not None and _decided(verb):
        cues.add("planned")  # "voted on Thursday to close the plant in 2026"
    if trigger.pos_ not in ("VERB", "AUX") and any(
        c.dep_ in ("det", "neg") and c.lower_ in NEGATIONS for c in trigger.children
    ):
        cues.add("negated")
    if _noun_infinitive(trigger) and trigger.head.lower_ in PLANNING_NOUNS and any(
            c.dep_ == "det" and c.lower_ in NEGATIONS for c in trigger.head.children):
        cues.add("negated")  # "has no plans to raise prices in 2025"
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass") \
            and _cancels(trigger.head):
        cues.add("negated")  # "the final on Saturday was called off"
    # A noun event shares the verb's mood only as its subject or object:
    # "elections will be held in May", not "he did not comment on the May vote".
    if verb is not None and (verb is trigger or trigger.dep_ in _ARGUMENT_DEPS):
        cues |= _verb_group_cues(verb, trigger)
        if trigger.dep_ == "dobj" and trigger.head.i == verb.i \
                and has_particle(verb, EXCLUDING_WITH_PARTICLE):
            if "negated" in cues:  # "did not rule out a tax rise in November"
                cues.discard("negated")
                cues.add("possible")
            else:  # "ruled out a rate cut in June"
                cues.add("negated")
    if any(_is_scheduled(word) for word in _schedule_words(trigger)):
        cues.add("planned")
    reported, source, source_text = _reporting(verb if verb is not None else trigger)
    if reported:
        cues.add("reported")
        reporter = _reporter(verb) if verb is not None else None
        if reporter is not None and _denies(reporter):
            cues.add("negated")  # the source says it did not happen
    if "condition" in cues:
        cues.discard("negated")  # "if the buyer does not pay by Friday": a condition, not a fact
    if ahead and _untensed(trigger) and not cues & set(ORDER):
        # "ahead of Sunday's runoff", "bracing for a rate cut in September": nothing says
        # when, but the date has not come yet
        scheduled = trigger.lower_ in SCHEDULED_EVENT_NOUNS or trigger.lower_ in PLANNING_ADJECTIVES
        if _noun_infinitive(trigger):
            scheduled = trigger.head.lower_ in PLANNING_NOUNS  # "plans to open a hub"
        cues.add("planned" if scheduled else "expected")
    value = next(m for m in ORDER if m in cues or m == "asserted")
    return Modality(value, source, source_text)


def _rescheduled(trigger: Token) -> bool:
    """"postponed the vote until next week", "delayed the delivery to 2026": the object of a
    verb that puts it at a time, with the preposition that does ("for", "to", "until")."""
    verb = trigger.head
    return (
        trigger.pos_ == "NOUN"
        and trigger.dep_ in ("dobj", "nsubjpass")
        and verb.lower_ in RESCHEDULING_VERBS
        and any(p.dep_ == "prep" and p.lower_ in RESCHEDULING_PREPOSITIONS
                for p in (*verb.children, *trigger.children))
    )


def _cancels(verb: Token) -> bool:
    word = verb.lower_
    if word in CANCELLING_VERBS:
        return True
    return has_particle(verb, CANCELLING_WITH_PARTICLE)


def _accusation(verb: Token) -> Token | None:
    """"accused the mayor of taking bribes", "was charged with causing the crash": the
    accusing verb whose "of"/"with" gerund ``verb`` is (through coordination)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    preposition = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or preposition.lower_ not in ("of", "with"):
        return None
    accuser = preposition.head
    if accuser.dep_ == "dobj":  # "accused [the mayor of taking]": hung on the object
        accuser = accuser.head
    return accuser if accuser.lower_ in ACCUSATION_VERBS else None


def _decided(verb: Token) -> bool:
    """"voted to close the plant in 2026": a decision's infinitive, when dated after
    publication (the vote itself may be what made "approve" happen)."""
    return (
        verb.dep_ in ("xcomp", "advcl", "ccomp")
        and verb.head.lower_ in DECISION_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _untensed(trigger: Token) -> bool:
    """An event noun, a noun's "to"-infinitive ("plans to open a hub"), or a participle
    with no auxiliary hung on a noun ("signals cut in September"): no tense of its own to
    say whether it happened. A past participle with an object is a past verb the parser
    hung on its subject ("Acme, a unit of Beta, extended to Nov. 20 its offer")."""
    if trigger.pos_ in ("NOUN", "PROPN") or _noun_infinitive(trigger):
        return True
    return (
        trigger.dep_ in ("acl", "amod")
        and trigger.tag_ in ("VBN", "VBG")
        and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)
        and not (trigger.tag_ == "VBN" and any(c.dep_ == "dobj" for c in trigger.children))
    )


def _noun_infinitive(verb: Token) -> bool:
    """"plans to open a hub", "a race to reach the village": a "to"-infinitive on a noun."""
    return (
        verb.dep_ in ("acl", "relcl")
        and verb.head.pos_ == "NOUN"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _simple_present(verb: Token) -> bool:
    """"opens", "meet": a present-tense verb with no auxiliary ("is", "has" are not)."""
    return (
        verb.tag_ in ("VBZ", "VBP")
        and verb.lower_ not in BE_FORMS
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _negative_subject(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child.lower_ in NEGATIVE_SUBJECTS or any(
                c.dep_ == "det" and c.lower_ in NEGATIVE_DETERMINERS for c in child.children)
    return False


def _schedule_words(trigger: Token) -> list[Token]:
    """The words that may schedule ``trigger``: itself ("the vote is set"), its predicate
    ("the payment is due"), or for the subject of a clause that clause's verb or predicate."""
    verb = trigger.head if trigger.dep_ in ("nsubj", "nsubjpass") else trigger
    if trigger.dep_ == "pobj" and trigger.i > 0 and trigger.doc[trigger.i - 1].lower_ == "to":
        # "is due to land": the parser took the verb for a noun, hung on "to" or on "due"
        governor = trigger.head.head if trigger.head.lower_ == "to" else trigger.head
        if governor.lower_ in PLANNING_ADJECTIVES:
            return [governor]
    return [trigger, verb, *(c for c in verb.children if c.dep_ == "acomp")]


def _is_scheduled(verb: Token) -> bool:
    """"The vote is set for Oct. 3", "elections are planned for December": the trigger is
    the schedule itself, in the present, so what it schedules is still to come. "Had been
    scheduled" and "was set" tell of a plan that may since have changed: no cue."""
    if verb.lower_ not in PLANNING_ADJECTIVES:
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.head.i != verb.i and verb.dep_ == "acomp":
        auxiliaries.add(verb.head.lower_)  # "is due" parsed as copula + adjective
    return bool(auxiliaries & _PRESENT_AUXILIARIES) and not auxiliaries & _PAST_AUXILIARIES


def _governing_verb(noun: Token) -> Token | None:
    token = noun
    for _ in range(8):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _verb_group_cues(verb: Token, trigger: Token) -> set[str]:
    cues: set[str] = set()
    shared = bare_conjunct_head(verb)
    if shared is not None:
        # "will arrive and meet Kim", "is forecast to cross and exit": the mood of the first
        # conjunct, but not its negation ("did not arrive but met Kim"), unless "or" carries
        # it over ("will not sell the plant or close it")
        carried = _verb_group_cues(shared, shared)
        if not any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in shared.children):
            carried.discard("negated")
        cues |= carried
    group = [verb]
    if _negative_subject(verb):
        cues.add("negated")  # "no one was injured"
    if _infinitive_complement(verb) and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        group.append(verb.head)
        governor = verb.head
        word = governor.lower_
        if word in NEGATIVE_IMPLICATIVES:
            cues.add("negated")  # "refused to comment": the comment did not happen
        if word in PLANNING_VERBS or word in PLANNING_ADJECTIVES:
            cues.add("planned")
            if _called_off(governor):
                cues.add("negated")  # "was due to take place on Monday but was cancelled"
        elif word in LIKELIHOOD_ADJECTIVES:
            cues.add("possible")  # "is likely to cut rates in June": the odds, not a forecast
        elif word in CONSIDERING_VERBS and verb.tag_ == "VBG":
            cues.add("possible")  # "is considering raising taxes in the autumn"
        elif word in EXPECTATION_WORDS:
            cues.add("expected")
        elif governor.pos_ == "ADJ" and governor.head.pos_ == "AUX":
            group.append(governor.head)
    elif trigger is not verb and verb.lower_ in PLANNING_VERBS | PLANNING_ADJECTIVES:
        if trigger.dep_ in ("nsubjpass", "dobj"):
            cues.add("planned")  # "talks are scheduled", "they planned a visit"
            if _called_off(verb):
                cues.add("negated")  # "the match was scheduled for 3 p.m. but was called off"
    elif trigger is not verb and verb.lower_ in EXPECTATION_WORDS and trigger.dep_ == "nsubjpass":
        cues.add("expected")
    future = False
    conditional = False
    for member in group:
        for child in member.children:
            word = child.lower_
            if child.dep_ == "neg" or (child.dep_ == "advmod" and word == "never"):
                if child.dep_ == "neg" and _until(verb):
                    continue  # "will not reopen until 2027": it reopens then
                cues.add("negated")
            elif child.dep_ in ("aux", "auxpass"):
                if word in FUTURE_AUXILIARIES:
                    future = True
                elif word in POSSIBILITY_AUXILIARIES or word in WEAK_MODALS:
                    cues.add("possible")
                elif word in CONDITIONAL_AUXILIARIES:
                    conditional = True
                elif word == "going" and any(g.lower_ == "to" for g in child.children):
                    future = True
            elif child.dep_ == "advmod" and word in POSSIBILITY_ADVERBS:
                cues.add("possible")
            elif child.dep_ == "mark" and word in CONDITIONAL_MARKERS:
                cues.add("hypothetical")
            elif child.dep_ == "mark" and word in QUESTION_MARKERS:
                cues.add("possible")  # "unclear whether the ferry will sail"
    if verb.dep_ == "xcomp" and verb.head.lower_ == "going":
        future = True
    if verb.dep_ == "xcomp" and verb.head.lower_ in PRESENT_BE_FORMS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        future = True  # "the king is to visit Nairobi", "elections are to be held"
    headline_subject = _headline_infinitive(verb)
    if headline_subject is not None:
        future = True
    if _in_if_clause(verb) or _inverted_condition(verb):
        cues.add("condition")  # the event is the condition itself
    # "If it passes, the president intends to sign it before July 4": an if-clause on the
    # governing verb conditions its complement too
    if "condition" in cues or any(_has_if_clause(member) for member in group):
        cues.add("hypothetical")
    if conditional:
        if _has_if_clause(verb) or not _under_reporting_verb(verb):
            cues.add("hypothetical")
        else:
            future = True  # "he said he would visit": future in the past
    if future:
        animate = _animate(headline_subject) if headline_subject is not None \
            else _animate_subject(verb)
        cues.add("planned" if animate or _held(verb) else "expected")
    return cues


def _called_off(planning: Token) -> bool:
    """"was due to take place on Monday but was cancelled": the plan's own clause goes on to
    call it off (on the adjective's copula, where the parser hangs it)."""
    holders = [planning, planning.head] if planning.pos_ == "ADJ" else [planning]
    return any(c.dep_ == "conj" and _cancels(c) and any(a.dep_ == "auxpass" for a in c.children)
               for holder in holders for c in holder.children)


def _until(verb: Token) -> bool:
    """"will not reopen until 2027", "did not comment until Friday": with "not", "until"
    names the time the event does happen."""
    return any(c.dep_ == "prep" and c.lower_ in ("until", "till") and any(
        g.dep_ == "pobj" for g in c.children) for c in verb.children)


def _held(verb: Token) -> bool:
    """"It will take place on March 3", "it will be held in May": only what someone has
    put on the calendar takes place or is held, whatever the subject says of it."""
    word = verb.lower_
    if word in _TAKE_FORMS:
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return word == "held" and any(c.dep_ == "auxpass" for c in verb.children)


def _headline_infinitive(verb: Token) -> Token | None:
    """"Macron to visit China in April", "Storm to hit Florida on Friday": a headline's
    subject + "to"-infinitive with no finite verb says what is to come (the subject is
    returned). Not "the first woman to win the race", whose noun hangs in a clause of its
    own. The parser may take the subject for the root, even for a verb ("Judge to rule on
    Friday"): a root that opens the sentence right before "to", with nothing of a clause."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None:
        return None
    if verb.dep_ == "ROOT":
        return next((c for c in verb.children
                     if c.dep_ in ("nsubj", "nsubjpass") and c.i < to.i), None)
    head = verb.head
    if head.dep_ != "ROOT" or head.i != to.i - 1:
        return None
    if verb.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN"):
        return head
    if verb.dep_ in ("xcomp", "advcl") and head.left_edge.i == head.sent.start \
            and head.is_title \
            and not any(c.dep_ in _CLAUSE_DEPS for c in head.children):
        return head
    return None


def _infinitive_complement(verb: Token) -> bool:
    """"plans to visit", and with a subject of its own "analysts expect the bank to cut
    rates", "investors want the Fed to act" (parsed as a clausal complement)."""
    return verb.dep_ == "xcomp" or (
        verb.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _in_if_clause(verb: Token) -> bool:
    token = verb
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKERS for c in token.children):
            return True
        if token.dep_ not in ("conj", "xcomp", "ccomp") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _has_if_clause(verb: Token) -> bool:
    """An if-clause on ``verb``, or an inverted one before it ("Should talks fail, the union
    will strike"); one after it may hang on the wrong verb ("sought to have the family sign
    an agreement should they lose their appeal"). An unless-clause is not one: it names the
    exception to what is planned or expected ("intends to strike next month unless pay talks
    resume"), and only its own event is a condition."""
    return any(
        c.dep_ == "advcl" and (any(m.lower_ in CONDITIONAL_MARKERS and m.lower_ != "unless"
                                   for m in c.children)
                               or (c.i < verb.i and _inverted_condition(c)))
        for c in verb.children
    )


def _inverted_condition(verb: Token) -> bool:
    """"Had the plane taken off on Monday, ...", "Should talks fail on Friday, ...": an
    adverbial clause opened by its auxiliary, before its subject, is an if-clause."""
    if verb.dep_ != "advcl":
        return False
    first = verb.left_edge
    return (
        first.lower_ in INVERTING_AUXILIARIES
        and first.head.i == verb.i
        and first.dep_ in ("aux", "auxpass")
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i for c in verb.children)
    )


def _animate_subject(verb: Token) -> bool:
    subject = subject_of(verb)
    return subject is not None and _animate(subject)


def _animate(subject: Token) -> bool:
    word = subject.lower_
    if any(c.dep_ == "compound" and c.lower_ in WEATHER_SYSTEMS for c in subject.children):
        return False  # "Storm Kathleen to bring gusts", "Hurricane Milton will hit Florida"
    return (
        word in _ANIMATE_PRONOUNS
        or subject.ent_type_ in _ANIMATE_LABELS
        or word in AGENT_NOUNS
        or word in SCHEDULED_EVENT_NOUNS
        or (subject.pos_ == "NOUN" and word.endswith(_AGENT_SUFFIXES) and len(word) > 4)
    )


def _is_reporting_verb(token: Token) -> bool:
    if token.pos_ not in ("VERB", "AUX"):
        return False
    word = token.lower_
    if word in REPORTING_VERBS or word in BELIEF_VERBS or word in HEARING_VERBS:
        return True
    return has_particle(token, REPORTING_WITH_PARTICLE)


def _under_reporting_verb(verb: Token) -> bool:
    return _reporter(verb) is not None


def _reporter(verb: Token) -> Token | None:
    """The reporting verb this clause is the content of, if any."""
    for child in verb.children:  # '"...," he said' parsed with "said" below the quote
        if child.dep_ in ("parataxis", "ccomp", "advcl") and child.i > verb.i:
            if _is_reporting_verb(child) and not any(
                g.dep_ in ("ccomp", "dobj") for g in child.children
            ):
                return child
    token = verb
    via_complement = via_relative = False
    for _ in range(8):
        if token.dep_ in ("acl", "ccomp") and _is_report_noun(token.head) and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in token.children
        ):
            return token.head  # "denied reports that troops had crossed", "amid claims that"
        if token.head.i == token.i or token.dep_ not in _CLIMB_TO_REPORTER:
            return None
        # an adverbial clause is the narrative around a report, not its content: "after an
        # investigation found ..., Tesla recalled", "after talks failed, Kirby said"
        if token.dep_ in ("ccomp", "xcomp"):
            via_complement = True
        elif token.dep_ == "relcl":
            via_relative = True
        step = token
        token = token.head
        if not _is_reporting_verb(token):
            continue
        # a relative clause is content when its noun is the topic ("testified about a meeting
        # that took place in March"), not the setting ("testified before a panel that was
        # dissolved in 2019", "spoke at a briefing that was held on Monday")
        if via_complement or (via_relative and (
                step.dep_ != "prep" or step.lower_ in TOPIC_PREPOSITIONS)):
            return token
    return None


def _is_report_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lower_ in REPORT_NOUNS


def _denies(reporter: Token) -> bool:
    """The source says it did not happen: "denied that", "dismissed reports that"."""
    if reporter.lower_ in DENIAL_VERBS:
        return True
    return (_is_report_noun(reporter) and reporter.dep_ in ("dobj", "nsubjpass")
            and reporter.head.lower_ in DISMISSAL_VERBS)


def _reporting(verb: Token) -> tuple[bool, Token | None, str | None]:
    """(is reported, source head, source text) from the cues around ``verb``."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in REPORTING_ADVERBS:
            return True, None, None
    according = _according_to(verb)
    if according is not None:
        return True, according, phrase(according)
    accuser = _accusation(verb)
    if accuser is not None:
        subject = next((c for c in accuser.children if c.dep_ == "nsubj"), None)
        return True, subject, None if subject is None else _source_text(subject)
    reporter = _reporter(verb)
    if reporter is not None and reporter.i != verb.i:
        if _is_report_noun(reporter):
            # "the ministry denied reports that ...": whoever answers them; "amid reports": none
            governor = reporter.head
            if reporter.dep_ not in ("dobj", "nsubjpass") or not (
                    _is_reporting_verb(governor) or governor.lower_ in DISMISSAL_VERBS):
                return True, None, None
            reporter = governor
        subject = subject_of(reporter)
        if subject is None or subject.dep_ == "nsubjpass":
            return True, None, None  # "the minister is said to have resigned": no source
        return True, subject, _source_text(subject)
    return False, None, None


def _source_text(head: Token) -> str:
    """A named source as named: "Jane Doe", not "executive Jane Doe" (the titles the phrase
    keeps); "the Office for National Statistics", not "The Office" (the phrase drops its
    prepositions). Any other source as its phrase ("U.S. intelligence")."""
    if head.ent_type_ in ("PERSON", "ORG"):
        for entity in head.doc.ents:
            if entity.start <= head.i < entity.end:
                return entity.text
    return phrase(head)


def _according_to(verb: Token) -> Token | None:
    # "is expected to travel to Washington next week, where he will meet Biden, according to
    # two officials": the attribution covers the clauses below the one it hangs from
    token: Token | None = verb
    for _ in range(8):
        if token is None or (token.dep_ == "prep" and token.lower_ == "according"):
            return None  # "according to figures released on Tuesday": the source, not its claim
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "according":
                for to in child.children:
                    for obj in to.children:
                        if obj.dep_ == "pobj":
                            return obj
        if token.head.i == token.i or token.dep_ not in _CLIMB_TO_REPORTER:
            return None
        token = token.head
    return None
