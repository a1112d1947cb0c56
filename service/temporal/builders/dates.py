"""Builders for calendar dates and periods: written dates, weekdays, months, years,
decades, centuries, seasons, quarters and fiscal years.
"""

from __future__ import annotations

import re
from functools import lru_cache

from service.temporal.builders.shared import (
    _REL_OFFSETS,
    _STRETCH_TO,
    CHANGE_ON_THE,
    TZ,
)
from service.temporal.regex_parts import (
    _MONTH_FULL,
    DAY,
    DETERMINERS,
    MONTH,
    MONTH_AFTER_DAY,
    NUMBER_NOUNS,
    TEMPORAL_PREPOSITIONS,
    WEEKDAY,
    YEAR,
    day_number,
    following_word,
    month_number,
    preceding_word,
    prefix_mod,
    weekday_number,
    word_number,
    year_number,
)
from service.temporal.spec import (
    Mention,
    Spec,
)
from service.temporal.tense import sentence_bounds
from service.temporal.vocabulary import (
    AMBIGUOUS_MONTHS,
    ANAPHORIC_RELS,
    COUNT_NOUNS,
    DAYBREAK_WORDS,
    FIXED_HOLIDAYS,
    NTH_WEEKDAY,
    ORDINALS,
    PART_WORDS,
    PARTS_OF_DAY,
    SEASONS,
    STREET_SUFFIXES,
    THAT_CLAUSE_VERBS,
    TITLE_NOUNS,
    WEEKDAY_IDIOMS,
    WEEKDAY_NAME_HEADS,
    WEEKDAY_NAME_QUALIFIERS,
    WEEKDAY_PART_SHOW_HEADS,
    YEAR_NAMED_BODIES,
)


def century_of_two_digits(yy: int) -> int:
    """A two-digit year as news means it: "'24", "3Q24" are 2024, "'87" is 1987."""
    return 2000 + yy if yy < 50 else 1900 + yy


def _in_part_of_day(m: re.Match[str], spec: Spec) -> Spec:
    """"the evening of Aug. 14, 1987", "the early morning of 3 March": that part of the
    day, a TIME ("early"/"late" its start or end)."""
    pod = m.groupdict().get("dpod")
    if pod:
        spec.type, spec.gran, spec.part = "TIME", "time", PARTS_OF_DAY[pod.lower()]
        if m.groupdict().get("dpmod"):
            spec.mod = PART_WORDS[m.group("dpmod").lower()]
    return spec


def explicit_date(m: re.Match[str], text: str) -> Spec | list[Mention] | None:
    month = month_number(m.group("mon"))
    day = day_number(m.group("day"))
    if not day or (m.group("day2") and not day_number(m.group("day2"))):
        return None
    year = int(m.group("year")) if m.group("year") else None
    mod, clamp = prefix_mod(m)
    spec = Spec("cal", year=year, month=month, day=day, gran="day", mod=mod, clamp=clamp)
    _of_relative_year(m, spec)
    if m.groupdict().get("wd"):
        spec.weekday = weekday_number(m.group("wd"))
    if m.groupdict().get("weekof"):
        if m.groupdict().get("day2"):
            return None
        spec.out, spec.gran = "week", "week"  # "the week of March 6": the week containing it
    _in_part_of_day(m, spec)
    day2 = m.groupdict().get("day2")
    if not day2:
        return spec
    # "March 3-5": two dates, the second sharing month and year.
    end_spec = Spec("cal", year=year, month=month, day=day_number(day2), gran="day")
    _of_relative_year(m, end_spec)
    d1, d2 = m.span("day"), m.span("day2")
    if d1 < d2:
        first = Mention(m.start(), d1[1], spec)
        second = Mention(d2[0], d2[1], end_spec)
        if m.group("year") or m.group("rely"):
            second = Mention(d2[0], m.end(), end_spec)
    else:
        first = Mention(m.start(), d2[1], spec)  # unreachable ordering guard
        second = Mention(d1[0], m.end(), end_spec)
    return [first, second]


def day_month(m: re.Match[str], text: str) -> Spec | list[Mention] | None:
    if m.groupdict().get("dword"):
        name = re.sub(r"\s+", " ", m.group(0).lower()).removeprefix("the ")
        if name in FIXED_HOLIDAYS:
            return None  # "the Fourth of July": the holiday's name, without its article
        month = month_number(m.group("mon"))
        year = year_number(m.group("year")) if m.group("year") else None
        if m.group("year") and year is None:
            return None
        day = ORDINALS[re.sub(r"\s+", " ", m.group("dword").lower())]
        return Spec("cal", year=year, month=month, day=day, gran="day")
    if text[max(0, m.start("day") - 1):m.start("day")] in ("$", ".", ",", "/", "-"):
        return None
    month = month_number(m.group("mon"))
    year = int(m.group("year")) if m.group("year") else None
    mod, clamp = prefix_mod(m)
    if not day_number(m.group("day")) or (m.group("day2") and not day_number(m.group("day2"))):
        return None
    spec = Spec("cal", year=year, month=month, day=day_number(m.group("day")), gran="day",
                mod=mod, clamp=clamp)
    _of_relative_year(m, spec)
    _in_part_of_day(m, spec)
    if m.groupdict().get("day2"):
        first = Mention(m.start(), m.end("day"), spec)
        other = Spec("cal", year=year, month=month, day=day_number(m.group("day2")),
                     gran="day")
        _of_relative_year(m, other)
        if m.groupdict().get("dlink") and (other.day or 0) <= (spec.day or 0):
            # "won 2 to 1 March ...": no days in order, only the second is a date
            other.mod, other.clamp = mod, clamp
            return Mention(m.start("day2"), m.end(), other)
        return [first, Mention(m.start("day2"), m.end(), other)]
    return spec


def _of_relative_year(m: re.Match[str], spec: Spec) -> None:
    """"Jan. 1 of next year", "1 July of last year": that day in the year counted from
    publication, whatever the clause's tense."""
    rely = (m.groupdict().get("rely") or "").lower()
    if rely:
        spec.kind, spec.rel = "named", "year" + str(_REL_OFFSETS[rely])


def iso_date(m: re.Match[str], text: str) -> Spec | None:
    if text[max(0, m.start() - 1):m.start()] in tuple("0123456789-"):
        return None
    year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    spec = Spec("cal", year=year, month=month, day=day, gran="day")
    if m.group("h"):
        spec.type, spec.gran = "TIME", "time"
        spec.clock = (int(m.group("h")), int(m.group("mi")))
    return spec


def numeric_date(m: re.Match[str], text: str) -> Spec | None:
    """"8/30/2023" (month first, as in US news, unless the first number cannot be a
    month), "30.08.2023", "30-08-2023" (day first, the convention of dotted and dashed
    dates; those need a four-digit year, since "1.2.23" is a version)."""
    if text[max(0, m.start() - 1):m.start()] in ("/", ".", "-", ","):
        return None
    a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
    separator = m.group("sep")
    if separator != "/" and (len(y) != 4 or preceding_word(text, m.start()) in NUMBER_NOUNS):
        return None
    year = int(y) if len(y) == 4 else century_of_two_digits(int(y))
    if separator == "/":
        month, day = (a, b) if a <= 12 else (b, a)
        if a <= 12 and b <= 12 and a != b and _writes_day_first(text):
            month, day = b, a  # "on 11/05/2024" in a story that writes "14 May": May 11
    else:
        month, day = (b, a) if b <= 12 else (a, b)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Spec("cal", year=year, month=month, day=day, gran="day")


# dates written day first ("14 May", "3rd June") and month first ("May 14", "June 3rd")
_DAY_FIRST = re.compile(rf"\b[0-3]?\d(?:st|nd|rd|th)?\s+{_MONTH_FULL}\b")
_MONTH_FIRST = re.compile(rf"\b{_MONTH_FULL}\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b")
_SLASH_DAY_FIRST = re.compile(r"(?<![\d/])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/(?:\d{4}|\d\d)\b")


