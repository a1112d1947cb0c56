"""Participants and places, with mentions of the same entity merged article-wide.

Only the sentences holding a time expression are parsed, so the full name of
a person ("John Kirby") may sit in a sentence the model never saw.  Merging
therefore uses the parsed mentions first (the longest PERSON mention ending in
the same surname), then a regex over the raw article for a capitalised name
ending in that surname, with titles stripped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from service.events.event import Participant

LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "inside", "outside", "across", "throughout", "within", "on"}
)
_TITLES = frozenset(
    """mr mrs ms dr prof president minister secretary spokesman spokeswoman spokesperson gen
    general sen senator rep representative gov governor prime chancellor judge justice agent
    officer chief director leader king queen prince pope lt col sgt capt adm maj st rev
    ambassador mayor premier chairman chairwoman
    the a an but and or so then when while as after before on in at for from by with today
    yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december""".split()
)
_PRONOUNS = frozenset({"he", "she", "him", "her"})
_CAPITALISED = r"(?:[A-Z][\w'’.-]*[ \t]+){1,3}"


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    label: str
    start: int  # article offsets
    end: int


class EntityIndex:
    """Canonical names for the mentions of one article."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self._text = text
        self._mentions = sorted(mentions, key=lambda m: m.start)
        self._cache: dict[tuple[str, str], str] = {}

    def canonical(self, name: str, label: str) -> str:
        key = (name, label)
        if key not in self._cache:
            self._cache[key] = self._resolve(name, label)
        return self._cache[key]

    def person_surname(self, name: str) -> bool:
        """A one-word name that is the surname of a person named in full elsewhere.

        The small model often labels a lone surname ("Kirby met reporters") ORG or
        GPE; the full mention's PERSON label is the better guess.
        """
        clean = _strip_possessive(name)
        if " " in clean:
            return False
        return any(
            mention.label == "PERSON"
            and len(words := _strip_titles(_strip_possessive(mention.text)).split()) > 1
            and words[-1] == clean
            for mention in self._mentions
        )

    def _resolve(self, name: str, label: str) -> str:
        clean = _strip_possessive(name)
        if label != "PERSON":
            return clean[4:] if clean.lower().startswith("the ") else clean
        surname = clean.split()[-1] if clean.split() else clean
        longest = clean
        for mention in self._mentions:
            if mention.label == "PERSON":
                words = _strip_titles(_strip_possessive(mention.text)).split()
                if words and words[-1] == surname and len(words) > len(longest.split()):
                    longest = " ".join(words)
        if len(longest.split()) == 1:
            pattern = re.compile(r"\b(" + _CAPITALISED + ")" + re.escape(surname) + r"\b")
            for match in pattern.finditer(self._text):
                given = _strip_titles(match.group(1))
                if given:
                    return f"{given} {surname}"
        return _strip_titles(longest) or clean

    def last_person_before(self, offset: int) -> str | None:
        """The most recent PERSON mentioned before ``offset``, to resolve "he said"."""
        for mention in reversed(self._mentions):
            if mention.label == "PERSON" and mention.end <= offset:
                return self.canonical(mention.text, "PERSON")
        return None

    def resolve_pronoun(self, name: str, offset: int) -> str:
        if name.lower() in _PRONOUNS:
            return self.last_person_before(offset) or name
        return name


def participants(
    entities: list[Span], clause: set[int], offset: int, index: EntityIndex, exclude: set[int]
) -> tuple[Participant, ...]:
    """The named entities whose head lies in ``clause``, with their roles."""
    found = []
    for entity in entities:
        if entity.label_ not in LABELS or entity.root.i not in clause:
            continue
        if any(t.i in exclude for t in entity):
            continue
        if entity.label_ == "NORP" and _describes_person(entity.root):
            continue  # "Russian President Vladimir Putin": Putin takes part, not "Russian"
        if entity.label_ == "ORG" and len(entity) == 1 \
                and entity.root.lower_ in _PORTFOLIOS and _describes_person(entity.root):
            continue  # "Defense Minister Sergei Shoigu": a portfolio, not an organisation
        text = _strip_possessive(entity.text)
        label = "PERSON" if index.person_surname(text) else entity.label_
        found.append(
            Participant(
                text=text,
                label=label,
                role=role_of(entity.root),
                entity=index.canonical(text, label),
                start=offset + entity.start_char,
                end=offset + entity.start_char + len(text),
            )
        )
    return tuple(found)


# Words of a minister's or secretary's title the small model takes for organisations.
_PORTFOLIOS = frozenset("""
defense defence foreign interior home finance treasury justice health energy trade
economy economic commerce education transport labor labour agriculture state environment
""".split())


def _describes_person(token: Token) -> bool:
    """Whether a word only qualifies a named person, through the title before the name."""
    for _ in range(4):
        if token.dep_ not in ("amod", "compound", "nmod") or token.head.i == token.i:
            return False
        token = token.head
        if token.ent_type_ == "PERSON":
            return True
    return False


def role_of(token: Token) -> str:
    """agent / patient / other from the token's grammatical function.

    A name compounded onto a common noun takes that noun's role: "U.S.
    intelligence reported" makes the U.S. the agent ("Russian Defense Minister
    Sergei Shoigu" does not make Russia one: the head there is a name).
    """
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "compound" and token.head.pos_ == "NOUN":
        token = token.head
    dep = token.dep_
    if dep in ("nsubj", "csubj"):
        return "agent"
    if dep in ("dobj", "nsubjpass", "csubjpass"):
        return "patient"
    if dep == "pobj" and token.head.dep_ == "agent":
        return "agent"
    if dep == "poss" and token.head.pos_ == "NOUN" and token.head.dep_ not in ("dobj", "nsubj"):
        return "agent"  # "Shoigu's visit"
    return "other"


def location(entities: list[Span], clause: set[int]) -> str | None:
    """The first place named in a locative prepositional phrase of the clause."""
    for entity in entities:
        root = entity.root
        if entity.label_ not in PLACE_LABELS or root.i not in clause:
            continue
        while root.dep_ == "conj":
            root = root.head
        if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE_PREPOSITIONS:
            return _strip_possessive(entity.text)
    return None


def _strip_possessive(name: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix):
            return name[: -len(suffix)].rstrip()
    return name.strip()


def _strip_titles(name: str) -> str:
    words = name.split()
    while words and words[0].rstrip(".").lower() in _TITLES:
        words.pop(0)
    return " ".join(words)
