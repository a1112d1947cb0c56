"""Builders for durations and counted shifts: "three weeks", "two weeks ago",
"days later", "the day before Aug. 12", "the week before last".
"""

from __future__ import annotations

import re
from dataclasses import replace

from service.temporal.builders.shared import (
    _MONEY_OR_COUNT_BEFORE,
    _counted,
    _vague_shift,
    duration_value,
)
from service.temporal.regex_parts import (
    _I,
    APPROX,
    day_number,
    following_word,
    month_number,
    preceding_word,
    weekday_number,
    word_number,
)
from service.temporal.spec import (
    Mention,
    Spec,
)
from service.temporal.vocabulary import (
    APPROX_WORDS,
    COUNT_NOUNS,
    ONES,
    PARTS_OF_DAY,
    TEENS,
    TENS,
    UNIT_SPELLINGS,
    VAGUE_QUANTITIES,
)

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


def race_time(m: re.Match[str], text: str) -> Spec | None:
    """"lapped in 1:44.701", "won in 1:52.34", "2:05:11.4": a time taken, in minutes and
    seconds (hours first when written) with their fraction, as race results give it."""
    if m.group("rm") is None:
        return None
    if preceding_word(text, m.start()) in ("at", "by", "until", "till", "from", "since"):
        return None  # "at 12:30:15.5": a moment read to the tenth of a second
    hours, minutes = int(m.group("rh") or 0), int(m.group("rm"))
    seconds = f"{int(m.group('rs'))}.{m.group('rf')}"
    value = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") \
        + f"{seconds}S"
    return Spec("duration", type="DURATION", value=value, unit="second",
                count=3600 * hours + 60 * minutes + float(seconds))


def long_adjective(m: re.Match[str], text: str) -> Spec:
    """"Weeklong", "year-long" (one unit), "monthslong", "decades-long" (unknown count)."""
    word = m.group("unit").lower()
    unit = UNIT_SPELLINGS[word]
    count = None if word != unit else 1
    return Spec("duration", type="DURATION", count=count, unit=unit)


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


_HENCEFORTH = re.compile(r"\s+on\b(?!\s+(?:the\s+)?(?:\d|(?-i:[A-Z])))", _I)


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
    if direction == "from now" and _HENCEFORTH.match(text, m.end()):
        return None  # "twice a day from now on": "from now on" is henceforth, not a day ahead
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
        # an anniversary's weekday is the nearest one, whatever the story's tense
        base = Spec("weekday", weekday=weekday_number(day), gran="day", clamp="nearest")
    # "this week": the publication day moved back, then the week around it
    return Spec("offset", unit=dated.unit, count=dated.count, out="base", mod=dated.mod,
                gran=base.gran if base.gran in ("week", "month") else None,
                base=replace(base, gran="day") if base.gran in ("week", "month") else base)


# "died in 1958, a month short of their anniversary": a year is no amount to be rated
_YEAR_THEN_COMMA = re.compile(r"\b(?:1[0-9]\d\d|20\d\d)\s*,\s*\Z")
_WAR_NAME = re.compile(r"['’]?\s+War\b")
# cricket's limited-overs format: "the one-day series", "50 one-day internationals"
_ONE_DAY_FORMAT = re.compile(
    r"\s+(?:series|internationals?|ODIs?|format|cricket|squad|side|team|cup|rankings?"
    r"|matches|match|games?|tournament|trophy|world\s+cup|captain|captaincy|debut|career)\b",
    re.IGNORECASE)
_THAN = re.compile(r"\s+than\b", re.IGNORECASE)
# "cut rates by a quarter point", "a half-point hike": a share of a point, not a span
# "two consecutive quarters", "three straight quarters": a run of them, never a share
_IN_A_ROW = re.compile(r"\b(?:consecutive|straight|successive)\s", re.IGNORECASE)
# "two quarters of contraction", "three quarters of growth": reporting periods of a trend
_QUARTERS_OF_CHANGE = re.compile(
    r"\s+of\s+(?:negative\s+|positive\s+|economic\s+|sequential\s+)?(?:growth|contraction"
    r"|decline|declines|losses|gains|expansion|shrinkage|deflation|recession)\b", re.IGNORECASE)
