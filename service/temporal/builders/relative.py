"""Builders for references counted from the publication date or the time under
discussion: "next week", "today", "the year", "the second day", "year to date".
"""

from __future__ import annotations

import re

from service.temporal.builders.shared import (
    _REL_OFFSETS,
    _STRETCH_TO,
    CHANGE_ON_THE,
)
from service.temporal.regex_parts import (
    DETERMINERS,
    MONTH,
    WEEKDAY,
    preceding_word,
    prefix_mod,
)
from service.temporal.spec import (
    Mention,
    Spec,
)
from service.temporal.tense import tense_at
from service.temporal.vocabulary import (
    DAY_WORD_OFFSETS,
    PARTS_OF_DAY,
)

_YEAR_IN_APPOSITION = re.compile(r"\b(?:1[0-9]\d\d|20\d\d)\s*(?:,|—|–|--)\s*\Z")
# what makes "the next decade" a stretch: "for the next decade", "over the following week"
_STRETCH_BEFORE = re.compile(r"\b(?:for|over|throughout)\s+\Z", re.IGNORECASE)
_INTO_BEFORE = re.compile(r"\binto\s+\Z", re.IGNORECASE)
_STRETCH_UNITS = frozenset({"week", "month", "decade", "century", "quarter"})
_SENTENCE_START = re.compile(r"(?:\A|[.!?][\"”’']?\s+|\n\s*)\Z")

_MIDWEEK_BEFORE = frozenset({"by", "until", "till", "at", "around", "before", "after", "through",
                             "from", "since", "into"})


def midweek(m: re.Match[str], text: str) -> Spec | None:
    """"Temperatures will cool by midweek": the middle of the week of the story (TimeML
    mod MID), the coming one when a forecast made late in a week looks ahead; "a
    midweek game" describes a game."""
    if preceding_word(text, m.start()) not in _MIDWEEK_BEFORE \
            and not re.match(r"\s*(?:[,.;:!?)]|$)", text[m.end():m.end() + 2]):
        return None
    return Spec("named", rel="midweek", gran="week", mod="MID")


# "the same day each week", "the same month every year": a recurring slot, not a date
_EACH_AFTER = re.compile(r"\s+(?:each|every)\s+(?:week|month|year|season|day|time)\b",
                         re.IGNORECASE)


def relative_unit(m: re.Match[str], text: str) -> Spec | None:
    spec = _relative_unit(m, text)
    if spec is not None and m.group("orso2"):
        spec.mod = spec.mod or "APPROX"  # "the next year or so"
    return spec


