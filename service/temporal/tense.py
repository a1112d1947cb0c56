"""A cheap tense guess for the clause around a time expression.

Bare weekday and month names ("on Monday", "in January") point backwards in a
past-tense clause and forwards in a future one. A full parser is not needed:
the nearest tense cue (an auxiliary, a past-tense form, "next", "ago") in the
same sentence decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from service.temporal.regex_parts import WEEKDAY
from service.temporal.vocabulary import (
    COMMITMENT_CUES,
    FUTURE_CUES,
    IMPERATIVE_VERBS,
    NOT_CUES,
    NOT_PAST_ED,
    NOUN_PAST_FORMS,
    PAST_CUES,
    SCHEDULE_CUES,
    SCHEDULE_NOT_FINITE,
    THAT_CLAUSE_VERBS,
    UN_PAST_VERBS,
    WEEKDAY_FUTURE_CUES,
)


def _alternation(words: tuple[str, ...]) -> str:
    escaped = sorted({re.escape(w).replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True)
    return "|".join(escaped)


_CUES = re.compile(
    # "I'll", "we’ll": the contracted "will" leans on the word before it
    r"(?<=[A-Za-z])(?P<will>['’]ll)(?![\w'’])|"
    rf"(?<![\w'’])(?:(?P<not>{_alternation(NOT_CUES)})"
    rf"|(?P<commit>{_alternation(COMMITMENT_CUES)})"
    rf"|(?P<weekday_future>{_alternation(WEEKDAY_FUTURE_CUES)})"
    # "said it expected supply to be tight on Thursday", "forecasts rain to return": what
    # is expected of something lies ahead, whatever the tense of the expecting
    r"|(?P<expect_to>(?:expected|expects|expect|predicted|predicts|projected|projects"
    r"|forecasts?|anticipated|anticipates)(?=\s+(?:[a-z]+\s+){1,3}?to\s+"
    r"(?!(?:the|a|an|its|their|his|her|our|this|that|be\s+(?:the|a|an))\b)[a-z]+\b))"
    rf"|(?P<future>{_alternation(FUTURE_CUES)})|(?P<past>{_alternation(PAST_CUES)})"
    # the modal "may" looks ahead like "could" and "might" ("may miss its Nov. 1
    # deadline"); lower case only, so the month stays out ("May 1", "in May")
    r"|(?P<may>(?-i:may)(?!\s+(?:have|not\s+have)\b))"
    rf"|(?P<schedule>(?:{_alternation(SCHEDULE_CUES)})(?!-))"
    r"|(?P<ed>[A-Za-z]{2,}ed))(?![\w'’])",
    re.IGNORECASE,
)
# A sentence ends at . ! ? followed by space and an upper-case letter or quote, or a blank line.
# Titles ("Mr. Lee") and "vs." end in a full stop without ending the sentence.
_NOT_AN_END = "".join(
    rf"(?<!\b{abbr}\.)" for abbr in (
        "Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "Gen", "Gov", "Lt", "Col", "Sgt", "Capt",
        "Prof", "Rev", "Jr", "Sr", "vs"))
# nor do initials: "the U.S. Senate", "U.S. District Judge T.S. Ellis", "John F. Kennedy"
_NOT_AN_END += r"(?<![\s.][A-Z]\.)"
# nor does a clock's "a.m." or "p.m." before its zone or its day: "opens at 10:52 a.m. EDT,
# with a backup on Thursday", "at 5 p.m. Friday"
_NOT_AN_END += (r"(?!(?<=[ap]\.m\.)\s+(?:[ECMPA][SD]?T|GMT|UTC|BST|CES?T|JST|KST|HKT|SGT|AE[SD]T"
                rf"|{WEEKDAY})\b)")
_SENTENCE_END = re.compile(
    rf"(?:\.{_NOT_AN_END}|[!?])[\"'”’)]*\s+(?=[A-Z\"“‘'(])|\n\s*\n|\n(?=[A-Z\"“])")
_WINDOW = 300
# a subject, the time, then a verb whose past and present look alike and its object ("The
# agency on Tuesday forecast a record crop", "the bank in April cut its outlook"): with no
# "-s" after a subject it is the past
_SUBJECT_THEN_PREP = re.compile(r"\b(?!(?:will|would|to|and|or|not)\s)[A-Za-z]+\s+(?:in|on)\s+\Z")
_BARE_PAST_AFTER = re.compile(
    r"\s+(?:forecast|cut|set|put|hit|shut|cast|bid|split|cost|quit|spread|beat|upset)\s+"
    r"(?:the|a|an|its|their|his|her|our|record|rates?|prices|output|production|\d|\$)",
    re.IGNORECASE)
# "had expected the strike to last until Monday": a look back on what was expected
_HAD_BEFORE = re.compile(r"\bhad\s+(?:not\s+|long\s+)?\Z", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:which|who|whose|where)\b", re.IGNORECASE)
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)\s+$")
# A cue after the expression and past a comma is likely another clause's verb.
_LATER_CLAUSE_PENALTY = 100
# what starts another clause between an expression and a later verb: punctuation, a
# complementiser, a subject pronoun ("told reporters Monday he will resign")
# "spoke to him overnight and will address the nation": a verb joined by "and" is another
_NEW_CLAUSE = re.compile(r"[,;:]|\b(?:that|but|he|she|it|they|we|I|and)\b")
# within the clause: "had been scheduled to expire Friday", not "which had been expected,
# is part of a program to repay the loan by February"
_PAST_PERFECT = re.compile(r"\bhad\s+(?:not\s+)?been\b[^.;,]*$", re.IGNORECASE)
# ... and right before a future cue: "had been scheduled to expire", not "progress had
# been made but that he would return on Wednesday" (another clause's "would")
_PAST_PERFECT_CHAIN = re.compile(r"\bhad\s+(?:not\s+)?been\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
# a later verb phrase joined by "and" or "but" ("... in September and is expected to
# peak"): its tense is its own, not the time's
_COORDINATED_VERB = re.compile(r"\b(?:and|but)\s+(?:(?:also|then|now|still)\s+)?\Z",
                               re.IGNORECASE)
# "will be prorogued on Friday and dissolved on 30 May": a participle joined to one after
# "will be" shares its auxiliary
_COORDINATED_PARTICIPLE = re.compile(r"\b(?:and|or)\s+\Z", re.IGNORECASE)
# "have" and "has" as main verbs (an object, "to", "until" after them) tell no tense
_HAVE_OBJECT = re.compile(r"\s+(?:the|a|an|to|no|its|their|his|her|our|my|your|until|till)\b",
                          re.IGNORECASE)
# "that" opening a reported clause (not "that day", "that week": a determiner)
_THAT_CLAUSE = re.compile(r"\bthat\s+(?!(?:day|night|week|month|year|time|morning|afternoon"
                          r"|evening|weekend|season|summer|winter|spring|autumn|fall)\b)",
                          re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(r"\buntil\s+$", re.IGNORECASE)
_DEADLINE_AFTER = re.compile(r"\s+to\s+[a-z]+", re.IGNORECASE)
# a present copula right before the time: the time of something still to come; so is a
# warning or an order that "is in effect from 11 a.m. Saturday" ("remains in place until")
_IS_AT = re.compile(r"\b(?:(?:is|are)\s+|(?:is|are|remains|remain)\s+in\s+(?:effect|place)\s+)"
                    r"(?:(?:at|on|from|until|through|in)\s+)?$", re.IGNORECASE)
# the attribution after a clause ("..., officials told PTI", "..., the minister said"):
# the time of the telling, not the tense of what was told
_ATTRIBUTION = re.compile(r"(?:said|told|added|stated)\Z", re.IGNORECASE)
# (a quotation's own closing mark may stand between: '... the next decade," Scholz said',
# "... into the month,' he said")
_ATTRIBUTION_BEFORE = re.compile(r"(?:,|[,?!]?[\"”]|[,?!][’'])\s+(?:[\w.'’-]+\s+){0,5}\Z")
# "has declared Friday a public holiday", "declared Monday a work-free day": the day
# declared is still to come, whatever the tense of the declaring
_DECLARED_BEFORE = re.compile(r"\b(?:declare[sd]?|declaring)\s+$", re.IGNORECASE)
_HOLIDAY_AFTER = re.compile(r"\s+(?:as\s+)?(?:a|an)\s+(?:public|work-free|national|bank"
                            r"|special\s+non-working|school|general)\s+(?:holiday|day)\b",
                            re.IGNORECASE)
# a state that holds now, up to the time named: "have been suspended until Tuesday", "is
# closed till Friday", "remain shut until Monday": the end of it lies ahead
_HOLDS_NOW_UNTIL = re.compile(
    r"\b(?:(?:has|have)\s+(?:now\s+)?been|is|are|remains?|stays?)\s+(?:[a-z]+\s+){0,4}?"
    r"(?:until|till)\s+$", re.IGNORECASE)
# "no later than March 15" (a deadline), "no earlier than Friday" (a launch target): ahead
_NO_LATER_THAN = re.compile(r"\b(?:no|not)\s+(?:later|earlier|sooner)\s+than\s+$",
                            re.IGNORECASE)
# "postponed until the autumn", "funding the government until mid-March": the time a thing
# was put off or kept going to lies ahead of the report, whatever the verb's tense
_DEFERRED_UNTIL = re.compile(
    r"\b(?:postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|put\s+off"
    # "Parliament was prorogued until the 2nd of September", "suspended till Monday"
    r"|prorogu(?:e|es|ed|ing)|suspend(?:s|ed|ing)?"
    r"|push(?:es|ed|ing)?\s+back|adjourn(?:s|ed|ing)?|fund(?:ed|ing)|extend(?:s|ed|ing)?"
    # "weighing moving primaries to May", "shifted the vote to June": a date moved to
    r"|mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|reschedul(?:e|es|ed|ing))"
    r"\b(?!['’])[^.;!?]{0,60}\b(?:until|till|through|to)\s+$", re.IGNORECASE)
# "the combined has been rescheduled for Saturday morning", "rescheduled the final for
# Sunday", "the game was moved back for Monday night": the new date lies ahead
_RESCHEDULED_FOR = re.compile(
    r"\b(?:reschedul(?:e|es|ed|ing)|re-?arrang(?:e|es|ed|ing)|brought\s+forward|pushed\s+back"
    r"|moved\s+back)\b(?!['’])(?:\s+[\w'’-]+){0,4}?\s+for\s+$", re.IGNORECASE)
# "ordered residents to leave by 4 p.m. Wednesday", "told people to stay indoors until
# Friday", "required to comply by the end of March": the deadline of an order lies ahead
# of the report, whatever the verb's tense
_ORDERED_BY = re.compile(
    r"\b(?:order(?:s|ed)?|t(?:ell|ells|old)|urg(?:e|es|ed)|ask(?:s|ed)?|instruct(?:s|ed)?"
    r"|warn(?:s|ed)?|call(?:s|ed)?\s+on|demand(?:s|ed)?|direct(?:s|ed)?"
    # obligations: "companies are required to comply by the end of the first quarter"
    r"|requir(?:e|es|ed)|forc(?:e|es|ed)|oblig(?:e|es|ed)|compel(?:s|led)?|mandat(?:e|es|ed))"
    r"\b(?!['’])[^.;!?]{0,60}\bto\s+[a-z]+\b[^.;!?]{0,60}\b(?:by|until|before)\s+$"
    # "ordered the evacuation of low-lying areas by noon Wednesday", "ordered the closure
    # of schools until Monday": the order names its action as a noun
    r"|\b(?:order(?:s|ed)?|call(?:s|ed)?\s+for|urg(?:e|es|ed)|demand(?:s|ed)?)\s+"
    r"(?:(?:the|an?|its|their)\s+)?(?:(?:immediate|mandatory|voluntary|full|partial)\s+)?"
    r"(?:evacuation|closure|shutdown|withdrawal|removal|relocation)s?\b[^.;!?]{0,60}"
    r"\b(?:by|until|before)\s+$", re.IGNORECASE)
# "set the next hearing for Dec. 4", "set a deadline of June 30", "has set a vote on
# Tuesday", "called an election for November": the date fixed for a hearing, a vote, a
# strike or a deadline lies ahead of the report, whatever the verb's tense
_SET_FOR = re.compile(
    r"\b(?:(?:set|sets|setting|fixed|fixes|reset|resets|rescheduled|reschedules)\s+"
    r"(?:(?:a|an|the|its|his|her|their)\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:deadline|date|hearing|trial|vote|sentencing|arraignment|election|referendum|launch"
    r"|meeting|session|summit|conference|deposition|retrial|ruling|runoff)s?"
    r"\s+(?:for|of|on)"
    # "called an election for November", "unions called a strike for Friday" (not "called
    # the meeting on Monday a success")
    r"|(?:call|calls|called|calling)\s+(?:(?:a|an|the|its|his|her|their)\s+)?"
    r"(?:[a-z]+\s+){0,2}?(?:election|referendum|vote|strike|walkout|protest|rally|poll"
    r"|meeting|session|summit)s?\s+for)\s+$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
# "flights scrubbed for Wednesday", "a forecast for Wednesday morning", "tickets for
# Saturday": a weekday a thing is meant for lies ahead of the report, whatever the tense
# of the clause (not "for Saturday's attack": the day of a thing named, see possessive_at)
_MEANT_FOR_WEEKDAY = re.compile(r"\bfor\s+$", re.IGNORECASE)
# (not "a rally planned for Saturday was canceled", "the talks were set for Monday": a
# plan told in the past, for a day that may well have gone)
_WAS_MEANT_FOR = re.compile(r"\b(?:was|were)\b[^.;!?]*$|\bplanned\s+(?:[\w'’-]+\s+){0,5}for\s+$",
                            re.IGNORECASE)
# a sentence opening with advice ("Just avoid the first week of January", "Don't miss
# the parade Sunday"); what it advises, up to the first clause break, lies ahead
_IMPERATIVE = re.compile(
    r"[\"“‘']?(?:(?:just|please|so|then|and|but|also|now|instead)\s+)?"
    rf"(?:(?:do\s+not|don['’]t|never)\s+)?(?:{_alternation(IMPERATIVE_VERBS)})\b(?!['’-])",
    re.IGNORECASE)
_IMPERATIVE_BREAK = re.compile(r"[,;:()—–]|\b(?:when|since|because|which|who|where|than|that|if"
                               r"|while|before\s+(?:it|they|he|she|we|you))\b", re.IGNORECASE)
# the irregular past forms that are also participles ("is held", "are sold")
_PARTICIPLES = frozenset(
    "made held sent won lost left brought bought sold paid led struck shot fought sought taught"
    " caught hung found felt kept meant heard spent built dealt hit".split())
_PRESENT_BE = re.compile(r"\b(?:is|are|am|isn[’']t|aren[’']t)\s+(?:not\s+)?$", re.IGNORECASE)
# "preferred to finish the job by Sunday", "hopes to reach a deal before Friday": the
# deadline of an aim lies ahead of the report too
_AIMED_BY = re.compile(
    r"\b(?:prefer(?:s|red)?|want(?:s|ed)?|hop(?:e|es|ed)|aim(?:s|ed)?|seeks?|sought"
    r"|intend(?:s|ed)?|tr(?:y|ies|ied)|pledg(?:e|es|ed)|promis(?:e|es|ed)|vow(?:s|ed)?"
    r"|determined|racing|rac(?:e|es|ed)|scrambl(?:e|es|ed|ing)|working)"
    r"\b(?!['’])[^.;!?]{0,40}\bto\s+[a-z]+\b[^.;!?]{0,40}\b(?:by|before)\s+$", re.IGNORECASE)
# "expected disruptions to continue through the weekend", "forecast to last into next
# week": how long something expected at the report goes on lies ahead of it
_EXPECTED_TO_LAST = re.compile(
    r"(?<!\bhad\s)\b(?:expect(?:s|ed)?|forecast|predict(?:s|ed)?|anticipat(?:e|es|ed)|likely|poised)"
    r"\b(?!['’])[^.;!?]{0,50}\bto\s+(?:continue|last|remain|stay|persist|linger|drag\s+on"
    r"|go\s+on|run)\b[^.;!?]{0,30}\b(?:through|until|till|into|over)\s+(?:the\s+)?$",
    re.IGNORECASE)
_PAST_BE = re.compile(r"\b(?:was|were|had)\b", re.IGNORECASE)
# "issued a yellow warning for rain from Wednesday into Thursday", "a flood watch for the
# valley through Saturday": the time a warning covers lies ahead of its issuing (not one
# that "was in force from", "remained in place until", "expired")
_WARNING_FOR = re.compile(
    r"\b(?:warning|watch|alert|advisory|advisories)s?\b"
    r"(?:(?!\b(?:was|were|had|remained|expired|ended|lifted|cancelled|canceled)\b)[^.;!?]){0,50}"
    r"\b(?:from|until|till|through)\s+$", re.IGNORECASE)
# "an updated schedule", "the district's amended budget", "the delayed report": a participle
# after a determiner or a possessive describes a noun and tells nothing of the clause's tense
# ... with an adverb between: "a significantly reduced timetable", "the newly opened road"
# "a flu shot", "the second shot", "a hit": a determiner before a past form that is also a
# noun ...
_NOUN_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|his|her|its|their|our|my|your|each|every|another)\s+(?:[A-Za-z-]+\s+){0,2}$",
    re.IGNORECASE)
# ... unless an object or a particle follows it, the verb's ("the gunman shot two men",
# "a storm hit the coast", "police shot and killed", "a sniper shot at troops")
_VERB_OBJECT_AFTER = re.compile(
    r"\s+(?:him|her|them|me|us|it|himself|herself|themselves|itself|dead|down|back|up|and"
    r"|at|into|through|out|a|an|the|his|their|its|two|three|four|five|several|\d"
    r"|(?-i:[A-Z]))", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|this|these|those|his|her|its|their|our|my|your|whose)|\w['’]s?)\s+"
    r"(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# a participle closing a compound adjective ("fire-affected communities", "Saudi-led
# forces", "storm-damaged homes") describes a noun; not "re-elected", "co-hosted"
_COMPOUND_BEFORE = re.compile(r"(?<![\w-])(?!(?:re|co|pre|de|non|mis|fast|cross|double)-)"
                              r"[A-Za-z]{2,}-$", re.IGNORECASE)
# "the Met Office", "Met Éireann", "the Met Police": a name, not the verb "met"
_MET_NAME = re.compile(r"Met(?=\s+[A-ZÀ-Þ])|(?<=\b[Tt]he\s)Met\b")
_SINCE = re.compile(r"\b(?:ever\s+)?since\s+$", re.IGNORECASE)
# "since Obama's re-election Tuesday", "since the vote on Sunday": the event "since" names
# has happened, so its day is past whatever the clause's verb
_SINCE_EVENT = re.compile(
    r"\bsince\s+(?:the|his|her|its|their|[A-Z][\w.-]*['’]s?)\s+[\w'’-]+(?:\s+[\w'’-]+)?"
    r"\s+(?:on\s+)?$")
# "had forecast", "has previously forecast": a perfect, whose participle looks back
# (the past perfect only: "has forecast showers from Monday" still looks ahead)
_PERFECT_BEFORE = re.compile(
    r"\b(?:had|hadn['’]t)\s+(?:(?:not|also|previously|earlier"
    r"|originally|initially)\s+)?$", re.IGNORECASE)
_PAST_DO = re.compile(r"\b(?:did|didn[’']t)\s+(?:not\s+)?$", re.IGNORECASE)
# "will be announced", "is to be held", "would have closed", "would stay closed": the
# participle's tense is the auxiliary's; so is a base form that looks past ("will last
# until Friday", "could hit the coast on Monday", "to cut rates in March"). After other
# modals a participle keeps its own ("ruled that he must be returned by Friday").
_FUTURE_AUXILIARY = re.compile(
    r"(?:(?:will|'ll|’ll|shall|to|would)\s+(?:not\s+)?"
    r"(?:(?:be|have\s+been|have|stay|remain|get|keep|become)\s+)?"
    r"|(?:could|can|may|might|must|should)\s+(?:not\s+)?)$", re.IGNORECASE)
# ... except a passive of an obligation or a possibility in a clause of its own: "the
# election, which must be held by May 18", "the loan may be extended until June" look
# ahead; reported after a past perfect ("had ruled that he must be returned by Friday")
# or after "could" ("could be located Wednesday") the participle keeps its tense
_OBLIGATION_PASSIVE = re.compile(r"\b(?:can|may|might|must|should)\s+(?:not\s+)?be\s+$",
                                 re.IGNORECASE)
_HAD = re.compile(r"\bhad\b", re.IGNORECASE)


# a verb that takes a bare infinitive ("let the talks start", "saw prices end the week")
_CAUSATIVE_BEFORE = re.compile(
    r"\b(?:let|lets|letting|make|makes|made|making|help|helps|helped|helping|watch|watched"
    r"|see|sees|saw|seen|hear|hears|heard)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# schedule words that are never nouns ("that arrive", not "that plan", "that end")
_VERB_ONLY = re.compile(r"(?:arrive|testify|decide|unveil|convene|compete|hear|take|go|come"
                        r"|stand|get)\b", re.IGNORECASE)


def _is_finite(text: str, start: int) -> bool:
    """Whether the schedule word at ``start`` can be the clause's verb: not after a
    determiner, a possessive or a preposition (a noun: "the company's visits") nor
    after "to" (an infinitive whose tense is another verb's)."""
    before = text[max(0, start - 20):start]
    if re.search(r"['’]s?\s+$", before):
        return False
    if _CAUSATIVE_BEFORE.search(text, max(0, start - 40), start):
        return False  # "let the offensive begin Saturday night": an infinitive, not a schedule
    m = _PREVIOUS_WORD.search(before)
    if m is not None and m.group(1).lower() == "that" and re.match(_VERB_ONLY, text[start:]):
        # "mail ballots postmarked by Election Day that arrive through Saturday": no noun
        # follows "that" here, so it opens a relative clause and this is its verb
        ahead = _PREVIOUS_WORD.search(before, 0, m.start())
        return ahead is None or ahead.group(1).lower() not in THAT_CLAUSE_VERBS
    if m is not None and m.group(1).lower() == "that":
        # "proceedings that open in the Senate on Tuesday", "a summit that meets Friday":
        # a relative clause's verb; "that plan", "said that start" keep "that" a determiner
        word = re.match(r"[A-Za-z]+", text[start:])
        ahead = _PREVIOUS_WORD.search(before, 0, m.start())
        return ahead is not None and ahead.group(1).lower() not in THAT_CLAUSE_VERBS and (
            word is not None and word.group(0).lower().endswith("s")
            or ahead.group(1).lower().endswith("s") and not ahead.group(1).lower().endswith("ss"))
    return m is None or m.group(1).lower() not in SCHEDULE_NOT_FINITE


# Cue matches of the text being tagged, scanned once per chunk: an article dense with
# expressions ("May 1 May 1 ...") would otherwise rescan the same 600 characters for
# each of them. Per call (a context variable), so threads and texts never share it.
_CHUNK = 512
_OVERLAP = 64  # longer than any cue, so a cue crossing a chunk's end is found whole
_SCANS: ContextVar[tuple[str, dict[int, list[re.Match[str]]]] | None] = ContextVar(
    "tense_scans", default=None)


@contextmanager
def cue_cache(text: str) -> Iterator[None]:
    """Within this block, ``tense_at`` over ``text`` scans each part of it once."""
    token = _SCANS.set((text, {}))
    try:
        yield
    finally:
        _SCANS.reset(token)


def _cues_between(text: str, lo: int, hi: int) -> Iterable[re.Match[str]]:
    scans = _SCANS.get()
    if scans is None or scans[0] is not text:
        return _CUES.finditer(text, lo, hi)
    chunks = scans[1]
    found: list[re.Match[str]] = []
    for index in range(lo // _CHUNK, (hi - 1) // _CHUNK + 1):
        matches = chunks.get(index)
        if matches is None:
            start = index * _CHUNK
            stop = start + _CHUNK
            matches = [m for m in _CUES.finditer(text, start, min(len(text), stop + _OVERLAP))
                       if m.start() < stop]
            chunks[index] = matches
        found.extend(m for m in matches if lo <= m.start() and m.end() <= hi)
    return found


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _WINDOW)
    sentence_start = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        sentence_start = m.end()
    m = _SENTENCE_END.search(text, end, min(len(text), end + _WINDOW))
    sentence_end = m.start() + 1 if m else min(len(text), end + _WINDOW)
    return sentence_start, sentence_end


def possessive_at(text: str, end: int) -> bool:
    """Whether a possessive ending ("'s", "’") follows ``end``: "Thursday's vote"."""
    return _POSSESSIVE.match(text, end) is not None


def is_noun_past_form(text: str, start: int, end: int) -> bool:
    """Whether the past form at ``start:end`` is its noun ("a flu shot", "became a hit")."""
    return text[start:end].lower() in NOUN_PAST_FORMS \
        and _NOUN_DETERMINER_BEFORE.search(text, max(0, start - 30), start) is not None \
        and not _VERB_OBJECT_AFTER.match(text, end)


def after_since(text: str, start: int) -> bool:
    """"since March", "ever since Christmas": what follows has already begun."""
    return _SINCE.search(text, max(0, start - 12), start) is not None


def tense_at(
    text: str, start: int, end: int, *, commitments: bool = False, weekday: bool = False
) -> str | None:
    """``"past"``, ``"future"`` or ``None`` for the clause around ``text[start:end]``.

    With ``commitments`` a commitment ("agreed to", "plans to") reads as future; with
    ``weekday`` so does "ahead of" (see ``WEEKDAY_FUTURE_CUES``)."""
    if after_since(text, start):
        return "past"  # "the highest since March": what "since" names has begun
    if _BARE_PAST_AFTER.match(text, end) \
            and _SUBJECT_THEN_PREP.search(text, max(0, start - 24), start):
        return "past"  # "Conab in May forecast the harvest at ...": the subject's verb
    if _SINCE_EVENT.search(text, max(0, start - 60), start):
        return "past"
    if _NO_LATER_THAN.search(text, max(0, start - 20), start) \
            and not _PAST_BE.search(text, max(0, start - 60), start):
        return "future"  # "must be submitted no later than March 15": a deadline ahead
    if _DEFERRED_UNTIL.search(text, max(0, start - 90), start) \
            and not _PAST_PERFECT.search(text, max(0, start - 90), start):
        return "future"
    if _RESCHEDULED_FOR.search(text, max(0, start - 60), start) \
            and not _PAST_PERFECT.search(text, max(0, start - 60), start):
        return "future"
    if _ORDERED_BY.search(text, max(0, start - 120), start) \
            and not _PAST_PERFECT.search(text, max(0, start - 120), start):
        return "future"
    if _SET_FOR.search(text, max(0, start - 70), start) and not possessive_at(text, end):
        # (not "set the date of Thursday's vote": the vote's day, set at any time)
        return "future"
    if _EXPECTED_TO_LAST.search(text, max(0, start - 110), start) \
            and not _PAST_PERFECT.search(text, max(0, start - 110), start):
        return "future"
    if _AIMED_BY.search(text, max(0, start - 100), start) \
            and not _PAST_PERFECT.search(text, max(0, start - 100), start):
        return "future"
    if _WARNING_FOR.search(text, max(0, start - 80), start):
        return "future"
    if weekday and _MEANT_FOR_WEEKDAY.search(text, max(0, start - 6), start) \
            and not possessive_at(text, end) \
            and not _WAS_MEANT_FOR.search(text, max(0, start - 60), start):
        return "future"
    if _IS_AT.search(text, max(0, start - 32), start):
        return "future"  # "kickoff is at 3 p.m. Saturday", "the vote is on Tuesday"
    if _HOLDS_NOW_UNTIL.search(text, max(0, start - 60), start):
        return "future"
    if _DECLARED_BEFORE.search(text, max(0, start - 12), start) and _HOLIDAY_AFTER.match(text, end):
        return "future"
    if _DEADLINE_BEFORE.search(text, max(0, start - 8), start) \
            and _DEADLINE_AFTER.match(text, end):
        return "future"  # "gave prosecutors until Friday to respond": a deadline
    lo, hi = sentence_bounds(text, start, end)
    advice = _IMPERATIVE.match(text, lo)
    if advice is not None and advice.end() <= start \
            and not _IMPERATIVE_BREAK.search(text, advice.end(), start):
        return "future"
    best: tuple[int, str] | None = None
    verb_end: int | None = None  # where the last tense cue met so far ends
    ahead_participle = False  # the last cue a participle after "will be", "to be"
    for m in _cues_between(text, lo, hi):
        if m.start() < end and m.end() > start or m.group("not"):
            continue  # a cue inside the expression itself ("last", "next") is not the verb
        if m.start() >= end and _ATTRIBUTION.match(m.group(0)) \
                and _ATTRIBUTION_BEFORE.search(text, max(end, m.start() - 40), m.start()):
            # "by end-March, officials told PTI": when it was said, not what; and what
            # follows the telling ("..., said it would spend") is another clause
            break
        if m.group("weekday_future") and (not weekday or m.end() > start):
            continue  # "ahead of" looks forward to what follows it, not to what precedes
        if m.start() >= end and _COORDINATED_VERB.search(text, max(end, m.start() - 24),
                                                          m.start()):
            continue  # "hit a high in September and is expected to peak": another verb's
        if m.group("commit") and not commitments and not m.group("commit").split()[0].lower() \
                .endswith("ed"):
            continue  # "agreement to": no verb; "agreed to" still tells a past clause
        if m.group("past") and m.group("past").lower() == "last" \
                and not _is_finite(text, m.start()):
            continue  # "the minutes of its last meeting": an adjective, not "last week"
        if m.group("past") and m.group("past").lower() in ("has", "have") \
                and _HAVE_OBJECT.match(text, m.end()):
            continue  # "we have the chance to", "has until Friday": no perfect, no past
        if m.group("schedule") and (
                not _is_finite(text, m.start())
                # "members had filed compliance reports by Wednesday": the clause has its verb
                or verb_end is not None and not _NEW_CLAUSE.search(text, verb_end, m.start())
                # "Tuesday's declaration by Ford, which holds": a relative clause's verb
                or m.start() >= end and _RELATIVE.search(text, end, m.start())):
            continue
        if m.group("ed") and (m.group("ed").lower() in NOT_PAST_ED
                              or m.group("ed").lower().startswith("un")
                              and m.group("ed").lower() not in UN_PAST_VERBS):
            continue  # "an unspecified date", "markets untouched by": adjectives
        if m.group("ed") and (
                _DETERMINER_BEFORE.search(text, max(0, m.start() - 30), m.start())
                or _COMPOUND_BEFORE.search(text, max(0, m.start() - 20), m.start())):
            continue  # "would publish an updated schedule on Thursday": an adjective
        if m.group("past") and is_noun_past_form(text, m.start(), m.end()):
            continue  # "urged to get a flu shot before the end of October": the noun
        if m.group("past") and _MET_NAME.match(text, m.start()):
            continue  # "the Met Office expects ... on Saturday": a forecaster's name
        if (m.group("ed") or m.group("past") and m.group("past").lower() in _PARTICIPLES) \
                and _PRESENT_BE.search(text, max(0, m.start() - 12), m.start()):
            # "in the fall if no deal is reached", "until the last gift card is spent in
            # January", "the fair is held in June": a present passive, not the past
            continue
        if not m.group("schedule") and not (m.group("ed") and not _is_finite(text, m.start())):
            verb_end = m.end()  # not "the embattled company reports": an adjective
        # "agreed to cut output in May": the time of what was agreed, ahead; "In May,
        # leaders pledged to ...": the time of the pledge itself, past
        committed = m.group("commit") and commitments and not (
            m.start() >= end and m.group("commit").split()[0].lower().endswith("ed"))
        tense = "future" if m.group("future") or m.group("will") or m.group("may") \
            or m.group("expect_to") and not _HAD_BEFORE.search(text, max(0, m.start() - 12),
                                                               m.start()) \
            or m.group("schedule") \
            or m.group("weekday_future") or committed else "past"
        auxiliary = _FUTURE_AUXILIARY.search(text, max(0, m.start() - 20), m.start()) \
            if tense == "past" else None
        if auxiliary is not None and auxiliary.start() < end and auxiliary.end() > start:
            auxiliary = None  # (not "May saw the biggest drop": the month itself, not the modal)
        coordinated = m.group("ed") and ahead_participle \
            and _COORDINATED_PARTICIPLE.search(text, max(0, m.start() - 6), m.start())
        if tense == "past" and (
                auxiliary is not None or coordinated
                or _OBLIGATION_PASSIVE.search(text, max(0, m.start() - 24), m.start())
                and not _HAD.search(text, max(lo, m.start() - 80), m.start())):
            tense = "future"
        elif tense == "future" and _PAST_PERFECT_CHAIN.search(text, max(0, m.start() - 40),
                                                                m.start()):
            tense = "past"  # "had been scheduled to expire Friday"
        elif tense == "future" and _PAST_DO.search(text, max(0, m.start() - 20), m.start()):
            tense = "past"  # "talks did not resume on Monday": the base form after "did"
        elif tense == "future" and (m.group("future") or "").lower() == "forecast" \
                and _PERFECT_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            tense = "past"  # "than it had forecast in November": the participle
        ahead_participle = bool(m.group("ed")) and tense == "future"
        if m.end() <= start:
            distance = start - m.end()
            if _THAT_CLAUSE.search(text, m.end(), start) \
                    and _last_word(m.group(0)) in THAT_CLAUSE_VERBS:
                # "said on Tuesday that Saturday's elections would hold": the verb of
                # saying is another clause's; the time's own verb follows it (not "was
                # arrested in that case Friday": a determiner after another verb)
                distance += _LATER_CLAUSE_PENALTY
        else:
            distance = m.start() - end
            if _NEW_CLAUSE.search(text, end, m.start()):
                # "in June, according to ..., compared"; "said late Tuesday (that) it would
                # appeal": the verb of a later or reported clause
                distance += _LATER_CLAUSE_PENALTY
        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best else None


def _last_word(words: str) -> str:
    found = re.findall(r"[A-Za-z]+", words)
    return found[-1].lower() if found else ""
