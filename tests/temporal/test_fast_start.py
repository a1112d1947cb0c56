"""The lookahead of first characters changes no rule's matches, only how fast re finds them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.temporal.fast_start import with_fast_start
from service.temporal.patterns import RULES

ARTICLE = (Path(__file__).parents[1] / "data"
           / "white-house-russia-north-korea-2023-08-31.txt").read_text(encoding="utf-8")
SAMPLE = ARTICLE + (
    " For years, in the days that followed, Months of talks ended. Minutes after takeoff"
    " it was known now; FY2023 and mid-March, 3 p.m. EST, Sept. 11, 2001, 2019-2021."
    " İNDİA sİnce ſunday KELVIN weeks ago the first half of 1999 every Monday at 9 p.m.")
# what with_fast_start puts in front of a pattern
_LEAD = re.compile(r"(\(\?=\[(?:\\.|[^\]\\])*\]\))?(\(\?<!\[\^\\W_\]\))?\(\?:(?P<plain>.*)\)",
                   re.DOTALL)


@pytest.mark.parametrize("pattern", [
    r"(?P<q>(?:for|in|over))\s+(?P<unit>(?:years|days))",
    r"(?i:march|may)\s+\d+",
    r"(?<=\bthe\s)(?:hours|days)",
    r"(?P<h>\d+)\s*(?:a\.m\.|p\.m\.)",
])
@given(text=st.text(alphabet="forinvedaysyrMARCHmay 0123456789.apmthe\nİıſK", max_size=80))
@settings(max_examples=150, deadline=None)
def test_same_matches_with_and_without_the_lookahead(pattern, text):
    plain, fast = re.compile(pattern), re.compile(with_fast_start(pattern))
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]


def test_word_start_drops_only_matches_inside_a_word():
    fast = re.compile(with_fast_start(r"(?=\w)(?:now|weeks?)", word_start=True))
    assert [m.group() for m in fast.finditer("known now, weeks; midweek")] == ["now", "weeks"]


def test_every_rule_finds_what_its_plain_pattern_finds_at_word_starts():
    """The finder drops a match that starts inside a word, so a word-start rule may skip
    those; every other match is found at the same place."""
    for rule in RULES:
        lead = _LEAD.fullmatch(rule.regex.pattern)
        plain = re.compile(lead.group("plain")) if lead and (lead.group(1) or lead.group(2)) \
            else rule.regex
        found = [m.span() for m in plain.finditer(SAMPLE)
                 if not (m.start() and SAMPLE[m.start() - 1].isalnum()
                         and SAMPLE[m.start()].isalnum())]
        assert set(found) <= {m.span() for m in rule.regex.finditer(SAMPLE)}, rule.name


def test_a_pattern_with_its_own_fast_start_is_left_alone():
    assert with_fast_start(r"ago\b") == r"ago\b"
    assert with_fast_start(r"[0-9]\d*") == r"[0-9]\d*"
