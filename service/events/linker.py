"""Linking time expressions to the events they date.

What is parsed, and why (the budget is 50 ms per article on one core, while
the full small pipeline on a whole article costs ~130 ms):

* sentences are split with a regex (:mod:`service.events.sentences`), and
  only those holding a time expression are parsed;
* they go through ``nlp.pipe`` as one batch, with the lemmatizer excluded
  (:mod:`service.events.model`); tagger, parser and NER are all read;
* person names are merged article-wide from the parsed mentions plus a regex
  over the raw text, so unparsed sentences still contribute full names.

Each expression dates the event :func:`find_trigger` picks, plus those the
clause shapes of :mod:`service.events.secondary` share it with ("Last week,
rebels killed three soldiers and wounded six"), plus the other words of its
sentence the learnt ranker of :mod:`service.events.ranker` scores above its
threshold (when its weights file is there): one event per (time expression,
trigger).
"""

from __future__ import annotations

import bisect
from datetime import date, datetime

from spacy.tokens import Doc, Span, Token

from service.events.clause import clause_tokens, headline, subject_of
from service.events.entities import EntityIndex, Mention, location, participants
from service.events.event import Event, TextSpan
from service.events.modality import modality_of
from service.events.model import load_model
from service.events.ranker import Context, Weights, load_weights, rank, time_direction
from service.events.sentences import split
from service.events.triggers import find_trigger, is_copular_predicate
from service.temporal.expression import TimeExpression

# A "sentence" longer than this is a splitting failure (lists, tables, text
# without punctuation); parsing it whole would cost time for nothing.
MAX_SENTENCE = 1500
BLOCK = 600
# Subjects a coordinated or controlled verb shares with its head verb.
INHERITED_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def link(
    text: str,
    expressions: list[TimeExpression],
    published: date | datetime,
    *,
    weights: Weights | None | bool = True,
) -> list[Event]:
    """The events each expression dates, in the order of ``expressions``.

    For each expression, the event :func:`find_trigger` picks comes first,
    then the others it dates, in text order (:mod:`service.events.secondary`,
    :mod:`service.events.ranker`).

    Works on the expressions it is given, whoever found them, so linking can be
    scored with gold time expressions independently of the tagger.
    ``published`` is accepted for symmetry with the tagger; the linker itself
    does not resolve dates, but the ranker reads whether a time lies before or
    after it.  ``weights`` are those of :mod:`service.events.ranker` (True: the
    shipped ones if any; None or False: the rules alone).
    """
    if not expressions:
        return []
    if weights is True:
        weights = load_weights()
    ranker = weights or None
    docs, sentences = parse_sentences(text, expressions)
    mentions = [
        Mention(ent.text, ent.label_, start + ent.start_char, start + ent.end_char)
        for (start, _), doc in docs.items()
        for ent in doc.ents
    ]
    index = EntityIndex(text, mentions)
    events = []
    in_context = contexts(expressions, docs, sentences, published)
    for expression, context in zip(expressions, in_context, strict=True):
        if context is None:
            continue
        if ranker is None:
            triggers = [context.primary, *context.secondary_tokens]
        else:
            triggers = rank(context, ranker)
        bounds = context.bounds
        ahead = context.direction == "future"
        events.extend(_event(expression, trigger, context.timex, bounds[0], index, ahead)
                      for trigger in triggers)
    return events


def contexts(
    expressions: list[TimeExpression],
    docs: dict[tuple[int, int], Doc],
    sentences: dict[int, tuple[int, int]],
    published: date | datetime,
) -> list[Context | None]:
    """Each expression in its parse with the rules' picks (None if it has no tokens).

    The other expressions of the same parse come along, for the ranker's
    features; training reads the same contexts (:mod:`service.evaluation.anchoring_training`).
    """
    day = published.date() if isinstance(published, datetime) else published
    spans = [timex_span(e, docs[sentences[n]], sentences[n]) for n, e in enumerate(expressions)]
    picks = [None if span is None else find_trigger(span) for span in spans]
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for number, span in enumerate(spans):
        if span is not None:
            by_sentence.setdefault(sentences[number], []).append(number)
    out: list[Context | None] = []
    for number, (expression, span, primary) in enumerate(zip(expressions, spans, picks,
                                                             strict=True)):
        if span is None or primary is None:
            out.append(None)
            continue
        bounds = sentences[number]
        others = [
            (spans[m], picks[m]) for m in by_sentence[bounds]
            if m != number and (spans[m].start, spans[m].end) != (span.start, span.end)
        ]
        out.append(Context(span, primary, expression.type, others, bounds=bounds,
                           direction=time_direction(expression.value, day)))
    return out