_SHARE_OF_POINT = re.compile(r"[\s-]+(?:percentage[\s-]+)?(?:points?|pts?)\b", re.IGNORECASE)


def bare_units_shift(m: re.Match[str], text: str) -> Spec | None:
    """"Days later", "hours earlier", "moments later": a plural unit alone."""
    if _THAN.match(text, m.end()) or _counted(text, m.start()):
        return None  # "two hours later": the count's, a duration (TimeBank)
    unit = UNIT_SPELLINGS.get(m.group("unit").lower(), "minute")  # "moments"
    return _vague_shift(unit, m.group("dir").lower(), None)


def unit_since(m: re.Match[str], text: str) -> Spec | Mention:
    """"the week since the invasion": one unit; "the months since": some, count unsaid
    (the plural without its article, as TimeBank tags "in the days that followed")."""
    unit = m.group("unit").lower()
    if unit.endswith("s"):
        return Mention(m.start("unit"), m.end("unit"),
                       Spec("duration", type="DURATION", count=None, unit=unit[:-1]))
    return Spec("duration", type="DURATION", count=1, unit=unit)


def before_last(m: re.Match[str], text: str) -> Spec | None:
    """"the week before last": two units back from the publication date's; "the week
    after next": two ahead."""
    if not m.group("unit"):
        return None
    unit = m.group("unit").lower()
    if m.group(0).lower().endswith("next"):
        if unit == "night":
            return Spec("dct", type="TIME", unit="day", count=2, gran="time",
                        part=PARTS_OF_DAY["night"])
        return Spec("dct", unit=unit, count=2, gran=unit)
    if unit == "night":
        return Spec("dct", type="TIME", unit="day", count=-2, gran="time",
                    part=PARTS_OF_DAY["night"])
    return Spec("dct", unit=unit, count=-2, gran=unit)


_RANGE_END_AFTER = re.compile(r"\s*(?:to|until|till|through|-|–)\s", re.IGNORECASE)


def offset_date(m: re.Match[str], text: str) -> Spec | None:
    """"the day before Aug. 12", "two weeks after Tuesday", "a week from Monday": one
    date, counted from the date named (TimeML tags the whole phrase, "day before last
    Tuesday")."""
    number = (m.group("num") or "").lower()
    if not number:
        return None
    groups = m.groupdict()
    count = 1 if number == "the" else word_number(number)
    unit = "weekday" if groups.get("owd") else m.group("unit").lower()
    plural = unit.endswith("s")
    if count is None or not float(count).is_integer() or plural != (count != 1):
        return None  # "the days before Aug. 12": a stretch, not a date
    if m.group("dir").lower() == "from" and (
            preceding_word(text, m.start()) in ("for", "over", "lasting")
            or _RANGE_END_AFTER.match(text, m.end())):
        return None  # "sit for 24 days from Oct 14 to Nov 19": a stretch and where it starts
    if number != "the" and preceding_word(text, m.start()) in ("for", "over", "lasting"):
        return None  # "walk out over four days before Christmas": a stretch, then its date
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
    if unit == "weekday":
        return Spec("offset", unit=unit, count=sign, gran="day", base=base,
                    weekday=weekday_number(groups["owd"]))
    unit = UNIT_SPELLINGS[unit]
    if number == "the" and unit in _WHOLE_PERIODS:
        # "the week before Thanksgiving", "the year after the 2008 crash": the whole
        # period next to the date named, not the day a week away ("a week before")
        return Spec("offset", unit=unit, count=sign, gran=unit, out="base", base=base)
    return Spec("offset", unit=unit, count=sign * int(count), gran="day", base=base)


_WHOLE_PERIODS = frozenset({"week", "month", "year"})


def unit_before(m: re.Match[str], text: str) -> Spec:
    unit = m.group("unit").lower()
    sign = -1 if m.group("dir").lower() in ("before", "earlier") else 1
    return Spec("ref", unit=unit, count=sign, gran=unit)