@lru_cache(maxsize=4)  # once per text, not once per slash date in it
def _writes_day_first(text: str) -> bool:
    """Whether a story writes its dates day first, as British, Indian, Australian and
    African papers do: another slash date that cannot be month first ("25/03/2024"), or
    more "14 May" dates than "May 14" ones."""
    if _SLASH_DAY_FIRST.search(text):
        return True
    day_first = len(_DAY_FIRST.findall(text))
    return day_first > 0 and day_first > len(_MONTH_FIRST.findall(text))


def iso_week(m: re.Match[str], text: str) -> Spec | None:
    week = int(m.group("w"))
    if not 1 <= week <= 53:
        return None
    return Spec("cal", year=int(m.group("y")), week=week, gran="week")


def numbered_week(m: re.Match[str], text: str) -> Spec | None:
    """"epidemiological week 32" (its year by tense), "week 40 of 2023"; a bare "week 5"
    with no calendar word nor year is a league's or a trial's, not a date."""
    week = int(m.group("w"))
    if not 1 <= week <= 53:
        return None
    if m.group("y"):
        return Spec("cal", year=int(m.group("y")), week=week, gran="week")
    if not m.group("kind") and not m.group("this"):
        return None
    return Spec("cal", week=week, gran="week")


# the middle day of each week of a month: the ISO week holding it holds most of that week
_WEEK_OF_MONTH_DAY = {"first": 4, "1st": 4, "second": 11, "2nd": 11, "third": 18, "3rd": 18,
                      "fourth": 25, "4th": 25, "last": 25, "final": 25}


def week_of_month(m: re.Match[str], text: str) -> Spec | None:
    """"the first week of April", "the last week of February": the ISO week that holds
    most of those seven days (a month's last week is its last seven)."""
    ordinal = m.group("ord").lower()
    if m.group("mrel"):
        if ordinal in ("last", "final"):
            return None  # the resolver counts a last week back from a named month only
        # "the first week of next month": that week of the month the publication's is
        offset = _REL_OFFSETS[m.group("mrel").lower()]
        return Spec("cal", day=_WEEK_OF_MONTH_DAY[ordinal], gran="day", out="week",
                    rel=f"month{offset:+d}")
    month = month_number(m.group("mon"))
    spec = Spec("cal", month=month, day=_WEEK_OF_MONTH_DAY[ordinal], gran="day", out="week")
    if ordinal in ("last", "final"):
        spec.rel = "last_week"  # the resolver counts back from the month's last day
    if m.group("year"):
        spec.year = int(m.group("year"))
    return spec


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
        "4th": 4, "fifth": 5, "5th": 5, "last": -1, "final": -1}


_BARE_DAY_PREPOSITIONS = frozenset({"on", "by", "until", "till", "from", "before", "after",
                                    "since"})


def bare_month_day(m: re.Match[str], text: str) -> Spec | None:
    """"on the 15th": a day of the month, the month left to the reader (after a
    preposition of time only: "finished the 15th" is a place)."""
    day = day_number(m.group("day"))
    if not day or preceding_word(text, m.start()) not in _BARE_DAY_PREPOSITIONS:
        return None
    shared = _SHARED_MONTH.match(text, m.end())
    if shared is not None:
        # "on the 27th and 28th of June": the second day's month is the first's too
        year = int(shared.group("year")) if shared.group("year") else None
        return Spec("cal", year=year, month=month_number(shared.group("mon")), day=day,
                    gran="day")
    return Spec("cal", day=day, gran="day", rel="this_month" if m.group("inst") else None)


_SHARED_MONTH = re.compile(
    rf"\s*(?:and|or|to|-|–)\s*(?:the\s+)?{DAY}(?:\s+of)?\s+(?P<mon>{MONTH_AFTER_DAY})"
    rf"(?:,?\s+(?P<year>{YEAR}))?")


def week_on_day(m: re.Match[str], text: str) -> Spec:
    """"a week on Friday" (Friday week), "a fortnight on Monday", "a week today": the day
    named, a week (fortnight) on from it."""
    fortnight = m.group("unit").lower() == "fortnight"
    if m.group("wd"):
        return Spec("weekday", weekday=weekday_number(m.group("wd")), gran="day",
                    rel="fortnight_after_next" if fortnight else "after_next")
    weeks = 14 if fortnight else 7
    word = m.group("dw").lower()
    if word == "yesterday":
        return Spec("dct", unit="day", count=-1 - weeks, gran="day")  # a week before it
    return Spec("dct", unit="day", count=weeks + (1 if word == "tomorrow" else 0), gran="day")


def weekday_month_day(m: re.Match[str], text: str) -> Spec | None:
    """"Monday the 24th": that day of the month, in the nearest month where it falls on
    that weekday."""
    day = day_number(m.group("day"))
    if not day:
        return None
    return Spec("cal", day=day, weekday=weekday_number(m.group("wd")), gran="day")


def weekday_of_month(m: re.Match[str], text: str) -> Spec:
    """"the first Monday in October", "the last Friday of September 2025": that day,
    resolved like a holiday defined the same way (Labor Day is the first Monday of
    September)."""
    month = month_number(m.group("mon"))
    weekday = weekday_number(m.group("wd"))
    n = _NTH[m.group("ord").lower()]
    year = int(m.group("year")) if m.group("year") else None
    return Spec("holiday", value=f"{NTH_WEEKDAY} {month} {weekday} {n}", year=year, gran="day")


def month_year(m: re.Match[str], text: str) -> Spec | None:
    mod, clamp = prefix_mod(m, clamp_mod=False)
    year = year_number(m.group("year"))  # "June of twenty sixteen" is spoken
    if year is None:
        return None
    return Spec("cal", year=year, month=month_number(m.group("mon")),
                gran="month", mod=mod, clamp=clamp)


def weekday_the_day(m: re.Match[str], text: str) -> Spec | None:
    """"Tuesday the tenth", "Wednesday the 4th of March": the day of the month that
    falls on that weekday."""
    word = re.sub(r"\s+", " ", m.group("dword").lower())
    day = int(word[:-2]) if word[0].isdigit() else ORDINALS.get(word)
    if not day or not 1 <= day <= 31:
        return None
    year = year_number(m.group("year")) if m.group("year") else None
    if m.group("year") and year is None:
        return None
    return Spec("cal", year=year, month=month_number(m.group("mon")) if m.group("mon") else None,
                day=day, weekday=weekday_number(m.group("wd")), gran="day")


def month_day_words(m: re.Match[str], text: str) -> Spec | None:
    """Spoken dates: "March twenty-ninth", "September eleventh, two thousand one"."""
    year = year_number(m.group("year")) if m.group("year") else None
    if m.group("year") and year is None:
        return None
    mod, clamp = prefix_mod(m)
    spec = Spec("cal", year=year, month=month_number(m.group("mon")),
                day=ORDINALS[re.sub(r"\s+", " ", m.group("dword").lower())], gran="day",
                mod=mod, clamp=clamp)
    if m.groupdict().get("wd"):
        spec.weekday = weekday_number(m.group("wd"))
    return _in_part_of_day(m, spec)


# one or two capitalised words and then a lower-case one: a month name is a person's
# first name ("August Wilson wrote", "June Carter Cash recorded"); a Title Case headline
# ("August Jobs Report Beats Forecasts") has no lower-case word to end the name
_FIRST_NAME = re.compile(r"[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z]+)?"
                         r"(?:,?[ \t]+|['’]s[ \t]+)[a-z]")


