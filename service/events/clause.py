"""The clause around a trigger: its subject, a readable headline, its extent.

A headline is subject + auxiliaries/negation/particle + trigger + object,
each phrase trimmed of relative clauses, appositions and other long
attachments, so that a dashboard row reads "Sergei Shoigu visited North
Korea's capital" rather than the whole sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from service.events.lexicon import ASPECTUAL_VERBS, BE_FORMS, REPORTING_VERBS

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
OBJECT_DEPS = frozenset({"dobj", "attr", "acomp", "oprd", "dative"})
# Children that start another clause: their entities belong to other events.
CLAUSE_BREAKS = frozenset(
    {"ccomp", "advcl", "relcl", "conj", "parataxis", "xcomp", "acl", "csubj", "pcomp"}
)
_PHRASE_DROPS = frozenset(
    {"relcl", "acl", "appos", "punct", "advcl", "parataxis", "ccomp", "xcomp", "cc", "conj",
     "prep", "mark", "npadvmod", "dep", "meta"}
)
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
_VERB_MODIFIERS = frozenset({"aux", "auxpass", "neg", "prt"})
_MAX_PHRASE = 8
_CORE_MODIFIERS = frozenset({"det", "poss", "compound", "amod", "nummod", "case"})


def subject_of(verb: Token) -> Token | None:
    """The subject, inherited through coordination, control and relative clauses."""
    seen = 0
    while seen < 6:
        seen += 1
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS:
                if child.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    return verb.head
                return child
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return verb.head
        # "Biden is due to travel": through the adjective to the copula's subject
        if verb.dep_ in ("conj", "xcomp", "advcl", "acomp") and verb.head.i != verb.i:
            verb = verb.head
            continue
        # "Since taking office in 2021, Biden has signed": a gerund after a preposition
        # has the subject of the clause the preposition modifies
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" \
                and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head
            continue
        return None
    return None


def bare_conjunct_head(verb: Token) -> Token | None:
    """The first conjunct a verb shares its subject and auxiliaries with: "will arrive in
    Pyongyang and meet Kim" (meet -> arrive). None when it has a subject, auxiliary or
    tense of its own."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i == verb.i:
        return None
    if verb.tag_ not in ("VB", "VBN", "VBG"):
        return None  # a finite verb carries its own tense: "did not arrive but met Kim"
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    return verb.head


def clause_tokens(trigger: Token) -> set[int]:
    """Indices of the tokens of the trigger's own clause (its subtree minus sub-clauses)."""
    keep: set[int] = set()
    stack = [trigger]
    while stack:
        token = stack.pop()
        keep.add(token.i)
        for child in token.children:
            if child.dep_ in CLAUSE_BREAKS and (child.pos_ in ("VERB", "AUX") or token is trigger):
                continue
            stack.append(child)
    return keep


def phrase(head: Token) -> str:
    """A short rendering of the phrase headed by ``head``."""
    tokens = _compact(head, depth=0)
    if len(tokens) > _MAX_PHRASE:
        tokens = [t for t in tokens if t.head.i == head.i or t.i == head.i]
        tokens = [t for t in tokens if t.dep_ in _CORE_MODIFIERS or t.i == head.i]
    return render(tokens)


def _compact(head: Token, depth: int) -> list[Token]:
    tokens = [head]
    for child in head.children:
        if _is_hyphen(child):  # "High-level"
            tokens.append(child)
            continue
        if child.dep_ in _PHRASE_DROPS and not (
            child.dep_ == "prep" and child.lower_ == "of" and depth < 2
        ) and not (child.dep_ in ("cc", "conj") and head.pos_ in ("NOUN", "PROPN")) and not (
            _hyphenated(child, head)
        ):
            continue
        if child.dep_ == "prep" and not _hyphenated(child, head):  # "the end of the war"
            tokens.append(child)
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    tokens.extend(_compact(grandchild, depth + 1))
            continue
        tokens.extend(_compact(child, depth + 1))
    return sorted(tokens, key=lambda t: t.i)


def _is_hyphen(token: Token) -> bool:
    """A hyphen, whatever the tagger calls it ("a 5-4 vote" tags it SYM)."""
    return token.tag_ == "HYPH" or (token.text in ("-", "–") and not token.whitespace_
                                    and token.i > 0 and not token.nbor(-1).whitespace_)


def _hyphenated(child: Token, head: Token) -> bool:
    """One word written with hyphens ("a 24-year-old man"): never cut in two."""
    doc = child.doc
    between = doc[min(child.i, head.i) + 1:max(child.i, head.i)]
    return len(between) > 0 and all(_is_hyphen(t) for t in between) and not any(
        t.whitespace_ for t in doc[min(child.i, head.i):max(child.i, head.i)])


