"""Builders: each reads one rule's match groups into a :class:`Spec`.

A builder returns ``None`` to veto a match (context a regex cannot express
cheaply, e.g. "1953 people"), a :class:`Mention` to narrow the span, or a list
of mentions for the two ends of a range.
"""

from __future__ import annotations

import re
from dataclasses import replace

from service.temporal.regex_parts import (
    _I,
    APPROX,
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
)
from service.temporal.spec import (
    Mention,
    Spec,
)
from service.temporal.tense import sentence_bounds, tense_at
from service.temporal.vocabulary import (
    AMBIGUOUS_MONTHS,
    ANAPHORIC_RELS,
    APPROX_WORDS,
    COUNT_NOUNS,
    DATED_EVENT_NOUNS,
    DAY_WORD_OFFSETS,
    DAYBREAK_WORDS,
    FIXED_HOLIDAYS,
    FREQUENCY_ADVERBS,
    HOLIDAY_NAME_NOUNS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NAMED_DAYS,
    NOT_PAST_ED,
    NTH_WEEKDAY,
    ONES,
    ORDINALS,
    OVERNIGHT_STAY_VERBS,
    PART_WORDS,
    PARTS_OF_DAY,
    PAST_CUES,
    SEASONS,
    STREET_SUFFIXES,
    TEENS,
    TENS,
    THAT_CLAUSE_VERBS,
    TITLE_NOUNS,
    UNIT_SPELLINGS,
    VAGUE_EXPRESSIONS,
    VAGUE_QUANTITIES,
    VAGUE_UNIT_ADJECTIVES,
    WEEKDAY_IDIOMS,
    WEEKDAY_NAME_HEADS,
    WEEKDAY_NAME_QUALIFIERS,
    WEEKDAY_PART_SHOW_HEADS,
    WEEKDAYS,
)


def century_of_two_digits(yy: int) -> int:
    """A two-digit year as news means it: "'24", "3Q24" are 2024, "'87" is 1987."""
    return 2000 + yy if yy < 50 else 1900 + yy


def _part_of(m: re.Match[str], spec: Spec) -> None:
    """"Christmas night": that part of the day named (TIME, e.g. 2023-12-25TNI)."""
    pod = m.groupdict().get("pod")
    if pod:
        spec.type, spec.gran, spec.part = "TIME", "time", PARTS_OF_DAY[pod.lower()]


def explicit_date(m: re.Match[str], text: str) -> Spec | list[Mention] | None:
    month = month_number(m.group("mon"))
    day = day_number(m.group("day"))
    if not day or (m.group("day2") and not day_number(m.group("day2"))):
        return None
    year = int(m.group("year")) if m.group("year") else None
    mod, clamp = prefix_mod(m)
    spec = Spec("cal", year=year, month=month, day=day, gran="day", mod=mod, clamp=clamp)
    if m.groupdict().get("wd"):
        spec.weekday = weekday_number(m.group("wd"))
    if m.groupdict().get("weekof"):
        if m.groupdict().get("day2"):
            return None
        spec.out, spec.gran = "week", "week"  # "the week of March 6": the week containing it
    day2 = m.groupdict().get("day2")
    if not day2:
        return spec
    # "March 3-5": two dates, the second sharing month and year.
    end_spec = Spec("cal", year=year, month=month, day=day_number(day2), gran="day")
    d1, d2 = m.span("day"), m.span("day2")
    if d1 < d2:
        first = Mention(m.start(), d1[1], spec)
        second = Mention(d2[0], d2[1], end_spec)
        if m.group("year"):
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
        year = int(m.group("year")) if m.group("year") else None
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
    if m.groupdict().get("day2"):
        first = Mention(m.start(), m.end("day"), spec)
        other = Spec("cal", year=year, month=month, day=day_number(m.group("day2")),
                     gran="day")
        return [first, Mention(m.start("day2"), m.end(), other)]
    return spec


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
    else:
        month, day = (b, a) if b <= 12 else (a, b)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Spec("cal", year=year, month=month, day=day, gran="day")


def iso_week(m: re.Match[str], text: str) -> Spec | None:
    week = int(m.group("w"))
    if not 1 <= week <= 53:
        return None
    return Spec("cal", year=int(m.group("y")), week=week, gran="week")


# the middle day of each week of a month: the ISO week holding it holds most of that week
_WEEK_OF_MONTH_DAY = {"first": 4, "1st": 4, "second": 11, "2nd": 11, "third": 18, "3rd": 18,
                      "fourth": 25, "4th": 25, "last": 25, "final": 25}


def week_of_month(m: re.Match[str], text: str) -> Spec:
    """"the first week of April", "the last week of February": the ISO week that holds
    most of those seven days (a month's last week is its last seven)."""
    month = month_number(m.group("mon"))
    ordinal = m.group("ord").lower()
    spec = Spec("cal", month=month, day=_WEEK_OF_MONTH_DAY[ordinal], gran="day", out="week")
    if ordinal in ("last", "final"):
        spec.rel = "last_week"  # the resolver counts back from the month's last day
    if m.group("year"):
        spec.year = int(m.group("year"))
    return spec


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
        "4th": 4, "fifth": 5, "5th": 5, "last": -1, "final": -1}


def weekday_of_month(m: re.Match[str], text: str) -> Spec:
    """"the first Monday in October", "the last Friday of September 2025": that day,
    resolved like a holiday defined the same way (Labor Day is the first Monday of
    September)."""
    month = month_number(m.group("mon"))
    weekday = weekday_number(m.group("wd"))
    n = _NTH[m.group("ord").lower()]
    year = int(m.group("year")) if m.group("year") else None
    return Spec("holiday", value=f"{NTH_WEEKDAY} {month} {weekday} {n}", year=year, gran="day")


def month_year(m: re.Match[str], text: str) -> Spec:
    mod, clamp = prefix_mod(m, clamp_mod=False)
    return Spec("cal", year=int(m.group("year")), month=month_number(m.group("mon")),
                gran="month", mod=mod, clamp=clamp)


_REL_OFFSETS = {
    "last": -1, "past": -1, "previous": -1, "this past": -1, "next": 1, "this coming": 1,
    "coming": 1, "this": 0, "current": 0, "the current": 0, "following": 1,
}


# one or two capitalised words and then a lower-case one: a month name is a person's
# first name ("August Wilson wrote", "June Carter Cash recorded"); a Title Case headline
# ("August Jobs Report Beats Forecasts") has no lower-case word to end the name
_FIRST_NAME = re.compile(r"[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z]+)?"
                         r"(?:,?[ \t]+|['’]s[ \t]+)[a-z]")


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
        and _CONTRACT_MONTH.match(text, m.end()) is not None
    if name.lower().rstrip(".") in AMBIGUOUS_MONTHS and bare:
        before_noun = _MONTH_AS_ADJECTIVE.search(text, max(0, m.start() - 20), m.start()) \
            and _MONTH_EVENT_NOUN.match(text, m.end())
        if preceding_word(text, m.start()) not in TEMPORAL_PREPOSITIONS and not before_noun \
                and not contract:
            return None
        if name.lower() == "may" and following_word(text, m.end()) in ("be", "have", "not"):
            return None
    if bare and _FIRST_NAME.match(text, m.end()) and name[-1:] != "." \
            and preceding_word(text, m.start()) not in TEMPORAL_PREPOSITIONS | DETERMINERS:
        return None  # "playwright August Wilson wrote", "Officer June Patterson testified"
    spec = Spec("named", month=month_number(name), gran="month", mod=mod, clamp=clamp)
    if bare and (_FIGURES_FOR.search(text, max(0, m.start() - 40), m.start())
                 or _MONTH_FIGURES.match(text, m.end())):
        spec.clamp = "reported"  # "retail sales data for November", "the October figures"
    elif contract:
        spec.clamp = "delivery"
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


# "the May meeting", "the Fed's March decision", "its May figures": after an article or a
# possessive and before the noun of a meeting or a release, "May" and "March" are months
_MONTH_AS_ADJECTIVE = re.compile(
    r"(?:\b(?:the|its|their|his|her|our|regular|scheduled)|\w['’]s?)\s+\Z",
    re.IGNORECASE)
_MONTH_EVENT_NOUN = re.compile(
    r"\s+(?:policy\s+|rate[\s-]+setting\s+|monetary\s+policy\s+)?(?:meetings?|decisions?"
    r"|figures|data|reports?|readings?|statements?|surveys?|print|budget|elections?|votes?"
    r"|sessions?|minutes|forecasts?|projections|deadline|payrolls|jobs\s+report|CPI"
    r"|inflation|numbers|release|review|hike|cut|auction|update|outlook)\b")


# a futures contract named by its delivery month ("the more actively traded June contract
# fell", "crude for May delivery", "December futures"): markets trade months still to
# come, so whatever the tense it is the nearest such month not yet over
# ("the March delivery of 20 jets", "a June contract with the club": a deal, not a market)
_CONTRACT_MONTH = re.compile(r"[ \t]+(?:contracts?|delivery|futures)\b"
                             r"(?![ \t]+(?:of|with|to)\b)", re.IGNORECASE)


# the figures of a month ("retail sales data for November, due Wednesday", "its October
# payrolls report"): statistics come out after the month they measure, so whatever the tense
# of their release the month is the latest one begun
_FIGURES_FOR = re.compile(
    r"\b(?:data|figures|numbers|statistics|readings?|sales|payrolls|index|results)"
    r"\s+for\s+\Z", re.IGNORECASE)
