"""Builders: each reads one rule's match groups into a :class:`Spec`.

A builder returns ``None`` to veto a match (context a regex cannot express
cheaply, e.g. "1953 people"), a :class:`Mention` to narrow the span, or a list
of mentions for the two ends of a range.

One module per family: :mod:`.dates` (calendar dates and periods), :mod:`.clocks`
(clock times and parts of the day), :mod:`.durations` (durations and counted
shifts), :mod:`.sets` (sets and frequencies), :mod:`.relative` (references counted
from the publication date or the time under discussion), :mod:`.vague` (vague
references) and :mod:`.holidays` (holidays and named days); :mod:`.shared` holds
what more than one of them reads.
"""
