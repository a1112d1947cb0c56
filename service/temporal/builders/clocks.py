"""Builders for clock times and parts of the day: "3 p.m.", "between 2 and 4 p.m.",
"that night", "at dawn", "overnight", "all morning".
"""

from __future__ import annotations

import re
from dataclasses import replace

from service.temporal.regex_parts import (
    DAY,
    MONTH,
    MONTH_AFTER_DAY,
    WEEKDAY,
    YEAR,
    clock_minutes,
    day_number,
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
    APPROX_WORDS,
    DATED_EVENT_NOUNS,
    DAY_WORD_OFFSETS,
    DAYBREAK_WORDS,
    OVERNIGHT_STAY_VERBS,
    PART_WORDS,
    PARTS_OF_DAY,
    THAT_CLAUSE_VERBS,
    WEEKDAYS,
)


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


# "almost overnight", "virtually overnight": suddenly, not during a night
_ALL_AT_ONCE_ADVERBS = frozenset({"almost", "virtually", "practically", "literally", "nearly",
                                  "seemingly", "essentially", "effectively", "basically"})
# "this won't happen overnight", "we can't fix it overnight": a negated change
_NOT_OVERNIGHT = re.compile(
    r"\b(?:won['’]t|will\s+not|can['’]t|cannot|can\s+not|isn['’]t\s+going\s+to|not\s+going\s+to"
    r"|doesn['’]t|does\s+not|don['’]t|do\s+not|wouldn['’]t|couldn['’]t|would\s+not|could\s+not"
    r"|never)\s+(?:[\w'’-]+\s+){0,2}(?:happen|come|change|go\s+away|disappear|vanish|fix|solve"
    r"|build|turn\s+around|turn|transform|recover|reverse|rebuild|be\s+(?:fixed|solved|built"
    r"|done|reversed|undone|rebuilt))\b(?:\s+[\w'’-]+){0,2}\s+\Z", re.IGNORECASE)


def overnight(m: re.Match[str], text: str) -> Spec | None:
    """Adverbial "overnight" ("drones struck overnight, officials said") is the night
    just before the story (TimeML TNI), or the coming one when the sentence looks
    ahead ("storms will continue overnight")."""
    if preceding_word(text, m.start()) in OVERNIGHT_STAY_VERBS:
        return None  # "was kept overnight": how long, not which night
    if preceding_word(text, m.start()) in _ALL_AT_ONCE_ADVERBS \
            or _NOT_OVERNIGHT.search(text, max(0, m.start() - 50), m.start()):
        return None  # "demand vanished almost overnight", "it won't happen overnight":
        # all at once, not a night
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


_PART_OFFSETS = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1,
                 "before": -1, "after": 1}


# a coming day named just before: "I'll rest tomorrow, then practice in the afternoon",
# "the vote is Thursday; results are due in the evening" (its part, not a habit)
_DAY_JUST_NAMED = re.compile(rf"\b(?:[Tt]omorrow|{WEEKDAY})\b(?!s\b|['’])")
# a forecast's or plan's own words (not a present-tense habit read as a schedule: "farmers
# start work early in the morning")
_LOOKS_AHEAD = re.compile(r"\b(?:will|won['’]t|would|could|might|expected|expects?|forecasts?"
                          r"|likely|due|set\s+to|going\s+to)\b|['’]ll\b", re.IGNORECASE)


def reference_part(m: re.Match[str], text: str) -> Spec | Mention | None:
    """A part of the day under discussion: "the next morning", "that night", "the night
    before"; "in the morning" only in a past narrative (in the present it is a habit)."""
    groups = m.groupdict()
    part = PARTS_OF_DAY[(groups.get("pod") or groups.get("pod_b") or groups.get("pod_c")
                         or groups.get("pod_e") or groups["pod_d"]).lower()]
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
    said = "bare" if groups.get("bare") else "inthe"
    tense = tense_at(text, m.start(said), m.end(said))
    if groups.get("part") and groups.get("inthe") and (
            tense == "past" or tense == "future" and _LOOKS_AHEAD.search(
                text, sentence_bounds(text, m.start(), m.end())[0], m.start())):
        # "not expected until late in the evening", "rain will ease early in the
        # morning": a part of the day under discussion, told of or ahead (a habit, "I
        # wake early in the morning", has no tense)
        spec.mod, spec.clamp = prefix_mod(m)
        if spec.mod is not None:
            return Mention(m.start("part"), m.end("inthe"), spec)
    if tense != "past" \
            and not _DAY_JUST_NAMED.search(text, max(0, m.start() - 160), m.start()):
        return None
    return Mention(m.start(said), m.end(said), spec)


