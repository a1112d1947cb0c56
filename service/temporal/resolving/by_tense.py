"""Choosing among a date's candidate years by the tense of its clause: "was arrested in
September" is the last September, "will vote in September" the next one."""

from __future__ import annotations

import re
from datetime import date, timedelta

from service.temporal.regex_parts import DETERMINERS
from service.temporal.resolving.base import ResolverBase
from service.temporal.spec import Mention
from service.temporal.tense import after_since, is_noun_past_form, tense_at
from service.temporal.vocabulary import NOT_PAST_ED, PAST_CUES, UN_PAST_VERBS

# a past verb the date directly hangs on ("was arrested in September", "Ofqual said in
# September that", "announced on Sept. 3"): the date is the verb's own, so not after the
# report; not a present passive ("the parade is held on Memorial Day") nor after a modal
_GOVERNING_VERB = re.compile(r"\b(?P<verb>[A-Za-z]+)\s+(?:in|on|during|at|over)\s+\Z"
                             # AP style drops the "on": "the attack, which began Feb. 21"
                             r"|\b(?P<bare>(?i:began|started|ended|died|struck|occurred"
                             r"|happened|erupted|crashed|collapsed|landed|exploded|emerged"
                             r"|peaked|resigned|disclosed|discovered|detected))\s+\Z")
_PAST_FORMS = frozenset(c for c in PAST_CUES if " " not in c) - {
    "was", "were", "had", "did", "ago", "last", "yesterday", "earlier", "has", "have", "hit"}
# a past verb, its object and "in" right before a month: "hit a record low in February",
# "won the Australian Open in January"
_VERB_OBJECT_IN = re.compile(r"\b(?P<verb>[A-Za-z]+)\s+(?:the|a|an|its|his|her|their)\s+"
                             r"(?:[A-Za-z'’-]+\s+){0,3}in\s+\Z")
# ... or with a bare object and its attachments: "heard oral arguments in the case in
# December", "approved new limits on emissions in March"
_VERB_OBJECT_WORDS_IN = re.compile(r"\b(?P<verb>[A-Za-z]+)(?P<object>(?:\s+[A-Za-z'’-]+){0,6})"
                                   r"\s+in\s+\Z")
_NOT_IN_A_PAST_OBJECT = re.compile(
    r"\b(?:to|will|would|could|can|may|might|must|should|shall|that|which|who|and|but|is|are"
    r"|be|been|has|have|had|was|were|said|says|say)\b", re.IGNORECASE)
_HAS_HAD_BEFORE = re.compile(r"\b(?:has|have|had|was|were|is|are|be|been)\s+\Z", re.IGNORECASE)
_FUTURE_BEFORE_VERB = re.compile(
    r"\b(?:will|would|to|shall|could|can|may|might|must|should|is|are|am|be|being)"
    r"(?:\s+(?:not|be|have|been))*\s+\Z",
    re.IGNORECASE)


class TensePicks(ResolverBase):
    """Mixin of :class:`service.temporal.resolver.Resolver`; see the module docstring."""

    def _pick_by_tense(self, options: list[date], mention: Mention, slack_days: int,
                       *, verb_dates: bool = False, verb_slack_days: int = 0) -> date:
        """The publication year's date unless it lies well on the wrong side of the
        publication date for the clause's tense; without a tense, the nearest."""
        nearest = min(options, key=lambda d: (abs((d - self.dct).days), d > self.dct))
        tense = tense_at(self.text, mention.start, mention.end, commitments=True)
        if after_since(self.text, mention.start) \
                or verb_dates and tense == "past" \
                and self._past_verb_right_before(mention.start):
            # not a verb's tense but a fact: "since" names a begun past; so does the past
            # verb the date hangs on ("was arrested in September", "said on Sept. 3")
            slack_days = verb_slack_days
        slack = timedelta(days=slack_days)
        if tense == "past" and nearest > self.dct + slack:
            earlier = [d for d in options if d <= self.dct]
            return earlier[-1] if earlier else nearest
        if tense == "future" and nearest < self.dct - slack:
            later = [d for d in options if d >= self.dct]
            return later[0] if later else nearest
        return nearest

    def _past_verb_right_before(self, start: int) -> bool:
        m = _GOVERNING_VERB.search(self.text, max(0, start - 60), start)
        return m is not None and self._is_past_verb(m, _PAST_FORMS)

    def _past_verb_with_object_before(self, start: int) -> bool:
        m = _VERB_OBJECT_IN.search(self.text, max(0, start - 60), start)
        if m is not None and _NOT_IN_A_PAST_OBJECT.search(self.text, m.end("verb"), m.end()):
            return False  # "said the plant will reopen in December": the month is reopening's
        if m is None or not self._is_past_verb(m, _PAST_FORMS | {"hit"}):
            m = self._past_verb_with_bare_object(start)
        return m is not None and self._is_past_verb(m, _PAST_FORMS | {"hit"}) \
            and not _HAS_HAD_BEFORE.search(self.text, max(0, m.start("verb") - 12),
                                           m.start("verb"))

    def _past_verb_with_bare_object(self, start: int) -> re.Match[str] | None:
        """The nearest past verb before "in" whose object has no clause break, modal or
        infinitive on the way: "heard oral arguments in the case in (December)"."""
        lo = max(0, start - 60)
        words = list(re.finditer(r"(?<![\w'’-])[A-Za-z]+(?![\w'’-])", self.text[lo:start]))
        for index in range(len(words) - 2, max(-1, len(words) - 9), -1):
            w = words[index]
            m = _VERB_OBJECT_WORDS_IN.match(self.text, lo + w.start(), start)
            if m is None:
                return None  # punctuation between: another clause
            if _NOT_IN_A_PAST_OBJECT.fullmatch(w.group(0)):
                return None
            if index > 0 and words[index - 1].group(0).lower() in DETERMINERS:
                continue  # "will publish the proposed rule in": an adjective
            if self._is_past_verb(m, _PAST_FORMS | {"hit"}):
                return m
        return None

    def _is_past_verb(self, m: re.Match[str], past_forms: frozenset[str]) -> bool:
        """Whether ``m``'s "verb" group is a past form with no modal or infinitive marker
        in front ("was arrested", not "will be arrested" nor "to be arrested")."""
        verb = (m.group("verb") or m.groupdict().get("bare") or "").lower()
        if verb not in past_forms and not (
                verb.endswith("ed") and verb not in NOT_PAST_ED
                and (not verb.startswith("un") or verb in UN_PAST_VERBS)):
            return False
        start = m.start("verb") if m.group("verb") else m.start("bare")
        if is_noun_past_form(self.text, start, start + len(verb)):
            return False  # "get a booster shot in December": the noun
        return not _FUTURE_BEFORE_VERB.search(self.text, max(0, start - 30), start)

