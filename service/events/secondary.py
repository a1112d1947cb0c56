"""Other events the same time expression dates, besides the one :func:`find_trigger` picks.

A time expression can date several events: "Last week, rebels killed three
soldiers and wounded six", "third-quarter profit jumped 16%" (the profit and
its jump), "began trading in August".  Each rule below attaches the events of
one clause shape, and is kept because TimeBank/AQUAINT's gold links agree with
it more often than not.  Each figure is (events the rule attaches, of which
gold-linked to that time), on tbaq.jsonl with its gold time expressions:

* a measure noun dated before it, as subject: its verb (34 / 22);
* an aspectual verb: the event it begins, continues or ends (19 / 12);
* a verb dated before it: the coordinated verbs sharing its subject (11 / 6);
* an event noun picked from a prepositional phrase hung on a verb, while the
  time phrase itself hangs on that verb: the verb (37 / 19).

Measured and left out, because gold agrees less than half the time: the
complement of a reporting verb ("said Friday it would buy", 11 of 98), any
conjunct (12 of 58; the time phrase after the last conjunct, 1 of 32), the
head of an adverbial clause (17 of 67), the event noun a relative clause
modifies (9 of 24), event nouns in the object (32 of 119), the complement of a
non-aspectual verb (10 of 44), an event-noun object ending right before the
time phrase ("condemned Iraq's invasion of Kuwait on Aug. 2", 19 of 46, the
verb being gold in 24), an event noun in a prepositional phrase of the picked
verb ("killed in an explosion Friday", 23 of 81), the other clause of a
"when" (10 of 24), "as" (2 of 15), "while" (1 of 8) or "after" (8 of 18)
clause, and the event of the period instead of "ended" in "the quarter ended
Sept. 30" (2 of 11; "ended" itself 6).  Measured since and left out too: the
event noun of a fronted phrase the time follows ("In composite trading
Friday, shares fell": 9 of 20), the verb "ended" hung on a period ("the
year ended Sept. 30" for "the year": 6 of 15), an event-noun object of
"had", "reported" or "posted" (13 of 28), the event-noun subject holding the
time phrase ("net income for the six months slipped": 2 of 17), a reporting
verb right before the time (1 of 11), the main clause of a "when" clause
picked (2 of 9).  Together the four rules raise per-link
accuracy with gold time expressions from 62.98% to 66.23% while keeping
precision at 77.9% (``timeline eval --events``, rules alone).

The linker keeps what these rules attach, and each rule's name is a feature
of the learnt ranker (:mod:`service.events.ranker`), which attaches the
other events it scores high enough, those of the shapes above included when
the sentence's other cues agree.  With it, per-link accuracy with gold time
expressions is 74.59% at 73.2% precision, 5-fold cross-validated by document
(``timeline eval --events --folds 5``); the shipped weights, trained on all
of tbaq, score 83.11% at 79.9% on it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from service.events.lexicon import ASPECTUAL_VERBS, REPORTING_VERBS

_PRENOMINAL = frozenset({"compound", "amod", "nmod", "poss", "nummod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OWN_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
# A phrase headed by these is itself a time adverbial of the verb: "militarized
# since the end of the war in 1953" orders the verb after 1953, not at it.
TEMPORAL_PREPOSITIONS = frozenset(
    "since after before until till during following prior by through throughout".split()
)


def secondary_rules(primary: Token, timex: Span) -> dict[int, tuple[Token, str]]:
    """Further tokens naming events ``timex`` dates, without ``primary``, by index, each
    with the rule that found it.

    The rule's name is a feature of :mod:`service.events.ranker`: the rules are
    not equally reliable.
    """
    inside = {t.i for t in timex}
    found: dict[int, tuple[Token, str]] = {}
    for rule in _RULES:
        for token in rule(primary, timex):
            if token.i != primary.i and token.i not in inside:
                found.setdefault(token.i, (token, rule.__name__.lstrip("_")))
    return found


def _verb_of_dated_subject(primary: Token, timex: Span) -> list[Token]:
    """"Third-quarter profit jumped 16%", "the Aug. 7 bombings killed 200": the verb too."""
    root = timex.root
    if (
        primary.pos_ == "NOUN"
        and root.head.i == primary.i
        and root.dep_ in _PRENOMINAL
        and primary.dep_ in _SUBJECTS
        and primary.head.pos_ == "VERB"
    ):
        return [primary.head]
    return []


def _aspectual_complement(primary: Token, timex: Span) -> list[Token]:
    """"Began trading in August", "will start producing chips next week": the event begun."""
    if primary.pos_ != "VERB" or primary.lower_ not in ASPECTUAL_VERBS:
        return []
    return [c for c in primary.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]


def _shared_subject_conjuncts(primary: Token, timex: Span) -> list[Token]:
    """"Last week, rebels killed three soldiers and wounded six": both verbs.

    Only with the time before the first verb, so that it scopes over the
    coordination; a time phrase after a conjunct tends to be its own ("condemned
    the bombing on Thursday and called for calm" links only "condemned" in
    TimeBank).  A conjunct with its own subject is another clause, and a
    reporting verb ("and said ...") a separate act.
    """
    if primary.pos_ != "VERB" or timex.start > primary.i:
        return []
    return [
        c for c in primary.children
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.lower_ not in REPORTING_VERBS
        and not any(g.dep_ in _OWN_SUBJECTS for g in c.children)
    ]


def _verb_of_dated_phrase(primary: Token, timex: Span) -> list[Token]:
    """"Fell in composite trading Friday", "was charged with murder Thursday": the verb too.

    The time phrase hangs on the verb and follows an event noun of a
    prepositional phrase of that verb, so :func:`find_trigger` picks the noun;
    the verb is dated as well, unless the phrase is a time adverbial itself.
    """
    if not (primary.pos_ == "NOUN" and primary.dep_ == "pobj" and primary.head.dep_ == "prep"):
        return []
    if primary.head.lower_ in TEMPORAL_PREPOSITIONS:
        return []
    verb = primary.head.head
    if verb.pos_ != "VERB":
        return []
    above = {a.i for a in timex.root.ancestors}
    if primary.i in above or verb.i not in above:
        return []
    return [verb]


_RULES = (_verb_of_dated_subject, _aspectual_complement, _shared_subject_conjuncts,
          _verb_of_dated_phrase)
