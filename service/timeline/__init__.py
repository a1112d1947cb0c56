"""Ordering dated events into a timeline; exports live in :mod:`service.timeline.exports`.

Public: :func:`build`, :func:`warm_up`, :class:`Timeline`, :func:`assemble`.
``build`` and ``warm_up`` are imported on first use (PEP 562): importing
``service.timeline.exports`` must not load spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from service.timeline.timeline import Timeline, assemble

if TYPE_CHECKING:
    from service.timeline.builder import build, warm_up

__all__ = ["Timeline", "assemble", "build", "warm_up"]


def __getattr__(name: str) -> Any:
    if name in ("build", "warm_up"):
        from service.timeline import builder

        return getattr(builder, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