def day_at_clock(m: re.Match[str], text: str) -> Mention | None:
    """"tonight at eleven", "tomorrow morning at 7:30": the clock on that day, in that
    part of it."""
    day = re.sub(r"\s+", " ", m.group("day").lower())
    hour = int(word_number(m.group("h")) or 0)
    minute = clock_minutes(m.group("mw")) if m.group("mw") else int(m.group("mi") or 0)
    if minute is None or not 1 <= hour <= 12:
        return None
    word, _, part = day.partition(" ")
    count = 1 if word == "tomorrow" else 0
    evening = word == "tonight" or part in ("night", "evening", "afternoon")
    if evening and hour == 12 and part != "afternoon":
        hour, count = (24, count) if not minute else (0, count + 1)  # midnight, or just after
    elif evening and hour < 12:
        hour += 12
    elif part == "morning" and hour == 12:
        hour = 0
    # the day word stays its own expression ("tonight", "tomorrow morning"), as a weekday
    # before "at 6:02 a.m." does; it only tells the clock's day and half of the day
    return Mention(m.start("h"), m.end(), Spec("dct", type="TIME", unit="day", count=count,
                                               gran="time", clock=(hour, minute)))


def part_hours(m: re.Match[str], text: str) -> Spec | None:
    """"police were called in the early morning hours": the morning of the day under
    discussion; "the fire broke out in the overnight hours": the night just past, as
    "overnight" is (the coming one when the clause looks ahead)."""
    if not m.group("which"):
        return None  # "hours" alone
    which = m.group("which").lower()
    if which.startswith(("overnight", "late")):
        ahead = tense_at(text, m.start(), m.end()) == "future"
        return Spec("dct", type="TIME", unit="day", count=0 if ahead else -1, gran="time",
                    part=PARTS_OF_DAY["night"])
    return Spec("ref", type="TIME", unit="day", count=0, gran="time",
                part=PARTS_OF_DAY["morning"])


# a future said as such: "rain will fall through the night", "is expected to last into the
# evening" (a bare present, "bars stay open through the night", is a habit)
_WILL_BEFORE = re.compile(r"\b(?:will|'ll|’ll|shall|going\s+to|expected\s+to|set\s+to|due\s+to)\b"
                          r"[^.;!?]*\Z", re.IGNORECASE)


def through_the_part(m: re.Match[str], text: str) -> Spec | None:
    """"the strikes will spread throughout the day", "crews worked through the night": the
    day under discussion in a past story, the publication day when the clause looks ahead."""
    pod = m.group("pod").lower()
    tense = tense_at(text, m.start("x"), m.end("x"))
    if tense not in ("past", "future") or tense == "future" and pod != "day" \
            and not _WILL_BEFORE.search(text, max(0, m.start() - 50), m.start()):
        return None  # "bars stay open through the night": a habit, no night in particular
    kind = "dct" if tense == "future" else "ref"
    if pod == "day":
        return Spec(kind, unit="day", count=0, gran="day")
    return Spec(kind, type="TIME", unit="day", count=0, gran="time", part=PARTS_OF_DAY[pod])


def daybreak(m: re.Match[str], text: str) -> Spec | None:
    """"troops raided the camp at dawn", "by nightfall the town had fallen": the morning
    (evening) of the day under discussion, in a past narrative only ("curfew runs from
    dusk" is a habit, as "in the morning" is)."""
    if tense_at(text, m.start("x"), m.end("x")) != "past":
        return None
    word = re.sub(r"\s+", " ", m.group("x").lower())
    return Spec("ref", type="TIME", unit="day", count=0, gran="time",
                part=PARTS_OF_DAY[DAYBREAK_WORDS[word]])


