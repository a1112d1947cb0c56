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
    """Sets ``pos_`` as the model's attribute ruler would.

    The ruler applies every matching pattern and the last one wins.  Almost all
    patterns look at one token's TAG, or its TAG and lower-cased form, so those
    become two dictionaries keyed by (TAG) and (TAG, LOWER) that remember each
    pattern's order; the handful that look at the dependency label, at white
    space or at a neighbour are checked one by one, and only for tokens whose tag
    or word they name.  The winner is the matching pattern of highest order.
    """

    def __init__(self, patterns: list[dict[str, Any]]) -> None:
        self._by_tag: dict[str, tuple[int, str]] = {}
        self._by_tag_word: dict[tuple[str, str], tuple[int, str]] = {}
        self._contextual: list[tuple[int, _Rule]] = []
        for order, pattern in enumerate(patterns):
            pos = pattern["attrs"].get("POS")
            if pos is None:
                continue
            for specs in pattern["patterns"]:
                rule = _Rule(tuple(specs), int(pattern.get("index", 0)), pos)
                if not self._index(order, rule):
                    self._contextual.append((order, rule))
        # Each contextual pattern is filed under what its target token must be (a tag, a
        # word, a dependency label, white space), so it is tried only where it can match.
        self._contextual_by: dict[tuple[str, Any], list[tuple[int, _Rule]]] = {}
        for order, rule in self._contextual:
            target = rule.specs[rule.target]
            for key in ("TAG", "LOWER", "DEP", "IS_SPACE"):
                wanted = target.get(key)
                if isinstance(wanted, dict) and set(wanted) == {"IN"}:
                    for value in wanted["IN"]:
                        self._contextual_by.setdefault((key, value), []).append((order, rule))
                    break
                if wanted is not None and not isinstance(wanted, dict):
                    self._contextual_by.setdefault((key, wanted), []).append((order, rule))
                    break
            else:
                self._contextual_by.setdefault(("ANY", None), []).append((order, rule))

    def _index(self, order: int, rule: _Rule) -> bool:
        """File a one-token TAG or TAG+LOWER pattern in a dictionary; False for others."""
        if len(rule.specs) != 1:
            return False
        spec = rule.specs[0]
        tag, lower = spec.get("TAG"), spec.get("LOWER")
        if not isinstance(tag, str) or set(spec) - {"TAG", "LOWER"}:
            return False
        if lower is None:
            self._by_tag[tag] = (order, rule.pos)
        elif isinstance(lower, str):
            self._by_tag_word[(tag, lower)] = (order, rule.pos)
        elif isinstance(lower, dict) and set(lower) == {"IN"}:
            for word in lower["IN"]:
                self._by_tag_word[(tag, word)] = (order, rule.pos)
        else:
            return False
        return True

    def __call__(self, doc: Doc) -> Doc:
        features: list[dict[str, Any]] | None = None
        for token in doc:
            tag = token.tag_
            best = self._by_tag.get(tag, (-1, ""))
            by_word = self._by_tag_word.get((tag, token.lower_))
            if by_word is not None and by_word[0] > best[0]:
                best = by_word
            candidates = [
                rules
                for key in (("TAG", tag), ("LOWER", token.lower_), ("DEP", token.dep_),
                            ("IS_SPACE", token.is_space), ("ANY", None))
                if (rules := self._contextual_by.get(key))
            ]
            if candidates:
                if features is None:
                    features = [_features(t) for t in doc]
                for rules in candidates:
                    for order, rule in rules:
                        if order > best[0] and self._matches(rule, token.i, features):
                            best = (order, rule.pos)
            if best[0] >= 0:
                token.pos_ = best[1]
        return doc

    @staticmethod
    def _matches(rule: _Rule, i: int, features: list[dict[str, Any]]) -> bool:
        first = i - rule.target
        if first < 0 or first + len(rule.specs) > len(features):
            return False
        return all(
            _holds(spec, features[first + offset]) for offset, spec in enumerate(rule.specs)
        )
