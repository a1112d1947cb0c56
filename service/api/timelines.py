"""The ``/v1`` resources: articles in, timelines out, stored per API key."""

from __future__ import annotations

import http
from urllib.parse import urlencode

from flask import current_app, request
from flask.views import MethodView
from flask_smorest import abort

from service.api import metrics
from service.api.auth import current_owner
from service.api.blueprint import Blueprint
from service.api.negotiation import choose_format, render_export
from service.api.published import parse_published
from service.api.request_schemas import (
    ArticleInSchema,
    FormatQuerySchema,
    IdempotencyHeaderSchema,
    ListQuerySchema,
)
from service.api.response_schemas import (
    ExtractedTimelineSchema,
    TimelinePageSchema,
    TimelineSchema,
)

blp = Blueprint("timelines", __name__, url_prefix="/v1", description="Articles in, timelines out.")


def _errors(*statuses: int):  # type: ignore[no-untyped-def]
    """Document problem responses by reference to the shared components."""

    def decorate(func):  # type: ignore[no-untyped-def]
        for status in statuses:
            func = blp.alt_response(status, response=http.HTTPStatus(status).name)(func)
        return func

    return decorate


_LOCATION = {"Location": {"schema": {"type": "string"}, "description": "/v1/timelines/{id}"}}
_LINK = {
    "Link": {
        "schema": {"type": "string"},
        "description": 'RFC 8288 <...>; rel="next" while there are more pages',
    }
}


def _store():  # type: ignore[no-untyped-def]
    return current_app.extensions["timeline_store"]


def _build(article: dict) -> dict:
    """The article's timeline dict.

    ``service.timeline`` is imported here, not at module level, so that describing
    the API (``timeline openapi``) does not load the language model.
    """
    from service import timeline

    built = timeline.build(
        article["text"], parse_published(article["published"]), title=article["title"]
    ).to_dict()
    metrics.TIMELINES_BUILT.inc()
    metrics.EVENTS_BUILT.inc(len(built["events"]) + len(built["undated"]))
    return built


def _article_out(article: dict) -> dict:
    return {
        "title": article["title"],
        "url": article["url"],
        "source": article["source"],
        "published": article["published"],
        "language": article["language"],
        "characters": len(article["text"]),
    }


@blp.route("/timelines")
class Timelines(MethodView):
    @blp.arguments(ArticleInSchema)
    @blp.arguments(IdempotencyHeaderSchema, location="headers")
    @blp.response(201, TimelineSchema, description="Stored.", headers=_LOCATION)
    @blp.alt_response(
        200, schema=TimelineSchema, description="Stored before: that one.", headers=_LOCATION
    )
    @_errors(400, 401, 413, 415, 422)
    def post(self, article: dict, headers: dict):
        """Build an article's timeline and store it.

        The same text and publication date posted again by the same key returns the
        stored timeline (200) instead of a duplicate.
        """
        from service.store import IdempotencyConflict

        built = _build(article)
        try:
            record, created = _store().save_timeline(
                owner=current_owner(),
                article=article,
                timeline=built,
                idempotency_key=headers.get("idempotency_key"),
            )
        except IdempotencyConflict:
            abort(
                422,
                message="This Idempotency-Key was used before with a different body.",
                errors={"Idempotency-Key": ["Already used with a different body."]},
            )
        location = f"{request.script_root}/v1/timelines/{record['id']}"
        return record, 201 if created else 200, {"Location": location}

    @blp.arguments(ListQuerySchema, location="query")
    @blp.response(200, TimelinePageSchema, description="Newest first.", headers=_LINK)
    @_errors(401, 422)
    def get(self, query: dict):
        """List stored timelines, newest first, with filters and cursor pagination."""
        from service.store import InvalidCursor

        try:
            records, next_cursor = _store().list_timelines(
                owner=current_owner(),
                since=query["since"].isoformat() if query.get("since") else None,
                until=query["until"].isoformat() if query.get("until") else None,
                q=query.get("q"),
                entity=query.get("entity"),
                limit=query["limit"],
                cursor=query.get("cursor"),
            )
        except InvalidCursor:
            abort(422, errors={"cursor": ["Not a cursor this service issued."]})
        items = [
            {
                "id": record["id"],
                "created_at": record["created_at"],
                "article": record["article"],
                "event_count": len(record["events"]),
                "undated_count": len(record["undated"]),
            }
            for record in records
        ]
        headers = {}
        if next_cursor:
            params = [(k, v) for k, v in request.args.items(multi=True) if k != "cursor"]
            params.append(("cursor", next_cursor))
            headers["Link"] = (
                f'<{request.script_root}{request.path}?{urlencode(params)}>; rel="next"'
            )
        return {"items": items, "next_cursor": next_cursor}, 200, headers


@blp.route("/timelines/<string:timeline_id>")
class TimelineItem(MethodView):
    @blp.arguments(FormatQuerySchema, location="query")
    @blp.response(200, TimelineSchema, description="The stored timeline, as JSON by default.")
    @blp.doc(
        responses={
            "200": {
                "content": {
                    "application/json": {
                        "schema": {
                            "anyOf": [
                                {"$ref": "#/components/schemas/Timeline"},
                                {"$ref": "#/components/schemas/TimelineJS"},
                                {"type": "array", "items": {"$ref": "#/components/schemas/Row"}},
                            ]
                        }
                    },
                    "text/csv": {"schema": {"type": "string"}},
                    "application/xml": {"schema": {"type": "string"}},
                    "text/xml": {"schema": {"type": "string"}},
                }
            }
        }
    )
    @_errors(401, 404, 406, 422)
    def get(self, query: dict, timeline_id: str):
        """Fetch a stored timeline.

        ``?format=`` json (default), timelinejs (Knight Lab TimelineJS3), rows
        (epoch-millisecond annotation rows), csv or timeml; or ``Accept: text/csv`` /
        ``application/xml``.
        """
        record = _store().get_timeline(timeline_id, current_owner())
        if record is None:
            abort(404, message=f"No timeline {timeline_id!r}.")
        fmt = choose_format(request, query.get("format"))
        if fmt == "json":
            return record
        return render_export(record, fmt)

    @blp.response(204, description="Deleted.")
    @_errors(401, 404)
    def delete(self, timeline_id: str):
        """Delete a stored timeline."""
        if not _store().delete_timeline(timeline_id, current_owner()):
            abort(404, message=f"No timeline {timeline_id!r}.")


@blp.route("/extract", methods=["POST"])
@blp.arguments(ArticleInSchema)
@blp.response(200, ExtractedTimelineSchema, description="The timeline; nothing is stored.")
@_errors(400, 401, 413, 415, 422)
def extract(article: dict):
    """Build an article's timeline without storing it, for pipelines that keep their own copy."""
    built = _build(article)
    return {
        "article": _article_out(article),
        "events": built["events"],
        "undated": built["undated"],
        "expressions": built["expressions"],
    }
