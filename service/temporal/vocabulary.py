"""Word tables the patterns are compiled from.

Kept as plain data so that adding a spelling (a month abbreviation, a number
word, a vague adverb) never means touching a regular expression.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

# Abbreviations: only accepted with a full stop or directly before a day number.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

# Words that date a month or season from the story's time rather than the publication
# date ("that summer", "the following spring"), and the relation each names: the one
# of the reference's own time, the first after it, the last before it.
ANAPHORIC_RELS: dict[str, str] = {
    "that": "ana-same", "that same": "ana-same", "the same": "ana-same",
    "the following": "ana-after", "the previous": "ana-before", "the preceding": "ana-before",
}

# Month names that are also common English words: bare, they need a temporal
# preposition or modifier in front ("in May", "early March").
AMBIGUOUS_MONTHS = frozenset({"may", "march"})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}

# Abbreviations: before a written date ("Thu, Aug. 31", "Fri 25 Aug"); alone only
# with a full stop, and never "Sun." ("The Sun."), see regex_parts.
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

# Month in which each season starts (winter runs into the next year).
SEASON_START_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "midday": "MI", "daytime": "DT",
}

# Moments of the day war and disaster reports date by ("at dawn on Saturday", "dusk
# Sunday"): TIMEX3 has no token for them, so they take the part of day they fall in.
DAYBREAK_WORDS: dict[str, str] = {
    "dawn": "morning", "daybreak": "morning", "sunrise": "morning", "first light": "morning",
    "dusk": "evening", "sunset": "evening", "nightfall": "evening",
}

# Nouns a part of day qualifies ("that evening gown", "the morning show"): then it is
# an attribute, not a time.
PART_OF_DAY_NOUNS = (
    "of", "session", "sessions", "shift", "shifts", "show", "shows", "edition", "news",
    "paper", "papers", "newspaper", "flight", "flights", "gown", "gowns", "dress", "wear",
    "class", "classes", "prayer", "prayers", "meal", "star", "sky", "bus", "train",
    "program", "programme", "bulletin", "rush", "commute", "routine", "round", "rounds",
    "market", "trading", "briefing", "briefings", "sun", "light", "air",
)

# Clock hours each part of day covers, [from, to) with to > 24 meaning next day.
PART_OF_DAY_HOURS: dict[str, tuple[int, int]] = {
    "MO": (6, 12), "MI": (11, 14), "AF": (12, 18), "EV": (18, 24), "NI": (21, 30), "DT": (6, 18),
}

ONES: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
TEENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
# Words standing for a number in front of a unit ("a year", "a couple of days").
ARTICLE_NUMBERS: dict[str, int] = {"a": 1, "an": 1, "one": 1, "a single": 1, "a dozen": 12,
                                   "dozen": 12, "a couple of": 2, "a couple": 2,
                                   "couple of": 2, "a hundred": 100, "one hundred": 100,
                                   "a thousand": 1000, "half a": 0.5,
                                   "half an": 0.5}
# Quantities that leave the number open: "several years" is P{X}Y.
VAGUE_QUANTITIES = ("several", "a few", "few", "many", "some", "numerous", "a number of")

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty first": 21,
    # spoken dates: "the twenty-second of March", "the thirty-first of May"
    **{f"{tens}{sep}{unit}": base + n
       for tens, base in (("twenty", 20), ("thirty", 30))
       for n, unit in enumerate(("second", "third", "fourth", "fifth", "sixth", "seventh",
                                 "eighth", "ninth"), start=2)
       if base + n <= 31 for sep in ("-", " ")},
    "thirtieth": 30, "thirty-first": 31, "thirty first": 31,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

# Duration units: canonical name -> (TIMEX3 letter, is a time unit, months, days).
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "week": ("W", False), "fortnight": ("W", False),
    "weekend": ("WE", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False),
}
UNIT_SPELLINGS: dict[str, str] = {
    "second": "second", "seconds": "second", "sec": "second", "secs": "second",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
    "day": "day", "days": "day", "week": "week", "weeks": "week",
    "weekend": "weekend", "weekends": "weekend",
    "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month", "quarter": "quarter", "quarters": "quarter",
    "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
}

# Calendar units a relative expression can name ("last week", "next quarter").
CALENDAR_UNITS = ("day", "week", "weekend", "month", "quarter", "year", "decade", "century")

# Modifiers in front of a date or duration and the TIMEX3 mod they mean.
APPROX_WORDS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "circa": "APPROX", "an estimated": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "under": "LESS_THAN", "fewer than": "LESS_THAN", "just under": "LESS_THAN",
    "more than": "MORE_THAN", "just over": "MORE_THAN",
    "longer than": "MORE_THAN", "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    # spoken hedges: "it's been a little more than a week", "a little over three weeks"
    "a little more than": "MORE_THAN", "a bit more than": "MORE_THAN",
    "slightly more than": "MORE_THAN", "a little over": "MORE_THAN", "a bit over": "MORE_THAN",
    "a little less than": "LESS_THAN", "a bit less than": "LESS_THAN",
    "slightly less than": "LESS_THAN", "a little under": "LESS_THAN", "a bit under": "LESS_THAN",
}

# Part-of-period words and the mod they give.
# Days named from the publication day, by their offset from it.
DAY_WORD_OFFSETS: dict[str, int] = {
    "today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1,
    "the day before yesterday": -2, "the day after tomorrow": 2,
}

PART_WORDS: dict[str, str] = {
    "early": "START", "the beginning of": "START", "the start of": "START",
    "the early part of": "START", "the first part of": "START", "the dawn of": "START",
    "mid": "MID", "the middle of": "MID", "the mid": "MID",
    "late": "END", "the end of": "END", "the close of": "END", "the latter part of": "END",
    "the late": "END", "the early": "START", "the last part of": "END",
    # "in the early hours of Sunday" (British), "the wee hours of Saturday" (American)
    "the early hours of": "START", "the small hours of": "START", "the wee hours of": "START",
    "the early morning hours of": "START", "the early-morning hours of": "START",
    "the predawn hours of": "START", "the pre-dawn hours of": "START",
    # a span of parts: from the start of the first to the end of the second
    "early-to-mid": "START-MID", "early to mid": "START-MID",
    "mid-to-late": "MID-END", "mid to late": "MID-END",
    "the early-to-mid": "START-MID", "the mid-to-late": "MID-END",
    # "in the final months of 2023", "the first weeks of January", "the waning days of
    # the year": the part of the period those units make
    **{f"the {edge} {few}{unit} of": mod
       for edges, mod in ((("first", "opening", "early"), "START"),
                          (("final", "last", "closing", "waning", "dying"), "END"))
       for edge in edges for few in ("", "few ")
       for unit in ("hours", "days", "weeks", "months", "years")},
}

# Single words or fixed phrases with a vague TIMEX3 value.
VAGUE_EXPRESSIONS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF",
    "currently": "PRESENT_REF", "at present": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "the present": "PRESENT_REF",
    # a history's "from the 1920s to the present day"
    "the present day": "PRESENT_REF",

    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "more recently": "PAST_REF", "until recently": "PAST_REF",
    # spoken news: "I saw him the other day", "a ruling could come any day now"
    "the other day": "PAST_REF", "the other night": "PAST_REF", "any day now": "FUTURE_REF",
    # "a generation ago, few families owned a car": some decades back, how many unsaid
    "a generation ago": "PAST_REF", "a lifetime ago": "PAST_REF",
    # on air: "the palace announced a short time ago", "he spoke a moment ago"
    "a short time ago": "PAST_REF", "a short while ago": "PAST_REF",
    "a little while ago": "PAST_REF", "a while ago": "PAST_REF", "a moment ago": "PAST_REF",
    "some time ago": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    # "a broader deal could follow in the not too distant future"
    "the not too distant future": "FUTURE_REF", "the not-too-distant future": "FUTURE_REF",
    "the not so distant future": "FUTURE_REF", "the very near future": "FUTURE_REF",
    "the immediate future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF", "the longer term": "FUTURE_REF",
    "the medium term": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF", "in due course": "FUTURE_REF",
    # "one of these days we'll win it" (not "these days", now; "someday" is left out: the
    # TimeBank annotators left "may show up someday" untagged)
    "one of these days": "FUTURE_REF",

}

# Adjectives that make a plural unit a vague reference ("recent years", "coming months").
VAGUE_UNIT_ADJECTIVES: dict[str, str] = {
    "recent": "PAST_REF", "past": "PAST_REF", "previous": "PAST_REF", "prior": "PAST_REF",
    "earlier": "PAST_REF", "last few": "PAST_REF", "past few": "PAST_REF",
    "past several": "PAST_REF", "last several": "PAST_REF",
    "coming": "FUTURE_REF", "upcoming": "FUTURE_REF", "future": "FUTURE_REF",
    "next few": "FUTURE_REF", "next several": "FUTURE_REF", "coming few": "FUTURE_REF",
    "following": "FUTURE_REF", "later": "FUTURE_REF", "subsequent": "FUTURE_REF",
    # counted from the story's time, not the publication's: a stretch (see the builder)
    "ensuing": "FUTURE_REF", "intervening": "PAST_REF", "succeeding": "FUTURE_REF",
}
# the adjectives of VAGUE_UNIT_ADJECTIVES that follow on from the time a story tells:
# "in the following months, prices fell" is months after it (PXM), not the future
STORY_UNIT_ADJECTIVES = frozenset({"following", "subsequent", "ensuing", "intervening",
                                   "succeeding"})

# Holidays: name -> (month, day), or (month, weekday, n) for the n-th weekday of
# a month (n = -1: the last one).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25),
    "christmas day": (12, 25), "christmas eve": (12, 24), "valentine's day": (2, 14),
    "independence day": (7, 4), "july fourth": (7, 4), "fourth of july": (7, 4),
    "halloween": (10, 31), "veterans day": (11, 11),
    "boxing day": (12, 26), "bastille day": (7, 14), "may day": (5, 1),
    "st. patrick's day": (3, 17), "juneteenth": (6, 19),
    # the U.S. president's, in the year after each presidential election only
    "inauguration day": (1, 20),
    # national and international days of the Commonwealth, South Asian and African press
    "anzac day": (4, 25), "waitangi day": (2, 6), "australia day": (1, 26),
    "republic day": (1, 26),  # India's, the one English-language news mostly means
    "gandhi jayanti": (10, 2), "pakistan day": (3, 23), "canada day": (7, 1),
    "remembrance day": (11, 11), "armistice day": (11, 11), "bonfire night": (11, 5),
    "guy fawkes night": (11, 5), "africa day": (5, 25), "madaraka day": (6, 1),
    "mashujaa day": (10, 20), "jamhuri day": (12, 12),
    # the Philippines' and Malaysia's
    "all saints' day": (11, 1), "all souls' day": (11, 2), "rizal day": (12, 30),
    "bonifacio day": (11, 30), "ninoy aquino day": (8, 21), "merdeka day": (8, 31),
    "international women's day": (3, 8), "world environment day": (6, 5),
    "world aids day": (12, 1), "earth day": (4, 22),
    # the Eastern churches' Christmas, Dec. 25 of the Julian calendar (Jan. 7, 1900-2099)
    "orthodox christmas": (1, 7), "orthodox christmas day": (1, 7),
    "orthodox christmas eve": (1, 6),
}
# "Independence Day" in a country's own press: its day, told by the places and people
# the story names (a dateline counts three times); the United States' otherwise
INDEPENDENCE_DAYS: dict[str, tuple[tuple[int, int], tuple[str, ...]]] = {
    "pakistan": ((8, 14), ("Pakistan", "Pakistani", "Pakistanis", "Islamabad", "Karachi",
                           "Lahore", "Peshawar", "Quetta", "Rawalpindi", "Sindh", "Balochistan")),
    "india": ((8, 15), ("India", "Indian", "Indians", "New Delhi", "Mumbai", "Kolkata",
                        "Chennai", "Bengaluru", "Lok Sabha", "Rajya Sabha", "Red Fort")),
    "bangladesh": ((3, 26), ("Bangladesh", "Bangladeshi", "Dhaka")),
    "sri lanka": ((2, 4), ("Sri Lanka", "Sri Lankan", "Colombo")),
    "nigeria": ((10, 1), ("Nigeria", "Nigerian", "Nigerians", "Abuja", "Lagos")),
    "ghana": ((3, 6), ("Ghana", "Ghanaian", "Accra")),
    "philippines": ((6, 12), ("Philippines", "Philippine", "Filipino", "Filipinos", "Manila")),
    "indonesia": ((8, 17), ("Indonesia", "Indonesian", "Jakarta")),
    "ukraine": ((8, 24), ("Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev")),
    "mexico": ((9, 16), ("Mexico", "Mexican", "Mexicans")),
    "brazil": ((9, 7), ("Brazil", "Brazilian", "Brazilians")),
    "zimbabwe": ((4, 18), ("Zimbabwe", "Zimbabwean", "Harare")),
    "uganda": ((10, 9), ("Uganda", "Ugandan", "Kampala")),
}
INDEPENDENCE_DAY_US_CUES = ("United States", "U.S.", "America", "American", "Americans",
                            "Fourth of July", "July 4", "July Fourth")
QUADRENNIAL_HOLIDAYS: dict[str, int] = {"inauguration day": 1}  # name -> year % 4
# days known by their date alone, as a name with its year fixed: "the 9/11 attacks"
NAMED_DAYS: dict[str, tuple[int, int, int]] = {
    "9/11": (2001, 9, 11),
}
# days that, before the noun of what happened on them, name one event and so one year
# ("the Sept. 11 attacks", "the Jan. 6 riot", "the Oct. 7 Hamas attack"); a bare
# "Sept. 11" is still resolved by tense
EVENT_DAYS: dict[tuple[int, int], int] = {(9, 11): 2001, (1, 6): 2021, (10, 7): 2023}
EVENT_DAY_NOUNS = (
    "attack", "attacks", "attackers", "hijackers", "hijackings", "riot", "riots", "rioters",
    "insurrection", "massacre", "commission", "committee", "terror attacks",
    "terrorist attacks", "terror attack", "terrorist attack", "capitol riot",
    "capitol attack", "hamas attack", "hamas-led attack", "hamas attacks", "assault",
)
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4),
    "labor day": (9, 0, 1), "memorial day": (5, 0, -1), "mother's day": (5, 6, 2),
    "father's day": (6, 6, 3), "martin luther king day": (1, 0, 3),
    "presidents' day": (2, 0, 3), "presidents day": (2, 0, 3), "columbus day": (10, 0, 2),
    "election day": (11, 1, 0),  # the Tuesday after the first Monday: special-cased
    "martin luther king jr. day": (1, 0, 3), "mlk day": (1, 0, 3),
}
# the holiday name a builder gives "the first Monday in October": NTH_WEEKDAY, month,
# weekday (0 = Monday) and n (-1 = the last), space separated
NTH_WEEKDAY = "nth-weekday"
# days named from another holiday: name -> (that holiday, days after it)
HOLIDAY_OFFSETS: dict[str, tuple[str, int]] = {
    "black friday": ("thanksgiving", 1), "small business saturday": ("thanksgiving", 2),
    "cyber monday": ("thanksgiving", 4), "giving tuesday": ("thanksgiving", 5),
}
# days named from Easter (Western computus): name -> days after Easter Sunday
EASTER_OFFSETS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "good friday": -2, "ash wednesday": -46,
    "palm sunday": -7, "maundy thursday": -3, "holy thursday": -3, "easter monday": 1,
    "ascension day": 39, "pentecost": 49, "whit monday": 50,
    # the British names of Pentecost and of the day before Lent
    "whitsun": 49, "whit sunday": 49, "whitsunday": 49, "shrove tuesday": -47,
}
# days named from the Orthodox Easter (Julian computus, on the Gregorian calendar): the
# Easter of Serbia, Russia, Greece and the Eastern churches, most years not the Western one
ORTHODOX_EASTER_OFFSETS: dict[str, int] = {
    "orthodox easter": 0, "orthodox easter sunday": 0, "orthodox good friday": -2,
    "orthodox easter monday": 1,
}
# Holidays of lunar and lunisolar calendars: their first (or only) day each year, as
# observed in the country that most news about them concerns (Chinese New Year in
# China, Jewish holidays in Israel, Eid in Egypt, Diwali in India). Moon sighting can
# move an Eid by a day elsewhere; outside 2015-2035 these names are left unresolved.
_LUNAR_DAYS: dict[str, tuple[str, ...]] = {
    "lunar new year": (
        "2015-02-19", "2016-02-08", "2017-01-28", "2018-02-16", "2019-02-05", "2020-01-25",
        "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10", "2025-01-29", "2026-02-17",
        "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-03", "2031-01-23", "2032-02-11",
        "2033-01-31", "2034-02-19", "2035-02-08",
    ),
    "rosh hashanah": (
        "2015-09-14", "2016-10-03", "2017-09-21", "2018-09-10", "2019-09-30", "2020-09-19",
        "2021-09-07", "2022-09-26", "2023-09-16", "2024-10-03", "2025-09-23", "2026-09-12",
        "2027-10-02", "2028-09-21", "2029-09-10", "2030-09-28", "2031-09-18", "2032-09-06",
        "2033-09-24", "2034-09-14", "2035-10-04",
    ),
    "yom kippur": (
        "2015-09-23", "2016-10-12", "2017-09-30", "2018-09-19", "2019-10-09", "2020-09-28",
        "2021-09-16", "2022-10-05", "2023-09-25", "2024-10-12", "2025-10-02", "2026-09-21",
        "2027-10-11", "2028-09-30", "2029-09-19", "2030-10-07", "2031-09-27", "2032-09-15",
        "2033-10-03", "2034-09-23", "2035-10-13",
    ),
    "passover": (
        "2015-04-04", "2016-04-23", "2017-04-11", "2018-03-31", "2019-04-20", "2020-04-09",
        "2021-03-28", "2022-04-16", "2023-04-06", "2024-04-23", "2025-04-13", "2026-04-02",
        "2027-04-22", "2028-04-11", "2029-03-31", "2030-04-18", "2031-04-08", "2032-03-27",
        "2033-04-14", "2034-04-04", "2035-04-24",
    ),
    "diwali": (
        "2015-11-11", "2016-10-30", "2017-10-19", "2018-11-07", "2019-10-27", "2020-11-14",
        "2021-11-04", "2022-10-24", "2023-11-12", "2024-10-31", "2025-10-20", "2026-11-08",
        "2027-10-29", "2028-10-17", "2029-11-05", "2030-10-26", "2031-11-14", "2032-11-02",
        "2033-10-22", "2034-11-10", "2035-10-30",
    ),
    "eid al-fitr": (
        "2015-07-17", "2016-07-06", "2017-06-25", "2018-06-15", "2019-06-04", "2020-05-24",
        "2021-05-13", "2022-05-01", "2023-04-21", "2024-04-10", "2025-03-30", "2026-03-20",
        "2027-03-09", "2028-02-26", "2029-02-14", "2030-02-04", "2031-01-24", "2032-01-14",
        "2033-01-02", "2033-12-23", "2034-12-12", "2035-12-01",
    ),
    "holi": (  # the day of colours, after Holika Dahan
        "2015-03-06", "2016-03-24", "2017-03-13", "2018-03-02", "2019-03-21", "2020-03-10",
        "2021-03-29", "2022-03-18", "2023-03-08", "2024-03-25", "2025-03-14", "2026-03-04",
    ),
    "mid-autumn festival": (  # the 15th day of the 8th Chinese month
        "2015-09-27", "2016-09-15", "2017-10-04", "2018-09-24", "2019-09-13", "2020-10-01",
        "2021-09-21", "2022-09-10", "2023-09-29", "2024-09-17", "2025-10-06", "2026-09-25",
        "2027-09-15", "2028-10-03", "2029-09-22", "2030-09-12", "2031-10-01", "2032-09-19",
        "2033-09-08", "2034-09-27", "2035-09-16",
    ),
    "ramadan": (  # the first day of the fast, the holy month's start (Eid al-Fitr ends it)
        "2015-06-18", "2016-06-06", "2017-05-27", "2018-05-17", "2019-05-06", "2020-04-24",
        "2021-04-13", "2022-04-02", "2023-03-23", "2024-03-11", "2025-03-01", "2026-02-18",
        "2027-02-08", "2028-01-28", "2029-01-16", "2030-01-06", "2030-12-26", "2031-12-15",
        "2032-12-04", "2033-11-23", "2034-11-12", "2035-11-01",
    ),
    "hanukkah": (  # 25 Kislev, the first day (its first candle is lit the evening before)
        "2015-12-07", "2016-12-25", "2017-12-13", "2018-12-03", "2019-12-23", "2020-12-11",
        "2021-11-29", "2022-12-19", "2023-12-08", "2024-12-26", "2025-12-15", "2026-12-05",
        "2027-12-25", "2028-12-13", "2029-12-02", "2030-12-21", "2031-12-10", "2032-11-28",
        "2033-12-17", "2034-12-07", "2035-12-26",
    ),
    "eid al-adha": (
        "2015-09-23", "2016-09-11", "2017-09-01", "2018-08-21", "2019-08-11", "2020-07-31",
        "2021-07-17", "2022-07-10", "2023-06-28", "2024-06-16", "2025-06-06", "2026-05-27",
        "2027-05-16", "2028-05-05", "2029-04-24", "2030-04-13", "2031-04-02", "2032-03-22",
        "2033-03-11", "2034-03-01", "2035-02-18",
    ),
}
LUNAR_HOLIDAY_ALIASES: dict[str, str] = {
    "chinese new year": "lunar new year", "spring festival": "lunar new year",
    "moon festival": "mid-autumn festival", "mooncake festival": "mid-autumn festival",
    # South Asian spellings: "Eid-ul-Fitr", "Eid-ul-Azha", "Bakrid"
    "eid-ul-fitr": "eid al-fitr", "eid ul fitr": "eid al-fitr", "id-ul-fitr": "eid al-fitr",
    "eid-ul-adha": "eid al-adha", "eid ul adha": "eid al-adha", "eid-ul-azha": "eid al-adha",
    "eid ul-azha": "eid al-adha", "eid ul azha": "eid al-adha", "eid al-azha": "eid al-adha",
    "bakrid": "eid al-adha", "bakri eid": "eid al-adha", "id-ul-zuha": "eid al-adha",
    "eid al fitr": "eid al-fitr", "eid-al-fitr": "eid al-fitr", "eid ul-fitr": "eid al-fitr",
    "eid al adha": "eid al-adha", "eid-al-adha": "eid al-adha", "eid ul-adha": "eid al-adha",
    # Nigerian ("Eid-el-Kabir", "Eid-el-Fitr"), Malaysian and Singaporean ("Hari Raya
    # Aidilfitri", "Hari Raya Haji") and Indonesian ("Lebaran") names
    "eid-el-kabir": "eid al-adha", "eid el-kabir": "eid al-adha", "eid el kabir": "eid al-adha",
    "eid-el-fitr": "eid al-fitr", "eid el-fitr": "eid al-fitr", "eid-el-adha": "eid al-adha",
    "hari raya aidilfitri": "eid al-fitr", "hari raya puasa": "eid al-fitr",
    "hari raya haji": "eid al-adha", "hari raya aidiladha": "eid al-adha",
    "lebaran": "eid al-fitr",
    "ramazan": "ramadan", "ramzan": "ramadan", "chanukah": "hanukkah", "hanukah": "hanukkah",
    "deepavali": "diwali", "rosh hashana": "rosh hashanah", "pesach": "passover",
}
# lunar holidays that are a whole month of their calendar: valued as the Gregorian month
# they begin in ("during Ramadan" in a story of 2021 is 2021-04), not as their first day
MONTH_HOLIDAYS = frozenset({"ramadan", "ramazan", "ramzan"})
LUNAR_HOLIDAYS: dict[str, tuple[str, ...]] = {
    **_LUNAR_DAYS, **{alias: _LUNAR_DAYS[name] for alias, name in LUNAR_HOLIDAY_ALIASES.items()},
    # a bare "Eid" is whichever of the two comes nearest as the tense reads it
    "eid": tuple(sorted(_LUNAR_DAYS["eid al-fitr"] + _LUNAR_DAYS["eid al-adha"])),
}
# nouns after a holiday's name that make it part of another name or a thing, not a day:
# "the Good Friday Agreement", "Easter Island", "a Christmas tree", "the Yom Kippur War"
# the day of a vote named by what happens on it ("polling day", "election night"): the
# day of the election the story names ("called an election for 4 July", "Saturday's
# elections", "the Sept. 26 election"); "Election Day" without one is the U.S. day
ELECTION_DAY_WORDS: dict[str, str | None] = {
    "election day": None, "polling day": None, "voting day": None, "election night": "NI",
}
# the nouns of a vote whose date a story gives ("the election for 4 July"); a runoff's
# day is not the election day ("a Dec. 6 runoff in Georgia ... postmarked by Election Day")
ELECTION_NOUNS = (
    "election", "elections", "polls", "vote", "referendum", "plebiscite", "ballot",
    "by-election",
)

HOLIDAY_NAME_NOUNS = frozenset("""
agreement agreements accord accords island islands tree trees egg eggs war offensive
uprising rising bunny carol carols card cards lights sweater sweaters ornament ornaments
movie movies film films special specials album song songs mubarak
""".split())

# Frequency adverbs: word -> (value, quant, freq).
# "on a quarterly basis", "on an annual basis": the recurrence the adjective names
BASIS_ADJECTIVES: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
    "fortnightly": "P2W", "monthly": "P1M", "quarterly": "P3M", "semiannual": "P6M",
    "annual": "P1Y", "yearly": "P1Y",
}
FREQUENCY_ADVERBS: dict[str, tuple[str, str | None, str | None]] = {
    # "nightly" is "every night" (XXXX-XX-XXTNI), the part of each day, like "every morning"
    "daily": ("P1D", None, None), "nightly": ("XXXX-XX-XXTNI", None, None),
    "weekly": ("P1W", None, None), "biweekly": ("P2W", None, None),
    "monthly": ("P1M", None, None), "quarterly": ("P3M", None, None),
    "annually": ("P1Y", None, None), "yearly": ("P1Y", None, None),
    "hourly": ("PT1H", None, None), "semiannually": ("P6M", None, None),
    "biannually": ("P6M", None, None), "fortnightly": ("P2W", None, None),
    # "the conference is held biennially", "elections are held triennially"
    "biennially": ("P2Y", None, None), "triennially": ("P3Y", None, None),
    # dosing and timetables: "twice daily", "three times weekly"
    "once daily": ("P1D", None, "1X"), "twice daily": ("P1D", None, "2X"),
    "three times daily": ("P1D", None, "3X"), "four times daily": ("P1D", None, "4X"),
    "once weekly": ("P1W", None, "1X"), "twice weekly": ("P1W", None, "2X"),
    "three times weekly": ("P1W", None, "3X"), "twice monthly": ("P1M", None, "2X"),
    "twice yearly": ("P1Y", None, "2X"),
    "once monthly": ("P1M", None, "1X"), "once yearly": ("P1Y", None, "1X"),
}
# the same doses written as one adjective: "a once-weekly injection", "twice-daily pills"
FREQUENCY_ADVERBS.update({k.replace(" ", "-"): v for k, v in list(FREQUENCY_ADVERBS.items())
                          if " " in k})

# Nouns that a bare number in front of is a count, not a year ("1953 people").
# Street-name endings: "1600 Pennsylvania Avenue", "2100 Elm St." are addresses.
STREET_SUFFIXES = (
    "Avenue", "Ave", "Street", "St", "Road", "Rd", "Boulevard", "Blvd", "Drive", "Dr",
    "Lane", "Ln", "Way", "Place", "Pl", "Court", "Ct", "Terrace", "Parkway", "Pkwy",
    "Highway", "Hwy", "Square", "Plaza",
)

COUNT_NOUNS = frozenset("""
block blocks
people persons men women children kids soldiers troops workers employees jobs members
votes voters residents civilians students cases deaths dead injured homes houses
households cars vehicles units shares dollars euros pounds yen rubles miles kilometers
km meters feet tons tonnes barrels acres points pages words items copies patients
refugees migrants prisoners hostages passengers flights rockets missiles drones
shells rounds weapons tanks aircraft planes ships boats companies firms banks
stores seats delegates candidates users customers subscribers visitors fans
participants protesters demonstrators officers police agents staff
rooms beds buildings schools hospitals villages animals trees arrests attacks incidents
complaints applications calls messages emails tests samples doses infections
""".split())

# Verbs and auxiliaries that tell the tense of a clause.
FUTURE_CUES = (
    "will", "'ll", "’ll", "won't", "won’t", "shall", "going to", "is to", "are to",
    "plans to", "plan to", "planned to", "planning to", "scheduled to", "scheduled for",
    "expected to", "expects to", "expect to", "set to", "due to", "intends to", "intend to",
    "aims to", "hopes to", "would", "expect", "expects", "forecast", "forecasts",
    # what someone wants or seeks to do is still to come ("wants to raise tariffs on Monday",
    # "is seeking to hold a hearing on Thursday"); not "wanted to": a wish told as past
    "wants to", "want to", "seeks to", "seek to", "seeking to", "looking to", "looks to",
    "hoping to", "hope to", "aiming to", "aim to",
    # "warned that the surge was likely to continue into the summer", "is poised to"
    "likely to", "unlikely to", "poised to", "on track to", "on course to",
    "next", "upcoming", "coming", "tomorrow", "is slated", "slated", "to be held",
    # a present passive of planning: "a fresh attempt is planned for Saturday evening"
    "is planned", "are planned", "is scheduled", "are scheduled",
    "will be", "could", "might",
    # present tense of scheduling verbs: "the deadline expires Friday"
    "expires", "expire", "takes effect", "is due", "are due", "supposed to",
    # "the inflation gauge, due Friday, is forecast to", "data due out on Tuesday"
    "due", "due out",
    # broadcast promos: "tune in Sunday night", "join us Friday"
    "tune in", "join us", "stay tuned",
    # "effective Feb. 1", "has scheduled a news conference Thursday"
    "effective", "scheduled",
    # "a hearing set for Dec. 5", "the vote is set for Tuesday" (courts, parliaments)
    "set for",
    # launch and release targets: "the flight is targeted for mid-November" (not "the
    # strike targeted a depot on Monday")
    "targeted for", "is targeted", "are targeted",
    # "investors await Friday's jobs report": what is awaited is still to come
    "await", "awaits", "awaiting",
    # "the storm is expected Friday into Saturday"
    "is expected", "are expected",
    # ... or is not: "a southerly change is not expected until late in the evening"
    "is not expected", "are not expected", "isn't expected", "aren't expected",
    "isn’t expected", "aren’t expected",
    # markets and forecasters: "a cut is fully priced for June", "the Fed is seen cutting in
    # September", "officials pencilled in a cut for September", "betting on a cut in June"
    "is seen", "are seen", "is widely seen", "are widely seen", "is priced", "are priced",
    "is fully priced", "are fully priced", "pricing in", "betting on", "bets on",
    "penciled in", "pencilled in", "penciling in", "pencilling in",
    # schedules in the present tense: "the festival runs through Sunday", "polls close at
    # 8 p.m. Tuesday", "the match kicks off Saturday"
    "runs through", "runs until", "run through", "run until", "kicks off", "kick off",
    "opens", "reopens", "resumes", "convenes", "resume", "reopen", "reconvene", "reconvenes",
    "begins", "starts", "ends", "closes", "polls close", "polls open",
    # "the Games close on Sunday", "entries close on Friday" (a plural subject)
    "close on",
    # a decider: "the title race comes down to Sunday", "it all comes down to Game 7"
    "comes down to", "come down to",
    # elections: "voters go to the polls in November"
    "go to the polls", "goes to the polls", "head to the polls", "heads to the polls",
    # obligations and deadlines: "Congress must pass a bill by Friday"
    "must", "has to", "have to", "needs to", "need to", "has until", "have until",
)
# "Stocks fell on Tuesday ahead of Friday's jobs report": a weekday after "ahead of" is
# still to come in the week being reported; a month or date is not ("trained for months
# ahead of the October 7 attack" is a past story), so these cues serve weekdays only.
# "The warning runs from 9 a.m. Saturday": a weekday after a present-tense "runs from" is
# to come, a date may be under way ("the exhibition runs from June 1 to Sept. 30").
WEEKDAY_FUTURE_CUES = ("ahead of", "runs from", "run from",
                       # "traders awaited an OPEC+ meeting on Sunday": what is awaited
                       "awaited", "awaiting", "await", "awaits")
# Commitments look ahead whatever the tense of their verb ("agreed to buy the unit in
# February", "a program to repay the loan by March"); used for month and date names
# only, since a weekday next to them is usually the day of the agreement itself
# ("agreed on Monday to extend the deal").
COMMITMENT_CUES = (
    "agreed to", "agrees to", "agreement to", "pledged to", "promised to", "vowed to",
    "program to", "deal to", "decided to", "voted to",
)
PAST_CUES = (
    "was", "were", "had", "did", "said", "told", "ago", "last", "yesterday", "earlier",
    "began", "came", "went", "met", "took", "made", "held", "gave", "sent", "won", "lost",
    "left", "fell", "rose", "broke", "spoke", "saw", "got", "ran", "wrote", "became",
    "knew", "thought", "brought", "bought", "sold", "paid", "led", "chose", "struck",
    "shot", "fought", "flew", "drew", "grew", "threw",
    "began", "sought", "taught", "caught", "hung", "rang", "sang", "stood", "sat",
    "found", "felt", "kept", "meant", "heard", "slid", "sank",
    # irregular past forms news uses ("the bullet that tore through his window Friday")
    "tore", "wore", "swore", "bore", "stole", "froze", "drove", "rode", "woke", "awoke",
    "arose", "forgot", "forgave", "hid", "shook", "spun", "swept", "slept", "wept", "crept",
    "dug", "fled", "bled", "sped", "bent", "spent", "built", "dealt", "knelt",
    "withdrew", "overthrew", "undertook", "overtook", "mistook", "understood", "withstood",
    "shone", "stuck", "stung", "swung", "clung", "drank", "swam", "sprang", "shrank", "ate",
    "blew", "slew", "overcame", "forbade", "stank", "strode",
    # the same as its base form, but in news nearly always the past ("unemployment hit a
    # 50-year low in April"); "could hit", "to hit" read as ahead (tense._FUTURE_AUXILIARY)
    "hit",
    # "the monsoon, which set in over Kerala on Saturday", "winter set in early": the
    # present says "sets in" ("will set in", "to set in" read as ahead)
    "set in",
    "has been", "have been", "has", "have",
    # "the bonds fell due on Friday": past, whatever "due" alone says
    "fell due", "came due", "became due", "was due", "were due",
    # a plan told in the past, like "was due to": "the rocket was scheduled to lift off at
    # 12:25 p.m." (the day of the story, not ahead of it)
    "was scheduled to", "were scheduled to", "was slated to", "were slated to",
)
# The present tense of what news schedules: "the firm reports earnings on Tuesday", "the
# court hears the case in May", "City face Real Madrid on Tuesday night". Base forms only
# where a noun reading is rare ("report", "vote", "release" are left out: "said in a
# press release Monday"); tense.py still drops one right after a determiner, a
# preposition or "to" (see SCHEDULE_NOT_FINITE: "after his visits", "gathered to meet").
SCHEDULE_CUES = (
    "reports", "meets", "votes", "returns", "releases", "announces", "publishes", "unveils",
    "launches", "hears", "holds", "hosts", "faces", "plays", "visits", "travels", "arrives",
    "testifies", "decides", "delivers", "takes place", "premieres", "debuts", "airs",
    "goes on trial", "stands trial", "goes on sale", "takes office", "sits",
    # "residents plan a vigil Thursday night" ("a plan", "the plan" are nouns; "plans"
    # is left out: "set aside vacation plans Friday")
    "plan",
    "meet", "hear", "unveil", "testify", "decide", "arrive", "take place", "go on trial",
    "stand trial", "go on sale", "take office", "face", "host", "play",
    # "applications open Monday", "talks start Tuesday", "the new rules take effect Friday"
    "open", "start", "begin", "end", "take effect", "go into effect", "goes into effect",
    "compete", "competes", "convene", "runs", "head to", "heads to",
    # fixtures: "Sunderland travel to Cambridge on Tuesday night", "United entertain Spurs
    # on Saturday" (British teams take a plural verb)
    "travel", "entertain", "entertains",
    # listings and release dates: "new episodes drop Friday", "the film lands on Netflix
    # Friday", "the season streams from Thursday", "schools break up for half-term on Friday"
    "drops", "drop", "streams", "lands", "hits theaters", "hits theatres", "hits stores",
    "hits shelves", "comes out", "come out", "goes live", "go live", "tips off", "tees off",
    "gets underway", "get underway", "gets under way", "get under way", "wraps up", "wrap up",
    "breaks up", "break up",
    # the calendar and deadlines: "the solstice falls on Tuesday", "a deadline that falls in
    # mid-November", "Christmas falls on a Wednesday"
    "falls on", "fall on", "falls in",
    # terms, laws and sessions: "the governor, who leaves office in January", "the ban
    # expires Friday", "the law comes into force in April", "the Senate reconvenes Monday"
    "leaves office", "leave office", "steps down", "step down", "expires", "expire",
    "lapses", "adjourns", "reconvenes", "reconvene", "sunsets", "kicks in", "kick in",
    "comes into force", "come into force", "enters into force", "enter into force",
    # launches, sky events and deadlines: "the rocket lifts off Friday", "the capsule
    # splashes down Monday", "the meteor shower peaks Saturday night", "the embargo lifts
    # Thursday", "the probe reaches Jupiter Monday", "the offer expires Sunday"
    "lifts off", "lift off", "blasts off", "blast off", "docks", "splashes down",
    "splash down", "peaks", "lifts", "reaches", "closes",
)
# Words after which a schedule word is a noun or an infinitive, not the clause's verb.
SCHEDULE_NOT_FINITE = frozenset("""
a an the this that these those his her its their our my your whose
of in on at by for from with after before during since until ahead following amid to
""".split())
# Words that contain a cue without being one ("next to the embassy", "coming from Gaza").
NOT_CUES = ("next to", "next door", "coming from", "coming out", "coming back", "coming in")
# Past forms that are also nouns: after a determiner, with at most one word between, and
# with no object after them, the noun ("get a flu shot before the end of October", "a
# booster shot", "the song became a hit"), which tells nothing of the clause's tense.
NOUN_PAST_FORMS = frozenset({"shot", "hit"})
# Words ending in -ed that are not past-tense verbs (or point to the future).
NOT_PAST_ED = frozenset({
    "need", "needed", "speed", "feed", "seed", "bed", "red", "united", "indeed", "hundred",
    "proceed", "succeed", "exceed", "breed", "creed", "weed", "shed", "embed", "ted",
    "planned", "scheduled", "expected", "slated", "proposed", "intended", "anticipated",

    "bred",
})

# past verbs that open with "un" ("Germany on Monday unveiled a plan to ..."): unlike
# "unchanged", "unexpected", "unnamed", adjectives that tell no tense, these are the verb
UN_PAST_VERBS = frozenset({
    "unveiled", "unleashed", "unlocked", "unloaded", "unraveled", "unravelled", "unfolded",
    "unsealed", "uncovered", "unearthed", "unfurled", "unmasked", "unseated", "unplugged",
    "unblocked", "unpacked", "underscored", "underlined", "undermined", "underpinned",
    "underperformed", "underestimated",
})

# verbs after which "overnight" is a length of stay ("was kept overnight"), not a dated night
OVERNIGHT_STAY_VERBS = frozenset({
    "stay", "stays", "stayed", "staying", "remain", "remains", "remained", "kept", "held",
    "spent", "spend", "hospitalized", "hospitalised", "detained", "camped", "slept", "sleep",
    "parked", "left", "soak", "soaked", "marinate", "chill", "refrigerate",
})

# capitalised words that make a weekday the name of an event or a movable day
# ("Black Friday", "Super Tuesday", "Bloody Sunday"), not the nearest such weekday
WEEKDAY_NAME_QUALIFIERS = frozenset({
    "black", "cyber", "super", "bloody", "ash", "holy", "maundy", "giving", "fat", "palm",
    "blue", "good", "manic", "casual", "mad",
})

# Verbs that open advice in the imperative ("Avoid the first week of January", "Arrive
# before 9 a.m. Saturday", "Expect delays through Friday"): what they advise lies ahead.
# Only verbs a sentence seldom opens with as a noun or in a look back ("Book sales",
# "Check fraud", "Head coach", "Remember the storm in March" are left out).
IMPERATIVE_VERBS = (
    "avoid", "arrive", "visit", "reserve", "expect", "try", "skip", "allow", "bring", "get",
    "come", "keep", "make sure", "be sure", "stop by", "drop by", "sign up", "register",
    "apply", "stay", "pack", "bundle up", "tune in", "catch", "don't miss", "do not miss",
    "mark your calendars", "beware",
)

# verbs after which "that" starts a clause ("said that night shifts would end"), so
# "that night" there is not the night under discussion
THAT_CLAUSE_VERBS = frozenset("""
said says say told tells reported reports believe believes believed think thinks thought
noted notes added adds warned warns argued argues claimed claims knew know known showed
shows show meant means insisted insists announced announces confirmed confirms stated
found find suggested suggests agreed agrees hoped hopes feared fears expect expects expected
saying reporting believing thinking noting adding warning arguing claiming knowing showing
meaning insisting announcing confirming stating finding suggesting agreeing hoping fearing
expecting predict predicts predicted predicting forecasting estimated estimating projected
projecting acknowledge acknowledged acknowledges acknowledging admit admits admitted admitting
concede concedes conceded conceding explain explains explained explaining
""".split())
# (not "recalled", "realized", "learned": "she recalled that summer as ..." has an object;
# not "forecast", "estimate", "project": nouns, "the forecast that week")

# Events whose day a part of day can name ("on the morning of the shooting", "the night
# of the crash"): the day under discussion. A closed list, since "the evening of her
# life" and "the morning of the world" are figures of speech.
DATED_EVENT_NOUNS = frozenset("""
attack attacks shooting shootings killing killings murder murders crash crashes fire blast
explosion bombing raid raids storm quake earthquake flood floods accident incident riot
riots protest protests strike strikes election elections vote referendum debate summit
ceremony funeral wedding inauguration final match game race launch coup invasion massacre
arrest arrests verdict hearing trial rally concert derailment collapse eruption disappearance
robbery assault stabbing ambush siege heist fight deadline primary primaries caucus caucuses
""".split())

# what a bare "weekend" in front of it dates ("after weekend talks", "weekend clashes")
WEEKEND_EVENT_NOUNS = DATED_EVENT_NOUNS | frozenset("""
talks negotiations meeting meetings clashes fighting violence rallies polls voting visit
demonstrations marches discussions
""".split())

# Capitalised words after a capitalised weekday that make it part of a name ("The Sunday
# Times reported", "the Sunday Telegraph"): newspapers, not a Sunday
WEEKDAY_NAME_HEADS = frozenset({
    "times", "telegraph", "express", "mirror", "people", "post", "herald", "mail",
    "tribune", "observer", "world", "independent", "star", "sport",
    # caucuses and societies: "the Tuesday Group" of House Republicans, "the Monday Club"
    "group", "club",
})

# Lower-case nouns that make a weekday part of an idiom, not a day: "a Sunday school
# teacher", "in their Sunday best", "Sunday drivers"
WEEKDAY_IDIOMS = frozenset({
    "sunday school", "sunday schools", "sunday best", "sunday driver", "sunday drivers",
    # a kind of paper or timetable: "in the Sunday paper", "buses run on a Sunday schedule"
    "sunday paper", "sunday papers", "sunday newspaper", "sunday newspapers",
    "sunday schedule", "saturday schedule",
})

# Shows named by a weekday and a part of day ("Saturday Night Live", "Monday Night
# Football", "Friday Night Lights"): with a capital part of day, not a dated night.
WEEKDAY_PART_SHOW_HEADS = frozenset({
    "live", "lights", "football", "baseball", "basketball", "raw", "fights", "fever",
    "smackdown", "massacre", "show", "special",
})

# Bodies named by a year ("the 1922 Committee" of Tory backbenchers, "the 1900 Club"): a
# year right before one of these capitalised nouns is part of a name
YEAR_NAMED_BODIES = frozenset({"Committee", "Club", "Society"})

# Works named by a year ("the war film 1917", "the album 1989", "the novel 1984"): a
# year right after one of these nouns is a title, not a date.
TITLE_NOUNS = frozenset({
    "film", "movie", "novel", "album", "musical", "documentary", "song", "opera", "book",
    "symphony", "overture",
})

# what a timetable's clock names ("the 7:05 a.m. flight", "the 6.15pm train from Leeds")
SERVICE_NOUNS = (
    "flight", "train", "bus", "coach", "ferry", "sailing", "service", "departure", "shuttle",
    "crossing", "connection",
)
