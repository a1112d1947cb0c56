"""Export formats for a stored timeline record, as pure functions.

Each takes the record dict the store returns (the timeline dict plus ``id``,
``created_at``, ``text`` and ``article``) and returns the format's document:

* :func:`to_timelinejs` - Knight Lab TimelineJS3 JSON (dict)
* :func:`to_rows` - flat rows with epoch milliseconds for Grafana / vis-timeline (list)
* :func:`to_csv` - RFC 4180 CSV with a header row (str)
* :func:`to_timeml` - TempEval-3 style TimeML over the article text (str)
"""

from service.timeline.exports.csv_table import to_csv
from service.timeline.exports.rows import to_rows
from service.timeline.exports.timelinejs import to_timelinejs
from service.timeline.exports.timeml import to_timeml

__all__ = ["to_csv", "to_rows", "to_timelinejs", "to_timeml"]
