"""Ordering dated events into a timeline; exports live in :mod:`service.timeline.exports`.

Public: :func:`build`, :func:`warm_up`, :class:`Timeline`.
"""

from service.timeline.builder import build, warm_up
from service.timeline.timeline import Timeline, assemble

__all__ = ["Timeline", "assemble", "build", "warm_up"]
