"""A lookahead of a pattern's possible first characters, so ``re`` rejects most
positions of a text with one character-class test.

``re`` skips ahead quickly only when a pattern opens with a literal or a plain
character class; a rule that opens with a named group, nested word tries or an
assertion is instead tried in full at every character, and with some ninety rules
that scanning is most of the tagger's time. Prepending ``(?=[...])`` with the
characters a match can start with changes nothing a rule matches (every match starts
with one of them) and costs one class test where the rule would fail anyway. It is
only worth it where ``re`` has no fast start of its own and the class is small: a
pattern that opens with a literal keeps its own (faster) prefix scan. A rule without
modifiers in front is also kept from starting inside a word, which the finder would
drop anyway. On tbaq the tagger's scanning fell by a quarter, its output unchanged.
"""

from __future__ import annotations

import re
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

_MAX_CLASS = 22  # larger classes cost more than they save (measured on tbaq)

# what ``re`` matches to an ASCII letter when ignoring case, beyond its two cases
_CASE_EXTRAS = {"i": "İı", "s": "ſ", "k": "K"}


def with_fast_start(pattern: str, *, word_start: bool = False) -> str:
    """``pattern``, led by a lookahead of its first characters where that pays; with
    ``word_start`` (the finder drops a match that starts inside a word anyway) also by
    a lookbehind that no letter or digit precedes it, where every first character is
    one."""
    try:  # re's parser is private: a Python that changes it gets the plain pattern
        parsed = sre_parse.parse(pattern)
        if sre_compile._get_literal_prefix(parsed, parsed.state.flags)[0] \
                or sre_compile._get_charset_prefix(parsed, parsed.state.flags):
            return pattern
    except (AttributeError, TypeError, IndexError):  # pragma: no cover
        return pattern
    fold = bool(parsed.state.flags & sre.SRE_FLAG_IGNORECASE)
    first, may_be_empty = _first(list(parsed.data), fold)
    if first is None or may_be_empty or not first:
        return pattern
    lead = ""
    if len(first) <= _MAX_CLASS:
        lead = "(?=[" + "".join(re.escape(c) for c in sorted(first)) + "])"
    if word_start and all(c.isalnum() for c in first):
        lead += r"(?<![^\W_])"
    return f"{lead}(?:{pattern})" if lead else pattern


def _first(items: list, fold: bool) -> tuple[set[str] | None, bool]:
    """The characters a match of the sequence can start with (None: any), and whether
    it can match the empty string."""
    out: set[str] = set()
    for op, av in items:
        chars, empty = _first_item(op, av, fold)
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def _first_item(op, av, fold: bool) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return _cased(chr(av), fold), False
    if op is sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                chars |= _cased(chr(value), fold)
            elif kind is sre.RANGE and value[1] - value[0] <= 64:
                for code in range(value[0], value[1] + 1):
                    chars |= _cased(chr(code), fold)
            elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                chars |= set("0123456789")
            else:
                return None, False  # a negated class, a wide range, \w, \s: anything
        return chars, False
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, inner = av
        inner_fold = (fold or bool(add_flags & sre.SRE_FLAG_IGNORECASE)) \
            and not del_flags & sre.SRE_FLAG_IGNORECASE
        return _first(list(inner.data), inner_fold)
    if op is sre.ATOMIC_GROUP:
        return _first(list(av.data), fold)
    if op is sre.BRANCH:
        chars = set()
        empty = False
        for alternative in av[1]:
            alt_chars, alt_empty = _first(list(alternative.data), fold)
            if alt_chars is None:
                return None, False
            chars |= alt_chars
            empty = empty or alt_empty
        return chars, empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, inner = av
        chars, empty = _first(list(inner.data), fold)
        return chars, chars is not None and (low == 0 or empty)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True  # zero width: the next item supplies the first character
    return None, False  # ANY, NOT_LITERAL, back-references, conditionals: anything


def _cased(char: str, fold: bool) -> set[str]:
    if not fold:
        return {char}
    lower = char.lower()
    return {char, lower, char.upper(), *_CASE_EXTRAS.get(lower, "")}