def _relative_unit(m: re.Match[str], text: str) -> Spec | None:
    if m.group("unit")[:1].isupper() and text[max(0, m.start() - 1):m.start()] in "\"“‘'" \
            and m.start() > 0:
        return None  # ABC's "This Week": a quoted title
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    # "the prior year": business English; "over the ensuing decade", "the subsequent week":
    # the story's next one
    rel = {"the prior": "the previous", "the ensuing": "the following",
           "the subsequent": "the following", "the succeeding": "the following"}.get(rel, rel)
    unit = m.group("unit").lower()
    if m.group("longwe") and rel not in ("this", "this coming", "the coming", "coming"):
        return None  # "last long weekend": the long weekend before, not last weekend
    if m.group("rel") == "This" and m.group("unit") == "Week" and m.start() > 0 \
            and re.search(r"\b[a-z]+\s+\Z", text[max(0, m.start() - 20):m.start()]):
        return None  # "welcome to This Week": ABC's programme ("Governor Signs Bill This
        # Week" is a Title Case headline)
    if rel in ("the same", "the very same", "that same") \
            and _EACH_AFTER.match(text, m.end()):
        return None  # "taken on the same day each week": any week's day, no date
    mod, clamp = prefix_mod(m)
    if unit == "date":
        # "adjourned the hearing to 12 April ... before that date": the day last named
        if rel not in ("that", "that same", "the same") or re.match(r"\s+of\b", text[m.end():]):
            return None  # "the next date of hearing", "the same date of birth"
        unit = "day"
    if rel == "the next" and unit == "year" and not (mod or clamp) \
            and tense_at(text, m.start(), m.end()) == "past":
        # "She left for Chicago in 1960; the next year she enrolled": the year after the
        # one the story named, as "the following year" is
        return Spec("ref", unit=unit, count=1, gran=unit)
    if rel in ("the past", "the last", "the next") and unit == "year":
        # TimeBank annotates "over the past year", "the next year or so" as the calendar
        # year before (after) the publication date's: DATE 1997; longer units stay
        # stretches ("the past decade", P10Y)
        if mod or clamp:
            return None
        return Spec("dct", unit=unit, count=1 if rel == "the next" else -1, gran=unit)
    if rel in ("the past", "the last") and unit == "day":
        if re.match(r"\s+of\b", text[m.end():m.end() + 4]):
            return None  # "the last day of the truce": its final day, not a stretch
        # "repelled 58 assaults in the past day": the 24 hours before the report, as
        # "the past week" is the week before it
        if mod or clamp:
            return None
        return Spec("duration", type="DURATION", count=1, unit=unit, anchored="past")
    if rel in ("the past", "the last") and unit not in ("weekend", "day"):
        # "the past week" is a stretch of time ending now (TimeML DURATION P1W).
        if mod or clamp:
            return None
        return Spec("duration", type="DURATION", count=1, unit=unit, anchored="past")
    if unit == "fortnight":  # a stretch only: "the next fortnight"; no calendar fortnights
        if mod or clamp:
            return None
        if rel in ("the next", "the coming", "next", "coming", "this coming"):
            return Spec("duration", type="DURATION", count=1, unit=unit, anchored="next")
        if rel in ("last", "past", "this past"):
            # "prices rose last fortnight" (British, Indian): the two weeks before the
            # report, as "the past fortnight"
            return Spec("duration", type="DURATION", count=1, unit=unit, anchored="past")
        if rel == "the following" and not (mod or clamp):
            # "spent the following fortnight pulling bodies from the water": two weeks
            # after the day the story named
            return Spec("duration", type="DURATION", count=1, unit=unit)
        return None
    if rel in ("the next", "the following") and unit in _STRETCH_UNITS and not (mod or clamp) \
            and _STRETCH_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        # "for the next decade it was the city's pride", "over the following week": how
        # long, from the story's time; a stretch ahead of the publication date when the
        # clause looks ahead
        ahead = tense_at(text, m.start(), m.end()) != "past"
        return Spec("duration", type="DURATION", count=1, unit=unit,
                    anchored="next" if ahead else None)
    rel = {"that same": "that", "the very same": "the same"}.get(rel, rel)
    if rel in ("the previous", "the following", "the next", "that", "the same",
               "the preceding"):
        offset = {"the previous": -1, "the following": 1, "the next": 1,
                  "the preceding": -1}.get(rel, 0)
        if rel == "the next" and (mod or clamp or _INTO_BEFORE.search(
                text, max(0, m.start() - 6), m.start())) \
                and tense_at(text, m.start(), m.end()) != "past":
            # "early in the next decade", "by the end of the next decade": a part of the
            # calendar unit after the publication date's, not a stretch; so is the unit
            # reached ("lead Germany into the next decade", "well into the next year")
            return Spec("dct", unit=unit, count=1, gran=unit, mod=mod, clamp=clamp)
        if rel == "the next" and unit in ("month", "week", "decade", "quarter") \
                and tense_at(text, m.start(), m.end()) != "past" \
                and not (_SENTENCE_START.search(text, max(0, m.start() - 3), m.start())
                         and text.startswith(",", m.end())):
            # "over the next month": a stretch ahead ("The next month, it cut again": a
            # fronted time adverbial, the month after the one the story named)
            return Spec("duration", type="DURATION", count=1, unit=unit, anchored="next")
        return Spec("ref", unit=unit, count=offset, gran=unit, mod=mod, clamp=clamp)
    if rel == "this" and unit == "weekend" and not (mod or clamp) \
            and tense_at(text, m.start(), m.end()) == "past":
        # "the season opened this weekend" in Monday's paper: the weekend just past, not
        # the one of the ISO week the paper's day starts (resolved by the paper's day)
        return Spec("named", weekend=True, gran="weekend", rel="this")
    offset = _REL_OFFSETS.get(rel.replace("the ", ""), 0)
    return Spec("dct", unit=unit, count=offset, gran=unit, mod=mod, clamp=clamp)


_GENERIC_TODAY = re.compile(
    r"['’]s\s+(?:world|youth|society|generation|generations|young|children|kids|leaders"
    r"|dollars|standards|terms|economy|consumers|students|teenagers|voters)\b")


# publications named "... Today" (a capitalised "Today" right after these)
_TODAY_TITLE = re.compile(r"\b(?:USA|India|Pakistan|Business|Russia|Psychology|Nigeria|China|VOA"
                          r"|Africa|Kenya)\s+\Z")
_FINAL_DETERMINERS = frozenset({"the", "his", "her", "their", "its", "my", "our", "your", "a",
                                "one", "whose"})