def headline(trigger: Token, timex_tokens: set[int]) -> str:
    """Subject + verb group + object for a verb, the compact noun phrase for a noun."""
    hidden = set(timex_tokens)
    for token in trigger.doc[min(timex_tokens):max(timex_tokens) + 1] if timex_tokens else ():
        if token.head.i not in timex_tokens:  # the expression's root: "this year's" goes whole
            below = {t.i for t in token.subtree}
            # a clause hanging from the expression is the event's own: "in 2022, when
            # Russia invaded Ukraine" keeps "Russia" and "Ukraine"
            own = {t.i for t in trigger.subtree} if trigger.i in below else {trigger.i}
            hidden.update(below - own)
    if trigger.pos_ not in ("VERB", "AUX"):
        tokens = [t for t in _compact(trigger, 0) if t.i not in hidden]
        return render(tokens) or trigger.text
    parts: list[Token] = []
    subject = subject_of(trigger)
    subject_tokens: list[Token] = []
    if subject is not None:
        subject_tokens = _compact(subject, 0)
        parts.extend(subject_tokens)
    # a bare conjunct reads with its first conjunct's auxiliaries and governor: "Shoigu will
    # meet Kim", "The talks are expected to conclude"
    frame = bare_conjunct_head(trigger) or trigger
    if frame is not trigger:
        parts.extend(c for c in frame.children if c.dep_ in ("aux", "auxpass"))
    if frame.dep_ == "xcomp" and frame.head.pos_ in ("VERB", "AUX"):
        governor = frame.head
        parts.extend(c for c in governor.children if c.dep_ in _VERB_MODIFIERS)
        parts.append(governor)
    elif frame.dep_ == "xcomp" and frame.head.dep_ == "acomp":  # "is due to travel"
        adjective = frame.head
        copula = adjective.head
        parts.extend(c for c in copula.children if c.dep_ in _VERB_MODIFIERS)
        parts += [copula, adjective]
    parts.extend(c for c in trigger.children if c.dep_ in _VERB_MODIFIERS)
    parts.append(trigger)
    objects = [c for c in trigger.children if c.dep_ in OBJECT_DEPS]
    for obj in objects:
        parts.extend(_compact(obj, 0))
    if not objects:
        parts.extend(_first_complement(trigger, timex_tokens))
        if trigger.lower_ in ASPECTUAL_VERBS:
            parts.extend(_aspect_complement(trigger, hidden))
    if trigger.lower_ in REPORTING_VERBS:  # "told Reuters on Monday that the deal was off"
        parts.extend(_reported_content(trigger, hidden))
    for child in trigger.children:  # passive agent: "was sanctioned by the U.S."
        if child.dep_ == "agent":
            parts.append(child)
            parts.extend(t for c in child.children if c.dep_ == "pobj" for t in _compact(c, 0))
    unique = {t.i: t for t in parts if t.i not in hidden}
    if subject is not None and subject.i > trigger.i and subject.head.i != trigger.i:
        # a subject taken from the main clause that follows ("Born in Ohio in 1932, Smith
        # moved ...") goes first: "Smith born in Ohio"
        lead = {t.i for t in subject_tokens}
        rest = [t for i, t in sorted(unique.items()) if i not in lead]
        head = render([t for i, t in sorted(unique.items()) if i in lead])
        tail = render(rest)
        if rest and rest[0].is_sent_start and rest[0].pos_ != "PROPN" and tail:
            tail = tail[0].lower() + tail[1:]
        return f"{head} {tail}".strip()
    return render(sorted(unique.values(), key=lambda t: t.i))


def _aspect_complement(verb: Token, hidden: set[int]) -> list[Token]:
    """"began taking in women", "started to withdraw troops": what an aspectual verb begins
    or ends, when it is a verb (a noun object is the headline's object already)."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.i > verb.i and child.pos_ == "VERB":
            parts = [c for c in child.children if c.dep_ in ("aux", "prt")] + [child]
            for obj in (c for c in child.children if c.dep_ in OBJECT_DEPS):
                parts.extend(_compact(obj, 0))
            return [t for t in parts if t.i not in hidden]
    return []


def _reported_content(verb: Token, hidden: set[int]) -> list[Token]:
    """"reported that China is providing Moscow": what a report says, in brief.

    Only a complement that follows the verb: a fronted quote ("..., Reuters
    reported") would read backwards once joined in text order.
    """
    for child in verb.children:
        if child.dep_ != "ccomp" or child.i < verb.i or child.pos_ not in ("VERB", "AUX"):
            continue
        parts: list[Token] = [c for c in child.children if c.dep_ == "mark"]
        subject = subject_of(child)
        if subject is not None and subject.i > verb.i:
            parts.extend(_compact(subject, 0))
        parts.extend(c for c in child.children if c.dep_ in _VERB_MODIFIERS)
        parts.append(child)
        objects = [c for c in child.children if c.dep_ in OBJECT_DEPS]
        for obj in objects:
            parts.extend(_compact(obj, 0))
        if not objects and child.lower_ in BE_FORMS:
            # "that the deal was off", "that talks were over": the copula's predicate
            parts.extend(c for c in child.children if c.dep_ == "advmod" and c.i > child.i)
            parts.extend(_first_complement(child, hidden))
        return [t for t in parts if t.i not in hidden]
    return []


def _first_complement(verb: Token, timex_tokens: set[int]) -> list[Token]:
    """"traveled to North Korea": a prepositional object naming a place or thing.

    After a copula any prepositional phrase is the predicate ("rates have been
    at a 23-year high").
    """
    for child in verb.children:
        if child.dep_ != "prep" or child.i < verb.i:
            continue
        if any(t.i in timex_tokens for t in child.subtree):
            continue
        objects = [c for c in child.children if c.dep_ == "pobj"]
        if objects and (objects[0].pos_ == "PROPN" or verb.lower_ in BE_FORMS):
            return [child, *_compact(objects[0], 0)]
        return []
    return []


def render(tokens: list[Token]) -> str:
    """Join tokens in text order, keeping the original spacing between neighbours."""
    out: list[str] = []
    previous: Token | None = None
    for token in tokens:
        if token.is_space:
            continue
        if previous is not None:
            adjacent = token.i == previous.i + 1
            out.append(previous.whitespace_ if adjacent else " ")
        out.append(token.text)
        previous = token
    return "".join(out).strip()


def has_particle(verb: Token, particles: dict[str, str]) -> bool:
    """Whether ``verb`` is one of a table's phrasal verbs with its particle ("called off",
    "ruled out", "pointed out": the table maps each form to the particle it needs)."""
    particle = particles.get(verb.lower_)
    return particle is not None and any(
        c.dep_ == "prt" and c.lower_ == particle for c in verb.children)
