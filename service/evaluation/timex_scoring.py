"""TempEval-3 Task A scoring of time expressions (extent, type and value).

Written from the task definition (UzZaman et al., 2013) rather than by calling
the official toolkit, so it runs on our JSON documents directly:

* each gold TIMEX3 is paired with at most one system timex and vice versa,
  exact spans first, then the largest character overlap;
* strict match = same span, relaxed match = overlapping span;
* attribute F1 (type, value) = relaxed F1 x the share of relaxed matches whose
  attribute is equal, so a tagger is not rewarded twice for finding a span.

Figures are fractions in ``[0, 1]``; :meth:`TimexScores.to_dict` reports them
as percentages because that is how TempEval results are quoted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

CONTEXT_CHARS = 40


@dataclass(frozen=True, slots=True)
class Timex:
    """The part of a timex that Task A scores."""

    start: int
    end: int
    text: str
    type: str | None
    value: str | None

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], text: str = "") -> Timex:
        start, end = int(data["start"]), int(data["end"])
        return cls(
            start=start,
            end=end,
            text=data.get("text") or text[start:end],
            type=data.get("type"),
            value=data.get("value"),
        )

    def overlap(self, other: Timex) -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float

    @classmethod
    def from_counts(cls, matched: int, system: int, gold: int) -> PRF:
        precision = matched / system if system else 0.0
        recall = matched / gold if gold else 0.0
        return cls(precision, recall, _harmonic_mean(precision, recall))

    def to_dict(self) -> dict[str, float]:
        return {
            "precision": _percent(self.precision),
            "recall": _percent(self.recall),
            "f1": _percent(self.f1),
        }


@dataclass(frozen=True, slots=True)
class TypeRow:
    """How the tagger does on the gold timexes of one TIMEX3 type."""

    type: str
    gold: int
    strict: int  # gold timexes of this type found with the exact span
    relaxed: int  # ... found with an overlapping span
    value_correct: int  # ... found (relaxed) with the right value

    @property
    def strict_recall(self) -> float:
        return self.strict / self.gold if self.gold else 0.0

    @property
    def relaxed_recall(self) -> float:
        return self.relaxed / self.gold if self.gold else 0.0

    @property
    def value_accuracy(self) -> float:
        """Share of the found ones with the right value (TempEval's attribute accuracy)."""
        return self.value_correct / self.relaxed if self.relaxed else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "strict_recall": _percent(self.strict_recall),
            "relaxed_recall": _percent(self.relaxed_recall),
            "value_accuracy": _percent(self.value_accuracy),
            "value_recall": _percent(self.value_correct / self.gold if self.gold else 0.0),
        }


@dataclass(frozen=True, slots=True)
class TimexError:
    """One mistake, with enough context to judge it without opening the corpus.

    ``kinds`` holds one or more of ``missed``, ``spurious``, ``span``, ``type``,
    ``value``; a found timex can be wrong in several ways at once.
    """

    document: str
    kinds: tuple[str, ...]
    gold: Timex | None
    system: Timex | None
    context: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "kinds": list(self.kinds),
            "gold": self.gold.to_dict() if self.gold else None,
            "system": self.system.to_dict() if self.system else None,
            "context": self.context,
        }


@dataclass(slots=True)
class TimexScores:
    documents: int = 0
    gold: int = 0
    system: int = 0
    strict_matches: int = 0
    relaxed_matches: int = 0
    type_correct: int = 0
    value_correct: int = 0
    gold_types: dict[str, list[int]] = field(default_factory=dict)
    errors: list[TimexError] = field(default_factory=list)

    @property
    def strict(self) -> PRF:
        return PRF.from_counts(self.strict_matches, self.system, self.gold)

    @property
    def relaxed(self) -> PRF:
        return PRF.from_counts(self.relaxed_matches, self.system, self.gold)

    @property
    def type_f1(self) -> float:
        return self.relaxed.f1 * self._share(self.type_correct)

    @property
    def value_f1(self) -> float:
        return self.relaxed.f1 * self._share(self.value_correct)

    @property
    def type_accuracy(self) -> float:
        return self._share(self.type_correct)

    @property
    def value_accuracy(self) -> float:
        return self._share(self.value_correct)

    @property
    def per_type(self) -> list[TypeRow]:
        """Rows for each gold type, most frequent first."""
        rows = [TypeRow(name, *counts) for name, counts in self.gold_types.items()]
        return sorted(rows, key=lambda row: (-row.gold, row.type))

    @property
    def error_counts(self) -> dict[str, int]:
        counts = Counter(kind for error in self.errors for kind in error.kinds)
        return {kind: counts[kind] for kind in ("missed", "spurious", "span", "type", "value")}

    def _share(self, correct: int) -> float:
        return correct / self.relaxed_matches if self.relaxed_matches else 0.0

    def to_dict(self, errors: int = 0) -> dict[str, Any]:
        """The figures as JSON-ready data; ``errors`` = how many mistakes to include."""
        data: dict[str, Any] = {
            "documents": self.documents,
            "gold": self.gold,
            "system": self.system,
            "strict_matches": self.strict_matches,
            "relaxed_matches": self.relaxed_matches,
            "strict": self.strict.to_dict(),
            "relaxed": self.relaxed.to_dict(),
            "type_f1": _percent(self.type_f1),
            "value_f1": _percent(self.value_f1),
            "type_accuracy": _percent(self.type_accuracy),
            "value_accuracy": _percent(self.value_accuracy),
            "per_type": {row.type: row.to_dict() for row in self.per_type},
            "error_counts": self.error_counts,
        }
        if errors:
            data["errors"] = [error.to_dict() for error in self.errors[:errors]]
        return data