# a counted amount of something right before "a day", "a year": "7,500 steps a day",
# "about 57 inches of snow a year", "two cups of coffee a day" (a rate, like "per day")
_RATE_NOUNS = COUNT_NOUNS | frozenset("""
steps inches centimetres centimeters millimetres millimeters gallons litres liters calories
cigarettes meals cups glasses pills tablets kilograms kilos kg pounds lbs grams servings
ounces devices phones smartphones chips orders trips rides containers transactions
minutes hours
payments transfers withdrawals deposits bets shifts visits meetings sessions classes lessons
games matches deliveries shipments reports posts updates texts letters drinks loads
burglaries robberies thefts shootings stabbings crimes offences offenses overdoses
foot feet inch metre metres meter meters centimetre centimeter millimetre millimeter
cup glass pill tablet meal serving cigarette
takeoffs landings departures arrivals sailings crossings journeys trains buses trucks lorries
vessels tankers riders commuters travelers travellers boardings
""".split())
# ("4 million passengers a year"); a count of unknown size too ("several payments a week",
# "dozens of calls a day")
_AMOUNT_WORDS = [*ONES, *TEENS, *TENS, "ten", "dozen", "hundred", "thousand", "million", "billion",
                 "several", "many", "multiple", "numerous", "few", "dozens of", "hundreds of",
                 "thousands of"]
