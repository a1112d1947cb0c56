"""What a pattern understood of a phrase, before anything is resolved.

The finder turns text into :class:`Mention` objects holding a :class:`Spec`;
the resolver alone knows the publication date and the earlier expressions, so
the same spec ("last Friday") resolves differently in different documents.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Spec:
    """A parsed time expression.

    ``kind`` selects the resolver rule:

    - ``cal``: calendar fields (``year`` ... ``century``); a missing year is chosen
      by the tense of the sentence.
    - ``weekday``: ``weekday`` with ``rel`` (last/next/this/previous/following/None;
      ``week-1``, ``week0``, ``week1``: that weekday of last/this/next week).
    - ``named``: a month, season, quarter or half without a year, with ``rel``
      (``weekend`` set: "the weekend", by tense).
    - ``holiday``: ``value`` names it ("christmas"), ``year`` if written.
    - ``dct``: ``count`` units of ``unit`` from the publication date's period
      ("last week" = week -1); ``out`` overrides the granularity of the result.
    - ``ref``: like ``dct`` but from the most recent suitable expression.
    - ``vague``: ``value`` is PAST_REF / PRESENT_REF / FUTURE_REF.
    - ``duration``: ``count`` (None = unknown, "X") ``unit``; ``anchored`` past/next.
    - ``set``: ``value``, ``quant``, ``freq`` given.
    - ``since_then``: from the most recent expression up to the publication date.
    - ``vague_shift``: after (``count`` 1) or before (-1) the most recent expression
      by a vague amount of ``unit`` ("days later", "a few weeks earlier"); seconds to
      hours stay on its day ("hours later").
    - ``latest_quarter``: the last completed quarter ("the latest quarter").
    - ``range``: only inside the finder, the whole span of a two-ended range.
    - ``offset``: ``count`` units of ``unit`` from the day ``base`` names ("the day
      before Aug. 12", "three days after Tuesday").

    ``rel`` also marks two duration readings: ``"in"`` ("in three days", a date
    when the clause looks ahead) and ``"shift"`` on ``dct``/``ref`` specs (N units
    ago / earlier / later); ``"quarter"`` on ``ref`` specs is a reporting period
    ("the year-ago quarter", "the 1988 period": ``year`` set), ``"bare"`` on a clock
    time without a day ("at 10 p.m.", on the day last named, or the day after when
    the story has crossed midnight). ``out="week"`` on
    ``cal`` and ``holiday`` specs asks for the week containing the day ("the week of
    March 6", "Easter week").
    """

    kind: str
    type: str = "DATE"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    week: int | None = None
    decade: int | None = None
    century: int | None = None
    weekend: bool = False
    gran: str | None = None
    unit: str | None = None
    count: float | None = None
    rel: str | None = None
    out: str | None = None
    mod: str | None = None
    clamp: str | None = None  # earlier / later: cut the period at the publication date
    part: str | None = None  # part of day, MO AF EV NI
    clock: tuple[int, int] | None = None
    value: str | None = None
    quant: str | None = None
    freq: str | None = None
    anchored: str | None = None  # durations: past / next
    # durations: a fraction written as one ("2 1/2", "and a half") is carried into the
    # next unit down (P2Y6M); a decimal ("1.5 years") stays as written (P1.5Y)
    fraction: bool = False
    base: Spec | None = None  # offset: the date counted from


@dataclass(slots=True)
class Mention:
    """A span of text and what it means; ``group`` links the ends of a range."""

    start: int
    end: int
    spec: Spec
    priority: int = 0
    group: int | None = None