def _year_of_story(words: str) -> str:
    """"that year" -> ana-year+0, "the following year" -> ana-year+1: the year of a
    month or season named from the story's year."""
    key = re.sub(r"\s+", " ", words.lower())
    step = {"ana-same": 0, "ana-after": 1, "ana-before": -1}[
        {"the next": "ana-after"}.get(key) or ANAPHORIC_RELS[key]]
    return f"ana-year{step:+d}"
# "its driest March on record", "the warmest May since 1910": a month that set a record
_RECORD_BEFORE = re.compile(r"\b(?:the|its|their|a)\s+(?:[a-z]+est|most\s+[a-z]+)\s+\Z")
_RECORD_AFTER = re.compile(r"\s+(?:on\s+record|ever\b|since\s+(?:records|\d{4})|in\s+\d+\s+years"
                           # "the driest March in a century", "... in more than 50 years"
                           r"|in\s+(?:(?:more\s+than|over|nearly|almost)\s+)?(?:a|one|\d+|[a-z]+)"
                           r"\s+(?:century|centuries|decades?|years|generations?)\b)")
# a record month reported as a clause's subject: "NOAA said that March was the wettest on
# record", "found that May was the warmest month since 1910"
_REPORTED_THAT = re.compile(r"\b(?:said|says|found|finds|showed|shows|reported|reports|confirmed"
                            r"|announced|noted|data\s+show)\s+(?:[\w-]+\s+){0,3}?that\s+\Z")
_RECORD_SUBJECT_VERB = re.compile(r"\s+(?:was|had\s+been)\s+(?:the|its)\s+(?:[a-z]+est"
                                  r"|most\s+[a-z]+)(?:\s+month)?"
                                  r"(?=\s+(?:on\s+record|ever\b|since\b|in\s))")


def month_named(m: re.Match[str], text: str) -> Spec | Mention | None:
    name = m.group("mon")
    rel = (m.group("rel") or "").lower() or None
    rely = (m.group("rely") or "").lower() or None
    mod, clamp = prefix_mod(m, clamp_mod=False)
    ana = _anaphoric(m)
    # "that May" may be "said that May ...": only "the following May" vouches for one
    bare = not (rel or rely or mod or clamp
                or (m.groupdict().get("ana") or "").lower().startswith("the"))
    if bare and _PERSONAL_TITLE.search(text, max(0, m.start() - 30), m.start()) \
            and re.match(r"\s+[A-Z]", text[m.end():m.end() + 3]):
        return None  # "Rep. April McClain Delaney", "Sen. June Smith": a first name
    # "the May contract", "for June delivery", "December futures": a delivery month
    contract = bare and not m.group("rely") and name[:1].isupper() \
        and (_CONTRACT_MONTH.match(text, m.end()) is not None
             or preceding_word(text, m.start()) == "for"
             and (_SETTLEMENT_MONTH.match(text, m.end()) is not None
                  or _CONTRACTS_FOR.search(text, max(0, m.start() - 30), m.start()) is not None)
             or preceding_word(text, m.start()) not in TEMPORAL_PREPOSITIONS
             and _COMMODITY_MONTH.match(text, m.end()) is not None)
    if name.lower().rstrip(".") in AMBIGUOUS_MONTHS and bare:
        before_noun = _MONTH_AS_ADJECTIVE.search(text, max(0, m.start() - 20), m.start()) \
            and (_MONTH_EVENT_NOUN.match(text, m.end()) or _MONTH_ELECTION.match(text, m.end()))
        record = _RECORD_BEFORE.search(text, max(0, m.start() - 30), m.start()) \
            and _RECORD_AFTER.match(text, m.end())
        # "May was the hottest month on record", "March saw a surge in deposits": a month
        # opening the sentence as its subject
        subject = name[:1].isupper() and _SENTENCE_OPENING.search(text, max(0, m.start() - 3),
                                                                   m.start()) is not None \
            and _MONTH_SUBJECT_VERB.match(text, m.end()) is not None \
            or name[:1].isupper() and _RECORD_SUBJECT_VERB.match(text, m.end()) is not None \
            and _REPORTED_THAT.search(text, max(0, m.start("mon") - 60), m.start("mon")) \
            is not None
        if preceding_word(text, m.start()) not in TEMPORAL_PREPOSITIONS and not before_noun \
                and not contract and not record and not subject \
                and not _AS_SOON_AS.search(text, max(0, m.start() - 20), m.start()):
            return None
        if name.lower() == "may" and following_word(text, m.end()) in ("be", "have", "not"):
            return None
    if bare and not contract and _FIRST_NAME.match(text, m.end()) and name[-1:] != "." \
            and preceding_word(text, m.start()) not in TEMPORAL_PREPOSITIONS | DETERMINERS:
        return None  # "playwright August Wilson wrote", "Officer June Patterson testified"
    spec = Spec("named", month=month_number(name), gran="month", mod=mod, clamp=clamp)
    if m.groupdict().get("anayear") and not (rel or rely):
        spec.rel = _year_of_story(m.group("anayear"))
        return spec
    if bare and (_FIGURES_FOR.search(text, max(0, m.start() - 40), m.start())
                 or _MONTH_FIGURES.match(text, m.end())
                 # "up from its November forecast": a baseline, made already
                 or _BASELINE_OWNER.search(text, max(0, m.start() - 50), m.start())
                 and _MONTH_EVENT_NOUN.match(text, m.end())):
        spec.clamp = "reported"  # "retail sales data for November", "the October figures"
    elif contract:
        spec.clamp = "delivery"
    elif bare and not rely and _MONTH_AS_ADJECTIVE.search(text, max(0, m.start() - 20), m.start()) \
            and _MONTH_ELECTION.match(text, m.end()):
        spec.clamp = "election"
    if rely:
        spec.kind, spec.rel = "named", "year" + str(_REL_OFFSETS[rely])
    elif rel:
        spec.rel = re.sub(r"\s+", " ", rel)
        if m.groupdict().get("ana"):  # "he said that last March ...": a clause's "that"
            return Mention(m.start("rel"), m.end(), spec)
    elif ana:
        spec.rel = ana
        return _after_that_clause(m, text, spec, "mon")
    return spec


# "could cut rates as early as March", "as soon as May": a month, a date ahead or back
_AS_SOON_AS = re.compile(r"\bas\s+(?:early|late|soon|recently)\s+as\s+\Z", re.IGNORECASE)
# "the May meeting", "the Fed's March decision", "its May figures": after an article or a
# possessive and before the noun of a meeting or a release, "May" and "March" are months
_MONTH_AS_ADJECTIVE = re.compile(
    # ("the odds of a March hike")
    r"(?:\b(?:the|its|their|his|her|our|regular|scheduled|a)|\w['’]s?)\s+\Z",
    re.IGNORECASE)
_MONTH_EVENT_NOUN = re.compile(
    r"\s+(?:policy\s+|rate[\s-]+setting\s+|monetary\s+policy\s+)?(?:meetings?|decisions?"
    r"|figures|data|reports?|readings?|statements?|surveys?|print|budget|elections?|votes?"
    r"|sessions?|minutes|forecasts?|projections|deadline|payrolls|jobs\s+report|CPI"
    r"|inflation|numbers|release|review|hike|cut|auction|update|outlook)\b")


# the start of a sentence or paragraph, and a verb a month as subject takes
_SENTENCE_OPENING = re.compile(r"(?:\A|[.!?][\"”’']?\s+|\n\s*)\Z")
_MONTH_SUBJECT_VERB = re.compile(r"\s+(?:was|saw|marked|brought)\s+(?:the|a|an|another|its"
                                 r"|\d+|[a-z]+(?:est|er))\b")