def day_word(m: re.Match[str], text: str) -> Spec | None:
    word = re.sub(r"\s+", " ", m.group("w").lower())
    if m.group("w") == "Today" and _TODAY_TITLE.search(text, max(0, m.start() - 12), m.start()):
        return None  # "told India Today", "USA Today reported": a magazine or newspaper
    part_word = (m.group("pod") or "").lower()
    mod, clamp = prefix_mod(m)
    offset = {**DAY_WORD_OFFSETS, "this": 0, "last": -1}[word]
    spec = Spec("dct", unit="day", count=offset, gran="day", mod=mod, clamp=clamp)
    if word in ("this", "last") and not part_word:
        return None
    if word in ("today", "tomorrow") and not part_word and _GENERIC_TODAY.match(text, m.end()):
        return None  # "in today's world", "tomorrow's leaders": the present age, not a day
    if word == "last" and part_word not in ("night", "evening"):
        return None  # "last evening": Indian and older British English for yesterday's
    if word == "last" and preceding_word(text, m.start()) in _FINAL_DETERMINERS:
        return None  # "his last evening in Delhi", "the last night of the festival": final
    if word == "tonight":
        part_word = "night"
    if part_word:
        spec.type, spec.gran, spec.part = "TIME", "time", PARTS_OF_DAY[part_word]
    return spec


_SPAN_INTO = re.compile(r"\b(?:a|one|two|three|four|five|six|ten|\d{1,2}|a\s+few|several)\s+"
                        r"(?:days?|weeks?|fortnight)\s+into\s+\Z", re.IGNORECASE)


def the_unit(m: re.Match[str], text: str) -> Spec | None:
    if m.group("unit")[:1].isupper() and text[m.start():m.start() + 1].islower():
        return None  # "Person of the Year", "Employee of the Month": a title
    unit = m.group("unit").lower()
    mod, clamp = prefix_mod(m)
    if not (mod or clamp) and _TO_VERB.match(text, m.end()):
        return None  # "the year to come", "gave them the week to decide": not a date
    if not (mod or clamp) and CHANGE_ON_THE.search(text, max(0, m.start() - 30), m.start()):
        return None  # "orders rose 10% on the year": year on year, a comparison
    if unit == "weekend":
        return Spec("named", weekend=True, gran="weekend", mod=mod, clamp=clamp)
    if unit in ("week", "month") and not (mod or clamp) and (
            _STRETCH_ENDING.match(text, m.end()) or _STRETCH_TO.match(text, m.end())):
        # "mortgage rates for the week ending Thursday", "sales in the month ended Feb.
        # 29": a stretch of one unit closed by the date that follows, as "the year ended"
        return Spec("duration", type="DURATION", count=1, unit=unit)
    if unit in ("week", "month") and not (mod or clamp) \
            and _SPAN_INTO.search(text, max(0, m.start() - 30), m.start()):
        # "we are only a week into the month", "three days into the week": the current one
        return Spec("dct", unit=unit, count=0, gran=unit)
    if unit == "month" and not (mod or clamp):
        return None
    if unit in ("decade", "century"):
        # "the end of the decade": the publication date's; "the decade" alone is a span
        # (in a past story told in another decade, that one: see the resolver)
        return Spec("dct", unit=unit, count=0, gran=unit, mod=mod, clamp=clamp, rel="story") \
            if mod or clamp else None
    if unit in ("day", "week"):
        # "earlier in the day", "later in the week", "by the end of the week": the day
        # (week) under discussion; "the day" alone is too common a noun
        if clamp or (unit == "week" and mod):
            return Spec("ref", unit=unit, count=0, gran=unit, mod=mod, clamp=clamp)
        return None
    if unit == "year" and not (mod or clamp):
        after = text[m.end():m.end() + 20]
        if re.match(r"\s+(?:ended|ending|ends|that\s+ended|to\s+date)\b", after) \
                or _STRETCH_TO.match(text, m.end()):
            # "for the year ended Sept. 30", "inflation in the year to March", "the year
            # through June": a twelve-month stretch, P1Y (its end date is tagged apart)
            return Spec("duration", type="DURATION", count=1, unit="year")
        if _YEAR_IN_APPOSITION.search(text, max(0, m.start() - 8), m.start()):
            # "returned home in 1921, the year the Red Army arrived": that year again
            return Spec("ref", unit="year", count=0, gran="year")
        # "for the year", "the first nine months of the year": the current year (or the
        # year of the quarter just reported, which the resolver reads)
        return Spec("dct", unit="year", count=0, gran="year",
                    rel="the_full_year" if m.groupdict().get("full") else "the_year")
    if m.groupdict().get("full") and unit != "year":
        return None
    return Spec("dct", unit=unit, count=0, gran=unit, mod=mod, clamp=clamp)


