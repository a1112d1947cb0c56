"""The value types :func:`service.events.link` returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from service.temporal.expression import TimeExpression


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A stretch of the article: character offsets (end exclusive) and its text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Participant:
    """A named entity of the event's clause.

    ``entity`` is the canonical name after merging mentions across the article,
    so that a dashboard can group "Kirby" with "John Kirby".
    """

    text: str
    label: str  # PERSON, ORG, GPE, NORP, LOC or FAC
    role: str  # agent, patient or other
    entity: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "label": self.label,
            "role": self.role,
            "entity": self.entity,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Event:
    """What happened at a time expression: trigger, headline, who, where, how sure.

    Carries no id: ids depend on the order of the timeline the event ends up in.
    """

    when: TimeExpression
    trigger: TextSpan
    headline: str
    sentence: TextSpan
    participants: tuple[Participant, ...] = ()
    location: str | None = None
    modality: str = "asserted"
    source: str | None = None

    def to_dict(self, event_id: str) -> dict[str, Any]:
        return {
            "id": event_id,
            "when": self.when.to_dict(),
            "trigger": self.trigger.to_dict(),
            "headline": self.headline,
            "sentence": self.sentence.to_dict(),
            "participants": [p.to_dict() for p in self.participants],
            "location": self.location,
            "modality": self.modality,
            "source": self.source,
        }
