"""Rule-based sentence splitting.

The parser would find sentences too, but only after parsing the whole
article, which is what we avoid: the linker parses only the sentences that
hold a time expression, so it needs their boundaries first.  A regex pass is
a few microseconds per article and good enough for edited news prose; its
known misses (a sentence ending in "U.S." before a capitalised word) only
join two sentences, which costs parse time, not correctness.
"""

from __future__ import annotations

import re

# A terminator, optional closing quotes/brackets, then whitespace and something
# that can open a sentence.
_BOUNDARY = re.compile(r"""[.!?]+["'’”)\]]*(?=\s+["'“‘`(\[]*[A-Z0-9])""")
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_WORD_BEFORE = re.compile(r"(\S+)$")
# A wire dateline opening a paragraph, "WASHINGTON (AP) — ", "KYIV, Ukraine (Reuters) - ":
# the place is not part of the first clause (the parser would make it the subject).
# One with a date in it is left alone: the date then dates the clause after it.
# Every repeat is delimited (no two adjacent quantifiers over the same letters), so a
# page of capitals is matched in linear time.
_DATELINE = re.compile(
    r"(?:[A-Z]{2}|[A-Z]\.[A-Z])[A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}"
    r"(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})?"
    r" ?(?:\([A-Za-z .]{1,30}\) ?)?(?:—|–|--|-) +(?=[\"“‘A-Z])"
)

# Abbreviations that are almost never the last word of a sentence.
_NO_BREAK_AFTER = frozenset(
    """mr mrs ms dr prof gen sen rep gov lt col sgt capt cmdr adm maj st rev hon pres
    supt det insp messrs mt ft no nos vs v jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k u.n e.g i.e a.m p.m""".split()
)


def split(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text``, whitespace trimmed."""
    cuts = {0, len(text)}
    for match in _PARAGRAPH.finditer(text):
        cuts.add(match.start())
        cuts.add(match.end())
    for start in sorted(cuts):
        dateline = _DATELINE.match(text, start)
        if dateline is not None:
            cuts.add(dateline.end())
    for match in _BOUNDARY.finditer(text):
        if match.group().startswith("..") or _abbreviation_before(text, match.start()):
            continue  # an ellipsis or "Mr." / "Aug." / an initial
        cuts.add(match.end())
    spans = []
    ordered = sorted(cuts)
    for start, end in zip(ordered, ordered[1:], strict=False):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def _abbreviation_before(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    match = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if not match:
        return False
    word = match.group(1).lstrip("\"'“‘(").lower()
    if len(word) == 1 and word.isalpha():  # an initial: "James C. Kopp"
        return True
    return word in _NO_BREAK_AFTER
