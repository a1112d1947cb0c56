"""The rules: one regular expression per family of phrases, compiled once.

Each :class:`Rule` pairs a pattern built from the word tables in
:mod:`service.temporal.vocabulary` with a builder that reads the match groups
into a :class:`Spec`. Builders return ``None`` to veto a match (a guard that
needs context a regex cannot express cheaply, e.g. "1953 people").

Patterns avoid nested unbounded quantifiers, so every rule runs in time linear
in the text length.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from service.temporal.builders.clocks import (
    DAY_WITH_PART,
    DAYREF,
    all_period,
    clock,
    clock_range,
    day_at_clock,
    daybreak,
    modified_part,
    overnight,
    part_hours,
    reference_part,
    through_the_part,
    trading_part,
)
from service.temporal.builders.dates import (
    DECADE_WORDS,
    bare_month_day,
    century,
    century_pair,
    day_month,
    decade,
    era_year,
    explicit_date,
    fiscal_short_year,
    fiscal_year,
    iso_date,
    iso_week,
    latest_quarter,
    mid_unit,
    month_day_words,
    month_named,
    month_quarter,
    month_span_quarter,
    month_year,
    numbered_week,
    numeric_date,
    period_of_year,
    quarter,
    quarter_short,
    season,
    seasons_ago,
    spoken_year,
    turn_of,
    week_of_month,
    week_on_day,
    weekday,
    weekday_before,
    weekday_month_day,
    weekday_of_month,
    weekday_the_day,
    weekdays_ago,
    year,
    year_end,
    year_range,
)
from service.temporal.builders.durations import (
    bare_units_shift,
    before_last,
    duration,
    eve_of,
    half_century,
    half_unit,
    long_adjective,
    offset_date,
    race_time,
    unit_before,
    unit_since,
)
from service.temporal.builders.holidays import (
    election_day,
    holiday,
    named_day,
    new_year,
)
from service.temporal.builders.relative import (
    day_word,
    edge_day_of,
    elided_next,
    midweek,
    ordinal_day,
    relative_unit,
    the_unit,
    to_date,
    weekend_event,
)
from service.temporal.builders.sets import (
    MOST_PLURALS,
    a_night,
    count_per,
    every,
    every_holiday,
    frequency,
    most_plural,
    times_per,
    unit_after_unit,
    weekday_each_month,
    weekends,
)
from service.temporal.builders.shared import (
    TZ,
    TZ_ABBREVIATION,
)
from service.temporal.builders.vague import (
    vague,
    vague_adjective,
    vague_ago,
    vague_duration,
    vague_units,
)
from service.temporal.fast_start import with_fast_start
from service.temporal.regex_parts import (
    _MONTH_FULL,
    _NUMBER_DIGITS,
    _TWO_DIGIT_WORDS,
    APPROX,
    CLOCK_HOUR_WORDS,
    CLOCK_MINUTE_WORDS,
    DAY,
    MONTH,
    MONTH_AFTER_DAY,
    MONTH_NAMED,
    NUMBER,
    NUMBER_WORDS_LARGE,
    PART,
    SEASON,
    SPOKEN_YEAR,
    UNIT,
    UNIT_SINGULAR,
    WEEKDAY,
    WEEKDAY_ABBR,
    WEEKDAY_SHORT,
    YEAR,
    _alt,
)
from service.temporal.spec import Mention, Spec
from service.temporal.tense import tense_at
from service.temporal.vocabulary import (
    ANAPHORIC_RELS,
    BASIS_ADJECTIVES,
    DAYBREAK_WORDS,
    EASTER_OFFSETS,
    FIXED_HOLIDAYS,
    FREQUENCY_ADVERBS,
    HOLIDAY_OFFSETS,
    LUNAR_HOLIDAYS,
    NAMED_DAYS,
    ONES,
    ORDINALS,
    ORTHODOX_EASTER_OFFSETS,
    PART_OF_DAY_NOUNS,
    PARTS_OF_DAY,
    TEENS,
    TENS,
    VAGUE_EXPRESSIONS,
    VAGUE_UNIT_ADJECTIVES,
    WEEKDAY_HOLIDAYS,
    WEEKDAYS,
    WEEKEND_EVENT_NOUNS,
)
from service.temporal.wordregex import (
    words,
)

Builder = Callable[[re.Match[str], str], "Spec | list[Mention] | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    """``regex`` finds the core of a phrase; ``prefix``, anchored at the core's
    start, picks up optional modifiers in front of it ("early", "the", "last").

    Modifiers are matched backwards from each core instead of being optional
    groups in front of it: a pattern that starts with optional words is tried
    at every character of the text, one that starts with its core is not.
    """

    name: str
    regex: re.Pattern[str]
    build: Builder
    priority: int = 0
    prefix: re.Pattern[str] | None = None





_PURE_WORDS = re.compile(r"[A-Za-z0-9'’ -]+(?:\|[A-Za-z0-9'’ -]+)*")


def _fold_case(pattern: str) -> str:
    """Rewrites each ``(?i:...)`` group: a plain word list becomes a case-form trie,
    anything else loses the flag (its word lists are tries already)."""
    out = []
    i = 0
    while True:
        j = pattern.find("(?i:", i)
        if j < 0:
            out.append(pattern[i:])
            return "".join(out)
        out.append(pattern[i:j])
        depth, k = 0, j
        while k < len(pattern):
            if pattern[k] == "\\":
                k += 2
                continue
            if pattern[k] == "(":
                depth += 1
            elif pattern[k] == ")":
                depth -= 1
                if depth == 0:
                    break
            k += 1
        body = pattern[j + 4:k]
        plain = body.replace(r"\s+", " ")
        if _PURE_WORDS.fullmatch(plain) and plain == plain.strip() and "  " not in plain:
            out.append(words(plain))
        else:
            out.append("(?:" + _fold_case(body) + ")")
        i = k + 1


# "the deal collapsed at the last minute", "held out until the last minute": the idiom
# (no minute in particular), not the minute just gone
_AT_THE_LAST = re.compile(r"\b(?:at|until|till|to|before)\s+\Z", re.IGNORECASE)


def _last_minute_idiom(m: re.Match[str], text: str) -> bool:
    return m.group("unit").lower() == "minute" and not m.group("half") \
        and m.group("rel").lower().split()[-1] == "last" \
        and _AT_THE_LAST.search(text, max(0, m.start() - 8), m.start()) is not None


def _rule(name: str, pattern: str, build: Builder, priority: int = 0,
          prefix: str | None = None) -> Rule:
    pattern = _fold_case(pattern)
    if pattern.startswith(r"\b"):
        pattern = pattern[2:]  # the finder checks word starts; a leading \b defeats re's scan
    compiled_prefix = re.compile(rf"(?<![\w-])(?:{_fold_case(prefix)})\Z") if prefix else None
    fast = with_fast_start(pattern, word_start=prefix is None)
    return Rule(name, re.compile(fast), build, priority, compiled_prefix)


_HOLIDAY_NAMES = [*FIXED_HOLIDAYS, *WEEKDAY_HOLIDAYS, *EASTER_OFFSETS, *ORTHODOX_EASTER_OFFSETS,
                  *LUNAR_HOLIDAYS, *HOLIDAY_OFFSETS]
# the small words of a name stay lower case: "Fourth of July", "Eid al-Fitr"
_NAME_PARTICLES = ("of", "the", "al", "ul", "el")
_ACRONYMS = frozenset({"mlk"})  # holiday words written in capitals ("MLK Day")


def _name_forms(name: str) -> tuple[str, ...]:
    """The capitalisations news writes a holiday in ("MLK Day", "Eid al-Fitr")."""
    def title(word: str) -> str:
        if word in _ACRONYMS:
            return word.upper()
        return "-".join(p if p in _NAME_PARTICLES else p[:1].upper() + p[1:]
                        for p in word.split("-"))
    return (" ".join(w[:1].upper() + w[1:] for w in name.split()), name[:1].upper() + name[1:],
            " ".join(w if w in _NAME_PARTICLES else title(w) for w in name.split()))


_HOLIDAYS = words(
    [form for name in _HOLIDAY_NAMES for n in (name, name.replace("'", "’"))
     for form in _name_forms(n)],
    cased=True)
# names headed by "Festival" take their article ("the Mid-Autumn Festival")
_FESTIVALS = words([form for name in _HOLIDAY_NAMES if name.endswith(" festival")
                    for form in _name_forms(name)], cased=True)
_TIMES = words(["once", "twice", "thrice",
               *(f"{w} times" for w in [*ONES, *TEENS, *TENS]),
               # "several times a week", "a few times a year": a rhythm of unknown count
               "several times", "a few times", "many times", "multiple times", "numerous times",
               "a couple of times", "a couple times"])
_ORD_WORDS = _alt([k for k in ORDINALS if not k[0].isdigit()])
# "every second week", "every fifth day" ("every first Monday" is a day of each month)
_EVERY_NTH = _alt([k for k, n in ORDINALS.items() if 2 <= n <= 12 and not k[0].isdigit()])
_REL = r"(?i:last|next|this\s+past|this\s+coming|this|past|previous|coming|current)"
_DIR = r"(?i:ago|earlier|later|before|after|from\s+now|hence|back|previously|prior)"

# "earlier"/"later" that open the next time ("its lowest in a decade earlier this week",
# "a two-month high later today"): not a shift of the count before them
_CLAMP_NEXT = (r"\s+(?i:this\s+(?:week|month|year|morning|afternoon|evening|season|quarter)"
               r"|today|tonight|in\s+the\s+(?:day|week|month|year|session))\b")
_DIR_NOT_CLAMP = rf"(?!(?<=earlier){_CLAMP_NEXT})(?!(?<=later){_CLAMP_NEXT})"

# Modifier chains read in front of a core, all optional.
_P_MOD = (
    r"(?:(?P<approx>(?i:about|around|approximately|roughly|circa))\s+)?"
    r"(?:(?P<clamp>(?i:earlier|later|the\s+rest\s+of|the\s+remainder\s+of))\s+"
    r"(?:(?i:in|on|during)\s+)?)?"
    # "by end-March", "end-2025" (Indian and British business news): hyphened only, since
    # "will end 2024 higher" is the verb; not "two hours early on Dec. 23", "a week late
    # in June": the adverb of how far ahead or behind, not a part of the date
    r"(?:(?!(?:" + "|".join(rf"(?<=\b{unit}\s)" for unit in (
        "hours", "minutes", "days", "weeks", "months", "years", "hour", "day", "week",
        "month", "year")) + r")(?:early|late)\s+(?:on|in)\s)"
    rf"(?P<part>(?i:{PART}|end(?=-)))(?:\s+(?i:on|in)\s+|\s+|\s*-\s*))?"
)
# "at about 10:35 a.m.": "at" is a preposition, outside the extent (TimeML)
_P_CLOCK = r"(?:(?P<approx>(?i:about|around|approximately))\s+)?"
# "3 p.m. EDT", "3 p.m. (EDT)": a zone after a clock takes its brackets only in pairs
# ("04:09 UTC (12:09 a.m. EDT) and": the closing one is the restatement's)
_ZONE = rf"(?:\s+(?:\({TZ}\)|{TZ}))"
# the day a clock falls on: "9 a.m. Tuesday", "8 a.m. on Oct. 26"; a capital "On" right
# after the full stop of "a.m." opens the next sentence ("said at 9 a.m. On Tuesday
# morning, Kyiv ...": the clock and "Tuesday morning" are two expressions)
_ON_DAY = (r"(?:,?\s+(?:(?:on|ON|oN|(?<!\.\s)(?<!\.\s\s)On)\s+)?"
           rf"(?P<day>{DAYREF}))?")
# "10:35 a.m. (0735 GMT) Friday": the day after a restated time is still the clock's day
# (a restatement with its own a.m. or p.m., "(1:32 a.m. EDT Monday)", is a clock of its own)
_CLOCK_CONVERSION = (r"(?P<conv>\s*\((?=[^()\n]{0,12}\d)"
                     r"(?!\s*\d\d?(?:[:.]\d\d)?\s*[ap]\.?\s?m\b)[^()\n]{1,24}\))?")
_CLOCK_HOUR_WORDS = CLOCK_HOUR_WORDS
# a clock's hour and minutes, written ("6:30") or spoken ("six thirty", "nine-oh-five")
_HOUR_READING = (rf"(?P<h>\d\d?|{CLOCK_HOUR_WORDS})(?:[:.](?P<mi>[0-5]\d)"
                 rf"|(?<=[a-z])[\s-]+(?P<mw>{CLOCK_MINUTE_WORDS}))?")
# the zones a broadcaster names after a clock ("twelve thirty Eastern", "eighteen hundred
# Universal Time", "7:42 ET"); TZ less its "Moscow time" forms, which want a day after them
_SPOKEN_TZ = (r"(?:(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?(?:\s+[Tt]ime)?"
              rf"(?![\w-]|\s+(?!(?:{WEEKDAY}|{MONTH}))[A-Z])"
              r"|Universal\s+Time|Greenwich\s+Mean\s+Time|GMT|UTC|[ECMP][SD]?T)\b")
# "eighteen hundred Universal Time", "fourteen hundred hours": the military hour, spoken
_SPOKEN_MILITARY = (r"(?P<milw>(?i:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                    r"|seventeen|eighteen|nineteen|twenty|twenty[\s-]one|twenty[\s-]two"
                    r"|twenty[\s-]three|zero[\s-]one|zero[\s-]two|zero[\s-]three|zero[\s-]four"
                    r"|zero[\s-]five|zero[\s-]six|zero[\s-]seven|zero[\s-]eight|zero[\s-]nine))"
                    rf"[\s-]+(?i:hundred)(?:[\s-]+(?P<milmw>{CLOCK_MINUTE_WORDS}))?")
# the parts of day a clock reading or a reference names ("4 in the morning", "that night")
_DAY_PART = r"(?i:morning|afternoon|evening|night)"
# "his first 100 days", "her final two years in office": a possessive stands for "the"
# before an ordinal of the holder's own time (TimeBank's "its fourth quarter")
_P_DURATION = (
    rf"(?:(?P<mod>(?i:{APPROX}))\s+)?(?:(?P<the>(?i:the)|(?i:his|her|its|their)"
    r"(?=\s+(?i:first|final|initial|entire|whole|full)\s))\s+(?:(?P<anch>(?i:past"
    r"|last|next|previous|coming|first|final|following|remaining|other|initial|same|entire|latest"
    r"|trailing|ensuing|intervening|subsequent|succeeding|preceding|prior"
    # a stretch at one end of a match, a session, a campaign: "the opening 45 minutes",
    # "the closing two weeks", "the dying minutes"
    r"|opening|closing|dying"
    r"|whole|full))\s+)?)?")
_P_THE = r"(?:(?P<the>(?i:the))\s+)?"
# "on the evening of Aug. 14, 1987", "the early morning of 3 March": that part of the day.
# Not "the night of Oct. 23", which TimeBank dates by its day ("shot to death on the night
# of Oct. 23": "Oct. 23" alone), a night running into the next one
_P_PART_OF_DAY = (r"(?:(?i:the)\s+(?:(?P<dpmod>(?i:early|late))\s+)?"
                  r"(?P<dpod>(?i:morning|afternoon|evening))\s+(?i:of)\s+)?")
_P_REL = rf"(?:(?P<rel>{_REL})\s+)?"
# "this coming Sunday, March eighth": the date fixes the day, the relative word goes with it
_P_WEEKDAY = (rf"(?:(?:(?i:this\s+coming|this\s+past)\s+(?={WEEKDAY}))?"
              rf"(?P<wd>{WEEKDAY}|{WEEKDAY_SHORT}),?\s+)?")
# a month or season named from the story's own time ("He moved to Memphis in 1953. That
# summer, ...", "the following spring"), not from the publication date
_P_ANAPHORIC = rf"(?:(?P<ana>(?i:{_alt(ANAPHORIC_RELS)}))\s+)?"
# the same before an optional "the": "warn that the winter of 2022-23 could ..." has a
# clause's "that", never a determiner, in front of "the"
_P_ANAPHORIC_NOT_THE = rf"(?:(?P<ana>(?i:{_alt(ANAPHORIC_RELS)}))\s+(?!(?i:the)\s))?"

# "80 years ago Thursday", "30 years ago tonight", "50 years ago this week": the day
# (night, week) named, that many units back (anniversary stories)
_AGO_DAY = (r"(?:(?<=ago|AGO|Ago)\s+(?:(?i:on)\s+(?=[A-Z]))?(?P<agoday>" + WEEKDAY
            + r"|(?i:today|tonight"
            r"|this\s+week|this\s+month))\b(?!['’]s\b))?")

# "a year or more", "a week or longer", "an hour or two": the tail is the duration's
_OR_MORE_END = (r"(?![\s-]+(?i:years?|months?|weeks?|days?|hours?|minutes?|decades?|times"
                r"|than|people|more)\b)")

# words between a count and its unit: "two more years", "five straight trading days"
_COUNT_QUALIFIERS = (r"(?:\s+(?i:more|additional|straight|consecutive|full|whole|entire"
                     r"|business|working"
                     r"|trading|calendar|school)){0,2}")

RULES: tuple[Rule, ...] = (
    _rule("iso_date",
          r"(?P<y>1\d{3}|20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
          r"(?:T(?P<h>[012]\d):(?P<mi>[0-5]\d)(?::[0-5]\d)?)?(?![\d-])", iso_date, 5),
    _rule("iso_week", r"\b(?P<y>1\d{3}|20\d\d)-?W(?P<w>\d\d)\b", iso_week, 5),
    _rule("numeric_date",
          r"(?P<a>\d\d?)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)"
          r"(?![\d/]|[.-]\d)", numeric_date, 5),
    _rule("month_day",
          rf"(?P<mon>{MONTH})\s*(?P<day>{DAY})"
          rf"(?:\s*(?:[-–—]|(?i:to|through|and))\s*(?P<day2>{DAY}))?"
          rf"(?:,?\s+(?P<year>{YEAR})"
          # "Jan. 1 of next year", "July 1 of last year": the day of the year named
          r"|\s+(?i:of)\s+(?P<rely>(?i:last|next|this))\s+(?i:year)(?!['’]))?(?![\d])",
          explicit_date, 4,
          prefix=r"(?:(?P<weekof>(?i:the\s+week\s+of))\s+)?" + _P_PART_OF_DAY + _P_MOD
          + _P_WEEKDAY),
    _rule("day_month",
          rf"(?P<day>{DAY})"
          # "1-3 March"; "between 1 and 3 March", "from 1 to 3 March", "on 7 and 8 May"
          rf"(?:(?:\s*[-–—]\s*|\s+(?P<dlink>(?i:to|and|until|till|through))\s+)(?P<day2>{DAY}))?"
          rf"(?:\s+(?i:of))?\s+(?P<mon>{MONTH_AFTER_DAY})"
          rf"(?:,?\s+(?P<year>{YEAR})"
          r"|\s+(?i:of)\s+(?P<rely>(?i:last|next|this))\s+(?i:year)(?!['’]))?", day_month, 4,
          prefix=_P_PART_OF_DAY + _P_MOD + _P_WEEKDAY + _P_THE),
    # spoken dates: "on the seventh of June", "the twenty-first of March, 2024"
    _rule("day_month_words",
          rf"(?i:the)\s+(?P<dword>(?i:{_ORD_WORDS}))\s+(?i:of)\s+(?P<mon>{MONTH_AFTER_DAY})"
          rf"(?:,?\s+(?P<year>{YEAR}|{SPOKEN_YEAR}))?\b", day_month, 4),
    # British and spoken: "Tuesday the tenth", "Wednesday the 4th of March"
    _rule("weekday_the_day",
          rf"(?P<wd>{WEEKDAY}),?\s+(?i:the)\s+(?P<dword>(?i:{_ORD_WORDS})|(?:[12]?\d|3[01])"
          rf"(?:st|nd|rd|th))\b(?![\s-]+(?!(?i:of)\b)[a-z]|\s+(?i:of)\s+(?!{MONTH_AFTER_DAY}))"
          rf"(?:\s+(?i:of)\s+(?P<mon>{MONTH_AFTER_DAY}))?(?:,?\s+(?P<year>{YEAR}|{SPOKEN_YEAR}))?",
          weekday_the_day, 4),
    # spoken dates: "March twenty-ninth", "Monday, January fifteenth", "September
    # eleventh, two thousand one"
    _rule("month_day_words",
          rf"(?P<mon>{_MONTH_FULL})\s+(?:(?i:the)\s+)?(?P<dword>(?i:{_ORD_WORDS}))\b"
          r"(?![\s-]+(?i:quarter|half|round|time|times|place|term|century|anniversary|largest"
          r"|biggest|highest|lowest|straight|consecutive|year|week|day|month)\b|-)"
          rf"(?:,?\s+(?P<year>{YEAR}|{SPOKEN_YEAR}))?", month_day_words, 4,
          prefix=_P_PART_OF_DAY + _P_MOD + _P_WEEKDAY),
    # "epidemiological week 32", "epi week 6 of 2024", "week 40 of 2023": a numbered
    # (ISO) week, as surveillance bulletins count them; a bare "week 5" (of a league, a
    # trial) is not one
    _rule("numbered_week",
          r"(?i:week)\s+(?:(?i:no\.|number)\s*)?(?P<w>[1-5]?\d)\b"
          rf"(?:\s+(?i:of)\s+(?:(?P<y>{YEAR})|(?P<this>(?i:the|this)\s+year))\b)?"
          r"(?![.,]\d|-)",
          numbered_week, 4,
          prefix=r"(?:(?P<kind>(?i:epidemiological|epidemiologic|epi|surveillance|reporting"
          r"|iso|calendar))\s+)?"),
    # "the first week of April", "the last week of February 2024": that ISO week
    _rule("week_of_month",
          r"(?i:the)\s+(?P<ord>(?i:first|second|third|fourth|last|final|1st|2nd|3rd|4th))\s+"
          rf"(?i:week)\s+(?i:of)\s+(?:(?P<mon>{MONTH_AFTER_DAY})(?:,?\s+(?P<year>{YEAR}))?"
          # "the first week of next month", "the second week of this month"
          r"|(?P<mrel>(?i:this|next|last))\s+(?i:month))\b",
          week_of_month, 4),
    # "the first Monday in October", "the last Friday of September 2025": that day
    _rule("weekday_of_month",
          r"(?i:the)\s+(?P<ord>(?i:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th"
          rf"|5th))\s+(?P<wd>{WEEKDAY})\s+(?i:of|in)\s+(?P<mon>{MONTH_AFTER_DAY})"
          rf"(?:,?\s+(?P<year>{YEAR}))?\b",
          weekday_of_month, 4),
    _rule("month_year",
          rf"(?P<mon>{MONTH}),?\s+(?:(?i:of)\s+)?(?P<year>{YEAR}|{SPOKEN_YEAR})", month_year, 4,
          prefix=_P_MOD),
    _rule("month_named",
          rf"(?P<mon>{MONTH_NAMED})\b"
          # "March next year", "June of last year"
          r"(?:\s+(?:(?i:of)\s+(?=(?i:last|next|this)\s+(?i:year)(?!['’])))?"
          r"(?P<rely>(?i:last|next|this))\s+(?i:year)"
          # "in March of that year", "June of the following year": the story's year
          r"|\s+(?i:of)\s+(?P<anayear>(?i:that|that\s+same|the\s+same|the\s+following"
          r"|the\s+next|the\s+previous|the\s+preceding))\s+(?i:year)\b)?", month_named, 3,
          prefix=_P_MOD + _P_ANAPHORIC + _P_REL),
    _rule("year",
          # "by 2100": a year past this century only after a preposition of time
          rf"(?P<year>{YEAR}|2[1-9]\d\d(?!\d))(?![.,]\d|\d|\s*%|-\d)", year, 2,
          prefix=_P_MOD
          + r"(?:(?P<fiscal>(?i:fiscal\s+years|fiscal\s+year|fiscal|calendar\s+year|calendar|year)"
          r"|FY)\s*'?)?"),
    _rule("year_range",
          rf"(?P<y1>{YEAR})(?:\s*[-–—]\s*|(?P<slash>/))(?P<y2>{YEAR}|\d\d(?!\d))"
          r"(?![.,/]\d|\s*%)", year_range, 3,
          prefix=r"(?:(?P<fiscal>(?i:fiscal\s+years|fiscal|FY))\s*)?"),
    _rule("decade", r"(?P<dec>1[0-9]\d0|20\d0)'?s\b", decade, 3, prefix=_P_MOD + _P_THE),
    _rule("decade_short", r"['’](?P<short>[0-9]0)s\b", decade, 3, prefix=_P_MOD + _P_THE),
    # "the sixties"; transcripts spell the century too: "the nineteen-sixties"
    _rule("decade_words", rf"(?P<words>(?i:{_alt(DECADE_WORDS)}))\b", decade, 3,
          prefix=_P_MOD + _P_THE + r"(?:(?P<cent>(?i:eighteen|nineteen|twenty))[\s-]+)?"),
    _rule("century", r"(?P<ord>\d{1,2}(?:st|nd|rd|th))[\s-]+(?i:century)\b", century, 3,
          prefix=_P_MOD + _P_THE),
    _rule("century_words", rf"(?P<ord>(?i:{_ORD_WORDS}))[\s-]+(?i:century)\b", century, 3,
          prefix=_P_MOD + _P_THE),
    # (the core is the rare word, the pair before it read backwards: see Rule)
    _rule("century_pair", r"(?i:centuries)\b", century_pair, 3,
          prefix=_P_MOD + _P_THE
          + rf"(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|(?i:{_ORD_WORDS}))\s+(?i:and|or|to|through|into)\s+"
          r"(?:(?P<part2>(?i:early|mid|late))[\s-]+)?"
          rf"(?P<ord2>\d{{1,2}}(?:st|nd|rd|th)|(?i:{_ORD_WORDS}))[\s-]+"),
    _rule("season",
          rf"\b(?P<season>(?i:{SEASON}))\b(?:\s+(?:(?i:of)\s+)?(?P<year>{YEAR}|{SPOKEN_YEAR})"
          # "the winter of 1897-98", "winter 2013/14": the season that starts in the first
          r"(?:[-–/](?P<year2>\d\d(?:\d\d)?)(?![\d-]))?"
          # "the fall of that year", "the spring of the following year": the story's year
          r"|\s+(?i:of)\s+(?P<anayear>(?i:that|that\s+same|the\s+same|the\s+following"
          r"|the\s+next|the\s+previous|the\s+preceding))\s+(?i:year)\b"
          # "the autumn of next year", "the summer of last year", "spring next year"
          r"|\s+(?:(?i:of)\s+)?(?P<rely>(?i:last|next|this))\s+(?i:year)(?!['’])"
          # "the fall semester", "the spring term": the school's part of the season
          r"|\s+(?P<term>(?i:semester|term))\b(?![\s-]+(?i:of)\b))?"
          # "the winter session of Parliament", "the Budget and monsoon sessions": a sitting
          # named for its season, not the season
          r"(?!\s+(?i:session|sessions)\b)",
          season, 3, prefix=_P_MOD + _P_ANAPHORIC_NOT_THE + _P_THE + _P_REL),
    # "two summers ago", "three winters ago": the season that many back (the count read
    # as a prefix: scanning from every number word is slow)
    _rule("seasons_ago", rf"(?P<season>(?i:{SEASON}))s?\s+(?i:ago)\b", seasons_ago, 3,
          prefix=rf"(?P<num>(?i:a|one)|{NUMBER})\s+"),
    _rule("quarter",
          r"\b(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|last|final|back|front))[\s-]+"
          # ("its second fiscal quarter": Cisco's and Apple's order of words)
          r"(?:(?i:fiscal)\s+(?=(?i:quarter)\b))?"
          # ("the first quarter-over-quarter increase": a comparison, not a quarter)
          r"(?P<unit>(?i:quarter|half(?!-)))\b(?!-(?i:over|on)-)"
          # "the first half of FY25" (Indian results): that fiscal year's half
          rf"(?:\s+(?:(?i:of)\s+)?(?:(?:(?i:fiscal\s+|calendar\s+)|FY\s?)?(?P<year>{YEAR})"
          r"|FY\s?['’]?(?P<fyy>\d\d)(?![\d%])"
          r"|(?:(?i:the)\s+)?(?P<rely>(?i:this|last|next|the|current))\s+(?:(?i:year"
          # "the first quarter of the current fiscal (year)", "Q2 of this financial year"
          r"|fiscal\s+year|financial\s+year)\b|(?i:fiscal)\b(?![\s-]+(?i:deficit|deficits|policy"
          r"|stimulus|gap|target|targets|consolidation|position|space|spending|cliff|rules"
          r"|plan|package|support|measures|year|years|budget|outlook)\b))))?",
          quarter, 3,
          # ("its fiscal 2025 third quarter")
          prefix=_P_MOD + _P_THE + rf"(?:(?:(?i:fiscal)\s+)?(?P<year0>{YEAR})\s+)?"
          r"(?:(?P<rely>(?i:this|last|next))\s+(?i:year)['’]s\s+)?"
          r"(?:(?P<ago>(?i:year-ago|year-earlier|prior-year))\s+)?"
          r"(?:(?i:fiscal)(?:\s+|-))?"),
    # "the January-March quarter", "the April-June period" (Asian and Indian statistics)
    _rule("month_span_quarter",
          # ("the July-to-September period": British statistics)
          rf"(?P<m1>{MONTH_AFTER_DAY})(?:\s*[-–/]\s*|-to-|\s+to\s+)(?P<m2>{MONTH_AFTER_DAY})\s+"
          rf"(?:(?P<year0>{YEAR})\s+)?(?P<unit>(?i:quarter|period|half))\b"
          rf"(?:\s+(?:(?i:of)\s+)?(?P<year>{YEAR}))?",
          month_span_quarter, 3, prefix=_P_THE),
    # "the June quarter"; "the December half" (Australian results): the quarter (half)
    # ending in that month
    _rule("month_quarter",
          rf"(?P<mon>{MONTH_AFTER_DAY})[\s-]+(?:(?P<year0>{YEAR})\s+)?(?P<unit>(?i:quarter|half(?!-)))\b"
          rf"(?!-?(?i:ly))(?:\s+(?:(?i:of)\s+)?(?P<year>{YEAR}))?",
          month_quarter, 3, prefix=_P_THE),
    # "the holiday quarter", "holiday-quarter sales" (Apple, retailers): October to
    # December, placed like "the December quarter"
    _rule("holiday_quarter", r"(?i:holiday)[\s-]+(?i:quarter)\b(?!-?(?i:ly))",
          lambda m, t: Spec("named", gran="quarter", quarter=4), 3, prefix=_P_THE),
    _rule("quarter_short",
          rf"(?P<q>[1-4])(?P<qh>[QH])(?:['’]?(?P<yy>\d\d)|\s+(?:FY\s?)?(?P<year>{YEAR})"
          # "1H FY25", "2H FY2024" (Australian results): that fiscal year's half
          r"|\s*FY\s?['’]?(?P<fyy>\d\d))(?![\d%])",
          quarter_short, 3),
    _rule("quarter_code",
          # Indian results: "Q2 FY26", "Q3FY25", "H1 FY2026", "Q4 of FY24": the fiscal
          # year's quarter (half), the year named as "FY26" alone is
          r"(?P<qh>[QH])(?P<q>[1-4])(?:\b|(?=FY\s?['’]?\d\d))"
          rf"(?:\s*(?:FY\s?)?(?P<year>{YEAR})"
          r"|\s*(?:(?i:of)\s+)?FY\s?['’]?(?P<fyy>\d\d)(?![\d%]))?",
          quarter, 3, prefix=_P_MOD + rf"(?:(?P<year0>{YEAR})\s*)?"),
    _rule("latest_quarter",
          r"\b(?i:the)\s+(?:(?P<w>(?i:latest|most\s+recent|just-ended|recent|year-ago"
          r"|year-earlier|prior-year|prior\s+year|comparable\s+year-ago|comparable\s+prior-year"
          r"|comparable|corresponding|same))\s+)?"
          r"(?P<unit>(?i:quarter|period))\b(?!-)", latest_quarter, 1),
    _rule("period_of_year",
          rf"\b(?i:the)\s+(?:(?P<year>{YEAR})\s+(?:(?i:fiscal)\s+)?(?i:period|quarter)"
          r"|(?i:corresponding|comparable|same)\s+(?i:period|quarter)\s+(?P<last>(?i:last\s+year"
          r"|of\s+last\s+year|a\s+year\s+(?:ago|earlier)|the\s+previous\s+year))"
          r"|(?i:period|quarter)\s+(?P<ago>(?i:a\s+year\s+(?:ago|earlier)))"
          # "compared with a loss in the same quarter of 2023"
          rf"|(?i:corresponding|comparable|same)\s+(?i:period|quarter)\s+(?i:of)\s+(?P<year2>{YEAR}))\b",
          period_of_year, 4),
    # "up 2.1% from the same month last year": the month under discussion, a year back
    _rule("same_unit_last_year",
          r"\b(?i:the)\s+(?i:same|corresponding)\s+(?P<unit>(?i:month|week|day))\s+"
          r"(?i:last\s+year|of\s+last\s+year|a\s+year\s+(?:ago|earlier)|the\s+previous\s+year"
          r"|of\s+the\s+previous\s+year)\b",
          lambda m, t: Spec("ref", unit="year", count=-1, gran=m.group("unit").lower(),
                            out="year", rel="shift"), 4),
    _rule("last_years_quarter",
          r"\b(?P<rely>(?i:last|this))\s+(?i:year['’]s)\s+(?i:quarter|period)\b",
          period_of_year, 4),
    # "reported problems in the last hour", "within the next hour": a stretch of an hour
    # ending (starting) now; "the last hour of the match" is its final hour
    _rule("hour_stretch",
          r"\b(?P<rel>(?i:the\s+(?:past|last|previous|next|coming)))\s+(?i:hour)\b"
          r"(?!\s+(?i:of)\b|[-'’])",
          lambda m, t: Spec("duration", type="DURATION", count=1, unit="hour",
                            anchored="next" if m.group("rel").lower().split()[-1]
                            in ("next", "coming") else "past"), 2),
    _rule("relative_unit",
          r"\b(?P<rel>(?i:the\s+past|the\s+last|the\s+previous|the\s+prior|the\s+following"
          r"|the\s+next|the\s+ensuing|the\s+subsequent|the\s+succeeding"
          r"|the\s+same|the\s+very\s+same|the\s+preceding|the\s+current|the\s+coming"
          r"|that\s+same|that"
          r"|this\s+past|this\s+coming|last|next|this|current"
          r"|coming))\s+(?:(?P<longwe>(?i:long|bank\s+holiday))\s+(?=(?i:weekend)\b))?"
          r"(?P<unit>(?i:week|weekend|fortnight|month|year|decade|century|quarter|day|date))\b"
          r"(?P<orso2>\s+(?i:or\s+so)\b)?",
          relative_unit, 2, prefix=_P_MOD),
    _rule("day_word",
          r"\b(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today"
          r"|tonight|tomorrow|yesterday|this|last))\b"
          rf"(?:\s+(?P<pod>{_DAY_PART}))?\b", day_word, 2,
          prefix=_P_MOD),
    _rule("all_period",
          # (TimeBank leaves "all day" and "all week" untagged: "events were held all day")
          r"\b(?i:all)\s+(?P<unit>(?i:weekend|morning|afternoon|evening|night))\b"
          # "open all day, every day": always, not one day
          r"(?![-’']|,?\s+(?i:every|each)\b)", all_period, 1),
    _rule("overnight",
          r"\b(?i:overnight)\b(?=\s*(?:[,.;:)!?]|$)|\s+(?i:on|in|into|to|from|at|near|across"
          r"|along|as|after|before|amid|and|when|while|local|but|then|until|till)\b)",
          overnight, 2),
    _rule("weekday",
          rf"\b(?P<wd>{WEEKDAY})(?P<plural>s)?\b(?!\.[a-z])"
          # "from Sunday midnight", "by Friday noon" (Indian, British): that clock time
          rf"(?:\s+(?P<pod>{_DAY_PART}s?)|\s+(?P<wclock>(?i:midnight|noon))\b(?![-'’]))?"
          r"(?:,?\s+(?:(?i:of)\s+)?(?P<wrel>(?i:last|next|this))\s+(?i:week)\b"
          # British and Indian English: "from Monday week" (a week after the coming Monday),
          # "Tuesday fortnight" (two weeks after it), "on Friday last" (the Friday just past)
          r"|\s+(?P<wpost>(?i:week|fortnight)(?![\w-])"
          r"|(?i:last)(?![\w-])(?!\s+(?i:week|weekend|month"
          r"|year|night|time|season|quarter|summer|spring|winter|autumn|fall|minute)\b)))?",
          weekday, 2,
          prefix=_P_MOD + r"(?:(?P<rel>(?i:last|next|this\s+past|this\s+coming|this"
          r"|the\s+previous|the\s+following|the\s+next|that))\s+)?"
          # "drones struck overnight Saturday": that weekday's night
          r"(?:(?P<overnight>(?i:overnight))(?:\s+(?i:on))?\s+)?"
          # lower case only: "told Dawn on Monday" is Pakistan's newspaper
          rf"(?:(?P<daybreak>{words(list(DAYBREAK_WORDS), cased=True)})(?:\s+(?i:on))?\s+)?"),
    # "will be credited on the 15th", "the meeting on the 2nd instant" (Indian, British):
    # the day of the month under way, or the nearest as the tense reads it
    _rule("bare_month_day",
          rf"(?i:the)\s+(?P<day>{DAY})(?<=st|nd|rd|th)"
          r"(?:\s+(?P<inst>(?i:inst\.|instant|of\s+this\s+month)))?(?![\w-])"
          r"(?:(?<=inst\.)|(?<=instant)|(?<=month)|(?=\s*[,;:)!?]|\s*\.(?:\s|$)|\s*$|\s+(?i:and|to|at|when|in\s+the)\b))",
          bare_month_day, 2),
    # British English: "a week on Friday" (Friday week), "a fortnight on Monday", "a week
    # today", "a week tomorrow": the day named, one (two) weeks further on
    _rule("week_on_day",
          r"\b(?i:a)\s+(?P<unit>(?i:week|fortnight))\s+(?:(?i:on)\s+(?P<wd>" + WEEKDAY + r")"
          r"|(?P<dw>(?i:today|tomorrow|yesterday)))\b(?![-'’])",
          week_on_day, 4),
    # British and Australian English: "on Monday the 24th", "Friday 13th": the day of the
    # month named with its weekday, the month left to the reader ("the 24th of April" is
    # day_month's)
    _rule("weekday_month_day",
          rf"(?P<wd>{WEEKDAY}),?\s+(?:(?i:the)\s+)?(?P<day>{DAY})"
          r"(?<=st|nd|rd|th)(?!\s+(?i:of)\b|\s+" + MONTH_AFTER_DAY + r"\b)",
          weekday_month_day, 3),
    # "file a rejoinder before that date": the day under discussion
    _rule("that_date",
          r"\b(?i:that|that\s+same)\s+(?i:date)\b(?![-'’]|\s+(?i:of|with|for|in)\b)",
          lambda m, t: Spec("ref", unit="day", count=0, gran="day"), 2),
    # "Thurs." alone: a dateline or table weekday (the full stop tells it from "Wed",
    # "Sat"; "Sun." is a newspaper)
    _rule("weekday_abbr", rf"(?P<wd>{WEEKDAY_ABBR})(?!\w)", weekday, 2,
          prefix=_P_MOD + r"(?:(?P<rel>(?i:last|next|this|that))\s+)?"),
    _rule("clock",
          r"(?P<h>\d\d?)(?:[:.](?P<mi>[0-5]\d))?\s*"
          r"(?P<ampm>[ap]\.\s?m\.|[ap]m\b|[AP]M\b|[ap]\.m\b)"
          rf"{_ZONE}?{_CLOCK_CONVERSION}{_ON_DAY}",
          clock, 4,
          prefix=_P_CLOCK),
    # spoken: "six a.m.", "six forty-five p.m. Tuesday" (the core starts at the a.m.: hour
    # words are too common a start to scan from)
    _rule("clock_spoken_ampm",
          # (each alternative opens with its letter, so that re scans for the four letters)
          r"(?P<ampm>a\.\s?m\.|p\.\s?m\.|am\b|pm\b|AM\b|PM\b|a\.m\b|p\.m\b)"
          rf"(?:\s+\(?{TZ}\)?)?{_CLOCK_CONVERSION}{_ON_DAY}",
          clock, 4,
          prefix=_P_CLOCK + rf"(?P<h>{CLOCK_HOUR_WORDS})"
          rf"(?:[\s-]+(?P<mw>{CLOCK_MINUTE_WORDS}))?\s+"),
    _rule("clock_words",
          rf"(?P<special>(?i:noon|midnight|midday))\b{_ZONE}?"
          rf"{_ON_DAY}", clock, 4, prefix=_P_CLOCK),
    # "4 in the morning", "six o'clock", "7 o'clock in the evening": the part of day
    # says a.m. or p.m. (Rules whose phrases start with a number begin their core at a
    # rarer word and read the number as a prefix: scanning from every digit is slow.)
    _rule("clock_oclock",
          rf"(?P<oclock>(?i:o['’]clock))(?:\s+(?i:in\s+the)\s+(?P<pod>{_DAY_PART}))?"
          rf"\b(?!\s+(?i:{_alt(PART_OF_DAY_NOUNS)})\b)(?:\s+\(?(?P<zone>{TZ})\)?)?"
          rf"{_ON_DAY}", clock, 4,
          prefix=_P_CLOCK + rf"(?P<h>\d\d?|{_CLOCK_HOUR_WORDS})(?:[:.](?P<mi>[0-5]\d))?\s+"),
    _rule("clock_in_part",
          rf"(?P<pod2>{_DAY_PART})\b"
          rf"(?!\s+(?i:{_alt(PART_OF_DAY_NOUNS)})\b)"
          rf"{_ON_DAY}", clock, 4,
          prefix=_P_CLOCK + _HOUR_READING + r"\s+(?i:in\s+the)\s+"),
    # "at 11 this morning", "at 9:09 tonight": a clock reading the day word's part of the
    # day puts in the morning or the evening
    _rule("clock_day_part",
          rf"(?P<day>{DAY_WITH_PART}|(?i:tonight|tomorrow|today)\b)(?:\s+\(?(?P<zone>{TZ})\)?)?",
          clock, 4,
          prefix=_P_CLOCK + _HOUR_READING + r"\s+"),
    # broadcast clocks: "twelve thirty Eastern", "at nine Eastern", "eighteen hundred
    # Universal Time", "7:42 Eastern"
    _rule("clock_spoken_zone",
          rf"(?P<zone>{_SPOKEN_TZ}){_ON_DAY}", clock, 4,
          prefix=_P_CLOCK + rf"(?:{_HOUR_READING}|{_SPOKEN_MILITARY})\s+"),
    # "at around nine twenty Friday night": a spoken clock, then its day
    _rule("clock_spoken_weekday",
          rf"(?P<day>{WEEKDAY})(?!s\b)(?:\s+(?P<pod>{_DAY_PART}))?\b", clock, 4,
          prefix=_P_CLOCK + rf"(?P<h>{CLOCK_HOUR_WORDS})[\s-]+(?P<mw>{CLOCK_MINUTE_WORDS})\s+"),
    # "twenty past seven", "a quarter to nine", "four minutes past eleven", "half past two"
    _rule("clock_past",
          rf"(?P<pdir>(?i:past|after|to))\s+(?P<h>{CLOCK_HOUR_WORDS}|1[0-2]|[1-9])\b"
          r"(?![\s-]+(?i:minutes?|hours?|days?|weeks?|months?|years?|percent|per|points?|of)\b"
          r"|[\s-]*(?:%|[:.,]\d))"
          r"(?:\s+(?P<oclock>(?i:o['’]clock))\b)?"
          rf"(?:\s+(?i:in\s+the)\s+(?P<pod>{_DAY_PART})\b)?(?:\s+\(?(?P<zone>{TZ})\)?)?"
          rf"{_ON_DAY}", clock, 4,
          prefix=_P_CLOCK + r"(?:(?i:a)\s+)?(?P<pmin>(?i:quarter|half)|"
          + CLOCK_MINUTE_WORDS + r"|" + _alt(ONES) + r"|[1-5]?\d)(?:\s+(?P<pminw>(?i:minutes"
          r"|minute)))?\s+"),
    # "an update at eleven thirty", "by nine-oh-five": a spoken clock after a preposition
    # of time (quarter hours and "oh" minutes only: "closed at two fifty" is a price)
    _rule("clock_spoken_bare",
          r"\b(?i:at|by|until|till|before|around|about)\s+(?P<x>(?P<h>" + CLOCK_HOUR_WORDS
          + r")[\s-]+(?P<mw>(?i:fifteen|thirty|forty[\s-]five)|(?i:oh)[\s-]+" + _alt(ONES)
          + r"))\b(?![\s-]*(?:%|(?i:a|an|per|dollars?|cents?|percent|pence|points?|years?"
          r"|days?|hours?|minutes?|million|billion|thousand|or|to|and)\b))", clock, 4),
    # the anchor's promo: "join us tonight at eleven", "tomorrow morning at 7": the day
    # word and its clock are one moment
    _rule("day_at_clock",
          r"\b(?P<day>(?i:tonight|this\s+evening|tomorrow\s+night|tomorrow\s+morning"
          r"|tomorrow\s+evening|this\s+morning|this\s+afternoon|tomorrow\s+afternoon))"
          r"\s+(?i:at)\s+(?P<h>" + CLOCK_HOUR_WORDS + r"|1[0-2]|[1-9])"
          r"(?:[:.](?P<mi>[0-5]\d)|[\s-]+(?P<mw>" + CLOCK_MINUTE_WORDS + r"))?\b"
          r"(?![\s-]*(?:%|[:.]\d|(?i:a\.m|p\.m|am|pm|o['’]clock|percent|people|points?|years?"
          r"|days?|hours?|minutes?)\b))",
          day_at_clock, 4),
    # "in the early morning hours", "during the overnight hours": a part of the day under
    # discussion
    _rule("part_hours", r"(?i:hours)\b(?!\s+(?i:of)\b)", part_hours, 2,
          prefix=r"(?i:the)\s+(?P<which>(?i:early\s+morning|overnight|wee|small|late\s+night"
          r"|predawn))\s+"),
    # "a tornado touched down just after six", "shortly before nine": an hour alone is a
    # clock when "just after" ("shortly before") leads it and nothing counted follows
    _rule("clock_hour_near",
          r"\b(?i:just|shortly|right|soon|a\s+little)\s+(?i:after|before|past)\s+(?P<x>(?P<h>"
          + CLOCK_HOUR_WORDS + r"))\b(?=\s*(?:[,.;:!?)]|$)|\s+(?i:and|when|as|local|on|in|at"
          r"|this|tonight|last)\b)",
          clock, 4),
    # the anchor's time check: "It's 10:07", "it's six-oh-four in New York"
    _rule("clock_check",
          r"\b(?:[Ii]t['’]s|[Ii]t\s+is|(?<=[Tt]he\s)time\s+is)\s+(?:(?i:now|already|about|almost"
          r"|nearly|exactly|just\s+after|just\s+past|just\s+before|shortly\s+after|a\s+little"
          r"\s+after|coming\s+up\s+on|just)\s+)?"
          r"(?P<x>(?P<h>[01]?\d|2[0-3]|" + CLOCK_HOUR_WORDS + r")"
          r"(?::(?P<mi>[0-5]\d)(?![\d:])|(?<=[a-z])[\s-]+(?P<mw>" + CLOCK_MINUTE_WORDS + r")\b"
          r"(?![\s-]+(?i:a|an|per|dollars?|cents?|percent|years?|days?|minutes?|hours?)\b"
          r"|[\s-]*%))(?:\s+\(?(?P<zone>" + TZ + r")\)?)?)", clock, 4),
    # "14:05 BST", "10.12 GMT": a 24-hour reading is a clock when a time zone follows
    # it; "at 1400 GMT": wire services write the hour and minute as one number
    _rule("clock_zone",
          rf"(?P<zone>{TZ_ABBREVIATION})\b{_ON_DAY}", clock, 4,
          prefix=_P_CLOCK + r"(?:(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)"
          r"|(?P<mil>[01]\d|2[0-3])(?P<milmi>[0-5]\d))\s*"),
    # "at 21:45 on Friday", "at approximately 23:10": a 24-hour reading after a preposition
    # of time, with its approximation
    _rule("clock_24h",
          rf"\b(?i:at|by|until|from|before|after)\s+(?P<x>"
          r"(?:(?P<approx>(?i:around|about|approximately|roughly))\s+)?(?P<h>[01]?\d|2[0-3]):"
          rf"(?P<mi>[0-5]\d)(?![\d:]){_ZONE}?(?:,?\s+(?:on\s+)?(?P<day>{DAYREF}))?)",
          clock, 4),
    # "at 0230 hours Sunday" (military and police statements); "1500 hours of community
    # service" has no preposition of time in front and stays a count of hours
    _rule("clock_hours",
          # "at around 0530 hrs on Wednesday" (Indian police statements): about that time
          rf"\b(?P<prep>(?i:at|by|until|from|before|after|since|around|about))\s+(?P<x>"
          r"(?:(?P<approx>(?i:around|about|approximately))\s+)?(?P<h>[01]\d|2[0-3])"
          # "departed at 0645 local time": the local time says the number is a clock
          rf"(?P<mi>[0-5]\d)(?:\s*(?i:hours|hrs)\b|(?=\s+(?i:local)\s+time\b)){_ZONE}?"
          rf"(?:,?\s+(?:on\s+)?(?P<day>{DAYREF}))?)",
          clock, 4),
    # "between 2 and 4 p.m.", "2-4 p.m.", "10:30-11:45 a.m.": the first end shares the
    # second's a.m. or p.m.
    # "9:00-17:00", "22:00 to 06:00": 24-hour readings on both ends (no a.m./p.m.: both
    # need their minutes); one pattern with the a.m./p.m. ranges, one scan
    _rule("clock_range",
          r"(?P<h>\d\d?)(?::(?P<mi>[0-5]\d))?\s*(?P<link>[-–—]|(?i:to|and|until|till))\s*"
          r"(?P<h2>\d\d?)(?::(?P<mi2>[0-5]\d))?"
          r"(?:\s*(?P<ampm>[ap]\.\s?m\.|[ap]m\b|[AP]M\b|[ap]\.m\b)|(?![\d:]))"
          rf"{_ZONE}?{_ON_DAY}", clock_range, 5),
    _rule("duration_digits",
          rf"(?P<num>{_NUMBER_DIGITS}(?![\d%]))(?:\s+(?P<frac>[13]/[24])(?![\d/])|(?P<ufrac>[½¼¾])"
          # "12 and a half years" (a sentence, a flight time)
          r"|(?P<half>\s+(?i:and\s+a\s+half))"
          # "66 million years ago", "4.5 billion years": geological and cosmic time
          r"|\s+(?P<mult>(?i:million|billion)))?"
          + _COUNT_QUALIFIERS +
          rf"(?P<sep>[\s-]+)(?P<unit>(?i:{UNIT}))(?:-(?i:old|long)|\s+(?i:old|long)\b)?"
          rf"(?:(?:\s+(?P<orso>(?i:or\s+so)))?\s+(?P<dir>{_DIR})\b{_DIR_NOT_CLAMP}{_AGO_DAY}|\s+(?P<orso2>(?i:or\s+so))\b"
          r"|\s+(?P<ormore>(?i:or\s+more|or\s+longer|or\s+two|or\s+three))\b" + _OR_MORE_END + ")?",
          duration, 1, prefix=_P_DURATION),
    _rule("duration",
          rf"(?P<num>{NUMBER_WORDS_LARGE}\b)(?P<half>\s+(?i:and\s+a\s+half))?"
          + _COUNT_QUALIFIERS +
          rf"(?P<sep>[\s-]+)(?P<unit>(?i:{UNIT}))(?P<half2>\s+(?i:and\s+a\s+half)\b)?"
          r"(?:-(?i:old|long)|\s+(?i:old|long)\b)?"
          rf"(?:(?:\s+(?P<orso>(?i:or\s+so)))?\s+(?P<dir>{_DIR})\b{_DIR_NOT_CLAMP}{_AGO_DAY}|\s+(?P<orso2>(?i:or\s+so))\b"
          r"|\s+(?P<ormore>(?i:or\s+more|or\s+longer|or\s+two|or\s+three))\b" + _OR_MORE_END + ")?",
          duration, 1, prefix=_P_DURATION),
    # race results: "1:44.701", "1:52.34", "2:05:11.4" (the core starts at the colon
    # before the seconds; the minutes and hours are read as a prefix)
    _rule("race_time", r":(?P<rs>[0-5]\d)\.(?P<rf>\d{1,3})(?![\d:]|\.\d)", race_time, 3,
          prefix=r"(?<![\d:.,])(?:(?P<rh>\d\d?):(?=[0-5]\d\Z))?(?P<rm>[0-5]?\d)"),
    # "a weeklong visit", "the yearlong inquiry", "a monthslong strike" (AP writes them
    # closed), "decades-long": the article is the noun's
    _rule("long_adjective",
          r"\b(?P<unit>(?i:minutes|minute|hours|hour|days|day|weeks|week|months|month|years"
          r"|year|decades|decade|centuries|century))-?(?i:long)\b", long_adjective, 1),
    _rule("vague_duration",
          # "it will take years", "the repairs took months": how long, count unsaid
          r"(?P<q>(?i:for|in|over|within|take|takes|took|taking|taken|several|many|a\s+few|few"
          # "he had spent months spreading false claims", "they waited weeks for an answer"
          r"|spend|spends|spent|spending|wait|waits|waited|waiting"
          # "it could be days before we know": how long until it happens
          r"|be|been"
          # "famine is a matter of weeks away", "fell in a matter of days"; "talks are
          # (only) days away": how soon, count unsaid
          r"|a\s+matter\s+of|are|is"
          # "there were months when I didn't write", "it was weeks before anyone noticed"
          r"|was|were"
          r"|some|the\s+past\s+few|the\s+last\s+few|the\s+next\s+few)"
          r"|(?<![\w-])(?:are|is)\s+(?:only|just|still|now|probably|likely)"
          # "could take days or even weeks", "within weeks or months": one stretch named
          # by two units (TimeBank: "weeks or months" PXW; the builder finds the first)
          r"|(?<![\w-])(?i:or(?:\s+(?:even|perhaps|possibly|maybe))?|if\s+not))\s+"
          r"(?P<unit>(?i:years|months|weeks|decades|centuries|days|hours|minutes|seconds))\b"
          # "after months of talks", "amid weeks of protests" (not "after hours trading")
          # "they missed months of teaching", "ending weeks of speculation", "rolls back
          # decades of precedent", "capped months of talks"
          r"|(?P<q2>(?i:after|amid|despite|through|missed|lost|endured|suffered"
          r"|ending|ended|ends|roll\s+back|rolls\s+back|rolled\s+back|rolling\s+back"
          r"|caps|capped|capping|reverses|reversed|reversing|undoes|undid|undoing"
          r"|erases|erased|erasing|overturns|overturned|overturning"
          # disasters: "braced for days of high water", "residents face weeks of cleanup",
          # "the fire follows years of drought"
          r"|brace\s+for|braces\s+for|braced\s+for|bracing\s+for|face|faces|faced|facing"
          r"|follows|followed|following|survived|withstood|endure|endures))\s+"
          r"(?P<unit2>(?i:years|months|weeks|decades|days|hours))(?=\s+of\b)",
          vague_duration),
    # the same, the stretch named first (one rule of its own: its first letters are few,
    # so re rejects most of the text at one character each, see fast_start.py)
    _rule("vague_duration_unit_first",
          # "Months of talks ended in failure": a sentence that opens with the stretch
          r"(?:(?<=^)|(?<=[.!?]\s)|(?<=[\n“\"]))(?P<unit5>(?:Years|Months|Weeks|Decades|Days))"
          r"(?=\s+of\s+[a-z])"
          # "in the days that followed", "the years following the war": how long the
          # aftermath ran (TimeBank: "years", without the article)
          r"|(?<=\b[Tt]he\s)(?P<unit3>(?i:hours|days|weeks|months|years|decades))"
          r"(?=\s+(?i:following"
          r"|that\s+followed|after\s+(?i:the|his|her|its|their))\b)"
          # "Minutes after takeoff", "in the weeks before the attack": shortly after
          # (before) the event under discussion, like "minutes later"
          r"|(?P<unit4>(?i:seconds|minutes|hours|days|weeks))(?=\s+(?P<dir4>(?i:after|before"
          r"|leading\s+up\s+to|preceding))\s+(?i:the|his|her|its|their|a|an|takeoff|landing"
          r"|midnight|dawn)\b)"
          # "became leader months after the party's defeat", "running years behind
          # schedule": how far apart, count unsaid (TimeBank: DURATION PXM)
          r"|(?P<unit6>(?i:months|years|decades))(?=\s+(?:(?i:after|before)\s+(?:(?i:the|his|her"
          r"|its|their|a|an|he|she|it|they|we)\b|[A-Z])|(?i:behind|ahead\s+of)\s+(?i:schedule"
          r"|the|its|their|his|her)\b))"
          r"|(?P<unit7>(?i:days|weeks))(?=\s+(?i:behind|ahead\s+of)\s+(?i:schedule)\b)",
          vague_duration),
    # "riots broke out decades ago", "he arrived minutes ago": some time back, how long
    # unsaid
    _rule("vague_ago",
          r"\b(?i:moments|seconds|minutes|hours|days|weeks|months|years|decades|centuries)"
          r"\s+(?i:ago)\b",
          vague_ago),
    # "the future of AI", "the weeks ahead of the vote": a noun phrase, not a time
    _rule("vague", rf"\b(?i:{_alt(VAGUE_EXPRESSIONS)})\b(?!\s+(?i:of)\b)", vague),
    _rule("vague_units",
          rf"\b(?P<adj>(?i:{_alt(VAGUE_UNIT_ADJECTIVES)}))\s+"
          r"(?P<unit>(?i:years|months|weeks|days|hours|decades|quarters))\b"
          # "over the coming weeks and months": one stretch ahead
          r"(?:\s+(?i:and|or)\s+(?P<unit2>(?i:years|months|weeks|days|decades))\b)?", vague_units,
          prefix=r"(?:(?i:the)\s+)?"),
    _rule("year_earlier",
          r"\b(?i:year-earlier|year-ago|prior-year|year\s+earlier|year\s+ago)\b"
          r"(?!\s+(?i:quarter|period))",
          lambda m, t: Spec("ref", unit="year", count=-1, gran="year", out="year", rel="shift"), 1),
    _rule("the_unit",
          r"\b(?i:the)\s+(?:(?P<full>(?i:full|whole|entire))\s+)?"
          # "the long weekend" (Australia, NZ, Ireland, Canada), "the bank holiday weekend"
          # (Britain, Ireland), "the holiday weekend": the weekend, a day longer; a film's
          # or a show's "the opening weekend": the weekend, by tense
          r"(?:(?i:long|bank\s+holiday|holiday|opening)\s+(?=(?i:weekend)\b))?"
          r"(?P<unit>(?i:weekend|year|month|week|day|decade|century))\b(?![-’']|\s+(?i:of|before|after|earlier"
          # "the end of the month to avert a shutdown" is a date and an infinitive of
          # purpose (the builder wants the "end of"); "the year to March", "the week to
          # Friday" are stretches the builder reads
          # ("its gain since the start of the year to 19%", "cut its loss for the year to
          # $3 million": the year, and what the figure came to)
          r"|later|ago|to(?!\s+(?!date\b)[a-z])(?!\s+(?:" + MONTH + "|" + WEEKDAY + r")\b)"
          r"(?!\s+(?:[$€£]|\d[\d.,]*\s*(?:%|(?i:per\s*cent|percent|pct)\b)))"
          r"|in|that|when|which|before|since|-))", the_unit, 1,
          prefix=_P_MOD),
    # "in the week since the invasion began", "the months since the election", "in the
    # days since,": how long the stretch from the event to the time of the report has run
    _rule("unit_since",
          r"\b(?i:the)\s+(?P<unit>(?i:day|week|fortnight|month|year|decade|days|weeks|months"
          r"|years|decades))(?=\s+(?i:since)(?:\s+(?i:the|his|her|its|their|then|[A-Z])"
          # "in the days since, rescuers have ...": since the event just told
          r"|\s*[,.;:—–]))",
          unit_since, 1),
    # "after weekend talks in Geneva", "weekend protests": the weekend of the event, past
    # or coming by tense ("a weekend visit" is any weekend)
    _rule("weekend_event",
          r"\b(?P<unit>(?i:weekend))(?=\s+(?i:" + _alt(sorted(WEEKEND_EVENT_NOUNS)) + r")\b)",
          weekend_event, 1),
    _rule("fiscal_year",
          r"\b(?:(?i:the)\s+(?:(?P<rel>(?i:current|latest|new|next|last|previous|past|coming"
          # "expenses for the full fiscal year"
          r"|full|whole|entire))\s+)?"
          # "revenue will reach $10 billion next fiscal year": no article needed
          r"|(?P<rel2>(?i:next|last|this|current))\s+)"
          # "by the end of the calendar year", "next calendar year": the year itself
          r"(?:(?i:fiscal\s+year|financial\s+year|calendar\s+year)\b(?!\s+(?:\d|(?i:ends)\b))"
          # Indian business news: "in the current fiscal", "this fiscal", "last fiscal" (a
          # noun only where no noun follows: "the current fiscal deficit" is not a year)
          r"|(?i:fiscal)(?=\s*(?:[,.;:)]|$)|\s+(?i:and|or|to|as|when|while|which|compared"
          r"|against|from|in|on|at|by|with|amid|despite|but|is|was|will|has|had|after"
          r"|before|than|so|too|itself)\b))",
          fiscal_year, 2, prefix=_P_MOD),
    # forecasts: "3.2% this year and 3.3% next", "rates will stay high this year or next"
    _rule("elided_next",
          r"\b(?i:this)\s+(?P<unit>(?i:year|month|week|quarter))\b[^.;:!?\n]{0,40}?"
          # the other figure may stand in between: "and 3.3 per cent next"
          r"\b(?i:and|or)\s+(?:[\w%$£€.,-]+\s+){0,4}?(?P<nx>next)\b"
          r"(?=\s*(?:[,.;)!?]|$)|\s+(?:as|and|but|before|after"
          r"|when|while|according|amid|because|if|in|on|to|from|with|respectively)\b)",
          elided_next, 2),
    # "cutting rates in the new year" (lower case: "the New Year" is the holiday)
    _rule("new_year",
          r"\b(?i:the)\s+new\s+year\b(?![-'’]|\s+(?:resolutions?|holidays?|celebrations?"
          r"|festivities|party|parties|eve|day|break|period|message|greetings|address|honours"
          r"|honors)\b)", new_year, 2, prefix=_P_MOD),
    _rule("named_day", rf"(?<![\d/.,]){_alt(NAMED_DAYS)}(?![\d/.,-]\d|\d)", named_day, 4),
    _rule("fiscal_short_year", r"\bFY\s?['’]?(?P<yy>\d\d)(?![\d%])", fiscal_short_year, 2,
          prefix=_P_MOD),
    # "the week before last", "the night before last"
    # (cores start at a lower-case literal, which the regex engine finds fastest)
    _rule("before_last", r"(?:before\s+last|after\s+next)\b", before_last, 3,
          prefix=r"(?i:the)\s+(?P<unit>(?i:day|night|week|weekend|month|year))\s+"),
    # "year to date", "the year-to-date": from the start of the period up to publication
    _rule("to_date", r"to[\s-]+date\b", to_date, 3,
          prefix=r"(?:(?i:the)\s+)?(?P<unit>(?i:year|month|quarter|week))[\s-]+"),
    # "the turn of the century", "the turn of the 20th century", "the turn of the millennium",
    # "the turn of the last century"
    _rule("turn_of",
          r"turn\s+of\s+the\s+(?:(?P<last>(?i:last|previous))\s+)?(?:(?P<ord>\d{1,2}(?:st|nd|rd|th)|"
          + _ORD_WORDS + r")[\s-]+)?(?P<unit>(?i:century|millennium))\b", turn_of, 3,
          prefix=r"(?P<the>(?i:the))\s+"),
    # "raised its full-year outlook", "full-year profit rose": the (reporting) year
    _rule("full_year", r"\b(?i:full-year)\b(?![-\s]+\d)(?=\s+[A-Za-z])",
          lambda m, t: Spec("dct", unit="year", count=0, gran="year", rel="full_year"), 2),
    # "by year-end", "ahead of month-end", "before quarter-end": the end of the period
    _rule("year_end", r"(?P<unit>(?i:year|month|quarter))(?:-|\s+|['’]s\s+)(?i:end)\b"
          r"(?![-–])", year_end, 2,
          prefix=r"(?:(?P<rely>(?i:last|next|this))\s+)?"),
    # "Labor Day weekend", "Easter week"; "Christmas night", "Halloween evening"
    _rule("holiday", rf"(?:(?i:the)\s+(?={_FESTIVALS}\b))?"
          # "the Easter long weekend", "the Queen's Birthday long weekend" (Australia, NZ)
          rf"(?P<h>{_HOLIDAYS})\b(?:\s+(?P<hweek>(?i:week|weekend|long\s+weekend))\b"
          rf"|\s+(?P<pod>{_DAY_PART})\b(?!\s+(?i:{_alt(PART_OF_DAY_NOUNS)})\b))?"
          rf"(?:,?\s+(?P<year>{YEAR})|\s+(?i:of)\s+(?P<yearw>{YEAR}|{SPOKEN_YEAR}))?", holiday, 3,
          prefix=_P_MOD + r"(?:(?P<hthe>(?i:the))\s+)?(?:(?P<rel>(?i:last|next|this))\s+"
          # "That Christmas, the family held a vigil", "the following Easter": the story's
          r"|(?P<ana>(?i:that|that\s+same|the\s+following|the\s+previous|the\s+preceding"
          r"|the\s+next))\s+)?"),
    # "polling day", "on election night": the day of the vote the story names
    _rule("election_day", r"(?P<h>(?i:election|polling|voting)\s+(?i:day|night))\b(?![\w-])",
          election_day, 2),
    _rule("vague_adjective",
          r"(?P<adj>(?i:current))\s+(?P<noun>[a-z][a-z-]+|[A-Z][a-z]+)\b", vague_adjective, 0),
    _rule("spoken_year",
          rf"(?P<century>(?i:seventeen|eighteen|nineteen|twenty))[\s-]+(?P<rest>{_TWO_DIGIT_WORDS})\b",
          spoken_year, 2, prefix=r"(?:(?i:the\s+year)\s+)?"),
    _rule("spoken_millennium",
          r"(?i:two\s+thousand)(?:(?:\s+(?i:and))?\s+(?P<rest>"
          rf"{_alt([*ONES, *TEENS])}))?\b(?!\s+(?i:and|people|of|hundred)\b)",
          spoken_year, 2, prefix=r"(?P<the>(?i:the\s+year)\s+)?"),
    _rule("units_ahead",
          r"(?i:the)\s+(?i:days|weeks|months|years|decades)\s+(?i:ahead|to\s+come)\b"
          r"(?!\s+(?i:of)\b)",
          lambda m, t: Spec("vague", value="FUTURE_REF"), 1),
    # "temperatures will cool by midweek": the middle of the week
    _rule("midweek", r"\b(?i:mid-?week)\b(?!-)", midweek, 2),
    # broadcast: "at this hour", "we begin this hour with": the hour on air, now (its
    # number when the broadcast has said what time it is)
    # (cores start at the rarer word, the modifier read backwards: see Rule)
    _rule("this_hour", r"(?i:hour)\b(?![-’']|\s+(?i:of|long)\b)",
          lambda m, t: Spec("vague", value="PRESENT_REF", type="TIME", rel="hour-this")
          if m.group("this") else None, 2, prefix=r"(?P<this>(?i:this))\s+"),
    # "more at the top of the hour", "headlines at the bottom of the hour": an hour's turn
    # (its half), ahead (or just past) of the broadcast; numbered when the broadcast has
    # said what time it is ("It's 7:42 Eastern")
    _rule("top_of_hour", r"(?i:of)\s+(?i:the)\s+(?i:hour)\b(?![-'’])",
          lambda m, t: None if not m.group("end") else Spec(
              "vague", type="TIME", value="PAST_REF" if tense_at(t, m.start(), m.end()) == "past"
              else "FUTURE_REF", rel="hour-" + m.group("end").split()[-1].lower()), 2,
          prefix=r"(?P<end>(?i:the)\s+(?i:top|bottom))\s+"),
    # "in the next hour", "over the past half hour": a stretch ending (starting) now
    _rule("hour_stretch",
          r"(?P<unit>(?i:hour|minute))\b(?![-’']|\s+(?i:of|or)\b)",
          lambda m, t: None if not m.group("rel") or _last_minute_idiom(m, t) else Spec(
              "duration", type="DURATION", count=30 if m.group("half") else 1,
              unit="minute" if m.group("half") else m.group("unit").lower(),
              anchored="next" if re.search(r"(?i)next|coming", m.group("rel")) else "past"), 2,
          prefix=r"(?P<rel>(?i:the\s+next|the\s+past|the\s+last|the\s+coming|the\s+previous))"
          r"\s+(?:(?P<half>(?i:half))[\s-]+)?"),
    # live coverage: "protests went on throughout the day", "crews worked through the
    # night", "the count went late into the night": the day under discussion
    _rule("through_the_part",
          r"\b(?i:throughout|through|into)\s+(?P<x>(?i:the)\s+(?P<pod>(?i:day|night|evening)))\b"
          r"(?![-'’]|\s+(?i:of|before|after|shift|shifts|sky|air|ahead)\b)",
          through_the_part, 2),
    # "this time last year", "this time tomorrow": the publication day, moved by the unit
    _rule("this_time",
          r"\b(?i:this|that)\s+(?i:time)\s+(?:(?P<rel>(?i:last|next))\s+(?P<unit>(?i:year|month"
          r"|week))|(?P<dw>(?i:tomorrow|yesterday)))\b(?![-'’])",
          lambda m, t: Spec("dct", unit=(m.group("unit") or "day").lower(),
                            count=-1 if (m.group("rel") or m.group("dw")).lower()
                            in ("last", "yesterday") else 1,
                            gran="day", out="day", rel="shift"), 3),
    _rule("since_then", r"\b(?i:since\s+then)\b", lambda m, t: Spec("since_then"), 3),
    _rule("bare_units_shift",
          r"\b(?P<unit>(?i:moments|minutes|hours|days|weeks|months|years|decades))\s+"
          r"(?P<dir>(?i:later|earlier))\b", bare_units_shift, 1),
    _rule("unit_before",
          r"\b(?i:the)\s+(?P<unit>(?i:day|week|month|year))\s+(?P<dir>(?i:before|after|earlier"
          r"|later))(?=\s*[,.;:)]|\s*$)", unit_before, 3),
    # "The attack happened two Saturdays ago": the Saturday that many back (the last one
    # is "a Saturday ago", the one before it two)
    _rule("weekdays_ago",
          rf"(?P<wd>{WEEKDAY})s\s+(?i:ago)\b", weekdays_ago, 3,
          prefix=rf"(?P<num>{NUMBER})\s+"),
    # "He was arrested on Feb. 3. The Friday before, he had bought a gun": the weekday
    # before (after) the day under discussion, as "the previous Friday"
    _rule("weekday_before",
          rf"(?P<wd>{WEEKDAY})\s+(?P<dir>(?i:before|after))(?=\s*[,.;:)]|\s*$)",
          weekday_before, 3, prefix=r"(?P<the>(?i:the))\s+"),
    # parts of the day under discussion: "the next morning", "that night", "the night
    # before", "in the afternoon" (a past narrative's day); one pattern, one scan
    _rule("reference_part",
          r"\b(?:(?P<rel>(?i:that\s+same|the\s+same|the\s+next|the\s+following|the\s+previous"
          rf"|the\s+preceding|that))\s+(?P<pod>{_DAY_PART})\b"
          rf"(?!\s+(?i:{_alt(PART_OF_DAY_NOUNS)})\b)"
          rf"|(?P<before>(?i:the)\s+(?P<pod_b>{_DAY_PART})\s+"
          r"(?P<dir>(?i:before|after)))(?=\s*[,.;:)]|\s*$)"
          r"|(?i:in|during|through|throughout|by)\s+(?P<inthe>(?i:the)\s+"
          r"(?P<pod_c>(?i:morning|afternoon|evening|night))\b)"
          # (not "the morning after the election", a day moved to; but "in the afternoon
          # after Speaker McCarthy dropped his demand", "... after he resigned": a clause)
          rf"(?!\s+(?i:{_alt(PART_OF_DAY_NOUNS)}|hours)\b)"
          r"(?!\s+(?i:after)\b(?!\s+(?:[A-Z]|(?i:he|she|they|we|it|you)\b)))"
          # "by evening, he had changed his tone" ("by morning" is often the next one)
          r"|(?i:by)\s+(?P<bare>(?P<pod_e>(?i:afternoon|evening))\b)"
          rf"(?![-'’]|\s+(?i:{_alt(PART_OF_DAY_NOUNS)}|hours|of|on)\b)"
          # "on the morning of the shooting": the day of the event under discussion
          rf"|(?P<ofthe>(?i:the)\s+(?P<pod_d>{_DAY_PART}))\s+(?i:of)\s+"
          r"(?i:the|his|her|its|their|that)\s+(?P<event>[a-z]+)\b)",
          reference_part, 2, prefix=_P_MOD),
    # "raided the camp at dawn", "by nightfall": the day under discussion's morning or
    # evening (lower case: "told Dawn" is Pakistan's newspaper)
    _rule("daybreak",
          r"\b(?i:at|by|before|after|since|until|till|around|near|from)\s+(?P<x>"
          + words(list(DAYBREAK_WORDS), cased=True) + r")\b(?![-'’])", daybreak, 1),
    # "by mid-morning", "in late afternoon trading", "early evening": a third of the part
    # of the day under discussion
    _rule("modified_part",
          r"\b(?P<pmod>(?i:mid|late|early))[\s-]?(?P<pod>(?i:morning|afternoon|evening))\b"
          rf"(?:,?\s+(?:(?i:on)\s+)?(?:(?P<dw>(?i:yesterday|today|tomorrow))|(?P<wd>{WEEKDAY}))\b"
          r"|(?![\s-]+(?i:on|of)\b))", modified_part, 1,
          # "a cool change due in the late afternoon": the article is the part's (TimeML)
          prefix=r"(?:(?P<the>(?i:the))\s+)?"),
    # "shares rose 4.2% in afternoon trade", "in morning trading": a market session
    _rule("trading_part",
          r"(?P<pod>(?i:morning|afternoon))(?=\s+(?i:trade|trading|dealings|deals"
          r"|session)\b)", trading_part, 1),
    # "the second day of the offensive", "for a fifth straight day", "for the third
    # consecutive night", "Day 100 of the invasion": a day counted in a story's event
    # "effective on the first day of next month", "by the last day of the following year"
    _rule("edge_day_of",
          r"(?i:the)\s+(?P<which>(?i:first|last))\s+(?i:day)\s+(?i:of)\s+"
          r"(?P<rel>(?i:next|this|last|current|the\s+next|the\s+following|the\s+coming"
          r"|the\s+current|the\s+previous))\s+(?P<unit>(?i:month|year))\b",
          edge_day_of, 4),
    _rule("ordinal_day",
          rf"(?P<ord>{_ORD_WORDS}|\d{{1,3}}(?:,\d{{3}})?(?:st|nd|rd|th))\s+"
          r"(?:(?i:straight|consecutive|successive)\s+)?(?P<unit>(?i:day|night))\b(?![-'’])",
          ordinal_day, 2, prefix=r"(?P<det>(?i:the|a|its|their))\s+"),
    _rule("day_number",
          r"\b(?P<ord>[Dd]ay)\s+\d{1,3}(?:,\d{3})?(?![\d,.:])(?=\s+of\s+(?:the|its|his|her"
          r"|their|[A-Z]))", ordinal_day, 2),
    # "the day before Aug. 12", "three days after Tuesday": counted from the date named
    _rule("offset_date",
          r"(?P<unit>(?i:days?|weeks?|months?|years?))\s+(?P<dir>(?i:before|after|from))\s+"
          r"(?:(?P<rel>(?i:last|next|this))\s+)?(?:(?P<wd>" + WEEKDAY + r")\b"
          r"|(?P<dw>(?i:today|tomorrow))\b"
          rf"|(?P<mon>{MONTH})\s*(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?"
          rf"|(?P<h>{_HOLIDAYS})\b)",
          offset_date, 5, prefix=rf"(?P<num>{NUMBER}|(?i:the))\s+"),
    # "on the eve of Thanksgiving", "the eve of Ramadan": the day before it
    _rule("eve_of",
          r"(?i:eve)\s+(?i:of)\s+(?:(?P<rel>(?i:last|next|this))\s+)?"
          rf"(?P<h>{_HOLIDAYS})\b",
          eve_of, 5, prefix=r"(?i:the)\s+"),
    # "the Monday after Thanksgiving", "the Friday before Christmas", "the Tuesday after
    # June 3": the first such weekday on that side of the day named
    _rule("weekday_offset_date",
          r"(?P<owd>" + WEEKDAY + r")\s+(?P<dir>(?i:before|after))\s+"
          r"(?:(?P<rel>(?i:last|next|this))\s+)?(?:"
          rf"(?P<mon>{MONTH})\s*(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?"
          rf"|(?P<h>{_HOLIDAYS})\b)",
          offset_date, 5, prefix=r"(?P<num>(?i:the))\s+"),
    # "over the past half-century", "a half-century ago", "more than a half century":
    # fifty years, written as one unit
    _rule("half_century",
          r"(?i:half)[\s-](?i:century)\b(?:\s+(?P<dir>(?i:ago|earlier|later))\b)?",
          half_century, 2,
          prefix=rf"(?:(?P<mod>(?i:{APPROX}))\s+)?(?:(?P<the>(?i:the))\s+(?:(?P<anch>(?i:past"
          r"|last|next|previous|coming|following))\s+)?|(?i:a|an)\s+)?"),
    # "add a half-hour", "a half-hour special", "a half day off": half the unit (PT30M)
    _rule("half_unit", r"(?i:half)[\s-](?P<unit>(?i:hour|day))\b(?![\s-]+(?i:of|past|mark)\b|-)",
          half_unit, 2,
          prefix=rf"(?:(?P<mod>(?i:{APPROX}))\s+)?(?P<art>(?i:a|an|the|another|every|each|per)\s+)?"),
    # "net zero by mid-century", "until midcentury", "by mid-decade": the middle of the
    # current century (decade), looking ahead ("a mid-century home" is a style)
    # ("the deal should close by midyear": this year's middle)
    _rule("mid_unit", r"\b(?i:mid)-?(?P<unit>(?i:century|decade|year))\b(?![\s-]+(?i:modern)\b)",
          mid_unit, 3),
    # "44 B.C.", "around 3000 BC", "A.D. 79", "79 AD": years named with their era
    _rule("era_year", r"(?P<era>B\.C\.(?:E\.)?|BCE|BC|A\.D\.|AD|C\.E\.|CE)(?![\w.-]\w)",
          era_year, 4, prefix=_P_MOD + r"(?P<y>\d{1,2},\d{3}|\d{1,4})\s*"),
    _rule("era_first", r"(?P<era>A\.D\.|AD)\s*(?P<y>\d{1,4})(?![\d,.]\d|\d)", era_year, 4,
          prefix=_P_MOD),
    # "on a quarterly basis": the adjective alone is the set (TimeBank: "daily")
    _rule("basis", rf"(?P<adj>(?i:{_alt(BASIS_ADJECTIVES)}))\s+basis\b",
          lambda m, t: Mention(m.start("adj"), m.end("adj"), Spec(
              "set", type="SET", value=BASIS_ADJECTIVES[m.group("adj").lower()])), 3),
    _rule("frequency", rf"\b(?i:{_alt(FREQUENCY_ADVERBS)})\b", frequency),
    _rule("every",
          # "every single weekend": the emphasis changes nothing
          rf"\b(?P<q>(?i:every|each|per))\s+(?:(?i:single)\s+)?(?:(?P<n>(?i:other)|{NUMBER})\s+"
          # "every fifth day", "every second week": one in so many (P5D, P2W)
          rf"|(?P<nth>(?i:{_EVERY_NTH})|[2-9](?:nd|rd|th)|1[0-2]th)\s+)?"
          rf"(?P<t>(?P<mon>{MONTH})\s*(?P<mday>{DAY})|(?i:{UNIT})|{WEEKDAY}|{_MONTH_FULL}"
          rf"|(?i:{SEASON}|morning|afternoon|evening"
          r"|night|weekend))(?:\s+(?P<pod>(?i:morning|afternoon|evening|night))\b)?", every, 2),
    # "crowds gather every New Year's Eve", "each Christmas": that day of every year
    _rule("every_holiday",
          rf"(?P<h>{_HOLIDAYS})\b(?![-'’]|\s+(?i:{_alt(PART_OF_DAY_NOUNS)}"
          r"|week|weekend|season|holiday|holidays)\b)",
          every_holiday, 3, prefix=r"(?P<q>(?i:every|each))\s+"),
    _rule("times_per",
          rf"(?P<f>{_TIMES})\s+(?i:a|an|per|each|every)\s+(?P<unit>(?i:{UNIT_SINGULAR}))\b",
          times_per, 3),
    # "$250 a night", "twice a night": each night, as "per night" (XXXX-XX-XXTNI)
    _rule("a_night", r"\b(?i:a)\s+(?i:night)\b", a_night, 1),
    # "open at 7 most mornings", "full on most weekends": a set
    _rule("most_plural", rf"\b(?i:most)\s+(?P<t>(?i:{_alt(MOST_PLURALS)}))\b", most_plural, 2),
    # "open on weekends", "evenings and weekends": each weekend
    _rule("weekends", r"\b(?i:weekends)\b", weekends, 1),
    # "year after year", "week after week": recurring each unit
    _rule("unit_after_unit",
          r"\b(?P<u>(?i:day|week|month|year))\s+(?i:after)\s+(?i:day|week|month|year)\b(?!\s*\d)",
          unit_after_unit, 3),
    # "the second Tuesday of each month", "the first and third Mondays of the month": a set
    _rule("weekday_each_month",
          r"(?i:the)\s+(?i:first|second|third|fourth|last|1st|2nd|3rd|4th)"
          r"(?:\s+(?P<and>(?i:and|&))\s+(?i:first|second|third|fourth|last|1st|2nd|3rd|4th))?"
          rf"\s+(?P<wd>(?i:{_alt(WEEKDAYS)}))(?P<pl>s)?"
          r"\s+(?i:of|in)\s+(?:(?P<each>(?i:each|every))|(?i:the))\s+(?i:month)\b",
          weekday_each_month, 5),
    # "she writes in the mornings", "worked during the nights": each morning (night)
    _rule("parts_plural",
          r"\b(?i:in|during)\s+(?P<x>(?i:the)\s+(?P<pod>(?i:mornings|afternoons|evenings"
          r"|nights)))\b(?!['’]|\s+(?i:of)\b)",
          lambda m, t: Spec("set", type="SET", gran="day",
                            value="XXXX-XX-XXT" + PARTS_OF_DAY[m.group("pod").lower()[:-1]]),
          1),
    # "two days a week", "24 hours a day", "three nights a week": so many of the smaller
    # unit in each of the larger one (TimeML: the larger unit, freq 2D)
    # "at least 30 minutes a day", "more than four hours a day": the bound belongs to it
    _rule("count_per",
          r"(?P<unit>(?i:minutes|hours|days|nights|weeks|months))\s+(?i:a|an|per|each|every)\s+"
          r"(?P<per>(?i:day|week|month|year))\b", count_per, 3,
          prefix=rf"(?:(?i:{APPROX})\s+)?(?P<num>{NUMBER})[\s-]+"),
    _rule("times_per_digits",
          rf"(?P<f>(?<![\d.,])\d++\s+times)\s+(?i:a|an|per|each|every)\s+(?P<unit>(?i:{UNIT_SINGULAR}))\b",
          times_per, 3),
)
