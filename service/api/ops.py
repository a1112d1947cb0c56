"""Endpoints for orchestrators and monitoring; never behind API keys."""

from __future__ import annotations

from flask import Response, current_app
from flask.views import MethodView
from flask_smorest import abort

from service.api import metrics
from service.api.blueprint import Blueprint
from service.api.response_schemas import HealthSchema

blp = Blueprint("operations", __name__, description="Liveness, readiness and metrics.")

_OPEN = {"security": []}


@blp.route("/livez")
class Livez(MethodView):
    @blp.response(200, HealthSchema)
    @blp.doc(**_OPEN)
    def get(self):
        """The process answers (no dependency is checked)."""
        return {"status": "ok"}


@blp.route("/readyz")
class Readyz(MethodView):
    @blp.response(200, HealthSchema)
    @blp.alt_response(503, response="SERVICE_UNAVAILABLE")
    @blp.doc(**_OPEN)
    def get(self):
        """The database is reachable, so requests can be served."""
        if not current_app.extensions["timeline_store"].ping():
            abort(503, message="The database is unreachable.")
        return {"status": "ok"}


@blp.route("/metrics")
class Metrics(MethodView):
    @blp.response(
        200,
        description="Prometheus text exposition format.",
        content_type="text/plain",
    )
    @blp.doc(**_OPEN)
    def get(self):
        """Prometheus metrics, merged across gunicorn workers."""
        body, content_type = metrics.exposition()
        return Response(body, content_type=content_type)
