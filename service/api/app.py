"""The application factory: wires settings, store, blueprints and cross-cutting hooks."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Mapping
from typing import Any

from flask import Flask, current_app, g, request
from flask_smorest import abort
from sqlalchemy.exc import OperationalError

from service.api import auth, metrics, ops, timelines
from service.api.conditional import ConditionalGetPlugin, make_conditional
from service.api.config import Settings
from service.api.problems import ProblemApi, problem
from service.api.response_schemas import RowSchema, TimelineJSSchema

API_TITLE = "timeline-api"
API_VERSION = "1.0.0"

log = logging.getLogger("service.api")


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the WSGI app.

    ``config`` overrides Flask settings; ``STORE`` may carry a ready store (tests),
    otherwise one is opened on ``DATABASE_URL``. Nothing touches the database here,
    so the app can be built before migrations run (gunicorn preloads it).
    """
    settings = Settings.from_env()
    app = Flask("service.api")
    app.config.update(
        API_TITLE=API_TITLE,
        API_VERSION=API_VERSION,
        OPENAPI_VERSION="3.1.0",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
        OPENAPI_SWAGGER_UI_PATH="docs",
        OPENAPI_SWAGGER_UI_URL="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/",
        API_SPEC_OPTIONS={
            "info": {
                "description": "Turns English news article text into a timeline of dated events."
            },
            "security": [{}, {"bearerAuth": []}, {"apiKeyHeader": []}],
        },
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
        DATABASE_URL=settings.database_url,
        LOG_LEVEL=settings.log_level,
    )
    app.config.update(config or {})
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    _configure_logging(app.config["LOG_LEVEL"])

    store = app.config.get("STORE")
    if store is None:
        from service.store import Store

        store = Store(app.config["DATABASE_URL"])
    app.extensions["timeline_store"] = store

    api = ProblemApi(app, spec_kwargs={"extra_plugins": [ConditionalGetPlugin()]})
    api.spec.components.security_scheme("bearerAuth", {"type": "http", "scheme": "bearer"})
    api.spec.components.security_scheme(
        "apiKeyHeader", {"type": "apiKey", "in": "header", "name": "X-API-Key"}
    )
    api.spec.components.schema("TimelineJS", schema=TimelineJSSchema)
    api.spec.components.schema("Row", schema=RowSchema)
    api.register_blueprint(timelines.blp)
    api.register_blueprint(ops.blp)

    app.register_error_handler(OperationalError, _database_unavailable)
    app.before_request(_start_clock)
    app.before_request(_guard_v1)
    app.after_request(_finish)
    return app


def log_startup(app: Flask) -> None:
    """Say at start-up whether the service is open, so nobody exposes it by accident."""
    if app.extensions["timeline_store"].has_keys():
        log.info("API keys exist: every /v1 request needs one.")
    else:
        log.warning(
            "No API keys exist: the service is OPEN to anyone who can reach it "
            "(create one with `timeline keys create --name NAME`)."
        )


def _start_clock() -> None:
    g.started = time.perf_counter()


def _guard_v1() -> None:
    """Keys first, then the body's media type: a stranger learns nothing about the API."""
    if not request.path.startswith("/v1/") and request.path != "/v1":
        return
    refusal = auth.authenticate(current_app.extensions["timeline_store"])
    if refusal is not None:
        abort(401, message=refusal["message"], headers=refusal["headers"])
    if request.routing_exception is not None:
        return  # an unknown path or a wrong method: 404 or 405, whatever the body is
    if request.method in ("POST", "PUT", "PATCH") and not request.is_json:
        abort(
            415,
            message=f"Send the body as application/json, not {request.mimetype or 'nothing'}.",
        )


def _database_unavailable(error: OperationalError):  # type: ignore[no-untyped-def]
    """A database that is down or locked is the server's trouble, and usually brief."""
    log.error("database unavailable: %s", error.orig or error)
    return problem(503, "The database is unavailable; retry shortly.", headers={"Retry-After": "5"})


def _finish(response):  # type: ignore[no-untyped-def]
    response = make_conditional(request, response)
    started = g.get("started")
    if started is not None:
        route = request.url_rule.rule if request.url_rule else "<unmatched>"
        metrics.observe(request.method, route, response.status_code, time.perf_counter() - started)
    return response


def _configure_logging(level: str) -> None:
    logger = logging.getLogger("service")
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.propagate = False
