"""Learning the weights of :mod:`service.events.ranker` from a TimeML corpus.

Examples: for every gold time expression with at least one anchoring link
(:func:`service.evaluation.anchoring.anchoring_links`), every candidate word
of its parsed sentence, labelled 1 when it overlaps a gold event linked to
that time.  The sentences are parsed by the linker's own
:func:`service.events.linker.parse_sentences`, so training sees what linking
will see.  Time expressions without gold links are left out: TimeBank leaves
many events unlinked, and those would teach the model that nothing is dated.

The model is an L2-regularised logistic regression fitted by L-BFGS on a
sparse 0/1 design (numpy is the only numeric library at hand, as a spaCy
dependency; scipy is not installed).  Features seen fewer than
``MIN_COUNT`` times in training are dropped, which keeps the shipped file
small and rare words out.  The event-word table (:func:`word_counts`) is
counted on the training documents only, so ``--folds`` figures never see
held-out text.

An extra event needs the model's probability ``threshold``, or only
``doubt_threshold`` when the model doubts the rules' pick (probability under
0.5: the time then more likely dates another word), and a doubted pick under
even that bar gives way to the most probable word reaching ``threshold``
(:func:`service.events.ranker.rank`).  Both bars are picked by
:func:`pick_thresholds`: an inner cross-validation of the training
documents, keeping the pair that scores the most gold links at a pair
precision of ``MIN_PRECISION`` (72%) or more.  On all of tbaq it picks 0.4
and 0.4; inside the five folds of ``--folds 5``, 0.4 to 0.5 and 0.15 to 0.35.
Out-of-fold on tbaq with gold time expressions (per-link accuracy / pair
precision; fixed bars, no giving way), one bar of 0.3 gives 77.2 / 66.9,
0.4 74.3 / 71.6, 0.45 73.2 / 73.5, 0.5 72.3 / 74.7, the rules alone
66.2 / 77.9; the two bars 0.45 and 0.3 give 74.3 / 72.8 (the accuracy of 0.4
with 1.2 points more precision), 0.5 and 0.25 74.3 / 73.4 (the precision of
0.45 with 1.1 points more accuracy); giving way adds about 0.4 points of
precision for 0.05 of accuracy.  About half of the extra events are
gold-linked ones (TimeBank leaves many true links out, so that is a lower
bound).

:func:`cross_validate` gives the honest figure: documents are dealt into K
folds by position (document i goes to fold i mod K), each fold's documents are
linked with weights trained on the others, and the linked events are scored by
:func:`service.evaluation.anchoring.evaluate` as usual.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from spacy.tokens import Token

from service.evaluation.anchoring import anchoring_links, evaluate, gold_expressions
from service.events.event import Event
from service.events.linker import contexts, link, parse_sentences
from service.events.ranker import (
    PICK_DOUBT,
    Weights,
    candidates,
    event_word_band,
    event_word_features,
    features,
    may_join,
    may_succeed,
)
from service.temporal.expression import TimeExpression

MIN_COUNT = 3
L2 = 1.0
SWITCH_MARGIN: float | None = None
# The bars for extra events are those an inner cross-validation of the training
# documents finds best at this pair precision (percent, gold time expressions).
MIN_PRECISION = 72.0
INNER_FOLDS = 4
THRESHOLDS = tuple(round(0.4 + 0.05 * n, 2) for n in range(7))  # 0.4 .. 0.7
DOUBT_THRESHOLDS = tuple(round(0.1 + 0.05 * n, 2) for n in range(13))  # 0.1 .. 0.7
_WORD = re.compile(r"[A-Za-z]+")
WordCounts = tuple[Counter, Counter]


@dataclass
class Group:
    """The candidates of one gold-linked time expression of one document."""

    document: int
    features: list[list[str]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    primary: list[bool] = field(default_factory=list)
    kept: list[bool] = field(default_factory=list)  # attached by a clause-shape rule
    allowed: list[bool] = field(default_factory=list)  # may be an extra (ranker.may_join)
    successor: list[bool] = field(default_factory=list)  # may lead instead (may_succeed)
    words: list[tuple[str, str]] = field(default_factory=list)  # (lower-cased form, POS)
    gold_events: int = 0  # gold events linked to the time, reachable or not
    # the rules' pick when it is no candidate (a proper noun...): None, or whether it is gold
    outside_pick: bool | None = None
    firm_pick: bool = False  # the pick never gives way (Context.firm_pick)


def build_groups(documents: Sequence[dict]) -> list[Group]:
    """One :class:`Group` per gold time expression that has anchoring links."""
    groups = []
    for number, document in enumerate(documents):
        groups.extend(_document_groups(number, document))
    return groups


def _document_groups(number: int, document: dict) -> list[Group]:
    gold_events: dict[str, list[dict]] = {}
    for event, timex in anchoring_links(document):
        gold_events.setdefault(timex["tid"], []).append(event)
    if not gold_events:
        return []
    expressions = gold_expressions(document)
    docs, sentences = parse_sentences(document["text"], expressions)
    published = date.fromisoformat(document["dct"][:10])
    groups = []
    in_context = contexts(expressions, docs, sentences, published)
    for timex, context in zip(document["timexes"], in_context, strict=True):
        events = gold_events.get(timex["tid"])
        if not events:
            continue
        group = Group(document=number, gold_events=len(events))
        if context is not None:
            group.firm_pick = context.firm_pick
            offset = context.bounds[0]
            for candidate in candidates(context.timex):
                names = features(context, candidate)
                group.features.append(names)
                group.labels.append(int(_is_gold(candidate, offset, events)))
                group.primary.append(candidate.i == context.primary.i)
                group.kept.append(candidate.i in context.kept)
                group.allowed.append(may_join(context, candidate, names))
                group.successor.append(may_succeed(context.primary, candidate))
                group.words.append((candidate.lower_, candidate.pos_))
            if not any(group.primary):
                group.outside_pick = _is_gold(context.primary, offset, events)
        groups.append(group)
    return groups


def _is_gold(token: Token, offset: int, events: list[dict]) -> bool:
    """Whether the word (of the parse of text starting at ``offset``) is one of ``events``."""
    start = offset + token.idx
    end = start + len(token)
    return any(start < e["end"] and e["start"] < end for e in events)


def word_counts(document: dict) -> WordCounts:
    """How often each word form occurs in ``document``, and how often as (part of) an EVENT."""
    text = document["text"]
    occurrences = Counter(m.group().lower() for m in _WORD.finditer(text))
    marked = Counter(
        m.group().lower() for event in document.get("events", ())
        for m in _WORD.finditer(text[event["start"]:event["end"]])
    )
    return occurrences, marked


def event_word_table(counts: Iterable[WordCounts]) -> dict[str, str]:
    """The band of each word form seen often enough (see :func:`event_word_band`)."""
    occurrences: Counter[str] = Counter()
    marked: Counter[str] = Counter()
    for seen, events in counts:
        occurrences.update(seen)
        marked.update(events)
    table = {}
    for word, count in occurrences.items():
        band = event_word_band(count, marked[word])
        if band is not None:
            table[word] = band
    return table


def train(groups: Sequence[Group], counts: Mapping[int, WordCounts] | None = None, *,
          threshold: float | None = None, doubt_threshold: float | None = None,
          switch_margin: float | None = SWITCH_MARGIN, **options: float) -> Weights:
    """Fit the logistic model on every candidate of ``groups``.

    ``counts`` (:func:`word_counts` of the training documents, by document
    number) give the event-word table; without them the model does without it.
    Unless ``threshold`` is given, the two bars of extra events (``threshold``,
    and ``doubt_threshold`` when the model doubts the rules' pick) are the
    ones :func:`pick_thresholds` finds by cross-validation inside ``groups``;
    a ``threshold`` given alone is the only bar.
    """
    counts = counts or {}
    if threshold is None:
        threshold, doubt_threshold = pick_thresholds(groups, counts, **options)
    return _fit_weights(groups, counts.values(), threshold=threshold,
                        doubt_threshold=doubt_threshold, switch_margin=switch_margin,
                        **options)


def pick_thresholds(groups: Sequence[Group], counts: Mapping[int, WordCounts], *,
                    folds_count: int = INNER_FOLDS, min_precision: float = MIN_PRECISION,
                    **options: float) -> tuple[float, float]:
    """(threshold, doubt_threshold) giving the best per-link accuracy at a pair precision
    of at least ``min_precision``, on out-of-fold probabilities.

    The documents of ``groups`` are dealt into ``folds_count`` folds, each scored
    by weights trained on the others, and decoded as :func:`service.events.ranker.rank`
    does, on gold time expressions.  A tie goes to the higher bars (fewer guesses);
    when no pair reaches ``min_precision``, the most precise one wins.
    """
    scores = _out_of_fold(groups, counts, folds_count, **options)
    best: tuple | None = None
    chosen = (THRESHOLDS[-1], THRESHOLDS[-1])
    for threshold in THRESHOLDS:
        for doubt in DOUBT_THRESHOLDS:
            if doubt > threshold:
                break
            accuracy, precision = _decode(groups, scores, threshold, doubt)
            enough = precision >= min_precision
            key = (enough, accuracy if enough else precision, threshold, doubt)
            if best is None or key > best:
                best, chosen = key, (threshold, doubt)
    return chosen


def _out_of_fold(groups: Sequence[Group], counts: Mapping[int, WordCounts], k: int,
                 **options: float) -> list[list[float]]:
    documents = sorted({g.document for g in groups})
    scores: list[list[float]] = [[] for _ in groups]
    for held_out in folds(len(documents), k):
        out = {documents[n] for n in held_out}
        if len(out) == len(documents):
            continue  # a single document: nothing to train on, it stays unscored
        weights = _fit_weights([g for g in groups if g.document not in out],
                               [c for n, c in counts.items() if n not in out],
                               threshold=1.0, doubt_threshold=None, switch_margin=None,
                               **options)
        table = weights.event_words
        for number, group in enumerate(groups):
            if group.document in out:
                scores[number] = [
                    weights.probability(row + event_word_features(table, word, pos))
                    for row, (word, pos) in zip(group.features, group.words, strict=True)
                ]
    return scores


def _decode(groups: Sequence[Group], scores: list[list[float]], threshold: float,
            doubt: float) -> tuple[float, float]:
    """(per-link accuracy, pair precision) in percent with these bars for extra events,
    as :func:`service.events.ranker.rank` attaches them."""
    right = gold = attached = 0
    for group, probabilities in zip(groups, scores, strict=True):
        gold += group.gold_events
        if not probabilities:
            continue
        pick = next((p for p, first in zip(probabilities, group.primary, strict=True)
                     if first), 0.0)
        bar = doubt if pick < PICK_DOUBT else threshold
        others = [p for p, allowed, successor in zip(probabilities, group.allowed,
                                                     group.successor, strict=True)
                  if allowed and successor]
        gives_way = (pick < min(bar, PICK_DOUBT) and not group.firm_pick
                     and max(others, default=0.0) >= threshold)
        chosen = [n for n, p in enumerate(probabilities)
                  if (group.primary[n] and not gives_way) or group.kept[n]
                  or (group.allowed[n] and p >= bar)]
        right += sum(group.labels[n] for n in chosen)
        attached += len(chosen)
        if group.outside_pick is not None and not gives_way:
            attached += 1
            right += group.outside_pick
    return (100.0 * right / gold if gold else 0.0,
            100.0 * right / attached if attached else 0.0)


def _fit_weights(groups: Iterable[Group], counts: Iterable[WordCounts], *, threshold: float,
                 doubt_threshold: float | None, switch_margin: float | None, l2: float = L2,
                 min_count: int = MIN_COUNT) -> Weights:
    table = event_word_table(counts)
    rows: list[list[str]] = []
    labels: list[int] = []
    for group in groups:
        rows.extend(row + event_word_features(table, word, pos)
                    for row, (word, pos) in zip(group.features, group.words, strict=True))
        labels.extend(group.labels)
    counts: dict[str, int] = {}
    for row in rows:
        for name in set(row):
            counts[name] = counts.get(name, 0) + 1
    names = sorted(n for n, c in counts.items() if c >= min_count)
    column = {n: i for i, n in enumerate(names)}
    row_ids, col_ids = [], []
    for r, row in enumerate(rows):
        for c in {column[n] for n in row if n in column}:
            row_ids.append(r)
            col_ids.append(c)
    theta = _fit(np.array(row_ids, dtype=np.int64), np.array(col_ids, dtype=np.int64),
                 np.array(labels, dtype=np.float64), len(names), l2)
    weights = {n: round(float(w), 4) for n, w in zip(names, theta[1:], strict=True)
               if abs(w) >= 1e-4}
    return Weights(weights=weights, bias=round(float(theta[0]), 4), threshold=threshold,
                   doubt_threshold=doubt_threshold, switch_margin=switch_margin,
                   event_words=table)


def _fit(rows: np.ndarray, cols: np.ndarray, y: np.ndarray, width: int, l2: float,
         iterations: int = 300) -> np.ndarray:
    """Minimise the L2-penalised log loss (bias unpenalised) by L-BFGS; theta[0] is the bias."""
    n = len(y)

    def loss_and_gradient(theta: np.ndarray) -> tuple[float, np.ndarray]:
        z = theta[0] + np.bincount(rows, weights=theta[1:][cols], minlength=n)
        loss = float(np.sum(np.logaddexp(0.0, z) - y * z)) + 0.5 * l2 * float(
            theta[1:] @ theta[1:])
        residual = 1.0 / (1.0 + np.exp(-z)) - y
        gradient = np.empty_like(theta)
        gradient[0] = residual.sum()
        gradient[1:] = np.bincount(cols, weights=residual[rows], minlength=width) + l2 * theta[1:]
        return loss, gradient

    return _lbfgs(loss_and_gradient, np.zeros(width + 1), iterations)


def _lbfgs(function: Callable[[np.ndarray], tuple[float, np.ndarray]], x: np.ndarray,
           iterations: int, memory: int = 10, tolerance: float = 1e-6) -> np.ndarray:
    """Plain L-BFGS with a backtracking (Armijo) line search; enough for a convex loss."""
    value, gradient = function(x)
    steps: list[tuple[np.ndarray, np.ndarray, float]] = []
    for _ in range(iterations):
        direction = -gradient
        alphas = []
        for s, y, rho in reversed(steps):
            alpha = rho * float(s @ direction)
            direction = direction - alpha * y
            alphas.append(alpha)
        if steps:
            s, y, _ = steps[-1]
            direction = direction * (float(s @ y) / float(y @ y))
        for (s, y, rho), alpha in zip(steps, reversed(alphas), strict=True):
            beta = rho * float(y @ direction)
            direction = direction + s * (alpha - beta)
        slope = float(gradient @ direction)
        if slope >= 0:  # not a descent direction: restart from the gradient
            steps.clear()
            direction, slope = -gradient, -float(gradient @ gradient)
        step = 1.0 if steps else 1.0 / max(1.0, float(np.abs(gradient).max()))
        while True:
            candidate = x + step * direction
            new_value, new_gradient = function(candidate)
            if new_value <= value + 1e-4 * step * slope or step < 1e-10:
                break
            step *= 0.5
        s, y = candidate - x, new_gradient - gradient
        if float(s @ y) > 1e-10:
            steps.append((s, y, 1.0 / float(s @ y)))
            del steps[:-memory]
        converged = abs(value - new_value) <= tolerance * max(1.0, abs(value))
        x, value, gradient = candidate, new_value, new_gradient
        if converged:
            break
    return x


def folds(count: int, k: int) -> list[list[int]]:
    """Document numbers of each of ``k`` folds: document i goes to fold i mod k."""
    return [[i for i in range(count) if i % k == fold] for fold in range(k)]


def cross_validate(documents: Sequence[dict], k: int, *, groups: list[Group] | None = None,
                   **options) -> dict:
    """Anchoring figures with each fold linked by weights trained on the other folds.

    Each fold's bars for extra events are picked inside its training documents
    (:func:`pick_thresholds`), like its weights.  One
    :func:`~service.evaluation.anchoring.evaluate` over all documents, its
    linker choosing the weights by the text it is given (the fold of the
    document holding that text), so the figures are pooled exactly.  A text
    the corpus holds twice (tbaq has one) goes to the fold of its first copy,
    so that no fold is scored on a document it was trained on.
    """
    if k < 2:
        raise ValueError("cross-validation needs at least 2 folds")
    groups = build_groups(documents) if groups is None else groups
    counts = {n: word_counts(document) for n, document in enumerate(documents)}
    first_copy: dict[str, int] = {}
    for number, document in enumerate(documents):
        first_copy.setdefault(document["text"], number)
    fold_of = {n: fold for fold, members in enumerate(folds(len(documents), k)) for n in members}
    by_text: dict[str, Weights] = {}
    for fold in range(k):
        out = {n for n, d in enumerate(documents) if fold_of[first_copy[d["text"]]] == fold}
        if not out:
            continue
        weights = train([g for g in groups if g.document not in out],
                        {n: c for n, c in counts.items() if n not in out}, **options)
        for number in out:
            by_text[documents[number]["text"]] = weights

    def linker(text: str, expressions: list[TimeExpression], published: date) -> list[Event]:
        return link(text, expressions, published, weights=by_text[text])

    return evaluate(documents, linker=linker)