def pair_timexes(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, system index)``, exact spans before overlaps.

    Among overlapping candidates the largest overlap wins; ties go to the
    earlier gold, then the earlier system timex, so the result is deterministic.
    """
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_system: set[int] = set()

    by_span: dict[tuple[int, int], list[int]] = {}
    for j, candidate in enumerate(system):
        by_span.setdefault((candidate.start, candidate.end), []).append(j)
    for i, timex in enumerate(gold):
        for j in by_span.get((timex.start, timex.end), ()):
            if j not in used_system:
                pairs.append((i, j))
                used_gold.add(i)
                used_system.add(j)
                break

    candidates = [
        (-g.overlap(s), i, j)
        for i, g in enumerate(gold)
        if i not in used_gold
        for j, s in enumerate(system)
        if j not in used_system and g.overlap(s) > 0
    ]
    for _, i, j in sorted(candidates):
        if i not in used_gold and j not in used_system:
            pairs.append((i, j))
            used_gold.add(i)
            used_system.add(j)
    return sorted(pairs)


def score(
    documents: Sequence[Mapping[str, Any]],
    predictions: Sequence[Sequence[Mapping[str, Any]]],
) -> TimexScores:
    """Score ``predictions[k]`` (timex dicts) against the gold of ``documents[k]``."""
    if len(documents) != len(predictions):
        raise ValueError(
            f"{len(documents)} documents but {len(predictions)} prediction lists"
        )
    scores = TimexScores()
    for document, predicted in zip(documents, predictions, strict=True):
        _score_document(scores, document, predicted)
    return scores


def _score_document(
    scores: TimexScores, document: Mapping[str, Any], predicted: Sequence[Mapping[str, Any]]
) -> None:
    text = document.get("text", "")
    doc_id = str(document.get("id"))
    gold = [Timex.from_mapping(t, text) for t in document.get("timexes", [])]
    system = [Timex.from_mapping(t, text) for t in predicted]
    pairs = pair_timexes(gold, system)

    scores.documents += 1
    scores.gold += len(gold)
    scores.system += len(system)
    for timex in gold:
        scores.gold_types.setdefault(str(timex.type), [0, 0, 0, 0])[0] += 1

    found: list[tuple[int, TimexError]] = []
    paired_gold = {i for i, _ in pairs}
    paired_system = {j for _, j in pairs}
    for i, j in pairs:
        g, s = gold[i], system[j]
        row = scores.gold_types[str(g.type)]
        exact = (g.start, g.end) == (s.start, s.end)
        scores.relaxed_matches += 1
        row[2] += 1
        if exact:
            scores.strict_matches += 1
            row[1] += 1
        if g.type == s.type:
            scores.type_correct += 1
        if g.value == s.value:
            scores.value_correct += 1
            row[3] += 1
        kinds = tuple(
            kind
            for kind, wrong in (("span", not exact), ("type", g.type != s.type),
                                ("value", g.value != s.value))
            if wrong
        )
        if kinds:
            found.append((min(g.start, s.start), _error(doc_id, kinds, g, s, text)))
    for i, g in enumerate(gold):
        if i not in paired_gold:
            found.append((g.start, _error(doc_id, ("missed",), g, None, text)))
    for j, s in enumerate(system):
        if j not in paired_system:
            found.append((s.start, _error(doc_id, ("spurious",), None, s, text)))
    scores.errors.extend(error for _, error in sorted(found, key=lambda item: item[0]))


def _error(
    doc_id: str, kinds: tuple[str, ...], gold: Timex | None, system: Timex | None, text: str
) -> TimexError:
    spans = [t for t in (gold, system) if t is not None]
    return TimexError(
        document=doc_id,
        kinds=kinds,
        gold=gold,
        system=system,
        context=context(text, min(t.start for t in spans), max(t.end for t in spans)),
    )


def context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """The span in brackets with ``width`` characters either side, on one line."""
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    return " ".join(f"{before}[{text[start:end]}]{after}".split())


def _harmonic_mean(a: float, b: float) -> float:
    return 2 * a * b / (a + b) if a + b else 0.0


def _percent(fraction: float) -> float:
    return round(100 * fraction, 2)