# "the first day of the month", "the first night of Hanukkah": a calendar day, not the
# day under discussion
_OF_CALENDAR = re.compile(
    rf"\s+of\s+(?:(?:the|this|next|last|each|every)\s+)?(?:(?i:month|year|week|decade"
    rf"|century|quarter|season|spring|summer|autumn|fall|winter|Ramadan|Hanukkah|Chanukah"
    rf"|Passover|Lent|Advent|Christmas|Easter|Eid|Diwali|Kwanzaa)\b|{MONTH}|\d)")


def edge_day_of(m: re.Match[str], text: str) -> Spec:
    """"the first day of next month", "the last day of the following year": that day of
    the period counted from publication."""
    rel = re.sub(r"\s+", " ", m.group("rel").lower()).removeprefix("the ")
    unit = m.group("unit").lower()
    base = Spec("dct", unit=unit, count={"next": 1, "following": 1, "coming": 1, "this": 0,
                                         "current": 0, "last": -1, "previous": -1}[rel],
                gran=unit)
    edge = "firstday" if m.group("which").lower() == "first" else "lastday"
    return Spec("offset", unit=edge, count=0, gran="day", base=base)


def ordinal_day(m: re.Match[str], text: str) -> Spec | Mention | None:
    """"the second day of an offensive" (TimeBank: the day of the report), "for a fifth
    straight day on Tuesday", "Day 100 of the invasion": the day under discussion;
    "for the third consecutive night": the night just gone (or the coming one, looking
    ahead), as "overnight"."""
    if _OF_CALENDAR.match(text, m.end()):
        return None
    start = m.start()
    det = (m.groupdict().get("det") or "").lower()
    if det in ("its", "their"):
        start = m.start("ord")  # "the strike entered its third day": the article's place
    if (m.group("unit") or "day").lower() == "night":
        ahead = tense_at(text, m.start(), m.end()) == "future"
        spec = Spec("dct", unit="day", count=0 if ahead else -1, gran="time", type="TIME",
                    part=PARTS_OF_DAY["night"])
    else:
        spec = Spec("ref", unit="day", count=0, gran="day")
    return Mention(start, m.end(), spec)


def weekend_event(m: re.Match[str], text: str) -> Spec | None:
    """"after weekend talks": the weekend the talks took (take) place."""
    if preceding_word(text, m.start()) in (*DETERMINERS, "every", "each", "one", "some",
                                           "any", "long", "holiday"):
        return None  # "a weekend visit", "every weekend meeting": no weekend in particular
    return Spec("named", weekend=True, gran="weekend")


_TO_VERB = re.compile(r"\s+to\s+[a-z]")
# a date right after "ended"/"ending": "the week ending Thursday", "the month ended Feb. 29"
_STRETCH_ENDING = re.compile(
    rf"\s+(?:that\s+)?(?:ended|ending)\s+(?:on\s+)?(?:{WEEKDAY}|{MONTH}|\d)")


def elided_next(m: re.Match[str], text: str) -> Mention:
    """"growth of 3.2% this year and 3.3% next": the unit said once, the next one of it."""
    unit = m.group("unit").lower()
    return Mention(m.start("nx"), m.end("nx"), Spec("dct", unit=unit, count=1, gran=unit))


# "volume year-to-date has reached", "sales year-to-date are up": a noun, the adverb, a verb
_ADVERB_AFTER_NOUN = re.compile(r"(?<![\w'’])(?!(?:a|an|the|its|their|his|her|our|this|that"
                                r"|these|those)\s)[a-z]{3,}\s+\Z", re.IGNORECASE)
_VERB_AFTER = re.compile(r"[ \t]+(?:has|have|had|is|are|was|were|rose|fell|climbed|dropped"
                         r"|stands?|stood|totals?|totaled|totalled|reached|increased"
                         r"|decreased|declined|jumped|slipped|gained|grew|shrank)\b")


def to_date(m: re.Match[str], text: str) -> Spec | None:
    """"year to date": the current period up to the publication date."""
    if not m.group("unit"):
        return None
    if "-" in m.group(0) and re.match(r"[ \t]+[a-z]", text[m.end():m.end() + 3]) \
            and not (_ADVERB_AFTER_NOUN.search(text, max(0, m.start() - 24), m.start())
                     and _VERB_AFTER.match(text, m.end())):
        return None  # "a year-to-date gain": a kind of gain, as "a year-on-year rise"
        # ("M&A volume year-to-date has reached $210 billion": an adverb)
    unit = m.group("unit").lower()
    return Spec("dct", unit=unit, count=0, gran=unit, clamp="earlier")