# a comparison's baseline and its owner before a month used as an adjective: "up from its
# November forecast", "below the bank's March projection", "compared with the October figure"
_BASELINE_OWNER = re.compile(
    r"\b(?:from|than|versus|vs\.|compared\s+(?:with|to)|below|above)\s+(?:the|its|their|his|her"
    r"|our|(?:the\s+)?[A-Z][\w.&-]*(?:\s+(?:of\s+)?[A-Z][\w.&-]*){0,2}['’]s?)\s+\Z")
# "the November midterm elections", "the March primary", "the June runoff": the month
# dates the vote, not the clause's verb ("urged voters to make it an issue in
# the November elections" in June looks ahead to them)
_MONTH_ELECTION = re.compile(
    r"\s+(?:(?:midterm|general|presidential|parliamentary|legislative|local|municipal|state"
    r"|congressional|gubernatorial|mayoral|national|regional|provincial|federal|snap|special"
    r"|party|leadership|Democratic|Republican)\s+){0,2}"
    r"(?:elections?|midterms|primary|primaries|runoffs?|run-offs?|referendum|polls|ballot"
    r"|caucus(?:es)?|by-elections?|vote)\b")


# a futures contract named by its delivery month ("the more actively traded June contract
# fell", "crude for May delivery", "December futures"): markets trade months still to
# come, so whatever the tense it is the nearest such month not yet over
# ("the March delivery of 20 jets", "a June contract with the club": a deal, not a market)
_CONTRACT_MONTH = re.compile(r"[ \t]+(?:contracts?|delivery|futures)\b"
                             r"(?![ \t]+(?:of|with|to)\b)", re.IGNORECASE)


# "crude futures for January were down", "options for March": the contracts of a month
_CONTRACTS_FOR = re.compile(r"\b(?:futures|contracts?|options)\s+for\s+\Z", re.IGNORECASE)
# "July corn futures rose", "September arabica on ICE", "the March copper contract": a month
# before the commodity it is the delivery month of (not after "in", "since": "in July wheat
# prices fell")
_COMMODITY_MONTH = re.compile(
    r"[ \t]+(?:(?:Brent|WTI|crude|oil|gasoline|diesel|heating\s+oil|natural\s+gas|gas|gasoil"
    r"|gold|silver|copper|platinum|palladium|aluminium|aluminum|nickel|zinc|tin|iron\s+ore"
    r"|corn|wheat|soybeans?|soymeal|soyoil|soybean\s+(?:meal|oil)|oats|rice|canola|rapeseed"
    r"|cotton|sugar|coffee|arabica|robusta|cocoa|cattle|live\s+cattle|feeder\s+cattle|hogs"
    r"|lean\s+hogs|lumber|palm\s+oil|orange\s+juice|milk|butter|cheese)"
    r"(?:[ \t]+(?:futures|contracts?|options|crude|prices))?)\b"
    r"(?=[ \t]+(?:futures|contracts?|on|rose|fell|gained|lost|climbed|dropped|slipped|jumped"
    r"|settled|closed|ended|traded|was|were|is|are|added|shed|hit|touched|rallied|slid|eased"
    r"|firmed|surged|tumbled|edged|finished|expires?d?)\b)")
# "Brent for June settlement", "gold for December expiry": the contract's month (after
# "for" only: "the June settlement with regulators" is a deal struck in June)
_SETTLEMENT_MONTH = re.compile(r"[ \t]+(?:settlement|expiry|expiration)\b", re.IGNORECASE)


# the figures of a month ("retail sales data for November, due Wednesday", "its October
# payrolls report"): statistics come out after the month they measure, so whatever the tense
# of their release the month is the latest one begun
_FIGURES_FOR = re.compile(
    r"\b(?:data|figures|numbers|statistics|readings?|sales|payrolls|index|results"
    # "personal income and spending for July", "factory orders for June"
    r"|income|spending|output|orders|production|exports|imports|inflation|unemployment"
    r"|deficit|surplus)"
    r"\s+for\s+\Z", re.IGNORECASE)
_MONTH_FIGURES = re.compile(
    # "the October figures", "July's trade data"
    r"(?:['’]s)?\s+(?:(?:trade|jobs|employment|payrolls?|inflation|CPI|PPI|retail\s+sales|sales"
    r"|factory|housing|unemployment|GDP)\s+)?(?:figures|data|readings?|numbers"
    r"|jobs\s+report|payrolls\s+report|employment\s+report|CPI\s+report|inflation\s+report)\b")


# a title in front of a name: the month after it is a first name when a surname follows
_PERSONAL_TITLE = re.compile(
    r"(?<![\w.])(?:(?:Rep|Reps|Sen|Gov|Lt|Gen|Col|Capt|Sgt|Mr|Mrs|Ms|Dr|Prof|Rev|Del|Amb|Sec"
    r"|Det|Adm|Cmdr)\.|Representative|Senator|Governor|Judge|Justice|Mayor|Secretary"
    r"|President|Ambassador|Councilwoman|Councilman|Councilmember|Assemblywoman"
    r"|Assemblyman|Commissioner|Chancellor|Minister|Professor|Officer|Lady|Dame"
    r"|Princess)\s+\Z")


def _anaphoric(m: re.Match[str]) -> str | None:
    """The story-relative word in front of a month or season, as ``ANAPHORIC_RELS`` has it."""
    ana = m.groupdict().get("ana")
    return ANAPHORIC_RELS[re.sub(r"\s+", " ", ana.lower())] if ana else None


def _after_that_clause(m: re.Match[str], text: str, spec: Spec, core: str) -> Spec | Mention:
    """"Officials said that June would be dry": the complementizer, not "that June"."""
    ana = m.groupdict().get("ana")
    if not ana or ana.lower() != "that" \
            or preceding_word(text, m.start("ana")) not in THAT_CLAUSE_VERBS \
            and not _REPORTED_THAT.search(text, max(0, m.start(core) - 60), m.start(core)):
        return spec  # ("NOAA said this month that March was ...": a clause, too)
    spec.rel = None
    return Mention(m.start(core), m.end(), spec)


_STREET = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,2}(?:" + "|".join(STREET_SUFFIXES) + r")\b")


# a docket number: a year, a short code of capitals, a serial ("2021-CF-004512")
_CASE_NUMBER = re.compile(r"-[A-Z]{2,4}-?\d")
_NUMBER_SIGN = re.compile(r"\b(?:No|Nos|no)\.\s*\Z")


def year(m: re.Match[str], text: str) -> Spec | None:
    if text[max(0, m.start("year") - 1):m.start("year")] in tuple(".,/:$£€-") \
            and not m.group("part"):
        return None
    year = int(m.group("year"))
    fiscal = m.group("fiscal")
    mod, clamp = prefix_mod(m)
    if not fiscal and following_word(text, m.end()) in COUNT_NOUNS:
        return None  # "1400 rooms", "about 2000 people": a count
    if not (fiscal or mod or clamp):
        before = text[max(0, m.start() - 2):m.start()]
        if "$" in before or "#" in before or "£" in before or "€" in before:
            return None
        after = text[m.end():m.end() + 2]
        if after[:1] in ("%", "-") and not re.match(r"-(?:\d\d|[A-Z])", after) \
                and after[:1] == "%":
            return None
        if re.match(rf"\s*(?:{TZ}|hours?|hrs|local\s+time)\b", text[m.end():m.end() + 14]):
            return None  # "at 1900 GMT": a clock reading
        if _CASE_NUMBER.match(text, m.end()) or _NUMBER_SIGN.search(
                text, max(0, m.start() - 6), m.start()):
            return None  # "Case No. 2021-CF-004512", "Ordinance No. 2019": identifiers
        before_word = preceding_word(text, m.start())
        if before_word in NUMBER_NOUNS or (before_word not in TEMPORAL_PREPOSITIONS
                                           and _STREET.match(text, m.end())):
            return None  # "Room 1204", "lives at 1600 Pennsylvania Avenue"
        if before_word in TITLE_NOUNS:
            return None  # "the film 1917": a title
        if _PROGRAM_NAME.search(text, max(0, m.start() - 12), m.start()):
            return None  # "Project 2025", "Saudi Arabia's Vision 2030": a plan's name
        body = _NAME_AFTER.match(text, m.end())
        if body is not None and body.group(1) in YEAR_NAMED_BODIES \
                and before_word not in TEMPORAL_PREPOSITIONS:
            return None  # "the 1922 Committee": a name
        if year < 1400 and preceding_word(text, m.start()) not in TEMPORAL_PREPOSITIONS:
            return None
    if year > 2099 and not fiscal \
            and preceding_word(text, m.start()) not in _FAR_YEAR_PREPOSITIONS:
        return None  # "by 2100", "in 2150"; "a 2500-seat hall", "Windows 2200" are no years
    return Spec("cal", year=year, gran="year", mod=mod, clamp=clamp)


