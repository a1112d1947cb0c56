"""Which representation of a stored timeline to send, and rendering it.

``?format=`` wins over ``Accept`` because dashboards and spreadsheet imports
often cannot set headers; the renderers themselves live in
:mod:`service.timeline.exports`.
"""

from __future__ import annotations

import json

from flask import Request, Response
from flask_smorest import abort

MEDIA_TYPES = {
    "application/json": "json",
    "text/csv": "csv",
    "application/xml": "timeml",
    "text/xml": "timeml",
}


def choose_format(request: Request, requested: str | None) -> str:
    """The format name; 406 when ``Accept`` allows none of ours."""
    if requested:
        return requested
    if not request.headers.get("Accept"):
        return "json"
    best = request.accept_mimetypes.best_match(list(MEDIA_TYPES))
    if best is None:
        abort(
            406,
            message="Acceptable: application/json, text/csv, application/xml "
            "(or ?format=json|timelinejs|rows|csv|timeml).",
        )
    return MEDIA_TYPES[best]


def render_export(record: dict, fmt: str) -> Response:
    """Render a non-default format through the exports layer."""
    from service.timeline import exports

    if fmt == "timelinejs":
        return _json(exports.to_timelinejs(record))
    if fmt == "rows":
        return _json(exports.to_rows(record))
    if fmt == "csv":
        return Response(exports.to_csv(record), content_type="text/csv; charset=utf-8")
    if fmt == "timeml":
        return Response(exports.to_timeml(record), content_type="application/xml; charset=utf-8")
    raise ValueError(f"no renderer for format {fmt!r}")


def _json(data: object) -> Response:
    return Response(json.dumps(data, ensure_ascii=False), content_type="application/json")