_MONTH_FIGURES = re.compile(
    r"\s+(?:(?:trade|jobs|employment|payrolls?|inflation|CPI|PPI|retail\s+sales|sales"
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
            or preceding_word(text, m.start("ana")) not in THAT_CLAUSE_VERBS:
        return spec
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
        if year < 1400 and preceding_word(text, m.start()) not in TEMPORAL_PREPOSITIONS:
            return None
    if year > 2099 and not fiscal \
            and preceding_word(text, m.start()) not in _FAR_YEAR_PREPOSITIONS:
        return None  # "by 2100", "in 2150"; "a 2500-seat hall", "Windows 2200" are no years
    return Spec("cal", year=year, gran="year", mod=mod, clamp=clamp)


_PROGRAM_NAME = re.compile(r"\b(?:Project|Vision|Agenda|Horizon|Mission)\s+\Z")

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
    if m.groupdict().get("words") and preceding_word(text, m.start()) in _POSSESSIVES:
        return None  # "a man in his sixties", "in her early forties": an age, not a decade
    return Spec("cal", decade=decade, gran="decade", mod=mod, clamp=clamp)


_POSSESSIVES = frozenset({"his", "her", "their", "my", "your", "our"})


def century(m: re.Match[str], text: str) -> Spec | None:
    mod, clamp = prefix_mod(m)
    word = m.group("ord").lower()
    number = ORDINALS.get(word)
    if number is None:
        number = int(re.match(r"\d+", word).group())  # type: ignore[union-attr]
    if not 1 <= number <= 30:
        return None
    return Spec("cal", century=number - 1, gran="century", mod=mod, clamp=clamp)


def season(m: re.Match[str], text: str) -> Spec | Mention | None:
    season = SEASONS[m.group("season").lower()]
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower()) or None
    mod, clamp = prefix_mod(m)
    year = int(m.group("year")) if m.group("year") else None
    if year is None and rel is None:
        rel = _anaphoric(m)
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
        return Spec("cal", year=year, season=season, gran="season", mod=mod, clamp=clamp)
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

_OF_LONGER_PERIOD = re.compile(
    r"\s+of\s+(?:the|this|that|a|last|next)\s+(?:(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+)[\s-]+)?"
    r"(?:century|decade|millennium)\b|\s+of\s+the\s+(?:\d{4}|['’]?\d\d)['’]?s\b",
    re.IGNORECASE)

_QUARTER_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
                "3rd": 3, "4th": 4, "final": 4, "last": 4}


def quarter(m: re.Match[str], text: str) -> Spec | Mention | None:
    groups = m.groupdict()
    unit = "half" if (groups.get("unit") or "").lower().startswith("half") else "quarter"
    if groups.get("q"):
        number = int(groups["q"])
        unit = "half" if groups["qh"].upper() == "H" else "quarter"
    else:
        number = _QUARTER_ORD[groups["ord"].lower()]
    year = groups.get("year") or groups.get("year0")
    rely = (groups.get("rely") or "").lower().replace("the", "this")
    if (groups.get("ord") or "").lower() in ("last", "final"):
        if not (year or rely):
            return None  # "in the last quarter": the most recent one, another rule's
        number = 2 if unit == "half" else 4  # "the last half of 1989"
    if unit == "half" and number > 2 or number > 4:
        return None
    if not (year or rely or groups.get("q")) and _OF_LONGER_PERIOD.match(text, m.end()):
        return None  # "the first half of the century": not a half of a year
    mod, clamp = prefix_mod(m)
    if not (year or rely or groups.get("ago") or groups.get("q")) and _SPORTS.search(
            text, *sentence_bounds(text, m.start(), m.end())):
        return None  # "scored twice in the second half": a half of the match
    spec = Spec("named", gran=unit, mod=mod, clamp=clamp)
    if unit == "half":
        spec.half = number
    else:
        spec.quarter = number
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


_FIFTY_RUNS = re.compile(r"[\s-]+(?:off|from|in)\s+\d+\s+(?:balls|deliveries)\b")
_FIFTY_RUNS_BEFORE = frozenset({"scored", "scores", "score", "scoring", "made", "hit", "struck",
                                "reached", "reach", "brought", "his", "her", "their", "maiden",
                                "second", "third", "fine", "quickfire", "brisk", "patient"})


def half_century(m: re.Match[str], text: str) -> Spec | None:
    """"the past half-century" (P50Y, ending now), "a half-century ago" (50 years back);
    a batter's "half-century" is fifty runs."""
    if m.group("the") and not m.group("anch"):
        return None  # "the half-century mark"
    if preceding_word(text, m.start()) in _FIFTY_RUNS_BEFORE or _FIFTY_RUNS.match(text, m.end()):
        return None  # "scored a half-century off 35 balls"
    mod = APPROX_WORDS.get(re.sub(r"\s+", " ", (m.group("mod") or "").lower()))
    direction = (m.group("dir") or "").lower()
    if direction:
        sign = 1 if direction == "later" else -1
        return Spec("dct" if direction == "ago" else "ref", unit="year", count=50 * sign,
                    gran="year", out="year", mod=mod, rel="shift")
    return Spec("duration", type="DURATION", count=50, unit="year",
                anchored=_anchoring(m.group("anch")), mod=mod)


_FUNCTION_FOLLOWERS = frozenset("""
of or and to in on at for later earlier ago before after from with by the a an each every per
into than as when while until till is was are were will would has had have""".split())


def half_unit(m: re.Match[str], text: str) -> Spec | Mention | None:
    """"add a half-hour" (PT30M), "a half-hour special" (the adjective without the
    article), "every half hour" (a set)."""
    unit = m.group("unit").lower()
    article = (m.group("art") or "").strip().lower()
    if article == "the":
        return None  # "on the half hour": a clock position
    value = duration_value(0.5, unit, fraction=True)
    if article in ("every", "each", "per"):
        return Spec("set", type="SET", value=value, quant="EACH" if article == "per"
                    else article.upper())
    mod = APPROX_WORDS.get(re.sub(r"\s+", " ", (m.group("mod") or "").lower()))
    spec = Spec("duration", type="DURATION", count=0.5, unit=unit, fraction=True, mod=mod)
    follower = re.match(r"[ \t]+([a-z]+)\b", text[m.end():m.end() + 30])
    if article and not mod and follower and follower.group(1) not in _FUNCTION_FOLLOWERS:
        # "a half-hour special": the article is the noun's ("half" and one separator
        # stand before the unit)
        return Mention(m.start("unit") - len("half "), m.end(), spec)
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


def long_adjective(m: re.Match[str], text: str) -> Spec:
    """"Weeklong", "year-long" (one unit), "monthslong", "decades-long" (unknown count)."""
    word = m.group("unit").lower()
    unit = UNIT_SPELLINGS[word]
    count = None if word != unit else 1
    return Spec("duration", type="DURATION", count=count, unit=unit)


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
    year = int(m.group("year")) if m.group("year") else century_of_two_digits(int(yy))
    spec = Spec("cal", gran=unit, year=year)
    if unit == "half":
        spec.half = number
    else:
        spec.quarter = number
    return spec


# "the quarter ended June 30", "the quarter ending Sept. 30": the end date names it
_QUARTER_ENDING = re.compile(
    rf",?\s+(?:(?:that|which)\s+)?(?i:ended|ending|ends|end|through|to)\s+(?P<mon>{MONTH})\s*"
    rf"(?P<day>\d\d?)(?:,?\s+(?P<year>{YEAR})\b)?")


def latest_quarter(m: re.Match[str], text: str) -> Spec | None:
    word = (m.group("w") or "").lower()
    if m.group("unit").lower() == "period" and not word:
        return None
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
    if groups.get("year"):
        spec.year = int(groups["year"])
    elif (groups.get("rely") or "").lower() == "this":
        spec.count = 0
    return spec


_SENTENCE_START = re.compile(r"(?:\A|[.!?][\"”’']?\s+|\n\s*)\Z")


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
    unit = m.group("unit").lower()
    mod, clamp = prefix_mod(m)
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
        if rel in ("the next", "the coming") and not (mod or clamp):
            return Spec("duration", type="DURATION", count=1, unit=unit, anchored="next")
        return None
    rel = {"that same": "that", "the very same": "the same"}.get(rel, rel)
    if rel in ("the previous", "the following", "the next", "that", "the same",
               "the preceding"):
        offset = {"the previous": -1, "the following": 1, "the next": 1,
                  "the preceding": -1}.get(rel, 0)
        if rel == "the next" and unit in ("month", "week", "decade", "quarter") \
                and tense_at(text, m.start(), m.end()) != "past" \
                and not (_SENTENCE_START.search(text, max(0, m.start() - 3), m.start())
                         and text.startswith(",", m.end())):
            # "over the next month": a stretch ahead ("The next month, it cut again": a
            # fronted time adverbial, the month after the one the story named)
            return Spec("duration", type="DURATION", count=1, unit=unit, anchored="next")
        return Spec("ref", unit=unit, count=offset, gran=unit, mod=mod, clamp=clamp)
    offset = _REL_OFFSETS.get(rel.replace("the ", ""), 0)
    return Spec("dct", unit=unit, count=offset, gran=unit, mod=mod, clamp=clamp)


_GENERIC_TODAY = re.compile(
    r"['’]s\s+(?:world|youth|society|generation|generations|young|children|kids|leaders"
    r"|dollars|standards|terms|economy|consumers|students|teenagers|voters)\b")