_PROGRAM_NAME = re.compile(r"\b(?:Project|Vision|Agenda|Horizon|Mission)\s+\Z")
_NAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")

# what may stand before a year beyond this century ("warming by 2100", "until 2300")
_FAR_YEAR_PREPOSITIONS = frozenset({"by", "in", "until", "till", "through", "before", "after",
                                    "beyond", "around", "of", "to", "and"})


def year_range(m: re.Match[str], text: str) -> list[Mention] | None:
    """"2019-2021", "1998-99": two years, linked as a range."""
    if text[max(0, m.start("y1") - 1):m.start("y1")] in tuple(".,/:$£€-"):
        return None
    first = int(m.group("y1"))
    tail = m.group("y2")
    second = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
    if second <= first or second - first > 100:
        return None
    if m.group("slash") and second != first + 1:
        return None  # "2023/24" is a season or fiscal year; "2019/2023" is no range
    return [Mention(m.start(), m.end("y1"), Spec("cal", year=first, gran="year")),
            Mention(m.start("y2"), m.end("y2"), Spec("cal", year=second, gran="year"))]


DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


def decade(m: re.Match[str], text: str) -> Spec | None:
    mod, clamp = prefix_mod(m)
    if m.groupdict().get("dec"):
        decade = int(m.group("dec")) // 10
        if decade % 10 == 0 and decade < 200:
            # "the 1800s", "the early 1900s": the century (the 2000s are a decade)
            return Spec("cal", century=decade // 10, gran="century", mod=mod, clamp=clamp)
    elif m.groupdict().get("short"):
        decade = 190 + int(m.group("short")) // 10
    else:
        century = {"eighteen": 18, "twenty": 20}.get((m.group("cent") or "").lower(), 19)
        decade = century * 10 + DECADE_WORDS[m.group("words").lower()]
    if m.groupdict().get("words") and _after_possessive(text, m.start()):
        return None  # "a man in his sixties", "in her early forties": an age, not a decade
    if m.groupdict().get("words") and not m.groupdict().get("cent") and (
            preceding_word(text, m.start()) in _TEMPERATURE_BANDS
            or _TEMPERATURE_CUE.search(text, *sentence_bounds(text, m.start(), m.end()))):
        return None  # "highs in the upper fifties, dropping into the thirties": degrees
    return Spec("cal", decade=decade, gran="decade", mod=mod, clamp=clamp)


_POSSESSIVES = frozenset({"his", "her", "their", "my", "your", "our"})
# words between the possessive and an age: "my entire thirties", "her whole twenties"
_AGE_FILLERS = frozenset({"entire", "whole", "own"})


def _after_possessive(text: str, start: int) -> bool:
    word = preceding_word(text, start)
    if word in _AGE_FILLERS:
        filler = re.search(r"[A-Za-z]+[\s,-]*$", text[max(0, start - 30):start])
        word = preceding_word(text, max(0, start - 30) + filler.start()) if filler else ""
    return word in _POSSESSIVES
# the weather forecast's bands of degrees ("the upper fifties", "the low thirties")
_TEMPERATURE_BANDS = frozenset({"upper", "lower", "low", "high"})
_TEMPERATURE_CUE = re.compile(r"\b(?:[Hh]ighs?|[Ll]ows?|[Tt]emperatures?|degrees|[Ww]ind\s+chills?"
                              r"|[Ff]orecast|feels?\s+like|thermometers?|mercury|[Ff]ahrenheit)\b|°")


def century(m: re.Match[str], text: str) -> Spec | None:
    mod, clamp = prefix_mod(m)
    word = m.group("ord").lower()
    number = ORDINALS.get(word)
    if number is None:
        number = int(re.match(r"\d+", word).group())  # type: ignore[union-attr]
    if not 1 <= number <= 30:
        return None
    return Spec("cal", century=number - 1, gran="century", mod=mod, clamp=clamp)


def _century_number(word: str) -> int | None:
    number = ORDINALS.get(word.lower())
    if number is None:
        digits = re.match(r"\d+", word)
        number = int(digits.group()) if digits else 0
    return number if 1 <= number <= 30 else None


def century_pair(m: re.Match[str], text: str) -> list[Mention] | None:
    """"the 14th and 15th centuries", "the late 18th and early 19th centuries": two
    centuries, the first written without its noun (TimeBank tags "the 18th" and "19th
    centuries")."""
    if not m.group("ord2"):
        return None  # "centuries" alone: another rule's
    first, second = _century_number(m.group("ord")), _century_number(m.group("ord2"))
    if first is None or second is None or second <= first:
        return None
    mod, clamp = prefix_mod(m)
    mod2 = PART_WORDS.get(m.group("part2").lower()) if m.group("part2") else None
    return [Mention(m.start(), m.end("ord"),
                    Spec("cal", century=first - 1, gran="century", mod=mod, clamp=clamp)),
            Mention(m.start("part2") if m.group("part2") else m.start("ord2"), m.end(),
                    Spec("cal", century=second - 1, gran="century", mod=mod2))]


def seasons_ago(m: re.Match[str], text: str) -> Spec | None:
    """"two summers ago", "a winter ago": that many such seasons back from the one under
    way or last begun (the resolver counts them)."""
    if not m.group("num"):
        return None  # "springs ago" with no count before it
    count = 1 if m.group("num").lower() in ("a", "one") else word_number(m.group("num"))
    if not count or not float(count).is_integer() or not 1 <= count <= 50:
        return None
    return Spec("named", season=SEASONS[m.group("season").lower()], gran="season",
                rel=f"back{int(count)}")


def season(m: re.Match[str], text: str) -> Spec | Mention | None:
    season = SEASONS[m.group("season").lower()]
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower()) or None
    mod, clamp = prefix_mod(m)
    year = year_number(m.group("year")) if m.group("year") else None  # "of nineteen ninety-four"
    year2 = m.groupdict().get("year2")
    if year is not None and year2 \
            and int(year2) % 10 ** len(year2) != (year + 1) % 10 ** len(year2):
        return None  # "summer 2013-16": not one season
    if m.groupdict().get("anayear"):
        # "the fall of that year": that season of the year the story last named
        return Spec("named", season=season, gran="season",
                    rel=_year_of_story(m.group("anayear")), mod=mod, clamp=clamp)
    if year is None and rel is None:
        rel = _anaphoric(m)
    if m.group("rely"):
        return Spec("named", season=season, gran="season", mod=mod, clamp=clamp,
                    rel="year" + str(_REL_OFFSETS[m.group("rely").lower()]))
    if m.group("term") and preceding_word(text, m.start()) in ("a", "an", "every", "each"):
        return None  # "a fall semester course": any fall's
    if year is None and not (rel or m.group("the") or mod or clamp or m.group("term")):
        word = preceding_word(text, m.start())
        if word not in ("in", "during", "since", "until", "by", "through", "this", "last",
                        "next", "over", "before", "after", "throughout"):
            return None
    if year is None:
        after = text[m.end():m.end() + 40]
        named = m.group("rel") and not m.group("the")
        if re.match(r"\s+of\s+(?!\d)", after) \
                or re.match(r"\s*(?:'s|’s)", after) and not named:
            return None  # "the summer of love", "summer's end"; "last summer's floods" is one
        if m.group("the") and following_word(text, m.end()) in ("of", "and") \
                and not re.match(r"\s+of\s+\d", after) \
                and not (following_word(text, m.end()) == "and"
                         and preceding_word(text, m.start()) in _SEASON_PREPOSITIONS):
            # "the fall of Kabul", "the spring and summer collections"; but "will hear
            # arguments in the fall and rule by ...", "during the summer and fall": the season
            return None
        follower = re.match(r"[ \t]+([a-z]+)\b", after)
        if follower and follower.group(1) not in _SEASON_FOLLOWERS and not m.group("term") \
                and not (named and follower.group(1) not in _SEASON_ATTRIBUTE_NOUNS):
            # "the winter coat", "the summer Olympics": an attribute; "the offensive that
            # began last summer stalled": "last summer" names one, whatever verb follows
            return None
        if m.group("season")[:1].isupper() and re.match(r"[ \t]+[A-Z][a-z]", after) \
                and not re.match(rf"[ \t]+(?:{MONTH}|{WEEKDAY})\b", after):
            return None  # "the Summer Palace", "Fall River", "Winter Storm Elliott": a name
    if year is not None:
        spec = Spec("cal", year=year, season=season, gran="season", mod=mod, clamp=clamp)
        if year2 and season != "WI":
            return Mention(m.start(), m.end("year"), spec)  # "spring 2023-24": a range
        return spec
    spec = Spec("named", season=season, gran="season", rel=rel, mod=mod, clamp=clamp)
    if m.group("rel") and m.groupdict().get("ana") and not m.group("the"):
        return Mention(m.start("rel"), m.end(), spec)  # "warned that next winter ..."
    return _after_that_clause(m, text, spec, "season") if rel and rel.startswith("ana-") \
        else spec


