"""Linking time expressions to the events they date: who did what, where, how sure.

Public: :func:`link` and the value types in :mod:`service.events.event`.
Uses spaCy (loaded once per process by :func:`load_model`); the temporal
engine below stays free of it.
"""

from service.events.event import Event, Participant, TextSpan
from service.events.linker import link
from service.events.model import load_model

__all__ = ["Event", "Participant", "TextSpan", "link", "load_model"]
