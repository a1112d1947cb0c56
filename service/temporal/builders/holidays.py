"""Builders for holidays and named days: "Christmas night", "the new year".
"""

from __future__ import annotations

import re
from functools import lru_cache

from service.temporal.regex_parts import (
    preceding_word,
    prefix_mod,
    year_number,
)
from service.temporal.spec import (
    Mention,
    Spec,
)
from service.temporal.vocabulary import (
    ANAPHORIC_RELS,
    ELECTION_DAY_WORDS,
    HOLIDAY_NAME_NOUNS,
    INDEPENDENCE_DAY_US_CUES,
    INDEPENDENCE_DAYS,
    NAMED_DAYS,
    PARTS_OF_DAY,
    THAT_CLAUSE_VERBS,
)


def _part_of(m: re.Match[str], spec: Spec) -> None:
    """"Christmas night": that part of the day named (TIME, e.g. 2023-12-25TNI)."""
    pod = m.groupdict().get("pod")
    if pod:
        spec.type, spec.gran, spec.part = "TIME", "time", PARTS_OF_DAY[pod.lower()]


def new_year(m: re.Match[str], text: str) -> Spec:
    """"cutting rates in the new year": the year the next (or the latest) New Year's Day
    begins; written in the second half of a year it is the coming one, in the first half
    the one just begun (the publication month moved six months on, read as its year)."""
    mod, clamp = prefix_mod(m)
    return Spec("dct", unit="month", count=6, gran="year", out="year", mod=mod, clamp=clamp)


def election_day(m: re.Match[str], text: str) -> Spec | None:
    """"polling day", "election night", "on election day": the day of the vote the story
    names (the resolver finds it); "Election Day" and "Election Night" written as names
    fall back on the U.S. day, the others on nothing."""
    words = re.sub(r"\s+", " ", m.group("h").lower())
    if words not in ELECTION_DAY_WORDS:
        return None  # "voting night"
    follower = re.match(r"[ \t]+([A-Za-z]+)", text[m.end():m.end() + 20])
    if follower and follower.group(1).lower() in HOLIDAY_NAME_NOUNS:
        return None  # "an election day special"
    named = m.group("h").startswith("Election ") and m.group("h")[9:10].isupper()
    spec = Spec("holiday", value="election day" if named else "election", gran="day")
    part = ELECTION_DAY_WORDS[words]
    if part:
        spec.type, spec.gran, spec.part = "TIME", "time", part
    return spec


def named_day(m: re.Match[str], text: str) -> Spec:
    year, month, day = NAMED_DAYS[m.group(0)]
    return Spec("cal", year=year, month=month, day=day, gran="day")


# an owner in front of "Independence Day" other than the United States
_FOREIGN_OWNER = re.compile(
    r"(?:\b(?:its|their)|(?<!America)(?<!U\.S\.)(?<!nation)(?<!country)['’]s)\s+\Z")


def _cue_count(cues: tuple[str, ...], text: str) -> int:
    pattern = r"(?<![\w.])(?:" + "|".join(re.escape(c) for c in cues) + r")(?!\w)"
    dateline = text[:60].split("\n", 1)[0]
    head = re.match(r"[A-Z][A-Z .'-]+(?=,|\s+\()", dateline)
    count = len(re.findall(pattern, text))
    if head is not None and re.search(pattern, head.group(0).title()):
        count += 3  # "ISLAMABAD, Aug 14": the dateline's country
    return count


@lru_cache(maxsize=4)  # once per text, not once per mention in it
def _independence_day(text: str) -> tuple[int, int] | None:
    """The country whose "Independence Day" a story means, when it is not the United
    States': the one whose places and people it names most, more than America's."""
    best, best_count = None, 0
    for day, cues in INDEPENDENCE_DAYS.values():
        count = _cue_count(cues, text)
        if count > best_count:
            best, best_count = day, count
    if best is None or best_count <= _cue_count(INDEPENDENCE_DAY_US_CUES, text):
        return None
    return best


def holiday(m: re.Match[str], text: str) -> Spec | Mention | None:
    name = re.sub(r"\s+", " ", m.group("h").lower()).replace("’", "'")
    mod, clamp = prefix_mod(m)
    rel = (m.group("rel") or "").lower() or None
    year = int(m.group("year")) if m.group("year") else None
    if re.search(r"\bOperation\s+\Z", text[max(0, m.start("h") - 12):m.start("h")]):
        return None  # "Operation Easter", "Operation Christmas Child": a name
    if m.groupdict().get("yearw"):  # "Christmas of twenty twenty-two"
        year = year_number(m.group("yearw"))
        if year is None:
            return None
    if name == "independence day" and not (year or rel) and _FOREIGN_OWNER.search(
            text, max(0, m.start() - 30), m.start()):
        return None  # "Ukraine marked its Independence Day": not July 4
    if name == "spring festival" and re.search(
            r"[a-z,;]\s+[A-Z][a-z]+\s+\Z", text[max(0, m.start() - 30):m.start("h")]):
        return None  # "the Prague Spring Festival" is a music festival, not the Lunar New Year
    if not m.group("hweek") and not year:
        follower = re.match(r"[ \t]+([A-Za-z]+)", text[m.end():m.end() + 20])
        if follower and follower.group(1).lower() in HOLIDAY_NAME_NOUNS:
            return None  # "the Good Friday Agreement", "Easter Island", "a Christmas tree"
    ana = re.sub(r"\s+", " ", (m.groupdict().get("ana") or "").lower())
    if ana and not year:
        if ana.startswith("that") and preceding_word(text, m.start("ana")) in THAT_CLAUSE_VERBS:
            ana = ""  # "said that Christmas would be quiet": a clause, not that Christmas
        else:
            rel = {"the next": "ana-after"}.get(ana) or ANAPHORIC_RELS[ana]
    if name == "independence day" and not (rel or m.group("hweek")):
        national = _independence_day(text)
        if national is not None:
            spec = Spec("cal", year=year, month=national[0], day=national[1], gran="day",
                        mod=mod, clamp=clamp)
            _part_of(m, spec)
            return spec
    spec = Spec("holiday", value=name, year=year, rel=rel, gran="day", mod=mod, clamp=clamp)
    if m.groupdict().get("ana") and not (rel or "").startswith("ana-"):
        _part_of(m, spec)
        return Mention(m.start("h"), m.end(), spec)  # the "that" is the clause's
    if m.group("hweek"):
        # "Easter week": the week containing it; "Labor Day weekend", "the Easter long
        # weekend": the weekend next to it
        unit = m.group("hweek").lower().split()[-1]
        spec.out, spec.gran = unit, unit
    _part_of(m, spec)
    if m.groupdict().get("hthe") and not m.group("hweek"):
        # "the Christmas tree" is another's; "the Labor Day weekend" keeps its article
        return Mention(m.start("rel") if m.group("rel") else m.start("h"), m.end(), spec)
    return spec
