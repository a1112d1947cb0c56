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

An extra event is attached when the model finds it more likely dated by the
time than not (``THRESHOLD`` = 0.5).  Lower bars score more gold links but
fill the timeline with guesses; out-of-fold on tbaq with gold time
expressions (per-link accuracy / pair precision): 0.3 gives 78.2 / 66.2,
0.4 75.4 / 70.7, 0.5 72.9 / 73.7, 0.7 68.7 / 76.9, the rules alone
66.2 / 77.9.  At 0.5 about half of the extra events are gold-linked ones
(TimeBank leaves many true links out, so that is a lower bound).

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

from service.evaluation.anchoring import anchoring_links, evaluate, gold_expressions
from service.events.event import Event
from service.events.linker import contexts, link, parse_sentences
from service.events.ranker import (
    Weights,
    candidates,
    event_word_band,
    event_word_features,
    features,
)
from service.temporal.expression import TimeExpression

MIN_COUNT = 3
L2 = 1.0
THRESHOLD = 0.5
SWITCH_MARGIN: float | None = None
_WORD = re.compile(r"[A-Za-z]+")
WordCounts = tuple[Counter, Counter]


@dataclass
class Group:
    """The candidates of one gold-linked time expression of one document."""

    document: int
    features: list[list[str]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    primary: list[bool] = field(default_factory=list)
    secondary: list[bool] = field(default_factory=list)  # attached by a clause-shape rule
    words: list[tuple[str, str]] = field(default_factory=list)  # (lower-cased form, POS)
    gold_events: int = 0  # gold events linked to the time, reachable or not


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
            offset = context.bounds[0]
            for candidate in candidates(context.timex):
                start = offset + candidate.idx
                end = start + len(candidate)
                group.features.append(features(context, candidate))
                group.labels.append(int(any(start < e["end"] and e["start"] < end
                                            for e in events)))
                group.primary.append(candidate.i == context.primary.i)
                group.secondary.append(candidate.i in context.secondary)
                group.words.append((candidate.lower_, candidate.pos_))
        groups.append(group)
    return groups


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
          threshold: float = THRESHOLD, switch_margin: float | None = SWITCH_MARGIN,
          **options: float) -> Weights:
    """Fit the logistic model on every candidate of ``groups``.

    ``counts`` (:func:`word_counts` of the training documents, by document
    number) give the event-word table; without them the model does without it.
    """
    counts = counts or {}
    return _fit_weights(groups, counts.values(), threshold=threshold,
                        switch_margin=switch_margin, **options)


def _fit_weights(groups: Iterable[Group], counts: Iterable[WordCounts], *, threshold: float,
                 switch_margin: float | None, l2: float = L2,
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
                   switch_margin=switch_margin, event_words=table)


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

    One :func:`~service.evaluation.anchoring.evaluate` over all documents, its
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