_SEASON_PREPOSITIONS = frozenset({"in", "during", "by", "until", "through", "throughout",
                                  "over", "since", "before", "after"})
# Words that may follow a season name that is still a time ("the winter months",
# "in spring when ..."); any other lower-case word makes the season an attribute.
_SEASON_FOLLOWERS = frozenset("""
of in and or to when as before after until while was were is are will would has had have
that with for at on by the a an this it he she they we its their his her our there but so
because if since although though season seasons months weeks break holidays holiday
term session semester recess heat rains offensive campaign
""".split())

# nouns "last summer" or "next winter" can still qualify ("a last summer camp", "next
# winter storm"): then the season is an attribute
_SEASON_ATTRIBUTE_NOUNS = frozenset("""
camp camps vacation vacations school job jobs internship internships tour tours collection
collections house clothes menu sale sales program programs programme festival festivals
blockbuster blockbusters movie movies film films release releases league reading storm storms
game games fashion solstice equinox
""".split())

# words of a match report: there "the second half", "the first quarter" are of the game
_SPORTS = re.compile(
    r"\b(?:goals?|scor(?:ed|es|ing)|match|halftime|half-time|penalty|striker|goalkeeper"
    r"|touchdowns?|quarterback|inning|points?\s+in\s+the|rebounds|free\s+throws?|kick-?off"
    r"|equali[sz]er|header|substitute|referee|whistle|minute\s+\d|\d+(?:st|nd|rd|th)\s+minute)\b",
    re.IGNORECASE)

# ... and words only a match report uses: a story with one of them reads "the second half",
# "the fourth quarter" as the game's unless the sentence is about money ("revenue in the
# second half"); checked once per text
_MATCH_REPORT = re.compile(
    r"\b(?:half-?time|stoppage\s+time|injury\s+time|\d+(?:st|nd|rd|th)\s+minute|fouled\s+out"
    r"|free\s+throws?|touchdowns?|quarterback|equali[sz](?:er|ed|ing)|hat-?trick"
    r"|\d:[0-5]\d\s+(?:left|remaining|to\s+play))\b", re.IGNORECASE)
_MONEY_WORDS = re.compile(
    r"%|\b(?:profits?|revenues?|earnings|sales|growth|GDP|economy|economic|fiscal|dividends?"
    r"|percent|per\s+cent|shares|income|results|forecasts?|guidance|output|inflation|prices"
    r"|spending|investment|orders|demand)\b", re.IGNORECASE)
# "after a 31-11 first quarter", "a 2-0 second half": the score of that part of a game
_SCORE_BEFORE = re.compile(r"(?<![\d.,-])\d{1,3}-\d{1,3}\s+\Z")


@lru_cache(maxsize=4)  # once per text, not once per half or quarter in it
def _is_match_report(text: str) -> bool:
    return _MATCH_REPORT.search(text) is not None


_OF_LONGER_PERIOD = re.compile(
    r"\s+of\s+(?:the|this|that|a|last|next)\s+(?:(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+)[\s-]+)?"
    r"(?:century|decade|millennium)\b|\s+of\s+the\s+(?:\d{4}|['’]?\d\d)['’]?s\b",
    re.IGNORECASE)

_QUARTER_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
                "3rd": 3, "4th": 4, "final": 4, "last": 4,
                # corporate English: "the back half of the year", "front-half loaded"
                "back": 2, "front": 1}


def _numbered(unit: str, number: int) -> dict[str, int]:
    """The Spec field that numbers a half or a quarter of the year."""
    return {"half": number} if unit == "half" else {"quarter": number}


def quarter(m: re.Match[str], text: str) -> Spec | Mention | None:
    groups = m.groupdict()
    unit = "half" if (groups.get("unit") or "").lower().startswith("half") else "quarter"
    if groups.get("q"):
        number = int(groups["q"])
        unit = "half" if groups["qh"].upper() == "H" else "quarter"
    else:
        number = _QUARTER_ORD[groups["ord"].lower()]
        if groups["ord"].lower() in ("back", "front") and unit != "half":
            return None  # "the back quarter" is no quarter of the year
    year = groups.get("year") or groups.get("year0")
    if groups.get("fyy"):
        year = str(_short_year(int(groups["fyy"])))
    rely = (groups.get("rely") or "").lower().replace("the", "this")
    if (groups.get("ord") or "").lower() in ("back", "front") and not (year or rely) \
            and re.match(r"\s+of\b", text[m.end():m.end() + 4]):
        return None  # "the front half of the car", "the back half of the plane"
    if (groups.get("ord") or "").lower() in ("last", "final"):
        if not (year or rely):
            return None  # "in the last quarter": the most recent one, another rule's
        number = 2 if unit == "half" else 4  # "the last half of 1989"
    if unit == "half" and number > 2 or number > 4:
        return None
    if not (year or rely or groups.get("q")) and _OF_LONGER_PERIOD.match(text, m.end()):
        return None  # "the first half of the century": not a half of a year
    mod, clamp = prefix_mod(m)
    if not (year or rely or groups.get("ago") or groups.get("q")):
        bounds = sentence_bounds(text, m.start(), m.end())
        if _SPORTS.search(text, *bounds) \
                or _SCORE_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
                or _is_match_report(text) and not _MONEY_WORDS.search(text, *bounds):
            return None  # "scored twice in the second half": a half of the match
    spec = Spec("named", gran=unit, mod=mod, clamp=clamp, **_numbered(unit, number))
    if year:
        spec.kind, spec.year = "cal", int(year)
    elif rely:
        spec.rel = "year" + str(_REL_OFFSETS.get(rely, 0))
    elif groups.get("ago"):
        spec.rel = "year-1"
    ending = _QUARTER_ENDING.match(text, m.end()) if unit == "quarter" and not rely else None
    if ending is not None and month_number(ending.group("mon")) != 3 * number:
        # "the third quarter ended Feb. 29": a fiscal quarter, the three months to that day
        spec.kind, spec.month = "fiscal_quarter", month_number(ending.group("mon"))
        spec.day = int(ending.group("day"))
        if ending.group("year"):
            spec.year = int(ending.group("year"))
        elif year:
            spec.year, spec.rel = int(year), "fiscal_year"
    if groups.get("the") and groups.get("ord") and not (mod or clamp or year or rely) \
            and "-" in text[m.end("ord"):m.start("unit")] \
            and re.match(r"[ \t]+[a-z]", text[m.end():m.end() + 3]):
        # "the third-quarter loss": "the" belongs to the noun, as in "the two-year contract"
        return Mention(m.start("ord"), m.end(), spec)
    return spec


