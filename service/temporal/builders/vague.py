"""Builders for vague references: "recently", "soon", "decades ago", "for some time",
"current weakness".
"""

from __future__ import annotations

import re

from service.temporal.builders.shared import (
    _counted,
    _vague_shift,
)
from service.temporal.regex_parts import (
    following_word,
    preceding_word,
    word_number,
)
from service.temporal.spec import (
    Mention,
    Spec,
)
from service.temporal.tense import tense_at
from service.temporal.vocabulary import (
    NOT_PAST_ED,
    ORDINALS,
    PAST_CUES,
    STORY_UNIT_ADJECTIVES,
    UNIT_SPELLINGS,
    VAGUE_EXPRESSIONS,
    VAGUE_UNIT_ADJECTIVES,
)


def vague_ago(m: re.Match[str], text: str) -> Spec | None:
    """"Riots broke out decades ago": some time back, how long unsaid."""
    if _counted(text, m.start()):
        return None
    return Spec("vague", value="PAST_REF")


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
    if m.group("noun")[0].isupper() and not m.group("adj").islower():
        return None  # "Current Affairs": a title ("the current Parliament" is now's)
    if preceding_word(text, m.start()) in ("most", "more", "the") and \
            m.group("adj").lower() == "recent" and preceding_word(text, m.start()) != "the":
        return None
    value = {"current": "PRESENT_REF", "recent": "PAST_REF", "future": "FUTURE_REF"}[
        m.group("adj").lower()]
    return Mention(m.start(), m.end("adj"), Spec("vague", value=value))


# the count "as many" repeats: "the third time in as many weeks", "three times in as many
# days", "a fifth straight loss in as many games"
_AS_MANY_COUNT = re.compile(r"(?P<words>[A-Za-z ]{1,40})\s+in\s+as\s+\Z")


# a stretch of unsaid count right before "or even weeks", ", if not years": the first
# unit names the whole ("weeks or months" PXW)
_JOINED_STRETCH_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:for|within|take|takes|took|taking|last|lasts|lasted|spent|be|been)\s+)"
    r"(?P<first>seconds|minutes|hours|days|weeks|months|years|decades),?\s+\Z", re.IGNORECASE)
# "could hang over Europe for days, depending on the winds", "for days on end": how
# long ("in days of old", "for days when" are not)
_FOR_DAYS_END = re.compile(r"\s*(?:[,.;:!?)]|$|\s(?:on\s+end|now|afterwards|before|after"
                           r"|and|but|as|while|until)\b)")


# "a deal is days away": how soon it comes
_AWAY = re.compile(r"\s+away\b", re.IGNORECASE)


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
    quantity = re.sub(r"\s+", " ", m.group("q").lower())
    spec = Spec("duration", type="DURATION", count=None, unit=unit)
    if quantity == "many" and text[max(0, m.start() - 3):m.start()].lower() == "as ":
        # "for the third time in as many weeks": as many as the count before (P3W)
        counted = _AS_MANY_COUNT.search(text, max(0, m.start() - 60), m.start())
        count = None
        if counted is not None:
            for word in reversed(counted.group("words").lower().split()[-4:]):
                count = ORDINALS.get(word) or word_number(word)
                if count:
                    break
        if not count:
            return None
        spec.count = int(count)
        return Mention(m.start() - 3, m.end(), spec)
    if quantity.startswith(("or", "if")):
        first = _JOINED_STRETCH_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if first is None:
            return None  # "two or three years" is a count's; "trains or days" no stretch
        spec.unit = UNIT_SPELLINGS[first.group("first").lower()]
        return Mention(first.start("first"), m.end(), spec)
    if quantity in ("for", "in", "over", "within"):
        # "within minutes" is how soon; "in minutes", "for days" are too often something
        # else ("in days of old") to risk
        if unit in ("second", "minute", "day") and quantity != "within" and not (
                quantity == "for" and unit == "day" and _FOR_DAYS_END.match(text, m.end())):
            return None
        return Mention(m.start("unit"), m.end(), spec)  # "for years": the preposition stays out
    if quantity in ("was", "were"):
        if preceding_word(text, m.start()) not in ("there", "it"):
            return None  # "the delays were days": a predicate, left alone
        return Mention(m.start("unit"), m.end(), spec)
    verb = quantity.split()[0] in ("are", "is")
    if verb and not _AWAY.match(text, m.end()):
        return None  # "the delays are days": a predicate, left alone
    if quantity.startswith(("tak", "took", "spen", "wait", "a matter")) \
            or quantity in ("be", "been") or verb:
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