# publications named "... Today" (a capitalised "Today" right after these)
_TODAY_TITLE = re.compile(r"\b(?:USA|India|Pakistan|Business|Russia|Psychology|Nigeria|China"
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


def all_period(m: re.Match[str], text: str) -> Spec | None:
    """"Sirens have sounded all morning", "advisories stayed in effect all weekend": the
    whole of the part of the day (the weekend) the story is in."""
    unit = m.group("unit").lower()
    if unit == "weekend":
        return Spec("named", weekend=True, gran="weekend")  # the weekend by tense
    spec = Spec("dct", unit="day", count=0, type="TIME", gran="time", part=PARTS_OF_DAY[unit])
    if unit == "night" and tense_at(text, m.start(), m.end()) == "past":
        spec.count = -1  # "rescuers dug all night": the night before the story
    return spec


def overnight(m: re.Match[str], text: str) -> Spec | None:
    """Adverbial "overnight" ("drones struck overnight, officials said") is the night
    just before the story (TimeML TNI), or the coming one when the sentence looks
    ahead ("storms will continue overnight")."""
    if preceding_word(text, m.start()) in OVERNIGHT_STAY_VERBS:
        return None  # "was kept overnight": how long, not which night
    into = _INTO_WEEKDAY.match(text, m.end())
    if into:
        # "snow will fall overnight into Thursday": the night that ends on that weekday,
        # which is Wednesday night, placed like any bare weekday by the clause's tense
        before = (weekday_number(into.group("wd")) - 1) % 7
        return Spec("weekday", weekday=before, gran="time", type="TIME",
                    part=PARTS_OF_DAY["night"])
    ahead = tense_at(text, m.start(), m.end()) == "future"
    return Spec("dct", unit="day", count=0 if ahead else -1, gran="time", type="TIME",
                part=PARTS_OF_DAY["night"])


_INTO_WEEKDAY = re.compile(rf"\s+(?i:into)\s+(?P<wd>{WEEKDAY})\b(?!\s+(?i:morning|afternoon))")


def weekday(m: re.Match[str], text: str) -> Spec | None:
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower()) or None
    clause_start = None
    if rel == "that" and m.start("rel") == m.start() \
            and preceding_word(text, m.start("rel")) in THAT_CLAUSE_VERBS:
        # "insisted that Tuesday's vote had been rigged": "that" opens the clause
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
    if m.groupdict().get("wpost"):
        if rel or part_word:  # "next Monday week", "Tuesday night last": left as they were
            return Mention(m.start(), m.end("pod") if m.group("pod") else m.end("wd"), spec)
        # "Monday week": the one a week after the coming Monday; "Friday last": last Friday
        spec.rel = "after_next" if m.group("wpost").lower() == "week" else "last"
    if at_night and m.group("pod"):
        return Mention(m.start("wd"), m.end(), spec)  # "overnight on Wednesday night"
    if clause_start is not None:
        return Mention(clause_start, m.end(), spec)
    return spec


_UNIT_GRAN = {"day": "day", "week": "week", "weekend": "weekend", "fortnight": "week",
              "month": "month", "quarter": "quarter", "year": "year", "decade": "decade",
              "century": "century"}


_FRACTIONS = {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75, "½": 0.5, "¼": 0.25, "¾": 0.75}


def _has_fraction(m: re.Match[str]) -> bool:
    groups = m.groupdict()
    return any(groups.get(g) for g in ("half", "half2", "frac", "ufrac")) \
        or (m.group("num") or "").lower().startswith("half")


def _count(m: re.Match[str]) -> float | None:
    """The number of units, with "2 1/2", "two and a half", "a minute and a half",
    "66 million"."""
    count = word_number(m.group("num"))
    groups = m.groupdict()
    if groups.get("mult") and count is not None:
        count *= 1_000_000 if groups["mult"].lower() == "million" else 1_000_000_000
        return int(count) if float(count).is_integer() else count
    extra = 0.5 if groups.get("half") or groups.get("half2") else \
        _FRACTIONS.get(groups.get("frac") or groups.get("ufrac") or "", 0)
    if extra and count is not None:
        return count + extra
    return count