def modified_part(m: re.Match[str], text: str) -> Spec | Mention:
    """"by mid-morning", "late afternoon", "in the early evening" (with its article): the
    day is the one under discussion, the modifier the third of the part (TimeML mod MID,
    END, START)."""
    spec = _modified_part(m)
    if m.group("the") and _NOUN_AFTER.match(text, m.end()):
        return Mention(m.start("pmod"), m.end(), spec)  # "the mid-morning break": its noun's
    return spec


# a noun the part of day describes ("the mid-morning break", "the early evening news")
_NOUN_AFTER = re.compile(r"\s+(?!(?:on|in|at|of|and|or|with|when|as|before|after|until|till|to"
                         r"|for|from|that|the|a|an|is|was|will|would|hours)\b)[a-z]")


def _modified_part(m: re.Match[str]) -> Spec:
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


_IN_BEFORE = re.compile(r"\b(?:[Ii]n|[Dd]uring)\s\Z")


def trading_part(m: re.Match[str], text: str) -> Spec | None:
    """"rose 4.2% in afternoon trade", "in morning trading", "during morning trade": the
    session of the day under discussion."""
    if not _IN_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None  # (checked here, not by a lookbehind the scan would try everywhere)
    return Spec("ref", type="TIME", unit="day", count=0, gran="time",
                part=PARTS_OF_DAY[m.group("pod").lower()])


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


# a weekday that heads a written date ("7.30pm on Thursday 18 April") is left to the
# date, which the finder joins to the clock
# "7:35 this morning", "9:09 tonight", "8 a.m. tomorrow morning": the day word's part of
# the day also says a.m. or p.m.
DAY_WITH_PART = (r"(?:(?i:tomorrow|yesterday|this)\s+(?P<dpod>(?i:morning|afternoon|evening))"
                 r"|(?i:last|tomorrow)\s+(?P<dnight>(?i:night)))\b")
DAYREF = (rf"(?:{WEEKDAY}(?!s\b)(?!,?\s+(?:{DAY}\s+{MONTH_AFTER_DAY}|{MONTH}\s*\d))"
          # "12:01 a.m. Pacific time last Friday", "at 9 a.m. next Monday"
          rf"|(?i:last|next|this)\s+{WEEKDAY}(?!s\b|\s+(?i:week|night|morning|afternoon|evening)\b)"
          rf"|{DAY_WITH_PART}|(?i:today|tomorrow|yesterday|tonight)"
          rf"|(?P<cmon>{MONTH})\s*(?P<cday>{DAY})(?:,?\s+(?P<cyear>{YEAR}))?)")


# the second end of a clock range and its day: "[2pm] and 7pm today"
# ("between 10 p.m. and midnight Friday": the second end may be midnight or noon)
_RANGE_MATE_DAY = re.compile(
    r"[ \t]*(?:[-–—]|and\b|to\b|until\b|till\b)[ \t]*(?:\d\d?(?:[:.][0-5]\d)?[ \t]*"
    r"(?:[ap]\.[ \t]?m\.|[ap]m\b|[AP]M\b)|midnight\b|noon\b|midday\b)(?:,?[ \t]+(?:on[ \t]+)?)"
    # "... 9pm on Wednesday, 29 May", "... 5 p.m. Tuesday, June 4": a date with its weekday
    rf"(?:(?:{WEEKDAY}),?[ \t]+(?:(?P<dday>{DAY})[ \t]+(?P<dmon>{MONTH_AFTER_DAY})"
    rf"|(?P<dmon2>{MONTH})[ \t]*(?P<dday2>{DAY}))|(?P<day>{DAYREF}))")


# "the shooting happened Sunday just after midnight": the midnight that begins the
# weekday just named (not the one ending it)
_WEEKDAY_THEN_AFTER = re.compile(
    rf"\b{WEEKDAY},?[ \t]+(?:(?:just|shortly|soon|right|moments|minutes)[ \t]+)?"
    r"(?:after|past)[ \t]+\Z")


# a capitalised word that may follow a title-case "Midnight" in a headline
_DAY_WORD = re.compile(rf"{WEEKDAY}|{MONTH}|Today|Tonight|Tomorrow|Yesterday|Eastern|Local"
                       r"|Central|Pacific|Mountain|GMT|UTC|ET|EST|EDT")