def parse_sentences(
    text: str, expressions: list[TimeExpression]
) -> tuple[dict[tuple[int, int], Doc], dict[int, tuple[int, int]]]:
    """The parsed sentences holding ``expressions``, and the bounds of each one's.

    Shared with the training of :mod:`service.events.ranker`, so that the
    weights are learnt on exactly the parses the linker reads.
    """
    sentences = _sentences_for(text, expressions)
    needed = sorted({sentences[i] for i in range(len(expressions))})
    docs = dict(zip(needed, load_model().pipe(text[s:e] for s, e in needed), strict=True))
    return docs, sentences


def timex_span(expression: TimeExpression, doc: Doc, bounds: tuple[int, int]) -> Span | None:
    """The tokens of ``expression`` in the parse of its sentence (None if it has none)."""
    timex = doc.char_span(
        expression.start - bounds[0], expression.end - bounds[0], alignment_mode="expand"
    )
    return timex if timex is not None and len(timex) > 0 else None


def _sentences_for(
    text: str, expressions: list[TimeExpression]
) -> dict[int, tuple[int, int]]:
    """The sentence of each expression, widened when an expression crosses a cut.

    A "sentence" longer than ``MAX_SENTENCE`` (no punctuation for pages) is cut
    into blocks of about ``BLOCK`` characters between expressions, so that
    parsing and linking stay linear in the length of the text.
    """
    ordered = sorted((e.start, e.end) for e in expressions)
    starts_of = [start for start, _ in ordered]
    spans: list[tuple[int, int]] = []
    for start, end in split(text) or [(0, len(text))]:
        if end - start > MAX_SENTENCE:
            spans.extend(_blocks(text, start, end, ordered, starts_of))
        else:
            spans.append((start, end))
    starts = [s for s, _ in spans]
    chosen: dict[int, tuple[int, int]] = {}
    for number, expression in enumerate(expressions):
        first = max(0, bisect.bisect_right(starts, expression.start) - 1)
        last = first
        while last + 1 < len(spans) and spans[last][1] < expression.end:
            last += 1
        chosen[number] = (min(spans[first][0], expression.start),
                          max(spans[last][1], expression.end))
    # Two expressions whose widened sentences overlap must share one parse.
    merged: list[tuple[int, int]] = []
    for start, end in sorted(set(chosen.values())):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    merged_starts = [start for start, _ in merged]
    for number, (start, _) in chosen.items():
        chosen[number] = merged[bisect.bisect_right(merged_starts, start) - 1]
    return chosen


def _blocks(
    text: str, start: int, end: int, expressions: list[tuple[int, int]], starts: list[int]
) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` at whitespace about every ``BLOCK`` characters, never
    inside an expression (``expressions``: sorted (start, end) pairs, ``starts`` theirs)."""
    blocks = []
    while end - start > BLOCK:
        cut = start + BLOCK
        while cut > start + BLOCK // 2 and not text[cut].isspace():
            cut -= 1
        crossing = bisect.bisect_left(starts, cut) - 1  # the last expression starting before
        if crossing >= 0 and expressions[crossing][1] > cut:
            cut = expressions[crossing][0] if expressions[crossing][0] > start else \
                expressions[crossing][1]
        if cut <= start or cut >= end:
            break
        blocks.append((start, cut))
        start = cut
    blocks.append((start, end))
    return blocks


def _event(
    expression: TimeExpression, trigger: Token, timex: Span, offset: int, index: EntityIndex,
    ahead: bool = False,
) -> Event:
    doc = timex.doc
    timex_tokens = {t.i for t in timex}
    # "the dividend is payable Jan. 2": the event is "payable", its clause the copula's
    clause_head = trigger.head if is_copular_predicate(trigger) else trigger
    clause = clause_tokens(clause_head)
    subject = subject_of(clause_head)  # "Shoigu arrived and [Shoigu] met Kim on Tuesday"
    if subject is not None and subject.i not in clause and subject.dep_ in INHERITED_SUBJECTS:
        clause |= clause_tokens(subject)
    mood = modality_of(clause_head, ahead=ahead)
    source = None
    if mood.source_text is not None:
        source = index.resolve_pronoun(mood.source_text, offset + mood.source.idx)
        if mood.source is not None and mood.source.ent_type_ == "PERSON":
            source = index.canonical(source, "PERSON")
    entities = list(doc.ents)
    sentence = trigger.sent
    if not (sentence.start_char <= timex.start_char and timex.end_char <= sentence.end_char):
        sentence = doc[:]  # the parser cut between trigger and time: keep the whole chunk
    return Event(
        when=expression,
        trigger=TextSpan(offset + trigger.idx, offset + trigger.idx + len(trigger), trigger.text),
        headline=headline(clause_head, timex_tokens),
        sentence=TextSpan(offset + sentence.start_char, offset + sentence.end_char,
                          sentence.text),
        participants=participants(entities, clause, offset, index, timex_tokens),
        location=location(entities, clause),
        modality=mood.value,
        source=source,
    )