def _ago(m: re.Match[str], text: str) -> Spec | None:
    count = _count(m)
    unit = UNIT_SPELLINGS[m.group("unit").lower()]
    direction = re.sub(r"\s+", " ", m.group("dir").lower())
    mod = APPROX_WORDS.get(re.sub(r"\s+", " ", (m.group("mod") or "").lower()))
    if m.group("orso"):
        mod = "APPROX"
    if m.group("anch"):
        return None
    if direction in ("before", "after", "prior"):
        following = text[m.end():m.end() + 3]
        if following[:1].isalnum() or following.strip()[:1].isalnum():
            return None  # "two days before the vote": a duration, left to the duration rule
    if direction in ("earlier", "later") and _THAN.match(text, m.end()):
        return None  # "two weeks later than planned": a difference, not a date
    if count is None and direction not in ("ago", "from now", "hence", "back"):
        # "a few days later", "several weeks earlier": after or before the day the story
        # last named, by an amount too vague to move it by ("two hours later" stays a
        # duration, as TimeBank has it)
        return _vague_shift(unit, direction, mod)
    if unit in ("second", "minute", "hour"):
        if direction not in ("ago", "from now", "hence") \
                or (count is not None and not float(count).is_integer()):
            return None  # "two hours later" stays a duration, as TimeBank has it
        # "Updated 34 minutes ago", "the blast a few hours ago": a moment of the
        # publication day, the finest a publication date can place it (a day per 24 hours)
        hours = int(count or 0) * {"second": 1 / 3600, "minute": 1 / 60, "hour": 1}[unit]
        sign = -1 if direction == "ago" else 1
        return Spec("dct", unit="day", count=sign * int(hours // 24), gran="day", out="day",
                    mod=mod, rel="shift")
    steps = {"fortnight": ("week", 2)}.get(unit, (unit, 1))
    unit, factor = steps
    sign = -1 if direction in ("ago", "earlier", "before", "back", "previously", "prior") else 1
    if count is None:
        return Spec("vague", value="PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod)
    if not float(count).is_integer():
        # "half a century ago", "a year and a half ago": whole years (months) back
        finer, per = _FINER_UNIT.get(unit, (unit, 1))
        if not float(count * per).is_integer():
            return None
        unit, count = finer, count * per
    count = int(count) * factor * sign
    anchor = "dct" if direction in ("ago", "from now", "hence", "back") else "ref"
    out = {"week": "day", "decade": "year", "century": "year"}.get(unit, _UNIT_GRAN[unit])
    return Spec(anchor, unit=unit, count=count, gran=out, out=out, mod=mod, rel="shift")


# the unit a fractional count of a unit is a whole count of
_FINER_UNIT = {"century": ("year", 100), "decade": ("year", 10), "year": ("month", 12),
               "week": ("day", 7)}

_AGO_DAY_BASES = {"today": Spec("dct", unit="day", count=0, gran="day"),
                  "tonight": Spec("dct", type="TIME", unit="day", count=0, gran="time",
                                  part="NI"),
                  "this week": Spec("dct", unit="day", count=0, gran="week"),
                  "this month": Spec("dct", unit="day", count=0, gran="month")}


def _ago_day(m: re.Match[str], dated: Spec | None) -> Spec | Mention | None:
    """"80 years ago Thursday", "30 years ago tonight": the day (night, week, month)
    named, moved back by the count; the count alone when it is no whole number of
    calendar units ("two hours ago today")."""
    if dated is None or dated.kind != "dct" or dated.rel != "shift" \
            or dated.unit not in ("week", "month", "year", "decade", "century") \
            or dated.count is None or dated.count >= 0:
        return Mention(m.start(), m.end("dir"), dated) if dated is not None else None
    day = re.sub(r"\s+", " ", m.group("agoday").lower())
    base = _AGO_DAY_BASES.get(day)
    if base is None:
        base = Spec("weekday", weekday=weekday_number(day), gran="day")
    # "this week": the publication day moved back, then the week around it
    return Spec("offset", unit=dated.unit, count=dated.count, out="base", mod=dated.mod,
                gran=base.gran if base.gran in ("week", "month") else None,
                base=replace(base, gran="day") if base.gran in ("week", "month") else base)


_WAR_NAME = re.compile(r"['’]?\s+War\b")
# cricket's limited-overs format: "the one-day series", "50 one-day internationals"
_ONE_DAY_FORMAT = re.compile(
    r"\s+(?:series|internationals?|ODIs?|format|cricket|squad|side|team|cup|rankings?"
    r"|matches|match|games?|tournament|trophy|world\s+cup|captain|captaincy|debut|career)\b",
    re.IGNORECASE)
_THAN = re.compile(r"\s+than\b", re.IGNORECASE)
# "cut rates by a quarter point", "a half-point hike": a share of a point, not a span
_SHARE_OF_POINT = re.compile(r"[\s-]+(?:percentage[\s-]+)?(?:points?|pts?)\b", re.IGNORECASE)


def _vague_shift(unit: str, direction: str, mod: str | None) -> Spec:
    sign = -1 if direction in ("earlier", "before", "previously", "prior") else 1
    return Spec("vague_shift", unit={"fortnight": "week"}.get(unit, unit), count=sign, mod=mod)


# a number right before a bare unit ("2 hours ago", "two hours later"): the number's
# phrase, not a vague "hours ago"
_COUNTED = re.compile(r"(?:\d|\b(?:" + "|".join([*ONES, *TEENS, *TENS]) + r"))[\s-]+\Z",
                      re.IGNORECASE)


def _counted(text: str, start: int) -> bool:
    return _COUNTED.search(text, max(0, start - 20), start) is not None


def vague_ago(m: re.Match[str], text: str) -> Spec | None:
    """"Riots broke out decades ago": some time back, how long unsaid."""
    if _counted(text, m.start()):
        return None
    return Spec("vague", value="PAST_REF")


def bare_units_shift(m: re.Match[str], text: str) -> Spec | None:
    """"Days later", "hours earlier", "moments later": a plural unit alone."""
    if _THAN.match(text, m.end()) or _counted(text, m.start()):
        return None  # "two hours later": the count's, a duration (TimeBank)
    unit = UNIT_SPELLINGS.get(m.group("unit").lower(), "minute")  # "moments"
    return _vague_shift(unit, m.group("dir").lower(), None)


def the_unit(m: re.Match[str], text: str) -> Spec | None:
    if m.group("unit")[:1].isupper() and text[m.start():m.start() + 1].islower():
        return None  # "Person of the Year", "Employee of the Month": a title
    unit = m.group("unit").lower()
    mod, clamp = prefix_mod(m)
    if not (mod or clamp) and _TO_VERB.match(text, m.end()):
        return None  # "the year to come", "gave them the week to decide": not a date
    if unit == "weekend":
        return Spec("named", weekend=True, gran="weekend", mod=mod, clamp=clamp)
    if unit in ("week", "month") and not (mod or clamp) and (
            _STRETCH_ENDING.match(text, m.end()) or _STRETCH_TO.match(text, m.end())):
        # "mortgage rates for the week ending Thursday", "sales in the month ended Feb.
        # 29": a stretch of one unit closed by the date that follows, as "the year ended"
        return Spec("duration", type="DURATION", count=1, unit=unit)
    if unit == "month" and not (mod or clamp):
        return None
    if unit in ("decade", "century"):
        # "the end of the decade": the publication date's; "the decade" alone is a span
        return Spec("dct", unit=unit, count=0, gran=unit, mod=mod, clamp=clamp) \
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
        # "for the year", "the first nine months of the year": the current year
        return Spec("dct", unit="year", count=0, gran="year")
    if m.groupdict().get("full") and unit != "year":
        return None
    return Spec("dct", unit=unit, count=0, gran=unit, mod=mod, clamp=clamp)


# "the first day of the month", "the first night of Hanukkah": a calendar day, not the
# day under discussion
_OF_CALENDAR = re.compile(
    rf"\s+of\s+(?:(?:the|this|next|last|each|every)\s+)?(?:(?i:month|year|week|decade"
    rf"|century|quarter|season|spring|summer|autumn|fall|winter|Ramadan|Hanukkah|Chanukah"
    rf"|Passover|Lent|Advent|Christmas|Easter|Eid|Diwali|Kwanzaa)\b|{MONTH}|\d)")


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


def unit_since(m: re.Match[str], text: str) -> Spec | Mention:
    """"the week since the invasion": one unit; "the months since": some, count unsaid
    (the plural without its article, as TimeBank tags "in the days that followed")."""
    unit = m.group("unit").lower()
    if unit.endswith("s"):
        return Mention(m.start("unit"), m.end("unit"),
                       Spec("duration", type="DURATION", count=None, unit=unit[:-1]))
    return Spec("duration", type="DURATION", count=1, unit=unit)


def weekends(m: re.Match[str], text: str) -> Spec | None:
    """"closed on weekends", "evenings and weekends": a set (XXXX-WXX-WE); "two
    weekends", "the past weekends" are counted or particular weekends, left alone."""
    if preceding_word(text, m.start()) not in ("on", "at", "and", "or", "during"):
        return None
    if re.match(r"[ \t]*(?:['’]|of\b)", text[m.end():m.end() + 4]):
        return None  # "on weekends' nights", "and weekends of the summer"
    return Spec("set", type="SET", value="XXXX-WXX-WE", gran="weekend")


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
# "in the year to March", "the week to Friday", "the year through June": statistics
# offices' stretches closed by the date that follows
_STRETCH_TO = re.compile(rf"\s+(?:to|through|thru)\s+(?:{WEEKDAY}|{MONTH})\b")


_STRETCH_ENDED = re.compile(r"\s+(?:that\s+|which\s+)?(?:ended|ending)\b")


def fiscal_year(m: re.Match[str], text: str) -> Spec | None:
    rel = (m.group("rel") or m.group("rel2") or "current").lower()
    mod, clamp = prefix_mod(m)
    if not (m.group("rel") or m.group("rel2") or mod or clamp) and (
            _STRETCH_ENDED.match(text, m.end()) or _STRETCH_TO.match(text, m.end())):
        # "in the fiscal year ended Jan. 31", "the financial year to March": twelve
        # months closed by the date that follows (TimeBank: DURATION P1Y)
        return Spec("duration", type="DURATION", count=1, unit="year")
    return Spec("dct", unit="year", count=_REL_OFFSETS.get(rel, 0), gran="year", mod=mod,
                clamp=clamp)


def elided_next(m: re.Match[str], text: str) -> Mention:
    """"growth of 3.2% this year and 3.3% next": the unit said once, the next one of it."""
    unit = m.group("unit").lower()
    return Mention(m.start("nx"), m.end("nx"), Spec("dct", unit=unit, count=1, gran=unit))


def new_year(m: re.Match[str], text: str) -> Spec:
    """"cutting rates in the new year": the year the next (or the latest) New Year's Day
    begins; written in the second half of a year it is the coming one, in the first half
    the one just begun (the publication month moved six months on, read as its year)."""
    mod, clamp = prefix_mod(m)
    return Spec("dct", unit="month", count=6, gran="year", out="year", mod=mod, clamp=clamp)


def named_day(m: re.Match[str], text: str) -> Spec:
    year, month, day = NAMED_DAYS[m.group(0)]
    return Spec("cal", year=year, month=month, day=day, gran="day")


def fiscal_short_year(m: re.Match[str], text: str) -> Spec:
    """"FY23", "FY '24": company filings shorten the fiscal year to two digits; like
    "FY2024" it is dated as the calendar year it is named after (the century pivots
    at 50, so "FY99" stays in the 1900s)."""
    short = int(m.group("yy"))
    return Spec("cal", year=(2000 if short < 50 else 1900) + short, gran="year")


def before_last(m: re.Match[str], text: str) -> Spec | None:
    """"the week before last": two units back from the publication date's."""
    if not m.group("unit"):
        return None
    unit = m.group("unit").lower()
    if unit == "night":
        return Spec("dct", type="TIME", unit="day", count=-2, gran="time",
                    part=PARTS_OF_DAY["night"])
    return Spec("dct", unit=unit, count=-2, gran=unit)


def to_date(m: re.Match[str], text: str) -> Spec | None:
    """"year to date": the current period up to the publication date."""
    if not m.group("unit"):
        return None
    if "-" in m.group(0) and re.match(r"[ \t]+[a-z]", text[m.end():m.end() + 3]):
        return None  # "a year-to-date gain": a kind of gain, as "a year-on-year rise"
    unit = m.group("unit").lower()
    return Spec("dct", unit=unit, count=0, gran=unit, clamp="earlier")


def turn_of(m: re.Match[str], text: str) -> Spec | None:
    """"the turn of the century": about the first year of a century (of the publication
    date's, unless one is named), TimeML's APPROX."""
    if not m.group("the"):
        return None
    if m.group("unit").lower() == "millennium":
        year = 2000 if not m.group("ord") else None
    elif m.group("ord"):
        word = m.group("ord").lower()
        number = ORDINALS.get(word) or int(re.match(r"\d+", word).group())  # type: ignore[union-attr]
        year = (number - 1) * 100 if 1 <= number <= 30 else None
    else:
        return Spec("dct", unit="century", count=0, gran="year", out="year", mod="APPROX")
    if year is None:
        return None
    return Spec("cal", year=year, gran="year", mod="APPROX")


def year_end(m: re.Match[str], text: str) -> Spec:
    unit = m.group("unit").lower()
    rel = (m.group("rely") or "this").lower()
    return Spec("dct", unit=unit, count=_REL_OFFSETS[rel], gran=unit, mod="END")


# an owner in front of "Independence Day" other than the United States
_FOREIGN_OWNER = re.compile(
    r"(?:\b(?:its|their)|(?<!America)(?<!U\.S\.)(?<!nation)(?<!country)['’]s)\s+\Z")


def holiday(m: re.Match[str], text: str) -> Spec | None:
    name = re.sub(r"\s+", " ", m.group("h").lower()).replace("’", "'")
    mod, clamp = prefix_mod(m)
    rel = (m.group("rel") or "").lower() or None
    year = int(m.group("year")) if m.group("year") else None
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
    spec = Spec("holiday", value=name, year=year, rel=rel, gran="day", mod=mod, clamp=clamp)
    if m.group("hweek"):
        # "Easter week": the week containing it; "Labor Day weekend": the weekend next to it
        unit = m.group("hweek").lower()
        spec.out, spec.gran = unit, unit
    _part_of(m, spec)
    return spec


_NOT_VAGUE_NOUNS = frozenset({
    "account", "accounts", "affairs", "events", "contract", "contracts", "market", "markets",
    "prices", "price", "trading", "generation", "generations", "flows", "flow", "system",
    "source", "sources", "density", "rate", "rates", "exchange", "tense", "value", "values",
    "use", "reference",
})


def vague_adjective(m: re.Match[str], text: str) -> Mention | None:
    """"current weakness", "recent declines", "future losses": the adjective alone."""
    if m.group("noun") in _NOT_VAGUE_NOUNS or m.group("noun") in UNIT_SPELLINGS:
        return None
    if preceding_word(text, m.start()) in ("most", "more", "the") and \
            m.group("adj").lower() == "recent" and preceding_word(text, m.start()) != "the":
        return None
    value = {"current": "PRESENT_REF", "recent": "PAST_REF", "future": "FUTURE_REF"}[
        m.group("adj").lower()]
    return Mention(m.start(), m.end("adj"), Spec("vague", value=value))


def spoken_year(m: re.Match[str], text: str) -> Spec | None:
    """"nineteen ninety-four"; "two thousand (and) one" only after "the year" or a
    temporal preposition, since elsewhere it is a count."""
    if m.groupdict().get("century") is None:
        if not m.groupdict().get("the") \
                and preceding_word(text, m.start()) not in ("in", "since", "until", "by"):
            return None
        rest = word_number(m.group("rest")) if m.group("rest") else 0
        return Spec("cal", year=2000 + int(rest or 0), gran="year")
    century = 19 if m.group("century").lower() == "nineteen" else 20
    rest = word_number(m.group("rest"))
    if rest is None or rest < 10:
        return None
    return Spec("cal", year=century * 100 + int(rest), gran="year")


_PART_OFFSETS = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1,
                 "before": -1, "after": 1}


def reference_part(m: re.Match[str], text: str) -> Spec | Mention | None:
    """A part of the day under discussion: "the next morning", "that night", "the night
    before"; "in the morning" only in a past narrative (in the present it is a habit)."""
    groups = m.groupdict()
    part = PARTS_OF_DAY[(groups.get("pod") or groups.get("pod_b") or groups.get("pod_c")
                         or groups["pod_d"]).lower()]
    if groups.get("ofthe"):
        if groups["event"] not in DATED_EVENT_NOUNS:
            return None  # "the evening of her life"
        spec = Spec("ref", type="TIME", unit="day", count=0, gran="time", part=part)
        return Mention(m.start("ofthe"), m.end("ofthe"), spec)
    if groups.get("rel"):
        rel = re.sub(r"\s+", " ", groups["rel"].lower())
        if rel == "that" and preceding_word(text, m.start("rel")) in THAT_CLAUSE_VERBS:
            return None  # "said that night shifts would end": a clause, not a night
        mod, clamp = prefix_mod(m)
        return Spec("ref", type="TIME", unit="day", count=_PART_OFFSETS.get(rel, 0),
                    gran="time", part=part, mod=mod, clamp=clamp)
    spec = Spec("ref", type="TIME", unit="day", count=0, gran="time", part=part)
    if groups.get("dir"):  # "the night before", "the morning after"
        spec.count = _PART_OFFSETS[groups["dir"].lower()]
        return Mention(m.start("before"), m.end("before"), spec)
    if tense_at(text, m.start("inthe"), m.end("inthe")) != "past":
        return None
    return Mention(m.start("inthe"), m.end("inthe"), spec)


def daybreak(m: re.Match[str], text: str) -> Spec | None:
    """"troops raided the camp at dawn", "by nightfall the town had fallen": the morning
    (evening) of the day under discussion, in a past narrative only ("curfew runs from
    dusk" is a habit, as "in the morning" is)."""
    if tense_at(text, m.start("x"), m.end("x")) != "past":
        return None
    word = re.sub(r"\s+", " ", m.group("x").lower())
    return Spec("ref", type="TIME", unit="day", count=0, gran="time",
                part=PARTS_OF_DAY[DAYBREAK_WORDS[word]])


def modified_part(m: re.Match[str], text: str) -> Spec:
    """"by mid-morning", "late afternoon": the day is the one under discussion, the
    modifier the third of the part (TimeML mod MID, END, START)."""
    mod = PART_WORDS[m.group("pmod").lower()]
    part = PARTS_OF_DAY[m.group("pod").lower()]
    if m.group("dw"):  # "mid-afternoon yesterday"
        count = DAY_WORD_OFFSETS[m.group("dw").lower()]
        return Spec("dct", type="TIME", unit="day", count=count, gran="time", part=part,
                    mod=mod)
    if m.group("wd"):  # "late morning on Tuesday"
        return Spec("weekday", type="TIME", weekday=weekday_number(m.group("wd")), gran="time",
                    part=part, mod=mod)
    return Spec("ref", type="TIME", unit="day", count=0, gran="time", part=part, mod=mod)


def offset_date(m: re.Match[str], text: str) -> Spec | None:
    """"the day before Aug. 12", "two weeks after Tuesday", "a week from Monday": one
    date, counted from the date named (TimeML tags the whole phrase, "day before last
    Tuesday")."""
    number = (m.group("num") or "").lower()
    if not number:
        return None
    count = 1 if number == "the" else word_number(number)
    unit = m.group("unit").lower()
    plural = unit.endswith("s")
    if count is None or not float(count).is_integer() or plural != (count != 1):
        return None  # "the days before Aug. 12": a stretch, not a date
    groups = m.groupdict()
    if groups.get("dw"):
        if groups.get("rel"):
            return None
        # "a week from today", "two days from tomorrow"
        base = Spec("dct", unit="day", count=0 if groups["dw"].lower() == "today" else 1,
                    gran="day")
    elif groups.get("wd"):
        rel = (groups.get("rel") or "").lower() or None
        base = Spec("weekday", weekday=weekday_number(groups["wd"]), rel=rel, gran="day")
    elif groups.get("h"):
        name = re.sub(r"\s+", " ", groups["h"].lower()).replace("’", "'")
        base = Spec("holiday", value=name, rel=(groups.get("rel") or "").lower() or None,
                    gran="day")
    else:
        if groups.get("rel") or not day_number(groups["day"]):
            return None
        base = Spec("cal", year=int(groups["year"]) if groups.get("year") else None,
                    month=month_number(groups["mon"]), day=day_number(groups["day"]), gran="day")
    sign = -1 if m.group("dir").lower() == "before" else 1
    return Spec("offset", unit=UNIT_SPELLINGS[unit], count=sign * int(count), gran="day",
                base=base)


def unit_before(m: re.Match[str], text: str) -> Spec:
    unit = m.group("unit").lower()
    sign = -1 if m.group("dir").lower() in ("before", "earlier") else 1
    return Spec("ref", unit=unit, count=sign, gran=unit)


def duration_value(count: float | None, unit: str, *, fraction: bool = False) -> str:
    letter = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W",
              "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "M", "year": "Y",
              "decade": "Y", "century": "Y"}[unit]
    factor = {"fortnight": 2, "quarter": 3, "decade": 10, "century": 100}.get(unit, 1)
    prefix = "PT" if unit in ("second", "minute", "hour") else "P"
    if count is None:
        # an unknown number of quarters, decades, centuries is no number of months or
        # years: TimeML's own units say which ("for centuries" PXCE)
        return f"{prefix}X{ {'quarter': 'Q', 'decade': 'DE', 'century': 'CE'}.get(unit, letter)}"
    amount = count * factor
    if fraction and isinstance(amount, float) and not amount.is_integer():
        # TimeML writes fractions in the next unit down: P2Y6M, PT1M30S, P1DT12H
        whole = int(amount)
        lower = {"Y": ("M", 12, ""), "M": ("D", 30, ""), "D": ("H", 24, "T"),
                 "H": ("M", 60, ""), "W": ("D", 7, "")}.get(letter)
        if prefix == "PT" and letter == "M":
            lower = ("S", 60, "")
        rest = (amount - whole) * lower[1] if lower else 0.0
        if lower and rest.is_integer() and (letter != "M" or prefix == "PT"):
            head = f"{whole}{letter}" if whole else ""
            return f"{prefix}{head}{lower[2]}{int(rest)}{lower[0]}"
    if isinstance(amount, float) and not amount.is_integer():
        return f"{prefix}{amount:g}{letter}"
    return f"{prefix}{int(amount)}{letter}"


