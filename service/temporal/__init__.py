"""Finding and resolving time expressions in English news text.

Knows nothing of HTTP, storage or spaCy: text and a publication date in,
:class:`TimeExpression` objects out.
"""

from service.temporal.expression import Anchor, Interval, TimeExpression
from service.temporal.tagger import coerce_published, tag

__all__ = ["Anchor", "Interval", "TimeExpression", "coerce_published", "tag"]
