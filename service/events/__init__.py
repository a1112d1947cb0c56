"""Linking time expressions to the events they date: who did what, where, how sure.

Public: :func:`link`, :func:`load_model` and the value types of
:mod:`service.events.event`.  ``link`` and ``load_model`` are imported on
first use (PEP 562), so that code needing only the value types (exports, the
store, ``timeline openapi``) does not pay the ~1.5 s spaCy import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from service.events.event import Event, Participant, TextSpan

if TYPE_CHECKING:
    from service.events.linker import link
    from service.events.model import load_model

__all__ = ["Event", "Participant", "TextSpan", "link", "load_model"]


def __getattr__(name: str) -> Any:
    if name == "link":
        from service.events.linker import link

        return link
    if name == "load_model":
        from service.events.model import load_model

        return load_model
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