_MONEY_OR_COUNT_BEFORE = re.compile(
    r"(?:\d|%|\b(?:million|billion|trillion|times|twice|once|thrice|cents?|dollars?|"
    r"euros?|pounds?|percent|per\s+cent))"
    # "$4 more a month", "$2 less a month": a change in a rate is a rate
    r"(?:\s+(?:more|less|extra))?[\s,]*$", _I)
# a counted amount of something right before "a day", "a year": "7,500 steps a day",
# "about 57 inches of snow a year", "two cups of coffee a day" (a rate, like "per day")
_RATE_NOUNS = COUNT_NOUNS | frozenset("""
steps inches centimetres centimeters millimetres millimeters gallons litres liters calories
cigarettes meals cups glasses pills tablets kilograms kilos kg pounds lbs grams servings
""".split())
# ("4 million passengers a year")
_AMOUNT_WORDS = [*ONES, *TEENS, *TENS, "ten", "dozen", "hundred", "thousand", "million", "billion"]
_COUNTED_AMOUNT_BEFORE = re.compile(
    rf"(?:\d|\b(?:{'|'.join(_AMOUNT_WORDS)}))"
    rf"\s+(?:{'|'.join(sorted(_RATE_NOUNS, key=len, reverse=True))})"
    r"(?:\s+of\s+[a-z]+)?\s*$", _I)
# "in 2018, a year after relegation", "$5 million, a year before the sale": a span
# counted from an event, not a rate
_SPAN_FROM_EVENT_AFTER = re.compile(r"\s+(?:after|before|since|into|on\s+from)\b", _I)


def a_night(m: re.Match[str], text: str) -> Spec | None:
    """"$250 a night", "twice a night": a rate per night (a set, like "per night")."""
    if not _MONEY_OR_COUNT_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
        return None  # "a night out", "spent a night in jail"
    return Spec("set", type="SET", value="XXXX-XX-XXTNI", gran="day")


# a four-digit year and a dash or slash right before a number: "2024-25", "2023/24"
_YEAR_SPAN_HEAD = re.compile(r"(?<!\d)(?:1[89]|20)\d\d[-–/]\Z")