# a count right after "the past": the last so many of something ("the past six sessions")
_COUNT_AFTER = re.compile(r"\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven"
                          r"|twelve|several|few|dozen)\b", re.IGNORECASE)


def vague(m: re.Match[str], text: str) -> Spec | None:
    word = re.sub(r"\s+", " ", m.group(0).lower())
    if word == "soon" and (re.match(r"\s+(?:after|before|as|afterwards?|thereafter)\b",
                                    text[m.end():m.end() + 14])
                           or preceding_word(text, m.start()) in ("as", "how", "too")):
        return None
    if word in ("recently", "lately", "now") and preceding_word(text, m.start()) == "as" \
            and re.match(r"\s+as\b", text[m.end():m.end() + 4]):
        return None  # "as recently as 2016": the date that follows is the time
    if word == "recently" and preceding_word(text, m.start()) == "most" \
            and _DATE_FOLLOWS.match(text, m.end()):
        return None  # "delayed several times, most recently in January": January is the time
    if word == "soon" and _soon_in_name(text, m.start(), m.end()):
        return None  # "Kwon Soon-woo", "Lee Soon Ja": part of a (Korean) name
    if word == "soon" and _soon_in_past(text, m.start(), m.end()):
        return None  # "the trickle soon became a flood": shortly after another event
    if word == "now" and re.match(r"[\s-]*(?:defunct|famous|former|retired|closed)\b",
                                  text[m.end():m.end() + 15]) \
            and preceding_word(text, m.start()) not in _AUXILIARIES:
        return None  # "the now-closed plant" ("polls have now closed" is the present)
    if word == "now" and _PAY_LATER.match(text, m.end()):
        return None  # "buy now, pay later" loans: a kind of credit, not the present
    if word == "the past" and _COUNT_AFTER.match(text, m.end()):
        return None  # "in five of the past six sessions", "the past three elections"
    return Spec("vague", value=VAGUE_EXPRESSIONS[word])


# a date right after "most recently": "most recently in January", "most recently last
# October", "most recently on Tuesday", "most recently, in 2019"
_DATE_FOLLOWS = re.compile(
    r",?\s+(?:(?i:in|on|during|at|last|this|early|late|mid|until)\b"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b"
    r"|\d)")
_AUXILIARIES = frozenset({"have", "has", "had", "is", "are", "was", "were", "be", "been",
                          "will", "would", "ve", "s", "re"})


def vague_units(m: re.Match[str], text: str) -> Spec | None:
    adjective = re.sub(r"\s+", " ", m.group("adj").lower())
    value = VAGUE_UNIT_ADJECTIVES[adjective]
    unit = UNIT_SPELLINGS[m.group("unit").lower()]
    if adjective in STORY_UNIT_ADJECTIVES and (
            adjective in ("ensuing", "intervening")
            or tense_at(text, m.start(), m.end()) == "past"):
        # "in the following months, prices fell", "the intervening years": how long
        # after the story's time (TimeML DURATION PXM), not a vague future
        return Spec("duration", type="DURATION", count=None, unit=unit)
    if adjective == "recent" and unit in ("hour", "day", "week", "month", "quarter"):
        # "in recent weeks": TimeML reads an unknown stretch ending now (PXW); "recent
        # years" stays the vague past
        spec = Spec("duration", type="DURATION", count=None, unit=unit, anchored="recent")
        if m.groupdict().get("unit2"):
            return Mention(m.start(), m.end("unit"), spec)  # "recent days and weeks"
        return spec
    if adjective in ("following", "subsequent", "ensuing") \
            and tense_at(text, m.start(), m.end()) == "past":
        # "cases fell over the following weeks": a stretch after the story's event, not
        # the future (as "in the weeks that followed" is PXW)
        return Spec("duration", type="DURATION", count=None, unit=unit)
    return Spec("vague", value=value)
