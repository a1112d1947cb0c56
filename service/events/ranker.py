"""A learnt score for "does this time expression date this word's event?".

The rules of :mod:`service.events.triggers` and :mod:`service.events.secondary`
pick one event per time expression, plus a few clause shapes; but 18% of the
time expressions TimeBank/AQUAINT links date two to six events, and the
coarse tree relation alone does not tell which (the nearest verb above the
time is dated 87% of the time, the second 68%, the third 27%).  So each word
of the sentence that can name an event is described by sparse binary
features (the dependency path to the time expression, part of speech, word
classes of :mod:`service.events.lexicon`, the time's preposition, distance,
clause boundaries crossed, whether a rule picked it and how it stands to the
rules' pick, whether another time expression of the sentence is nearer, the
verb's tense against whether the time is past or future, and how often the
training corpus marks the word as an event at all), and a logistic
regression scores it.

The weights are data, like the patterns of the tagger: a JSON file
(``data/anchoring_weights.json``) written by
:mod:`service.evaluation.anchoring_training` (``timeline train-anchoring``),
read once.  Scoring is a sum of dictionary look-ups, so no numeric library is
needed at run time.  Without the file the linker uses the rules alone.

On tbaq.jsonl, 5-fold cross-validated by document (``timeline eval --events
--folds 5``), per-link accuracy goes from 63.81% to 72.06% with our tagger
and from 66.23% to 74.59% with gold time expressions, at 72.7% / 73.2% pair
precision (77.7% / 77.9% for the rules alone).  An extra event needs a
probability of ``threshold``, or only ``doubt_threshold`` when the model
doubts the rules' pick, and a doubted pick scoring under even that bar
gives way to the most probable other word that reaches ``threshold``
(:func:`rank`); :mod:`service.evaluation.anchoring_training` picks both bars
inside the training documents at 72% pair precision (0.4 and 0.4 in the
shipped weights) and gives others.  One bar of 0.5 and no giving way scored
70.13% / 72.50% at 74.2% / 74.7%; one bar as precise as the two bars,
about a point less accuracy.
Tried and not kept, each within a point of the above under cross-validation:
the event-word band crossed with the path shape or with the relation to the
rules' pick, an L2 penalty of 0.3, 3 or 10 instead of 1 (each moves along
the same accuracy-for-precision curve as the threshold), word suffixes and
stems, lexical classes crossed with the path, all pairs of the main features,
the candidate's own preposition and head, a second pass reading the first
pass's scores of the sentence's other words, and
(together: 72.72% / 74.45% with gold time expressions) whether the word's tag
matches the rules' pick's, lies in its clause, the tree distance to it, a
light verb ("had a loss") as the pick, and a word whose phrase ends right
before the time phrase.  Most remaining misses split between two readings
that TimeBank/AQUAINT annotators chose about equally often (the verb or its
event-noun object, the main clause or its "when" clause), so a rule or
feature for either trades precision for accuracy at the threshold's rate.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from service.events.lexicon import (
    ASPECTUAL_VERBS,
    BE_FORMS,
    CONDITIONAL_AUXILIARIES,
    EXPECTATION_WORDS,
    FUTURE_AUXILIARIES,
    NEGATIONS,
    PLANNING_VERBS,
    POSSIBILITY_AUXILIARIES,
    REPORTING_VERBS,
    TIME_NOUNS,
    TIME_PARTICIPLES,
    is_event_noun,
)
from service.events.secondary import TEMPORAL_PREPOSITIONS, secondary_rules

WEIGHTS_PATH = Path(__file__).with_name("data") / "anchoring_weights.json"
FORMAT = 1
_REFERENCES = {"PAST_REF": "past", "PRESENT_REF": "present", "FUTURE_REF": "future"}
_CALENDAR = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?(?![\d])")
# Bands of the share of a word's occurrences the corpus marks as events.
_BANDS = (("never", 0.0), ("low", 0.25), ("some", 0.5), ("most", 0.75), ("high", 1.0))
MIN_OCCURRENCES = 2
# Under this probability the rules' pick is more likely not dated by the time
# than dated: the other words then need only ``Weights.doubt_threshold``.
PICK_DOUBT = 0.5

# The time sits in a phrase of "since", "after", "until"... hung between it and
# the word: "militarized since the end of the war in 1953" orders "militarized"
# after 1953, it does not date it.  Such words are never extra events (5-fold
# cross-validated on tbaq: per-link accuracy 69.31% -> 69.36%, precision
# 73.6% -> 73.9%).
ORDERED_BY_TIME = "via_prep=temporal"

# Prepositions that order an event against another rather than date it.
ORDERING_PREPOSITIONS = frozenset("since after before until till following prior".split())
# Another time expression of the sentence picks the word, and lies nearer to it.
OTHER_PICK = "other_pick"
OTHER_NEARER = "other_nearer"

_CANDIDATE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})
_AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
# Dependencies that open a clause of their own: crossing one on the way from
# the time to the word makes it less likely the time dates the word.
_CLAUSE_DEPS = frozenset(
    {"relcl", "ccomp", "advcl", "xcomp", "conj", "parataxis", "acl", "csubj", "pcomp"}
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_CLAUSE_PUNCTUATION = frozenset({",", ";", "--", ":"})
_COMMA_COUNTS = "timeline_comma_counts"


@dataclass(frozen=True)
class Weights:
    """A logistic model over feature names, and how the linker uses its scores.

    ``threshold``: the probability an extra event needs to be attached.
    ``doubt_threshold``: the bar instead when the rules' pick itself scores under
    ``PICK_DOUBT`` (the model doubts the time dates it, so another word of the
    sentence likely is the event; None: ``threshold`` always).
    ``switch_margin``: how much more probable than the rule's pick a word must
    be to replace it as the first event (None: never replace the rule's pick).
    ``event_words``: how often the training corpus marks each word form as an
    event at all, as a band (see :func:`event_word_band`); rare words are absent.
    """

    weights: dict[str, float]
    bias: float
    threshold: float
    switch_margin: float | None = None
    event_words: dict[str, str] = field(default_factory=dict)
    doubt_threshold: float | None = None

    def probability(self, features: Iterable[str]) -> float:
        get = self.weights.get
        z = self.bias + sum(get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0

    def bar(self, pick_probability: float) -> float:
        """The probability an extra event needs, given the rules' pick's."""
        if self.doubt_threshold is not None and pick_probability < PICK_DOUBT:
            return self.doubt_threshold
        return self.threshold

    def to_dict(self) -> dict:
        return {"format": FORMAT, "bias": self.bias, "threshold": self.threshold,
                "doubt_threshold": self.doubt_threshold, "switch_margin": self.switch_margin,
                "weights": dict(sorted(self.weights.items())),
                "event_words": dict(sorted(self.event_words.items()))}

    @classmethod
    def from_dict(cls, data: dict) -> Weights:
        if data.get("format") != FORMAT:
            raise ValueError(f"anchoring weights: unknown format {data.get('format')!r}")
        return cls(weights={str(k): float(v) for k, v in data["weights"].items()},
                   bias=float(data["bias"]), threshold=float(data["threshold"]),
                   switch_margin=_optional(data.get("switch_margin")),
                   doubt_threshold=_optional(data.get("doubt_threshold")),
                   event_words={str(k): str(v) for k, v in data.get("event_words", {}).items()})

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_dict(), indent=1) + "\n", encoding="utf-8")


def _optional(value: object) -> float | None:
    return None if value is None else float(value)


def event_word_band(occurrences: int, marked: int) -> str | None:
    """The band of the share of a word's occurrences marked as events (None: too rare)."""
    if occurrences < MIN_OCCURRENCES:
        return None
    share = marked / occurrences
    return next(name for name, top in _BANDS if share <= top)


def event_word_features(table: dict[str, str], word: str, pos: str) -> list[str]:
    """Features of how eventive the corpus finds ``word`` ("attack" yes, "group" no).

    By part of speech: the counts do not tell the noun "building" from the verb.
    """
    if not table:
        return []
    return [f"event_word={table.get(word, 'rare')}_{pos}"]


def load_weights(path: Path | None = None) -> Weights | None:
    """The weights at ``path`` (default: the shipped ones), or None if there are none."""
    return _load(str(path or WEIGHTS_PATH))


@lru_cache(maxsize=8)
def _load(path: str) -> Weights | None:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return Weights.from_dict(json.loads(text))


def candidates(timex: Span) -> list[Token]:
    """Words of the parsed sentence outside ``timex`` that may name an event."""
    start, end = timex.start, timex.end
    return [
        t for t in timex.doc
        if t.pos_ in _CANDIDATE_POS and not start <= t.i < end and t.dep_ not in _AUXILIARY_DEPS
        and any(c.isalpha() for c in t.text)
    ]


@dataclass
class Context:
    """What the features of one time expression's candidates share, computed once.

    ``others`` are the other time expressions of the same parse with the rules'
    pick for each: a word another time dates more closely is rarely this one's.
    """

    timex: Span
    primary: Token
    kind: str = "DATE"
    others: list[tuple[Span, Token]] = field(default_factory=list)
    bounds: tuple[int, int] = (0, 0)
    direction: str = "unknown"  # the time against publication, see :func:`time_direction`

    def __post_init__(self) -> None:
        self.secondary = secondary_rules(self.primary, self.timex)
        self.secondary_tokens = [self.secondary[i][0] for i in sorted(self.secondary)]
        self.primary_class = _word_class(self.primary)
        self.inside = {t.i for t in self.timex}
        self.up_chain = _chain(self.timex.root)
        self.up_index = _chain_index(self.timex.root)
        self.other_chains = [_chain_index(span.root) for span, _ in self.others]
        self.other_picks = {pick.i for _, pick in self.others}
        self.preposition = _preposition(self.timex)
        doc = self.timex.doc
        first = self.preposition.i if self.preposition is not None else self.timex.start
        self.fronted = not any(not t.is_punct for t in doc[:first])
        self.commas = _comma_counts(doc)
        # a clause shape's word that another time of the sentence dates first is that
        # time's: "In 2021 it acquired a rival and laid off workers the following year"
        self.kept = {t.i: t for t in self.secondary_tokens if t.i not in self.other_picks}
        self.ordered = _ordered_by_pick(self.primary)
        self.firm_pick = _next_to_time(self.primary, self.timex)
        clause = _relative_clause(self.timex.root)
        self.clause = None if clause is None else (
            {t.i for t in clause.subtree} | {clause.head.i})


def _next_to_time(primary: Token, timex: Span) -> bool:
    """Whether the rules' pick is a noun the time phrase touches ("the robbery on Thursday
    night", "trading Friday", "third-quarter results"): the time then modifies that noun,
    however the parser hung it, and the pick never gives way to another word."""
    if primary.pos_ != "NOUN":
        return False
    if primary.i >= timex.end:
        return primary.i == timex.end
    between = timex.doc[primary.i + 1:timex.start]
    return len(between) <= 1 and all(t.pos_ == "ADP" for t in between)


def _ordered_by_pick(primary: Token) -> set[int]:
    """The words a phrase of "since", "after", "before"... holding the rules' pick hangs on.

    "has been militarized since the end of the war with its neighbors in 1953":
    the parser hangs "in 1953" on "militarized", the rules pick "end", and the
    time orders "militarized" after it rather than dating it.
    """
    node = primary
    while node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in ORDERING_PREPOSITIONS:
            return {node.head.i}
        node = node.head
    return set()


def _comma_counts(doc: Doc) -> list[int]:
    """``counts[i]``: clause punctuation among the first i tokens, so that the count
    between a time and a word is one subtraction; once per parse, not per time."""
    counts = doc.user_data.get(_COMMA_COUNTS)
    if counts is None:
        counts = [0]
        for token in doc:
            counts.append(counts[-1] + (token.text in _CLAUSE_PUNCTUATION))
        doc.user_data[_COMMA_COUNTS] = counts
    return counts


def time_direction(value: str, published: date) -> str:
    """Whether a normalised value lies before, around or after ``published``.

    "past", "present" (the period holds the publication day), "future", or
    "unknown" (durations, sets, undated values): a past-tense verb is rarely
    the event of next week.
    """
    if value in _REFERENCES:
        return _REFERENCES[value]
    match = _CALENDAR.match(value)
    if match is None:
        return "unknown"
    year, month, day, week = (int(g) if g else None for g in match.groups())
    if week is not None:
        try:
            first = date.fromisocalendar(year, week, 1)
        except ValueError:
            return "unknown"
        key, now = (first, first + timedelta(days=6)), published
        return "past" if key[1] < now else "future" if key[0] > now else "present"
    parts = [p for p in (year, month, day) if p is not None]
    now_parts = [published.year, published.month, published.day][: len(parts)]
    return "past" if parts < now_parts else "future" if parts > now_parts else "present"


def features(context: Context, candidate: Token) -> list[str]:
    """The binary features of the pair (time expression of ``context``, ``candidate``)."""
    pos = candidate.pos_
    word = candidate.lower_
    kind = context.kind
    out = [f"pos={pos}", f"tag={candidate.tag_}", f"dep={candidate.dep_}",
           f"pos_dep={pos}_{candidate.dep_}", f"w={word}", f"kind={kind}",
           f"kind_pos={kind}_{pos}"]
    lexical = _lexical(candidate)
    out.extend(lexical)
    direction = context.direction
    out.append(f"tense={direction}_{candidate.tag_}")
    out.extend(f"tense={direction}_{name}" for name in lexical if name.startswith("aux="))
    chain = _chain(candidate)
    distance = _path(context, candidate, chain, pos, out)
    out.extend(_surface(context, candidate, pos))
    primary = context.primary
    if candidate.i == primary.i:
        out += ["rule_primary", f"rule_primary_{pos}"]
    else:
        relation = _relation_to_primary(primary, candidate)
        out.extend(relation)
        out.append(f"{relation[0]}@{context.primary_class}")
    if candidate.i in context.secondary:
        out += ["rule_secondary", f"rule_secondary={context.secondary[candidate.i][1]}"]
    if context.others:
        out.extend(_competition(context, candidate, chain, distance))
    return out


def _competition(context: Context, candidate: Token, down_chain: list[Token],
                 distance: int | None) -> list[str]:
    """Another time expression of the sentence that picks or sits nearer to the word."""
    out = ["other_timex"]
    if candidate.i in context.other_picks:
        out.append(OTHER_PICK)
    for chain in context.other_chains:
        meet = next((n for n, t in enumerate(down_chain) if t.i in chain), None)
        if meet is None:
            continue
        theirs = meet + chain[down_chain[meet].i]
        if distance is None or theirs < distance:
            out.append(OTHER_NEARER)
            break
        if theirs == distance:
            out.append("other_as_near")
    return out


def _lexical(token: Token) -> list[str]:
    word = token.lower_
    out = []
    if word in REPORTING_VERBS:
        out.append("lex=reporting")
    if word in ASPECTUAL_VERBS:
        out.append("lex=aspectual")
    if word in BE_FORMS:
        out.append("lex=be")
    if word in PLANNING_VERBS:
        out.append("lex=planning")
    if word in EXPECTATION_WORDS:
        out.append("lex=expectation")
    if token.pos_ == "NOUN":
        if is_event_noun(word):
            out.append("lex=event_noun")
        if word in TIME_NOUNS:
            out.append("lex=time_noun")
    for child in token.children:
        child_word = child.lower_
        dep = child.dep_
        if dep in _AUXILIARY_DEPS:
            if child_word in FUTURE_AUXILIARIES:
                out.append("aux=will")
            elif child_word in POSSIBILITY_AUXILIARIES or child_word in CONDITIONAL_AUXILIARIES:
                out.append("aux=modal")
            elif child_word == "to":
                out.append("aux=to")
            elif dep == "auxpass":
                out.append("aux=passive")
            elif child_word in ("has", "have", "had"):
                out.append("aux=perfect")
        elif dep == "neg" or (dep == "advmod" and child_word in NEGATIONS):
            out.append("neg")
        elif dep in _SUBJECTS:
            out.append("own_subject")
        elif dep == "cop":
            out.append("copula")
    return out


def _word_class(token: Token) -> str:
    """A coarse lexical class of the rules' pick, for its relation to other words."""
    word = token.lower_
    if word in REPORTING_VERBS:
        return "reporting"
    if word in ASPECTUAL_VERBS:
        return "aspectual"
    if word in PLANNING_VERBS or word in EXPECTATION_WORDS:
        return "intending"
    if word in BE_FORMS:
        return "be"
    return token.pos_


_CHAINS = "anchoring_chains"  # doc.user_data key: token index -> the token and its ancestors
_CHAIN_INDEXES = "anchoring_chain_indexes"  # token index -> {ancestor index: its height}


def _chain(token: Token) -> list[Token]:
    """The token and its ancestors, computed once per word of a parse: a text of many
    time expressions would otherwise climb the same branches for each of them."""
    cache: dict[int, list[Token]] = token.doc.user_data.setdefault(_CHAINS, {})
    start = token.i
    climbed: list[Token] = []
    while token.i not in cache:
        climbed.append(token)
        if token.head.i == token.i:
            break
        token = token.head
    above = cache.get(token.i, [])
    for word in reversed(climbed):  # from the highest word down
        above = [word, *above]
        cache[word.i] = above
    return cache[start]


def _chain_index(token: Token) -> dict[int, int]:
    cache: dict[int, dict[int, int]] = token.doc.user_data.setdefault(_CHAIN_INDEXES, {})
    index = cache.get(token.i)
    if index is None:
        index = cache[token.i] = {t.i: n for n, t in enumerate(_chain(token))}
    return index


def _path(context: Context, candidate: Token, down_chain: list[Token], pos: str,
          out: list[str]) -> int | None:
    """Features of the tree path, up from the time expression and down to the word
    (``down_chain``: the word and its ancestors).

    Returns the length of the path (None when the parser put them in two trees).
    """
    index = context.up_index
    up_chain = context.up_chain
    inside = context.inside
    meet = next((n for n, t in enumerate(down_chain) if t.i in index), None)
    if meet is None:
        out.append("path=none")
        return None
    top = down_chain[meet]
    up, down = index[top.i], meet
    if top.i in inside:
        up = 0  # the word hangs on the time expression itself ("Friday's meeting")
    outside = [t for t in up_chain[:up] if t.i not in inside]
    attach = outside[-1].dep_ if outside else context.timex.root.dep_
    down_deps = [t.dep_ for t in reversed(down_chain[:down])]
    shape = f"{min(up, 4)}_{min(down, 3)}"
    below = "-".join(down_deps[:2])
    out += [f"path={shape}", f"path_pos={shape}_{pos}", f"path_tag={shape}_{candidate.tag_}",
            f"attach={attach}_{top.pos_}", f"attach_dep={attach}_{candidate.dep_}",
            f"down={below}", f"down_pos={below}_{pos}"]
    if down == 0:
        verbs = sum(1 for t in outside if t.pos_ == "VERB")
        nouns = sum(1 for t in outside if t.pos_ in ("NOUN", "PROPN"))
        out += [f"verb_ancestor={min(verbs, 3)}_{pos}", f"nouns_between={min(nouns, 2)}_{pos}"]
        if len(outside) >= 2:  # the clause the time sits in, below the word
            under = outside[-1]
            out.append(f"under={under.dep_}_{under.pos_}")
            out.extend(f"under_{name}" for name in _lexical(under) if name.startswith("lex="))
    for token in outside:  # "militarized [since the end of the war in 1953]"
        if token.dep_ == "prep" and token.i != getattr(context.preposition, "i", None):
            word = token.lower_
            out.append(f"via_prep={word if word in TEMPORAL_PREPOSITIONS else 'other'}")
            if word in TEMPORAL_PREPOSITIONS:
                out.append(ORDERED_BY_TIME)
    on_path = [t.dep_ for t in up_chain[:up]] + [t.dep_ for t in down_chain[:down]]
    clauses = [dep for dep in on_path if dep in _CLAUSE_DEPS]
    out.extend(f"cross={dep}" for dep in sorted(set(clauses)))
    # "visited ... to convince ... to provide ammunition that forces could use"
    out.append(f"clauses={min(len(clauses), 3)}_{pos}" if clauses else "cross=none")
    return up + down


def _preposition(timex: Span) -> Token | None:
    root = timex.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.i < timex.start:
        return root.head
    return None


def _surface(context: Context, candidate: Token, pos: str) -> list[str]:
    """Word order: direction, distance, commas between, the time's preposition, fronting."""
    timex = context.timex
    root = timex.root
    after = candidate.i >= timex.end
    gap = candidate.i - timex.end + 1 if after else timex.start - candidate.i
    bucket = 1 if gap <= 1 else 2 if gap <= 2 else 4 if gap <= 4 else 8 if gap <= 8 else 16 \
        if gap <= 16 else 99
    lo, hi = (timex.end, candidate.i) if after else (candidate.i + 1, timex.start)
    commas = context.commas[max(hi, lo)] - context.commas[lo]
    side = "after" if after else "before"
    out = [f"dist={side}{bucket}", f"dist_pos={side}{bucket}_{pos}",
           f"commas={min(commas, 2)}", f"commas_side={side}{min(commas, 2)}"]
    preposition = context.preposition
    if preposition is not None:
        word = preposition.lower_
        out.append(f"prep={word}")
        if word in TEMPORAL_PREPOSITIONS:
            out.append("prep=temporal")
    else:
        out.append(f"tdep={root.dep_}")
    if context.fronted:
        out.append(f"fronted_{side}")
    return out


def _relation_to_primary(primary: Token, candidate: Token) -> list[str]:
    """How the word stands to the rules' pick: its conjunct, complement, head, sibling..."""
    if candidate.head.i == primary.i:
        own = any(c.dep_ in _SUBJECTS for c in candidate.children)
        return [f"prim_child={candidate.dep_}", f"prim_child_pos={candidate.dep_}_{candidate.pos_}",
                f"prim_child_subject={candidate.dep_}_{own}"]
    if primary.head.i == candidate.i:
        return [f"prim_head={primary.dep_}", f"prim_head_pos={primary.dep_}_{candidate.pos_}"]
    if primary.head.i == candidate.head.i:
        return [f"prim_sibling={primary.dep_}>{candidate.dep_}"]
    if candidate.head.head.i == primary.i:
        return [f"prim_grandchild={candidate.head.dep_}>{candidate.dep_}"]
    return ["prim_far"]


def _relative_clause(token: Token) -> Token | None:
    """The relative clause the time phrase lies in, if any: it dates that clause and the
    noun the clause describes ("the revolution that brought Castro to power 41 years
    ago"), never the clause above ("The suspect, who was arrested Thursday, is being
    held"): 0.2 points of pair precision, no link lost, 5-fold cross-validated."""
    node = token
    while node.head.i != node.i:
        if node.dep_ == "relcl":
            return node
        node = node.head
    return None


def rank(context: Context, weights: Weights) -> list[Token]:
    """The events the time expression of ``context`` dates: the first, then the rest in order.

    The rules' pick stays first unless a word beats its probability by
    ``switch_margin``; the clause shapes of :mod:`service.events.secondary`
    and every other word scoring ``threshold`` or more join it (keeping the
    shapes costs nothing measurable: at threshold 0.4, 75.0% of links at 70.7%
    precision with them, 74.6% at 71.3% without, with gold time expressions,
    5-fold cross-validated on TimeBank/AQUAINT).  Replacing the rules' pick
    when the ranker prefers another word (``switch_margin`` 0 or 0.3) moved
    accuracy and precision by less than a point either way, so the shipped
    weights leave it off.

    When the model doubts the rules' pick (its probability under
    ``PICK_DOUBT``; a word that is no candidate, a proper noun say, counts as
    0), the time more likely dates another word, so the other words need only
    ``doubt_threshold``: "In composite trading Friday on the New York Stock
    Exchange, BellSouth shares fell" dates "fell" and "trading".  A doubted pick
    under even that bar gives way to the most probable word reaching
    ``threshold`` (not its head, which the rules passed over on purpose, and
    never a noun the time phrase touches, "The robbery on Thursday night left
    two guards injured").  Out-of-fold on tbaq with gold time expressions, the
    two bars 0.5 and 0.2 score 74.75% of links at 72.8% precision, with giving
    way 74.70% at 73.2%; one bar of 0.45 scores 73.16% at 73.5%.
    """
    primary = context.primary
    table = weights.event_words
    scored = []
    primary_p = 0.0
    for candidate in candidates(context.timex):
        names = features(context, candidate)
        names += event_word_features(table, candidate.lower_, candidate.pos_)
        probability = weights.probability(names)
        if candidate.i == primary.i:
            primary_p = probability
        if may_join(context, candidate, names):
            scored.append((probability, candidate))
    first = primary
    bar = weights.bar(primary_p)
    if weights.switch_margin is not None and scored:
        best_p, best = max(scored, key=lambda pair: pair[0])
        if best.i != primary.i and best_p >= primary_p + weights.switch_margin:
            first = best
    elif (weights.doubt_threshold is not None and primary_p < min(bar, PICK_DOUBT)
          and not context.firm_pick):
        # a doubted pick under even the lower bar gives way to a word the model finds
        # likely, when there is one
        best_p, best = max(((p, c) for p, c in scored if may_succeed(primary, c)),
                           key=lambda pair: pair[0], default=(0.0, primary))
        if best_p >= weights.threshold:
            first = best
    extras = {c.i: c for p, c in scored if p >= bar}
    extras.update(context.kept)
    extras.pop(first.i, None)
    return [first, *(extras[i] for i in sorted(extras))]


def may_succeed(primary: Token, candidate: Token) -> bool:
    """Whether the word may lead in place of a doubted pick: any other word but the
    pick's head, which the rules of :mod:`service.events.triggers` passed over on
    purpose ("voted to support the republic on Friday": "support"), also across a
    preposition or particle ("is due to land in Hanoi on Monday", the verb parsed as
    the object of "to": "land")."""
    head = primary.head
    if candidate.i in (primary.i, head.i):
        return False
    return not (head.pos_ in ("ADP", "PART") and candidate.i == head.head.i)


def may_join(context: Context, candidate: Token, names: list[str]) -> bool:
    """Whether the word may be an extra event of the time, whatever its score.

    Not the time's own participle ("starting Thursday", "effective Jan. 1"),
    not a word the time only orders (``ORDERED_BY_TIME``, or a phrase of
    ``ORDERING_PREPOSITIONS`` holding the rules' pick hangs on it), not the pick of
    another time of the sentence that lies nearer to it in the tree ("In 2021
    it acquired a rival and laid off workers the following year": "laid" is
    the following year's; gold-linked to the farther time 14 times in 367 on
    tbaq), and, for a time in a relative clause, only a word of that clause or
    the noun it describes.
    """
    if candidate.i == context.timex.start - 1 and candidate.lower_ in TIME_PARTICIPLES:
        return False
    if ORDERED_BY_TIME in names or (OTHER_PICK in names and OTHER_NEARER in names):
        return False
    if candidate.i in context.ordered:
        return False
    return context.clause is None or candidate.i in context.clause