# a capitalised unit and "of" a capitalised word: a name ("a Day of Rage")
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def duration(m: re.Match[str], text: str) -> Spec | Mention | None:
    if text[max(0, m.start("num") - 1):m.start("num")] in ("$", "£", "€", ".", ","):
        return None
    if _YEAR_SPAN_HEAD.search(text, max(0, m.start("num") - 6), m.start("num")):
        return None  # "the 2024-25 school year": the tail of a span of years, not 25 years
    if _WAR_NAME.match(text, m.end()):
        return None  # "the Thirty Years' War", "the Six-Day War": names of wars
    if m.group("num").lower() == "one" and m.group("unit").lower() == "day" \
            and "-" in m.group("sep") and _ONE_DAY_FORMAT.match(text, m.end()):
        return None  # "the one-day series": a cricket format, not a day's length
    if m.group("num").lower() in ("a", "an") and m.group("unit").lower() == "weekend":
        return None  # "a weekend visit", "after a weekend of talks": counted ones only
    if m.group("num").lower() in ("a", "an") and re.search(r"(?i)\bcalendar\s", m.group(0)):
        return None  # "switched to a calendar year": a kind of year, not a length
    if m.group("num")[:1].islower() and m.group("unit")[:1].isupper() \
            and _OF_NAME.match(text, m.end()):
        return None  # "called for a Day of Rage", "a Week of Action": a name
    if m.group("unit").lower().startswith("quarter") and _SHARE_OF_POINT.match(text, m.end()):
        return None
    ranged = _duration_range(m, text)
    if ranged is not None:
        return ranged
    if m.group("dir"):
        dated = _ago(m, text)
        if m.groupdict().get("agoday"):
            return _ago_day(m, dated)
        if dated is not None:
            return dated
        core = _duration_core(m, text)
        if core is None:
            return None
        end = m.start("dir")
        while text[end - 1].isspace():
            end -= 1
        if m.group("orso"):
            end = m.start("orso")
            while text[end - 1].isspace():
                end -= 1
        return Mention(m.start(), end, core)
    spec = _duration_core(m, text)
    if spec is not None and m.group("the") and not m.group("anch") and "-" in m.group("sep"):
        return Mention(m.start("num"), m.end(), spec)  # "the two-year contract": an adjective
    if spec is not None and m.group("num").lower() in ("a", "an") \
            and m.group(0).lower().endswith("-long"):
        return Mention(m.start("unit"), m.end(), spec)  # "a decade-long feud": the feud's "a"
    if spec is not None and spec.kind == "duration" and not (m.group("the") or m.group("mod")) \
            and re.search(r"\b[Ii]n\s+$", text[max(0, m.start() - 4):m.start()]) \
            and not _SUPERLATIVE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        spec.rel = "in"  # "in three days": a date when the clause looks ahead
    return spec


# "its highest level in 40 years", "the first time in three months", "twice in a
# week": a stretch that ends now, never a date ahead
_SUPERLATIVE_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|his|her|our|a)\s+(?:[a-z]+est|most|least|first|only|fewest)\b"
    r"|\b(?:time|times|once|twice)\b)(?:[\s-]+[\w-]+){0,3}?\s+in\s+\Z")

_RATE_OR_IDIOM_BEFORE = frozenset({
    "miles", "kilometres", "kilometers", "km", "feet", "metres", "meters", "yards", "inches",
    "centimetres", "centimeters", "millimetres", "millimeters", "knots", "wait"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "can", "should", "shall"})


def _duration_core(m: re.Match[str], text: str) -> Spec | None:
    num_text = m.group("num")
    count = _count(m)
    unit = UNIT_SPELLINGS[m.group("unit").lower()]
    plural = m.group("unit").lower().endswith("s") and m.group("unit").lower() not in ("hrs",)
    lowered = re.sub(r"\s+", " ", num_text.lower())
    if not plural and "-" not in m.group("sep") and count is not None and count >= 100:
        return None  # "the 1988 quarter"
    if lowered in ("a", "an", "one") and plural and not m.group("sep").startswith("-"):
        return None
    if lowered in VAGUE_QUANTITIES and not plural:
        return None
    mod = APPROX_WORDS.get(re.sub(r"\s+", " ", (m.group("mod") or "").lower()))
    if m.groupdict().get("orso2"):
        mod = mod or "APPROX"  # "the next two years or so"
    anchored = _anchoring(m.group("anch"))
    if lowered in ("a", "an") and unit in ("minute", "hour") and not (m.group("the") or mod) \
            and preceding_word(text, m.start()) in _RATE_OR_IDIOM_BEFORE:
        return None  # "winds of sixty miles an hour": a speed; "wait a minute": a plea
    if lowered in ("a", "an") and not m.group("the") and not mod:
        before = text[max(0, m.start() - 40):m.start()]
        if (_MONEY_OR_COUNT_BEFORE.search(before) or _COUNTED_AMOUNT_BEFORE.search(before)) \
                and not _SPAN_FROM_EVENT_AFTER.match(text, m.end("unit")):
            return Spec("set", type="SET", value=duration_value(1, unit), gran=unit,
                        freq=None)
    if re.match(r"-(?i:on|over|to)-", text[m.end("unit"):m.end("unit") + 6]):
        return None  # "a year-on-year rise", "a year-to-date gain": comparisons, not spans
    if m.group(0).lower().rstrip().endswith("old"):
        return None  # ages ("a 6-year-old boy", "52 years old") are not annotated as times
    if m.group("unit")[:1].isupper() and num_text[:1].isdigit():
        return None  # "CBS's 60 Minutes", "the 24 Hours of Le Mans": a title
    if unit == "day" and lowered == "one" and not plural and not m.group("the") \
            and preceding_word(text, m.start()) in _MODALS:
        return Spec("vague", value="FUTURE_REF")  # "Islam will one day be ...": some day
    if unit == "second" and lowered in ("a", "an", "one") and not mod:
        return None  # "a second group"
    if unit == "quarter" and following_word(text, m.end()) == "of" and not m.group("the"):
        return None  # "a quarter of the population"
    if unit == "quarter" and lowered in ("a", "an") and m.group("mod") and not m.group("the") \
            and preceding_word(text, m.start()) not in _SPAN_PREPOSITIONS:
        return None  # "fewer than a quarter do", "nearly a quarter said": a share
    spec = Spec("duration", type="DURATION", count=count, unit=unit, anchored=anchored, mod=mod,
                fraction=_has_fraction(m))
    if lowered in ("a couple of", "a couple", "couple of") and not mod:
        spec.mod = "APPROX"
    return spec


# what stands before "less than a quarter" when it is a stretch of time ("in less than a
# quarter", "for nearly a quarter")
_SPAN_PREPOSITIONS = frozenset({"in", "for", "within", "over", "after", "during", "took",
                                "take", "takes", "lasted", "last", "spent"})


def _anchoring(word: str | None) -> str | None:
    """"the past three years" ends at publication ("past"), "the next three years"
    starts there ("next"); other durations float."""
    word = (word or "").lower()
    if word in ("past", "last", "previous", "trailing"):
        return "past"
    if word in ("next", "coming", "following"):
        return "next"
    return None


# what may stand before the count of a duration to make it the upper end of a range
_RANGE_START = re.compile(
    r"(?<![\w$£€.,-])(?:(?P<mod>" + APPROX + r")\s+)?"
    r"(?:(?P<the>the)\s+(?P<anch>past|last|next|previous|coming|following|trailing)\s+)?"
    r"(?:(?P<between>between)\s+)?"
    rf"(?P<num>\d{{1,3}}|(?:{'|'.join(TENS)})(?:[\s-](?:{'|'.join(ONES)}))?"
    rf"|{'|'.join(TEENS)}|{'|'.join(ONES)})\s*(?P<link>[-–—]|to|or|and)\s*\Z", re.IGNORECASE)


def _duration_range(m: re.Match[str], text: str) -> Spec | Mention | None:
    """"two to three weeks", "12 to 18 months", "between two and six days": one duration
    whose count is known only within bounds, which TimeML writes as an unknown count
    (PXW, as the corpus's "the next 12 to 18 months" PXM); "the next" anchors it like
    "the next few weeks". Read backwards from the upper end the duration rule found."""
    if m.group("the") or m.group("mod"):
        return None
    start = m.start("num")
    before = _RANGE_START.search(text, max(0, start - 50), start)
    if before is None:
        return None
    first, second = word_number(before.group("num")), word_number(m.group("num"))
    link = before.group("link").lower()
    if first is None or second is None or not 0 < first < second < 1000:
        return None
    if link == "and" and not before.group("between"):
        return None  # "killed two and wounded": "and" joins a range only after "between"
    unit_word = m.group("unit").lower()
    if not unit_word.endswith("s") and "-" not in m.group("sep"):
        return None  # "two to three week": not a plural count
    if preceding_word(text, before.start()) in ("aged", "ages", "age"):
        return None  # "children aged 5 to 11 years": ages are not times
    if m.group(0).lower().rstrip().endswith("old"):
        return None
    end = m.end("unit")
    if m.group("dir"):
        end = m.end()
        if m.group("dir").lower() in ("ago", "earlier", "later", "from now", "hence", "back"):
            # "one to two years ago": a past (future) time of unknown distance
            ahead = m.group("dir").lower() in ("later", "from now", "hence")
            return Mention(before.start(), end, Spec("vague", value="FUTURE_REF" if ahead
                                                     else "PAST_REF"))
        end = m.end("unit")
    anchored = _anchoring(before.group("anch"))
    mod = APPROX_WORDS.get(re.sub(r"\s+", " ", (before.group("mod") or "").lower()))
    spec = Spec("duration", type="DURATION", count=None, unit=UNIT_SPELLINGS[unit_word],
                anchored=anchored, mod=mod)
    return Mention(before.start(), end, spec)