# "9 p.m. EDT (0100 GMT Friday)", "10:32 p.m. PDT (1:32 a.m. EDT Monday)": the same
# moment restated in another zone, with the day it falls on there
_RESTATED = re.compile(
    r"\s*\(\s*(?:(?P<h>\d\d?)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?"
    r"|(?P<mil>[01]\d|2[0-3])[0-5]\d)"
    rf"[^()\n\d]{{0,24}}?\b(?P<wd>{WEEKDAY})\s*\)")


def _restated_day(text: str, at: int, at_clock: tuple[int, int]) -> Spec | None:
    """The day of a clock reading restated in brackets right after it, moved by one
    when the two readings lie more than 12 hours apart (the evening before in the
    west, "10:32 p.m. PDT (1:32 a.m. EDT Monday)" is Sunday)."""
    m = _RESTATED.match(text, at)
    if m is None:
        return None
    if m.group("mil"):
        other = int(m.group("mil"))
    else:
        other = int(m.group("h")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
    day = Spec("weekday", weekday=weekday_number(m.group("wd")), gran="day")
    hour = at_clock[0]
    shift = -1 if hour - other > 12 else 1 if other - hour > 12 else 0
    if not shift:
        return replace(day, type="TIME", gran="time", clock=at_clock)
    return Spec("offset", type="TIME", unit="day", count=shift, gran="time", clock=at_clock,
                base=day)


_CLOCK_PREPOSITIONS = frozenset({"at", "around", "about", "until", "till", "by", "before",
                                  "after", "from", "to", "since", "past",
                                  # an anchor's time check: "it's already one in the morning"
                                  "already", "s", "is"})

# the sentence around a clock reading without a.m. or p.m. ("polls close at eight
# o'clock tonight"; "Good evening. It's five o'clock"), and the one before and after it
_EVENING_CUE = re.compile(r"\b(?:[Tt]onight|this\s+evening|[Gg]ood\s+(?:evening|afternoon)"
                          r"|p\.m\.?|PM\b)")
_MORNING_CUE = re.compile(r"\b(?:a\.m\.?|AM\b|in\s+the\s+morning|overnight|before\s+dawn"
                          r"|[Gg]ood\s+morning)")
# "at 9 o'clock Eastern, 6 Pacific": the same moment on the other coast
_ZONE_PAIR = re.compile(r"(?:o['’]clock|:\d\d|[ap]\.m\.|\bnoon|\bmidnight|\b(?:at|by)\s+\d\d?)\s+"
                        r"(?:Eastern|Central"
                        r"|Pacific|Mountain|[ECMP]T),\s*\Z")
_NIGHT_WORD = re.compile(r"\b(?:night|evening)\b")
_US_ZONE = re.compile(r"(?:Eastern|Central|Pacific|Mountain|[ECMP][SD]?T)\b")


def _afternoon(m: re.Match[str], text: str, groups: dict[str, str | None], hour: int) -> bool:
    """Whether a spoken clock reading without a.m. or p.m. ("half past two", "seven
    o'clock", "6:30 Eastern") is in the afternoon or evening: the evening the text around
    it names, or an hour of one to six, which news without "in the morning" nearly always
    means after noon ("the King and Queen appear at half past two"). A time check
    ("it's six-oh-four") is the anchor's own clock: the text cannot tell."""
    us_zone = bool(groups.get("zone") and _US_ZONE.match(groups["zone"] or ""))
    if not (groups.get("oclock") or groups.get("pdir") or groups.get("mw") or us_zone
            or (groups.get("h") or "")[:1].isalpha()):
        return False
    check = _TIME_CHECK_AT.match(text, m.start()) \
        or _TIME_CHECK.search(text, max(0, m.start() - 30), m.start())
    own = sentence_bounds(text, m.start(), m.end())
    # the sentence before and the one after too ("Good evening. ... at seven thirty")
    lo = sentence_bounds(text, max(0, own[0] - 2), max(0, own[0] - 2))[0]
    hi = sentence_bounds(text, min(len(text), own[1] + 1), min(len(text), own[1] + 1))[1]
    if check:  # "Good afternoon. It's just after two thirty": only what the text says
        return bool(_EVENING_CUE.search(text, lo, hi)) \
            and not _MORNING_CUE.search(text, lo, hi)
    if _EVENING_CUE.search(text, lo, hi) or _NIGHT_WORD.search(text, *own):
        # "the Bulls play tomorrow night at seven thirty": the night names the clause's
        return not _MORNING_CUE.search(text, *own)
    return hour <= 6 and not _MORNING_CUE.search(text, lo, hi)


# "It's 10:07", "it is four minutes past eleven": the anchor's clock, now
_TIME_CHECK = re.compile(r"(?:\b[Ii]t['’]s|\b[Ii]t\s+is|\b[Tt]ime\s+is)\s+(?:(?:now|already|just"
                         r"|about|almost|nearly|exactly|just\s+after|just\s+past|just\s+before"
                         r"|shortly\s+after|a\s+little\s+after|coming\s+up\s+on)\s+)?\Z")
_TIME_CHECK_AT = re.compile(r"(?:[Ii]t['’]s|[Ii]t\s+is|[Tt]he\s+time\s+is)\s")


def _past_minutes(groups: dict[str, str | None]) -> int | None:
    """Minutes in "twenty past seven", "a quarter to nine", "four minutes past eleven";
    "to" and "after" only with "quarter" or "minutes" ("from five to nine" is a range)."""
    word = (groups.get("pmin") or "").lower()
    if not word:
        return None
    if (groups.get("pdir") or "").lower() != "past" and word != "quarter" \
            and not groups.get("pminw"):
        return None
    if word in ("quarter", "half"):
        return 15 if word == "quarter" else 30
    minutes = int(word) if word.isdigit() else clock_minutes(word)
    return minutes if minutes and minutes < 60 else None


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
    next_day = False
    if special:
        follower = re.match(r"[ \t]+([A-Z][a-z]+)", text[m.end("special"):m.end("special") + 20])
        if text[m.start("special")].isupper() and follower and not groups.get("day") \
                and not _DAY_WORD.fullmatch(follower.group(1)):
            return None  # "Operation Midnight Hammer", "Midnight Express": a name
        hour, minute = (12, 0) if special in ("noon", "midday") else (24, 0)
        if (hour, minute) == (24, 0) and (groups.get("day") or groups.get("cmon")) \
                and preceding_word(text, m.start()) in ("after", "past"):
            hour = 0  # "shortly after midnight on Tuesday": early Tuesday, not its end
        elif (hour, minute) == (24, 0) and not groups.get("day") \
                and _WEEKDAY_THEN_AFTER.search(text, max(0, m.start() - 40), m.start()):
            hour = 0  # "Sunday just after midnight": early Sunday
        if not groups.get("day") and not groups.get("cmon") \
                and _RANGE_MATE_DAY.match(text, m.end()) is not None:
            # "between midnight and 6 a.m. Sunday": the start of the day the range's
            # second end names
            hour = 0 if hour == 24 else hour
            special = ""
    elif groups.get("milw"):  # "eighteen hundred Universal Time"
        hour = int(word_number(re.sub(r"^zero[\s-]+", "", groups["milw"])) or 0)
        minute = clock_minutes(groups["milmw"]) if groups.get("milmw") else 0
        if minute is None or hour > 23:
            return None
    else:
        if not groups.get("h"):
            return None  # "in the morning" without a clock hour in front
        if groups.get("mw"):  # "six thirty", "nine-oh-five": spoken minutes
            groups["mi"] = clock_minutes(groups["mw"])
            if groups["mi"] is None:
                return None
        if groups.get("pdir") and _past_minutes(groups) is None:
            return None
        if groups.get("zone") and not any(groups.get(g) for g in ("mi", "ampm", "oclock",
                                                                   "pdir", "day")) \
                and preceding_word(text, m.start()) not in _CLOCK_PREPOSITIONS \
                and not _ZONE_PAIR.search(text, max(0, m.start() - 40), m.start()):
            # "the nine Pacific islands": a count, not "at nine Pacific" or "9 o'clock
            # Eastern, 6 Pacific"
            return None
        if groups.get("zone") \
                and text[max(0, m.start() - 1):m.start()] in (".", ",", ":", "$", "£", "€"):
            return None  # "3.1400 GMT", "$14.05 GMT": not a clock
        hour = int(word_number(groups["h"]) or 0)
        minute = int(groups.get("mi") or 0)
        part = (groups.get("pod") or groups.get("pod2") or "").lower()
        if groups.get("pdir"):  # "twenty past seven", "a quarter to nine"
            if not 1 <= hour <= 12:
                return None
            minute = _past_minutes(groups) or 0
            if groups["pdir"].lower() == "to":
                hour, minute = (hour - 2) % 12 + 1, 60 - minute
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
        if (groups.get("day") or "").lower() in ("today", "tomorrow") \
                and not (ampm or groups.get("mi")) \
                and preceding_word(text, m.start()) not in _CLOCK_PREPOSITIONS:
            return None  # "Game 7 tomorrow": a count ("another at nine tomorrow" is not)
        if day_part and not (ampm or part or groups.get("mil")) and 1 <= hour <= 12:
            if day_part == "night" and hour == 12 and minute:
                hour, next_day = 0, True  # "at twelve thirty tonight": after midnight
            elif day_part == "night" and hour == 12:
                hour = 24  # "at 12 tonight": midnight
            elif day_part == "morning" and hour == 12:
                hour = 0  # "12:01 this morning"
            elif day_part in ("afternoon", "evening") and hour < 12 \
                    or day_part == "night" and 5 <= hour < 12:
                hour += 12  # "9:09 tonight", "at 6 this evening"
        if not (ampm or part or day_part or groups.get("mil") or groups.get("day")) \
                and 1 <= hour < 12 and _afternoon(m, text, groups, hour):
            hour += 12
        if ampm:
            # "at 0:12 a.m. Tuesday" (Chinese wires count the first hour from zero)
            after_midnight = hour == 0 and ampm.startswith("a") and groups.get("mi")
            if not (1 <= hour <= 12 or after_midnight):
                return None
            if ampm.startswith("p") and hour != 12:
                hour += 12
            elif ampm.startswith("a") and hour == 12:
                hour = 0
        if hour > 24 or minute > 59:
            return None
    approx_prep = (groups.get("prep") or "").lower() in ("around", "about") \
        and not groups.get("approx")
    if approx_prep:
        groups["approx"] = groups["prep"]  # "around 0530 hrs": the preposition is the mod
    mod = APPROX_WORDS.get((groups.get("approx") or "").lower().replace("at ", ""))
    spec = Spec("dct", type="TIME", unit="day", count=0, gran="time", clock=(hour, minute),
                mod=mod)
    if not groups.get("day") and not groups.get("cmon") and not special:
        mate = _RANGE_MATE_DAY.match(text, m.end())
        if mate is not None:
            # "between 2pm and 7pm today", "from 8am to 5pm on Saturday": the range's
            # second end names the day of both
            groups = {**groups, **mate.groupdict()}
            if mate.group("dmon") or mate.group("dmon2"):
                groups["cmon"] = mate.group("dmon") or mate.group("dmon2")
                groups["cday"] = mate.group("dday") or mate.group("dday2")
    day = (groups.get("day") or "").lower()
    if groups.get("cmon"):
        spec.kind, spec.month, spec.day = "cal", month_number(groups["cmon"]), \
            day_number(groups["cday"])
        if groups.get("cyear"):
            spec.year = int(groups["cyear"])
    elif day in WEEKDAYS:
        spec.kind, spec.weekday = "weekday", WEEKDAYS[day]
    elif day and day.split()[0] in ("last", "next", "this") and day.split()[-1] in WEEKDAYS:
        spec.kind, spec.weekday, spec.rel = "weekday", WEEKDAYS[day.split()[-1]], day.split()[0]
    elif day:
        spec.count = {**DAY_WORD_OFFSETS, "this": 0, "last": -1}[day.split()[0]]
    elif not (_TIME_CHECK_AT.match(text, m.start())
              or _TIME_CHECK.search(text, max(0, m.start() - 30), m.start())):
        spec.rel = "bare"  # "at 10 p.m.": on the day under discussion
        restated = _restated_day(text, m.start("conv") if groups.get("conv") else m.end(),
                                 (hour, minute))
        if restated is not None:
            restated.mod = mod
            spec = restated
    if next_day:
        spec.count += 1
    if groups.get("conv"):
        # TimeML tags the clock and a day after the parenthesis apart (the day is
        # another expression), but that day still dates the clock
        return Mention(m.start(), m.start("conv"), spec)
    if approx_prep:
        return Mention(m.start("prep"), m.end(), spec)
    return spec