_AHEAD_PREPOSITIONS = frozenset({"by", "until", "till", "before", "toward", "towards", "after",
                                 "around", "beyond"})


def mid_unit(m: re.Match[str], text: str) -> Spec | None:
    """"by mid-century", "until midcentury": the middle of this century (decade)."""
    if preceding_word(text, m.start()) not in _AHEAD_PREPOSITIONS:
        return None  # "a mid-century home", "in mid-century America": a style, an age
    unit = m.group("unit").lower()
    return Spec("dct", unit=unit, count=0, gran=unit, mod="MID")


# what follows a bare "BC", "AD", "CE" that closes a year ("in 44 BC, Caesar", "79 AD and")
_ERA_END = re.compile(r"\s*(?:[,.;:)!?\u2013\u2014]|$)|\s+(?:and|or|to|until|when|in|at|by"
                      r"|during|under|as|the|a|an)\b")


def era_year(m: re.Match[str], text: str) -> Spec | None:
    """"44 B.C." (BC0044), "A.D. 79" (0079): a year with its era."""
    if not m.groupdict().get("y"):
        return None
    year = int(m.group("y").replace(",", ""))
    mod, _ = prefix_mod(m)
    if not year:
        return None
    if "." not in m.group("era") and m.group("era") != "BCE" and m.start("era") > m.start("y") \
            and not _ERA_END.match(text, m.end()):
        return None  # "the 2023 BC wildfire season": British Columbia, not the era
    if m.group("era").upper().startswith("B"):
        return Spec("era", value=f"BC{year:04d}", mod=mod)
    return Spec("cal", year=year, gran="year", mod=mod)


def _in_named_year(m: re.Match[str], spec: Spec) -> Spec:
    """A named period in the year written beside it ("the June 2024 quarter"), if any."""
    year = m.group("year") or m.group("year0")
    if year:
        spec.kind, spec.year = "cal", int(year)
    return spec


def month_span_quarter(m: re.Match[str], text: str) -> Spec | None:
    """A quarter or half named by its first and last months; other spans are left to
    the month rules."""
    first, last = month_number(m.group("m1")), month_number(m.group("m2"))
    span = (last - first) % 12 + 1
    if span == 3 and first % 3 == 1:
        spec = Spec("named", gran="quarter", quarter=(first + 2) // 3)
    elif span == 6 and first in (1, 7):
        spec = Spec("named", gran="half", half=1 if first == 1 else 2)
    else:
        return None
    return _in_named_year(m, spec)


def month_quarter(m: re.Match[str], text: str) -> Spec | None:
    """"The June quarter", "the September 2024 quarter" (Apple, Australian and Indian
    results): the calendar quarter ending in that month; other months start no quarter."""
    month = month_number(m.group("mon"))
    if (m.group("unit") or "quarter").lower() == "half":
        if month % 6:
            return None
        return _in_named_year(m, Spec("named", gran="half", half=month // 6))
    if month % 3:
        return None
    spec = Spec("named", gran="quarter", quarter=month // 3)
    return _in_named_year(m, spec)


def quarter_short(m: re.Match[str], text: str) -> Spec | None:
    """"3Q24", "1H 2025", "4Q'23" (brokers' and banks' notes): number first, then year."""
    unit = "half" if m.group("qh") == "H" else "quarter"
    number = int(m.group("q"))
    if unit == "half" and number > 2:
        return None
    yy = m.group("yy")
    if m.group("fyy"):
        year = _short_year(int(m.group("fyy")))
    else:
        year = int(m.group("year")) if m.group("year") else century_of_two_digits(int(yy))
    return Spec("cal", gran=unit, year=year, **_numbered(unit, number))


# "the quarter ended June 30", "the quarter ending Sept. 30": the end date names it
_QUARTER_ENDING = re.compile(
    rf",?\s+(?:(?:that|which)\s+)?(?i:ended|ending|ends|end|through|to)\s+(?P<mon>{MONTH})\s*"
    rf"(?P<day>\d\d?)(?:,?\s+(?P<year>{YEAR})\b)?")


def latest_quarter(m: re.Match[str], text: str) -> Spec | None:
    word = (m.group("w") or "").lower()
    if m.group("unit").lower() == "period" and not word:
        return None
    if not word and CHANGE_ON_THE.search(text, max(0, m.start() - 30), m.start()):
        return None  # "GDP grew 0.6% on the quarter": quarter on quarter
    spec = Spec("latest_quarter", gran="quarter")
    ending = _QUARTER_ENDING.match(text, m.end())
    if ending is not None and not word:
        month = month_number(ending.group("mon"))
        if month % 3 == 0:  # a calendar quarter; a fiscal one ending in July stays "latest"
            spec.quarter = month // 3
            if ending.group("year"):  # "the quarter ended Sept. 30, 2019": that year's
                return Spec("cal", gran="quarter", quarter=month // 3,
                            year=int(ending.group("year")))
    if "ago" in word or "earlier" in word or "year" in word:
        # gran None for "period": after "the nine months" it means a whole year
        gran = "quarter" if m.group("unit").lower() == "quarter" else None
        return Spec("ref", unit="year", count=-1, gran=gran, rel="quarter")
    return spec


def period_of_year(m: re.Match[str], text: str) -> Spec:
    """A reporting period named by its year or as last year's: "the 1988 period",
    "the corresponding period last year", "last year's quarter". Financial reports
    mean the quarter under discussion, so the resolver takes the most recent quarter
    and moves it to that year."""
    groups = m.groupdict()
    gran = None if "period" in m.group(0).lower() else "quarter"
    spec = Spec("ref", unit="year", count=-1, gran=gran, rel="quarter")
    if groups.get("year") or groups.get("year2"):
        spec.year = int(groups.get("year") or groups["year2"])
    elif (groups.get("rely") or "").lower() == "this":
        spec.count = 0
    return spec


def weekday_before(m: re.Match[str], text: str) -> Spec | None:
    """"The Friday before, he had bought a gun", "the Monday after": that weekday before
    (after) the day under discussion, as "the previous Friday" ("the following Monday")."""
    if not m.group("the"):
        return None  # "on Friday after ..." is the weekday rule's
    rel = "the previous" if m.group("dir").lower() == "before" else "the following"
    return Spec("weekday", weekday=weekday_number(m.group("wd")), rel=rel, gran="day")


def weekdays_ago(m: re.Match[str], text: str) -> Spec | None:
    """"two Saturdays ago": the last Saturday, moved back by one week less than the
    count."""
    if not m.group("num"):
        return None
    count = word_number(m.group("num"))
    if count is None or not float(count).is_integer() or not 1 <= count <= 52:
        return None
    base = Spec("weekday", weekday=weekday_number(m.group("wd")), rel="last", gran="day")
    return Spec("offset", unit="week", count=-(int(count) - 1), gran="day", base=base)


# a verb of saying and the day it was said, right before "that": "said on Tuesday that",
# "told reporters late Monday that"
_VERB_DAY_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(THAT_CLAUSE_VERBS)) + r")\s+(?:(?:reporters|journalists|lawmakers"
    r"|parliament|Parliament|us|me|him|her|them)\s+)?(?:(?:on|late|early)\s+)?"
    rf"(?:{WEEKDAY}|today|yesterday)\s+\Z")


def weekday(m: re.Match[str], text: str) -> Spec | None:
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower()) or None
    clause_start = None
    if rel == "that" and m.start("rel") == m.start() \
            and (preceding_word(text, m.start("rel")) in THAT_CLAUSE_VERBS
                 or _VERB_DAY_BEFORE.search(text, max(0, m.start() - 60), m.start())):
        # "insisted that Tuesday's vote had been rigged", "said on Tuesday that Saturday's
        # elections would hold": "that" opens the clause
        rel = None
        clause_start = m.end("rel") + len(text[m.end("rel"):m.end()]) \
            - len(text[m.end("rel"):m.end()].lstrip())
    wd = weekday_number(m.group("wd"))
    part_word = (m.group("pod") or "").lower()
    at_night = bool(m.groupdict().get("overnight"))
    if at_night and not part_word:
        part_word = "night"
    daybreak = (m.groupdict().get("daybreak") or "").lower()
    if daybreak and not part_word:
        part_word = DAYBREAK_WORDS[re.sub(r"\s+", " ", daybreak)]
    plural = bool(m.group("plural")) or part_word.endswith("s")
    part_word = part_word.rstrip("s")
    mod, clamp = prefix_mod(m)
    qualifier = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, m.start("wd") - 12):m.start("wd")])
    if not rel and qualifier and qualifier.group(1).lower() in WEEKDAY_NAME_QUALIFIERS:
        return None  # "Black Friday", "Super Tuesday": named days, not last Friday
    head = re.match(r"[ \t]+([A-Z][a-z]+)\b", text[m.end():m.end() + 20])
    if m.group("wd")[:1].isupper() and not part_word and head \
            and head.group(1).lower() in WEEKDAY_NAME_HEADS:
        return None  # "The Sunday Times", "the Mail on Sunday" is left alone
    if not part_word and not rel and text[m.end():m.end() + 1] in (" ", "\t") and \
            f"{m.group('wd').lower()} {following_word(text, m.end())}" in WEEKDAY_IDIOMS:
        return None  # "the Sunday school teacher"
    if (m.group("pod") or "")[:1].isupper() and head \
            and head.group(1).lower() in WEEKDAY_PART_SHOW_HEADS:
        return None  # "Saturday Night Live": a show
    if plural:
        value = f"XXXX-WXX-{wd + 1}" + (f"T{PARTS_OF_DAY[part_word]}" if part_word else "")
        return Spec("set", type="SET", value=value, gran="day")
    spec = Spec("weekday", weekday=wd, rel=rel, gran="day", mod=mod, clamp=clamp)
    if m.group("wrel"):
        if rel:
            return None
        # "Monday of last week", "Friday next week": that weekday of the week named
        spec.rel = "week" + str(_REL_OFFSETS[m.group("wrel").lower()])
    if part_word:
        spec.type, spec.gran, spec.part = "TIME", "time", PARTS_OF_DAY[part_word]
    if m.groupdict().get("wclock"):
        if plural or part_word:
            return None
        spec.type, spec.gran = "TIME", "time"
        spec.clock = (24, 0) if m.group("wclock").lower() == "midnight" else (12, 0)
    if m.groupdict().get("wpost"):
        if rel or part_word:  # "next Monday week", "Tuesday night last": left as they were
            return Mention(m.start(), m.end("pod") if m.group("pod") else m.end("wd"), spec)
        # "Monday week": the one a week after the coming Monday; "Friday last": last Friday
        spec.rel = {"week": "after_next", "fortnight": "fortnight_after_next"}.get(
            m.group("wpost").lower(), "last")
    if at_night and m.group("pod"):
        return Mention(m.start("wd"), m.end(), spec)  # "overnight on Wednesday night"
    if clause_start is not None:
        return Mention(clause_start, m.end(), spec)
    return spec