def clock_range(m: re.Match[str], text: str) -> list[Mention] | None:
    """"between 2 and 4 p.m.", "2-4 p.m.": two clock times, the first in the second's
    half of the day unless that would put it after the second ("11-1 p.m."); "9:00-17:00"
    without a.m./p.m. when both ends have their minutes."""
    if not m.group("ampm") and not (m.group("mi") and m.group("mi2")
                                    and m.group("link").lower() in ("-", "–", "—", "to", "until")):
        return None
    link = m.group("link").lower()
    if link == "and" and preceding_word(text, m.start()) != "between":
        return None
    if text[max(0, m.start() - 1):m.start()] in ("$", ".", ",", ":", "/", "-"):
        return None
    second = clock(m, text, "h2")
    if not isinstance(second, Spec) or second.clock is None:
        return None
    hour, minute = int(m.group("h")), int(m.group("mi") or 0)
    if not m.group("ampm"):
        # "9:00-17:00": both ends read as written; "22:00-06:00" ends the next morning
        if hour > 23 or second.clock[0] > 24:
            return None
        first = replace(second, clock=(hour, minute))
        if (hour, minute) >= second.clock and m.group("day"):
            first = _day_before(second, (hour, minute))  # "22:00 to 06:00 on Friday"
        return [Mention(m.start(), m.end("mi"), first), Mention(m.start("h2"), m.end(), second)]
    if not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (second.clock[0] // 12) * 12 if second.clock[0] < 24 else hour
    if (hour, minute) >= second.clock and hour >= 12:
        hour -= 12  # "11-1 p.m.": a short stretch across noon, not "5-4 p.m."
        if second.clock[0] - hour > 4:
            return None
    if (hour, minute) >= second.clock:
        return None
    first = replace(second, clock=(hour, minute))
    first_end = m.end("mi") if m.group("mi") else m.end("h")
    return [Mention(m.start(), first_end, first), Mention(m.start("h2"), m.end(), second)]


def _day_before(day_spec: Spec, at: tuple[int, int]) -> Spec:
    """A clock time on the day before the one ``day_spec`` names: the start of a night
    whose morning end carries the day ("22:00 to 06:00 on Friday")."""
    return Spec("offset", type="TIME", unit="day", count=-1, gran="time", clock=at,
                base=replace(day_spec, type="DATE", gran="day", clock=None))


def vague_duration(m: re.Match[str], text: str) -> Spec | Mention | None:
    if m.group("unit2"):
        unit = UNIT_SPELLINGS[m.group("unit2").lower()]
        spec = Spec("duration", type="DURATION", count=None, unit=unit)
        return Mention(m.start("unit2"), m.end(), spec)  # "after months of talks"
    if m.group("unit5"):
        return Spec("duration", type="DURATION", count=None,
                    unit=UNIT_SPELLINGS[m.group("unit5").lower()])
    if m.group("unit3"):
        return Spec("duration", type="DURATION", count=None,
                    unit=UNIT_SPELLINGS[m.group("unit3").lower()])
    if m.group("unit4"):
        if _counted(text, m.start()) \
                or preceding_word(text, m.start()) in ("after", "before", "for", "of", "the"):
            # "two hours after": the count's; "for days before"; "in the weeks before the
            # shooting" leans on an event the story may have dated anywhere, or not at all
            return None
        direction = "later" if m.group("dir4").lower() == "after" else "earlier"
        return _vague_shift(UNIT_SPELLINGS[m.group("unit4").lower()], direction, None)
    if m.group("unit6") or m.group("unit7"):
        if _counted(text, m.start()) \
                or preceding_word(text, m.start()) in ("after", "before", "for", "of", "the",
                                                       "light"):
            # "two months after": the count's; "for months", "the months" have their own
            # rules; "light years ahead of" is a distance
            return None
        return Spec("duration", type="DURATION", count=None,
                    unit=UNIT_SPELLINGS[(m.group("unit6") or m.group("unit7")).lower()])
    unit = UNIT_SPELLINGS[m.group("unit").lower()]
    quantity = m.group("q").lower()
    spec = Spec("duration", type="DURATION", count=None, unit=unit)
    if quantity in ("for", "in", "over", "within"):
        # "within minutes" is how soon; "in minutes", "for days" are too often something
        # else ("in days of old") to risk
        if unit in ("second", "minute", "day") and quantity != "within":
            return None
        return Mention(m.start("unit"), m.end(), spec)  # "for years": the preposition stays out
    if quantity.startswith(("tak", "took", "spen", "wait")) or quantity in ("be", "been"):
        # "will take years", "could be days", "spent weeks": the verb stays out
        return Mention(m.start("unit"), m.end(), spec)
    if quantity.startswith(("the past", "the last")):
        spec.anchored = "past"
    elif quantity.startswith("the next"):
        spec.anchored = "next"
    return spec


def _soon_in_past(text: str, start: int, end: int) -> bool:
    """"was soon released", "soon became": "soon" next to a past-tense verb."""
    before = preceding_word(text, start)
    after = following_word(text, end)
    return before in ("was", "were", "had") or after in PAST_CUES \
        or (after.endswith("ed") and after not in NOT_PAST_ED)


_NAME_BEFORE = re.compile(r"[A-Z][a-z]+[ \t]+\Z")


def _soon_in_name(text: str, start: int, end: int) -> bool:
    """"Kwon Soon-woo", "Lee Soon Ja", "Soon-Yi": a capitalised "Soon" joined to a name
    part by a hyphen, or written after a capitalised word in mid-sentence, is a name."""
    if not text[start].isupper():
        return False
    return re.match(r"-[A-Za-z]", text[end:end + 2]) is not None \
        or _NAME_BEFORE.search(text, max(0, start - 30), start) is not None


_PAY_LATER = re.compile(r"[\s,-]*pay[\s-]+later\b", re.IGNORECASE)


def vague(m: re.Match[str], text: str) -> Spec | None:
    word = re.sub(r"\s+", " ", m.group(0).lower())
    if word == "soon" and (re.match(r"\s+(?:after|before|as|afterwards?|thereafter)\b",
                                    text[m.end():m.end() + 14])
                           or preceding_word(text, m.start()) in ("as", "how", "too")):
        return None
    if word in ("recently", "lately", "now") and preceding_word(text, m.start()) == "as" \
            and re.match(r"\s+as\b", text[m.end():m.end() + 4]):
        return None  # "as recently as 2016": the date that follows is the time
    if word == "soon" and _soon_in_name(text, m.start(), m.end()):
        return None  # "Kwon Soon-woo", "Lee Soon Ja": part of a (Korean) name
    if word == "soon" and _soon_in_past(text, m.start(), m.end()):
        return None  # "the trickle soon became a flood": shortly after another event
    if word == "now" and re.match(r"[\s-]*(?:defunct|famous|former|retired|closed)\b",
                                  text[m.end():m.end() + 15]):
        return None
    if word == "now" and _PAY_LATER.match(text, m.end()):
        return None  # "buy now, pay later" loans: a kind of credit, not the present
    return Spec("vague", value=VAGUE_EXPRESSIONS[word])


def vague_units(m: re.Match[str], text: str) -> Spec | None:
    adjective = re.sub(r"\s+", " ", m.group("adj").lower())
    value = VAGUE_UNIT_ADJECTIVES[adjective]
    unit = UNIT_SPELLINGS[m.group("unit").lower()]
    if adjective == "recent" and unit in ("hour", "day", "week", "month", "quarter"):
        # "in recent weeks": TimeML reads an unknown stretch ending now (PXW); "recent
        # years" stays the vague past
        return Spec("duration", type="DURATION", count=None, unit=unit, anchored="recent")
    return Spec("vague", value=value)


def frequency(m: re.Match[str], text: str) -> Spec | None:
    word = m.group(0).lower()
    if word in ("quarterly", "semiannually") and (
            re.match(r"[ \t]+[a-z]", text[m.end():m.end() + 3])
            or preceding_word(text, m.start()) in DETERMINERS):
        return None  # "its quarterly dividend": a kind of payment, not a recurrence
    if re.match(r"[ \t]+[A-Z]", text[m.end():m.end() + 3]):
        return None  # "the Communist Party daily Granma": a newspaper
    if m.group(0)[:1].isupper() and preceding_word(text, m.start()) == "the":
        return None  # "The Daily, the Times' podcast", "the Monthly": a title
    value, quant, freq = FREQUENCY_ADVERBS[re.sub(r"\s+", " ", word)]
    return Spec("set", type="SET", value=value, quant=quant, freq=freq)


def every(m: re.Match[str], text: str) -> Spec | Mention | None:
    quant = m.group("q").upper()
    target = m.group("t")
    low = target.lower()
    count: float | None = 1
    if m.group("n"):
        # "every few weeks": a vague count (PXW)
        count = 2 if m.group("n").lower() == "other" else word_number(m.group("n"))
    part = (m.group("pod") or "").lower() if low in WEEKDAYS else ""
    if m.group("mday"):
        if m.group("n"):
            return None
        # "every Jan. 1": that day of each year
        value = f"XXXX-{month_number(m.group('mon')):02d}-{day_number(m.group('mday')):02d}"
    elif low in WEEKDAYS:
        # "every Tuesday night": that part of each such weekday
        value = f"XXXX-WXX-{WEEKDAYS[low] + 1}" + (f"T{PARTS_OF_DAY[part]}" if part else "")
    elif low.rstrip(".") in MONTHS or low.rstrip(".") in MONTH_ABBREVIATIONS:
        value = f"XXXX-{month_number(target):02d}"
    elif low in SEASONS:
        value = f"XXXX-{SEASONS[low]}"
    elif low in PARTS_OF_DAY:
        value = f"TXX{PARTS_OF_DAY[low]}" if low != "night" else "TNI"
        value = "XXXX-XX-XXT" + PARTS_OF_DAY[low]
    elif low == "weekend":
        value = "XXXX-WXX-WE"
    else:
        unit = UNIT_SPELLINGS[low]
        value = duration_value(count, unit)
    if quant == "PER":
        quant = "EACH"
    spec = Spec("set", type="SET", value=value, quant=quant)
    if m.group("pod") and not part:
        return Mention(m.start(), m.end("t"), spec)  # "every day evening": the part is not its
    return spec


def times_per(m: re.Match[str], text: str) -> Spec | None:
    how = m.group("f").lower()
    times = {"once": 1, "twice": 2, "thrice": 3}.get(how)
    if times is None:
        times = word_number(re.sub(r"\s+times$", "", how))
    unit = UNIT_SPELLINGS[m.group("unit").lower()]
    freq = f"{int(times)}X" if times else None
    return Spec("set", type="SET", value=duration_value(1, unit), freq=freq)


_PER_RANK = {"hour": 0, "day": 1, "night": 1, "week": 2, "month": 3, "year": 4}


def count_per(m: re.Match[str], text: str) -> Spec | None:
    if not m.group("num"):
        return None
    unit = m.group("unit").lower().rstrip("s")
    per = m.group("per").lower()
    if _PER_RANK[unit] >= _PER_RANK[per]:
        return None  # "two weeks a day" is no rhythm
    count = word_number(m.group("num"))
    letter = {"hour": "H", "day": "D", "night": "D", "week": "W", "month": "M"}[unit]
    freq = f"{int(count)}{letter}" if count and float(count).is_integer() else None
    return Spec("set", type="SET", value=duration_value(1, per), freq=freq)


# the same zones as TZ, written to start with one character set (scans 4x faster)
TZ_ABBREVIATION = (r"[ECMPGUBJI](?:(?<=[ECMP])[SD]?T|(?<=G)MT|(?<=U)TC|(?<=B)ST|(?<=[CE])ES?T"
                   r"|(?<=M)SK|(?<=[JI])ST)")
TZ = (r"(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|JST|IST"
      # the US zones as broadcasters say them ("8 p.m. Eastern", "5 p.m. Pacific time"):
      # the spoken "ET", "PT", part of the extent like them (not "Eastern Europe")
      r"|(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?(?:\s+[Tt]ime)?"
      rf"(?![\w-]|\s+(?!(?:{WEEKDAY}|{MONTH}))[A-Z])"
      r"|(?:(?i:local)|[A-Z][a-z]+)\s+time(?=\)?(?:\s*\([^()\n]{1,24}\))?,?\s+(?:(?i:on)\s+)?"
      rf"(?:{WEEKDAY}|(?i:today|tomorrow|yesterday|tonight)\b|{MONTH})))")
# "local time", "Beijing time" join a clock reading only on the way to its day ("11 p.m.
# local time on Friday", "10 a.m. Beijing time (0200 GMT) on Wednesday"); alone they stay
# outside the extent, like "at 15:00 local time"
# a weekday that heads a written date ("7.30pm on Thursday 18 April") is left to the
# date, which the finder joins to the clock
# "7:35 this morning", "9:09 tonight", "8 a.m. tomorrow morning": the day word's part of
# the day also says a.m. or p.m.
DAY_WITH_PART = (r"(?:(?i:tomorrow|yesterday|this)\s+(?P<dpod>(?i:morning|afternoon|evening))"
                 r"|(?i:last|tomorrow)\s+(?P<dnight>(?i:night)))\b")
DAYREF = (rf"(?:{WEEKDAY}(?!s\b)(?!,?\s+(?:{DAY}\s+{MONTH_AFTER_DAY}|{MONTH}\s*\d))"
          rf"|{DAY_WITH_PART}|(?i:today|tomorrow|yesterday|tonight)"
          rf"|(?P<cmon>{MONTH})\s*(?P<cday>{DAY})(?:,?\s+(?P<cyear>{YEAR}))?)")


# a capitalised word that may follow a title-case "Midnight" in a headline
_DAY_WORD = re.compile(rf"{WEEKDAY}|{MONTH}|Today|Tonight|Tomorrow|Yesterday|Eastern|Local"
                       r"|Central|Pacific|Mountain|GMT|UTC|ET|EST|EDT")


_CLOCK_PREPOSITIONS = frozenset({"at", "around", "about", "until", "till", "by", "before",
                                  "after", "from", "to", "since", "past"})


def clock(m: re.Match[str], text: str, hour_group: str = "h") -> Spec | Mention | None:
    """A clock reading; ``hour_group`` names the hour ("h2": a range's second end),
    its minutes are in the group of the same suffix."""
    groups = m.groupdict()
    groups["h"], groups["mi"] = groups.get(hour_group), groups.get("mi" + hour_group[1:])
    if groups.get("mil"):
        if groups.get("zone") not in ("GMT", "UTC"):
            return None  # "1400 EST" is rare; "1400 BST" could be a count
        groups["h"], groups["mi"] = groups["mil"], groups["milmi"]
    special = (groups.get("special") or "").lower()
    if special:
        follower = re.match(r"[ \t]+([A-Z][a-z]+)", text[m.end("special"):m.end("special") + 20])
        if text[m.start("special")].isupper() and follower and not groups.get("day") \
                and not _DAY_WORD.fullmatch(follower.group(1)):
            return None  # "Operation Midnight Hammer", "Midnight Express": a name
        hour, minute = (12, 0) if special in ("noon", "midday") else (24, 0)
        if (hour, minute) == (24, 0) and (groups.get("day") or groups.get("cmon")) \
                and preceding_word(text, m.start()) in ("after", "past"):
            hour = 0  # "shortly after midnight on Tuesday": early Tuesday, not its end
    else:
        if not groups.get("h"):
            return None  # "in the morning" without a clock hour in front
        if groups.get("zone") \
                and text[max(0, m.start() - 1):m.start()] in (".", ",", ":", "$", "£", "€"):
            return None  # "3.1400 GMT", "$14.05 GMT": not a clock
        hour = int(word_number(groups["h"]) or 0)
        minute = int(groups.get("mi") or 0)
        part = (groups.get("pod") or groups.get("pod2") or "").lower()
        if groups.get("mil") and re.search(r"\(\s*$", text[max(0, m.start() - 3):m.start()]):
            return None  # "10:35 a.m. (0735 GMT)": the same moment restated, not another
        if (part or groups.get("oclock")) and not 1 <= hour <= 12:
            return None
        if part and not groups.get("oclock") and not groups.get("mi") \
                and preceding_word(text, m.start()) not in _CLOCK_PREPOSITIONS:
            return None  # "scored 2 in the afternoon": a count ("1:30 in the afternoon" is not)
        if part in ("afternoon", "evening") or (part == "night" and 6 <= hour < 12):
            hour = hour % 12 + 12  # "7 in the evening" is 19:00, "12 at night" midnight
        elif part == "morning" and hour == 12 or part == "night" and hour == 12:
            hour = 0
        ampm = (groups.get("ampm") or "").lower().replace(".", "").strip()
        day_part = (groups.get("dpod") or groups.get("dnight")
                    or ("night" if (groups.get("day") or "").lower() == "tonight" else "")).lower()
        if day_part and not (ampm or part or groups.get("mil") or groups.get("mi")
                             or groups.get("approx") or groups.get("zone")
                             or preceding_word(text, m.start()) in _CLOCK_PREPOSITIONS):
            return None  # "Game 7 tonight": a count
        if day_part and not (ampm or part or groups.get("mil")) and 1 <= hour <= 12:
            if day_part == "night" and hour == 12:
                hour = 24  # "at 12 tonight": midnight
            elif day_part == "morning" and hour == 12:
                hour = 0  # "12:01 this morning"
            elif day_part in ("afternoon", "evening") and hour < 12 \
                    or day_part == "night" and 5 <= hour < 12:
                hour += 12  # "9:09 tonight", "at 6 this evening"
        if ampm:
            if not 1 <= hour <= 12:
                return None
            if ampm.startswith("p") and hour != 12:
                hour += 12
            elif ampm.startswith("a") and hour == 12:
                hour = 0
        if hour > 24 or minute > 59:
            return None
    mod = APPROX_WORDS.get((groups.get("approx") or "").lower().replace("at ", ""))
    spec = Spec("dct", type="TIME", unit="day", count=0, gran="time", clock=(hour, minute),
                mod=mod)
    day = (groups.get("day") or "").lower()
    if groups.get("cmon"):
        spec.kind, spec.month, spec.day = "cal", month_number(groups["cmon"]), \
            day_number(groups["cday"])
        if groups.get("cyear"):
            spec.year = int(groups["cyear"])
    elif day in WEEKDAYS:
        spec.kind, spec.weekday = "weekday", WEEKDAYS[day]
    elif day:
        spec.count = {**DAY_WORD_OFFSETS, "this": 0, "last": -1}[day.split()[0]]
    else:
        spec.rel = "bare"  # "at 10 p.m.": on the day under discussion
    if groups.get("conv"):
        # TimeML tags the clock and a day after the parenthesis apart (the day is
        # another expression), but that day still dates the clock
        return Mention(m.start(), m.start("conv"), spec)
    return spec
