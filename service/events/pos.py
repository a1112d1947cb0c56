"""Coarse part-of-speech from the fine tags, in a fraction of the attribute ruler's time.

The model's ``attribute_ruler`` maps fine tags (``VBD``) to coarse ones
(``VERB``) with a Matcher over ~180 patterns, which costs as much as the
parser on short sentences (~8 ms for a typical article's dated sentences).
The linker only reads ``pos_``, so this component applies the same
patterns' ``POS`` attribute with dictionary look-ups instead: the patterns
are read from the loaded model's own ruler, so the mapping stays the model's.
MORPH and the ruler's few LEMMA/TAG fixes are not reproduced (nothing reads
them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token


@dataclass(frozen=True, slots=True)
class _Rule:
    specs: tuple[dict[str, Any], ...]  # one per token of the pattern
    target: int  # which token of the pattern gets the POS
    pos: str


def _features(token: Token) -> dict[str, Any]:
    return {"TAG": token.tag_, "LOWER": token.lower_, "DEP": token.dep_,
            "IS_SPACE": token.is_space}


def _holds(spec: dict[str, Any], features: dict[str, Any]) -> bool:
    for key, wanted in spec.items():
        value = features[key]
        if isinstance(wanted, dict):
            if "IN" in wanted and value not in wanted["IN"]:
                return False
            if "NOT_IN" in wanted and value in wanted["NOT_IN"]:
                return False
        elif value != wanted:
            return False
    return True


class CoarseTagger:
    """Sets ``pos_`` as the model's attribute ruler would."""

    def __init__(self, patterns: list[dict[str, Any]]) -> None:
        by_tag: dict[str, list[tuple[int, _Rule]]] = {}
        general: list[tuple[int, _Rule]] = []
        for order, pattern in enumerate(patterns):
            pos = pattern["attrs"].get("POS")
            if pos is None:
                continue
            for specs in pattern["patterns"]:
                rule = _Rule(tuple(specs), int(pattern.get("index", 0)), pos)
                tag = specs[rule.target].get("TAG")
                if isinstance(tag, str):
                    by_tag.setdefault(tag, []).append((order, rule))
                else:
                    general.append((order, rule))
        # Later patterns override earlier ones, as in the ruler: try them last-first
        # and stop at the first that holds.
        self._by_tag = {
            tag: [rule for _, rule in sorted(rules + general, key=lambda p: -p[0])]
            for tag, rules in by_tag.items()
        }
        self._general = [rule for _, rule in sorted(general, key=lambda p: -p[0])]

    def __call__(self, doc: Doc) -> Doc:
        features = [_features(token) for token in doc]
        for token, own in zip(doc, features, strict=True):
            for rule in self._by_tag.get(own["TAG"], self._general):
                if self._matches(rule, token.i, features):
                    token.pos_ = rule.pos
                    break
        return doc

    @staticmethod
    def _matches(rule: _Rule, i: int, features: list[dict[str, Any]]) -> bool:
        first = i - rule.target
        if first < 0 or first + len(rule.specs) > len(features):
            return False
        return all(
            _holds(spec, features[first + offset]) for offset, spec in enumerate(rule.specs)
        )