_COUNTED_AMOUNT_BEFORE = re.compile(
    # ("a foot a day", "half an inch a day": an amount of one)
    rf"(?:\d|\b(?:{'|'.join(_AMOUNT_WORDS)}|a|an))"
    # "1 million electric vehicles a year", "500,000 new homes a year": a word or two
    # describing the things counted
    r"(?:\s+[a-z]+(?:-[a-z]+)?){0,2}?"
    rf"\s+(?:{'|'.join(sorted(_RATE_NOUNS, key=len, reverse=True))})"
    # "60 minutes of exercise a day", "two hours of screen time a day"
    r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s*$", _I)
# "in 2018, a year after relegation", "$5 million, a year before the sale": a span
# counted from an event, not a rate
# ("in 2025, a year later than planned", "in 2019, a year ahead of schedule": a delay)
_SPAN_FROM_EVENT_AFTER = re.compile(r"\s+(?:after|before|since|into|on\s+from|later|earlier|ago"
                                    r"|sooner|behind|ahead|too\s+(?:late|early|soon))\b", _I)


# a four-digit year and a dash or slash right before a number: "2024-25", "2023/24"
_YEAR_SPAN_HEAD = re.compile(r"(?<!\d)(?:1[89]|20)\d\d[-–/]\Z")


# a capitalised unit and "of" a capitalised word: a name ("a Day of Rage")
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


_ONCE_IN = re.compile(r"\b(?i:once)[\s-]+(?i:in)[\s-]+\Z")


def duration(m: re.Match[str], text: str) -> Spec | Mention | None:
    if text[max(0, m.start("num") - 1):m.start("num")] in ("$", "£", "€", ".", ","):
        return None
    if _YEAR_SPAN_HEAD.search(text, max(0, m.start("num") - 6), m.start("num")):
        return None  # "the 2024-25 school year": the tail of a span of years, not 25 years
    if _WAR_NAME.match(text, m.end()):
        return None  # "the Thirty Years' War", "the Six-Day War": names of wars
    if m.group("num").lower() in ("a", "an") \
            and _ONCE_IN.search(text, max(0, m.start("num") - 10), m.start("num")):
        return None  # "a once-in-a-century flood", "once in a decade": how rare, not how long
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
    if m.group("unit").lower() == "quarter" and re.match(r"\s+(?:past|to|after|of\s+an\s+hour)\b",
                                                         text[m.end():m.end() + 16]):
        return None  # "it's a quarter past the hour": a clock's quarter hour
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
    tail = (m.groupdict().get("ormore") or "").lower().split()
    if tail and (spec is None or spec.kind != "duration" or spec.count != 1
                 and tail[-1] not in ("more", "longer")):
        # "5% a year or more": the set, without the tail; "two hours or three": the count
        return None if spec is None else Mention(m.start(), m.end("unit"), spec)
    if tail and tail[-1] in ("more", "longer"):
        spec.mod = spec.mod or "EQUAL_OR_MORE"  # "a year or more": at least a year
    elif tail and re.search(r"\b[Ii]n\s+\Z", text[max(0, m.start() - 4):m.start()]) \
            and not (m.group("the") or m.group("mod")):
        return Spec("vague", value="FUTURE_REF")  # "you may, in a year or two, save lives"
    elif tail:
        spec.count = None  # "an hour or two": a few hours, count unsaid (PTXH)
    if spec is not None and m.group("the") and not m.group("anch") and (
            "-" in m.group("sep") or _SPOKEN_ADJECTIVE.match(text, m.end("unit"))
            and not m.group("unit").lower().endswith("s") and (spec.count or 0) > 1):
        # "the two-year contract", and transcripts' unhyphened "the two day rally": an
        # adjective, without the noun phrase's article
        return Mention(m.start("num"), m.end(), spec)
    if spec is not None and m.group("num").lower() in ("a", "an") \
            and m.group(0).lower().endswith("-long"):
        return Mention(m.start("unit"), m.end(), spec)  # "a decade-long feud": the feud's "a"
    over = _OVER_AS_MORE_THAN.search(text, max(0, m.start() - 24), m.start())
    if spec is not None and spec.kind == "duration" and spec.mod is None and over \
            and not (m.group("the") or m.group("mod")):
        # "in place for over a decade", "the first in over 20 years", "likely to last over
        # a week" (TimeBank: MORE_THAN); not "spread over three years", "over two days"
        spec.mod = "MORE_THAN"
        return Mention(over.start("over"), m.end(), spec)
    if spec is not None and spec.kind == "duration" and not (m.group("the") or m.group("mod")) \
            and "-" not in m.group("sep") \
            and re.search(r"\b[Ii]n\s+$", text[max(0, m.start() - 4):m.start()]) \
            and not _SUPERLATIVE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        spec.rel = "in"  # "in three days": a date when the clause looks ahead
    return spec


_OVER_AS_MORE_THAN = re.compile(
    r"\b(?:for|in|last|lasts|lasted|lasting|after|took|spent)\s+(?P<over>[Oo]ver)\s+\Z")

_SPOKEN_ADJECTIVE = re.compile(r"\s+[a-z]{3,}\b(?<!\band)(?<!\bor)(?<!\bago)")

# "its highest level in 40 years", "the first time in three months", "twice in a
# week": a stretch that ends now, never a date ahead
_SUPERLATIVE_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|his|her|our|a)\s+(?:[a-z]+est|most|least|first|only|fewest)\b"
    r"|\b(?:time|times|once|twice)\b)(?:[\s-]+[\w-]+){0,3}?\s+in\s+\Z")

_RATE_OR_IDIOM_BEFORE = frozenset({
    "miles", "kilometres", "kilometers", "km", "feet", "metres", "meters", "yards", "inches",
    "centimetres", "centimeters", "millimetres", "millimeters", "knots", "wait"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "can", "should", "shall"})


# "a mean age of 58 years", "the median age of participants was 62 years", "aged 40 to 75
# years": ages, which TimeML leaves untagged like "52 years old"
_AGE_BEFORE = re.compile(
    r"\b(?:age|ages|aged)(?:\s+of\s+(?:the\s+)?[a-z]+)?"
    r"(?:\s+(?:of|was|is|were|at|between|about|approximately|around|roughly|nearly|over"
    r"|under|from)){0,2}\s+(?:(?P<low>\d{1,3})(?:\.\d)?\s*(?:to|and|-|–)\s*)?\Z", _I)


_AGE_AFTER = re.compile(r"\s+(?:(?:and|or)\s+(?:older|over|up|younger|under)\b|of\s+age\b)", _I)