_STRETCH_ENDED = re.compile(r"\s+(?:that\s+|which\s+)?(?:ended|ending)\b")


def fiscal_year(m: re.Match[str], text: str) -> Spec | None:
    rel = (m.group("rel") or m.group("rel2") or "current").lower()
    mod, clamp = prefix_mod(m)
    whole = rel in ("full", "whole", "entire")  # the fiscal year itself, all of it
    if not ((m.group("rel") and not whole) or m.group("rel2") or mod or clamp) and (
            _STRETCH_ENDED.match(text, m.end()) or _STRETCH_TO.match(text, m.end())):
        # "in the fiscal year ended Jan. 31", "the financial year to March": twelve
        # months closed by the date that follows (TimeBank: DURATION P1Y)
        return Spec("duration", type="DURATION", count=1, unit="year")
    return Spec("dct", unit="year", count=_REL_OFFSETS.get(rel, 0), gran="year", mod=mod,
                clamp=clamp)


def fiscal_short_year(m: re.Match[str], text: str) -> Spec:
    """"FY23", "FY '24": company filings shorten the fiscal year to two digits; like
    "FY2024" it is dated as the calendar year it is named after (the century pivots
    at 50, so "FY99" stays in the 1900s)."""
    mod, clamp = prefix_mod(m)
    return Spec("cal", year=_short_year(int(m.group("yy"))), gran="year", mod=mod, clamp=clamp)


def _short_year(short: int) -> int:
    """A two-digit fiscal year: the century pivots at 50 ("FY99" is 1999)."""
    return (2000 if short < 50 else 1900) + short


def turn_of(m: re.Match[str], text: str) -> Spec | None:
    """"the turn of the century": about the first year of a century (of the publication
    date's, unless one is named), TimeML's APPROX."""
    if not m.group("the"):
        return None
    if m.group("last"):
        if m.group("ord") or m.group("unit").lower() != "century":
            return None
        # "the turn of the last century": about 1900, seen from this one
        return Spec("dct", unit="century", count=-1, gran="year", out="year", mod="APPROX")
    if m.group("unit").lower() == "millennium":
        year = 2000 if not m.group("ord") else None
    elif m.group("ord"):
        word = m.group("ord").lower()
        number = ORDINALS.get(word) or int(re.match(r"\d+", word).group())  # type: ignore[union-attr]
        year = (number - 1) * 100 if 1 <= number <= 30 else None
    else:
        return Spec("dct", unit="century", count=0, gran="year", out="year", mod="APPROX",
                    rel="turn")
    if year is None:
        return None
    return Spec("cal", year=year, gran="year", mod="APPROX")


def year_end(m: re.Match[str], text: str) -> Spec:
    unit = m.group("unit").lower()
    rel = (m.group("rely") or "this").lower()
    return Spec("dct", unit=unit, count=_REL_OFFSETS[rel], gran=unit, mod="END")


def spoken_year(m: re.Match[str], text: str) -> Spec | None:
    """"nineteen ninety-four"; "two thousand (and) one" only after "the year" or a
    temporal preposition, since elsewhere it is a count."""
    if m.groupdict().get("century") is None:
        before = preceding_word(text, m.start())
        if not m.groupdict().get("the") and before not in ("in", "since", "until", "by") \
                and not (before == "of" and m.group("rest")
                         and not re.match(r"\s+[a-z]+s\b", text[m.end():m.end() + 20])):
            return None  # "the crisis of two thousand and eight" ("a total of two
            # thousand and eight votes" is a count)
        rest = word_number(m.group("rest")) if m.group("rest") else 0
        return Spec("cal", year=2000 + int(rest or 0), gran="year")
    year = year_number(m.group(0).lower().removeprefix("the year").strip())
    return None if year is None else Spec("cal", year=year, gran="year")
