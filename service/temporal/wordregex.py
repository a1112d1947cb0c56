"""Word lists compiled to fast regular expressions.

Python's ``re`` scans quickly only when a pattern starts with known
characters; case-insensitive alternations of words defeat that and cost
microseconds per character. A list is therefore expanded into its case forms
(lower, Capitalised, Title Case, UPPER) and folded into a character trie, whose
regex starts with a plain character set and never backtracks between words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def _forms(phrase: str) -> set[str]:
    low = phrase.lower()
    return {low, low[:1].upper() + low[1:], low.title(), low.upper(), phrase}


def _insert(trie: dict, word: str) -> None:
    node = trie
    for ch in word:
        node = node.setdefault(ch, {})
    node[_END] = {}


def _render(node: dict) -> str:
    terminal = _END in node
    branches = []
    for ch in sorted(k for k in node if k != _END):
        piece = r"\s+" if ch == " " else re.escape(ch)
        branches.append(piece + _render(node[ch]))
    if not branches:
        return ""
    if len(branches) == 1:
        body = branches[0]
        needs_group = not (len(body) == 1 or (body.startswith("\\") and len(body) == 2))
        body = f"(?:{body})" if needs_group and terminal else body
    else:
        body = "(?:" + "|".join(branches) + ")"
    return body + "?" if terminal else body


def words(phrases: Iterable[str] | str, *, cased: bool = False) -> str:
    """A non-capturing regex matching any phrase, longest first.

    ``phrases`` may be a ``|``-separated string. Spaces match any run of white
    space. With ``cased`` only the spellings given are matched (month names:
    "May" is a month, "may" is not).
    """
    if isinstance(phrases, str):
        phrases = phrases.split("|")
    trie: dict = {}
    for phrase in phrases:
        phrase = " ".join(phrase.split())
        for form in ({phrase} if cased else _forms(phrase)):
            _insert(trie, form)
    return "(?:" + _render(trie) + ")"
