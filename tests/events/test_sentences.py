"""Rule-based sentence splitting: the boundaries news prose needs."""

from __future__ import annotations

import pytest

from service.events.sentences import split
from tests.guards import hang_guard


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices fell. Shares rose.", ["Prices fell.", "Shares rose."]),
        # a wire dateline is not part of the first clause; one with a date stays on it
        ("WASHINGTON (AP) — The Senate passed it.", ["WASHINGTON (AP) —", "The Senate passed it."]),
        ("Intro.\n\nKYIV, Ukraine (Reuters) - Russia attacked.",
         ["Intro.", "KYIV, Ukraine (Reuters) -", "Russia attacked."]),
        ("LONDON, Feb 14 (Reuters) - It acted.", ["LONDON, Feb 14 (Reuters) - It acted."]),
        ("Voters left. NATO — the alliance — met.", ["Voters left.", "NATO — the alliance — met."]),
        ("Mr. Smith left on Aug. 17. He returned.", ["Mr. Smith left on Aug. 17.", "He returned."]),
        ("Warrants were issued for James C. Kopp of St. Albans, Vt. His whereabouts are unknown.",
         ["Warrants were issued for James C. Kopp of St. Albans, Vt.",
          "His whereabouts are unknown."]),
        ('"We remain concerned," he said. "Talks may continue."',
         ['"We remain concerned," he said.', '"Talks may continue."']),
        ('"We remain concerned that ... (North Korea) continues," Kirby said.',
         ['"We remain concerned that ... (North Korea) continues," Kirby said.']),
        ("Headline without a stop\n\nThe U.S. is concerned.",
         ["Headline without a stop", "The U.S. is concerned."]),
        ("It rose 2.5 percent to $4.25. In 1998 it fell.",
         ["It rose 2.5 percent to $4.25.", "In 1998 it fell."]),
        ("``Today, I'm here,'' said Tolbert. Kopp fled.",
         ["``Today, I'm here,'' said Tolbert.", "Kopp fled."]),
        ("", []),
        ("   \n  ", []),
    ],
)
def test_split(text, expected):
    assert _sentences(text) == expected


def test_offsets_cover_the_text_in_order():
    text = "\nOne. Two?  Three!\n\nFour"
    spans = split(text)
    assert [text[s:e] for s, e in spans] == ["One.", "Two?", "Three!", "Four"]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


@pytest.mark.parametrize("unit", ["A", "AB ", "AB-", "WASHINGTON "], ids=repr)
def test_split_time_grows_linearly_with_length(unit):
    """A page of capitals (a dateline look-alike) is split in linear time: four times
    the text may not take much more than four times as long (quadratic would be ~16).
    Timed in this process's CPU time, which other processes on the machine do not
    inflate."""
    import time

    def seconds(length: int) -> float:
        text = (unit * (length // len(unit) + 1))[:length]
        best = float("inf")
        for _ in range(2):
            started = time.process_time()
            split(text)
            best = min(best, time.process_time() - started)
        return best

    with hang_guard(20):  # 32k characters take milliseconds when linear
        short, long = seconds(8_000), seconds(32_000)
    assert long <= 8 * max(short, 0.002), f"8k chars {short:.3f} s, 32k chars {long:.3f} s"