def _duration_core(m: re.Match[str], text: str) -> Spec | None:
    num_text = m.group("num")
    age = _AGE_BEFORE.search(text, max(0, m.start() - 50), m.start()) \
        if num_text[:1].isdigit() and not m.group("the") else None
    low = age.group("low") if age else None
    if age and not (low and num_text.isdigit() and int(low) >= int(num_text)):
        return None  # (not "sentenced at age 30 to 10 years": a sentence after an age)
    if _AGE_AFTER.match(text, m.end("unit")):
        return None  # "everyone 6 months and older", "children 5 years of age"
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
                and not _SPAN_FROM_EVENT_AFTER.match(text, m.end("unit")) \
                and not _YEAR_THEN_COMMA.search(before):
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
    if unit == "quarter" and following_word(text, m.end()) == "of" and not m.group("the") \
            and not _IN_A_ROW.search(m.group(0)) and not _QUARTERS_OF_CHANGE.match(text, m.end()):
        return None  # "a quarter of the population" ("two consecutive quarters of
        # contraction", "three quarters of growth" are stretches)
    if unit == "quarter" and lowered in ("a", "an") and m.group("mod") and not m.group("the") \
            and preceding_word(text, m.start()) not in _SPAN_PREPOSITIONS:
        return None  # "fewer than a quarter do", "nearly a quarter said": a share
    if unit == "quarter" and lowered in ("a", "an", "one") and not m.group("the") \
            and _CHANGED_BY.search(text, max(0, m.start() - 60), m.start()):
        return None  # "output rose by a quarter", "cut its staff by about a quarter": 25%
    spec = Spec("duration", type="DURATION", count=count, unit=unit, anchored=anchored, mod=mod,
                fraction=_has_fraction(m))
    if lowered in ("a couple of", "a couple", "couple of") and not mod:
        spec.mod = "APPROX"
    return spec


# a change by a share: "rose by", "cut its workforce by" (not "delayed by a quarter")
_CHANGED_BY = re.compile(
    r"\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|grew|grow|grows|grown|jumped|jump|jumps"
    r"|dropped|drop|drops|increased|increase|increases|decreased|decrease|decreases|declined"
    r"|decline|declines|shrank|shrink|shrinks|shrunk|slumped|surged|climbed|slid|plunged"
    r"|soared|cut|cuts|cutting|raised|raise|raises|reduced|reduce|reduces|lowered|lower"
    r"|boosted|boost|slashed|slash|trimmed|trim|up|down)\b[^.;:!?]{0,40}?\bby\s+\Z",
    re.IGNORECASE)
# what stands before "less than a quarter" when it is a stretch of time ("in less than a
# quarter", "for nearly a quarter")
_SPAN_PREPOSITIONS = frozenset({"in", "for", "within", "over", "after", "during", "took",
                                "take", "takes", "lasted", "last", "spent"})


def _anchoring(word: str | None) -> str | None:
    """"the past three years" ends at publication ("past"), "the next three years"
    starts there ("next"); other durations float."""
    word = (word or "").lower()
    if word in ("past", "last", "previous", "preceding", "prior", "trailing"):
        return "past"
    if word in ("next", "coming", "following"):
        return "next"
    return None


# what may stand before the count of a duration to make it the upper end of a range
_RANGE_START = re.compile(
    r"(?<![\w$£€.,-])(?:(?P<mod>" + APPROX + r")\s+)?"
    r"(?:(?P<the>the)\s+(?P<anch>past|last|next|previous|preceding|prior|coming|following"
    r"|trailing)\s+)?"
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


def eve_of(m: re.Match[str], text: str) -> Spec | None:
    """"on the eve of Thanksgiving", "the eve of Ramadan": the day before the holiday."""
    name = re.sub(r"\s+", " ", m.group("h").lower()).replace("’", "'")
    base = Spec("holiday", value=name, rel=(m.group("rel") or "").lower() or None, gran="day")
    return Spec("offset", unit="day", count=-1, gran="day", base=base)
