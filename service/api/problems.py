"""RFC 9457 problem details: the one shape every error of the service takes.

Clients branch on ``status`` and show ``detail``; for invalid input ``field``
names the first offending field and ``errors`` lists every message per field, so
a form can highlight them without parsing prose.
"""

from __future__ import annotations

import http
import json
import logging
from collections.abc import Mapping
from typing import Any

import marshmallow as ma
from flask import Response
from flask_smorest import Api
from flask_smorest.utils import prepare_response
from werkzeug.exceptions import HTTPException

PROBLEM_CONTENT_TYPE = "application/problem+json"

log = logging.getLogger(__name__)


class ProblemSchema(ma.Schema):
    """An error response (RFC 9457)."""

    type = ma.fields.String(
        required=True, metadata={"description": "URI of the problem type", "example": "about:blank"}
    )
    title = ma.fields.String(required=True, metadata={"description": "HTTP status phrase"})
    status = ma.fields.Integer(required=True, metadata={"description": "HTTP status code"})
    detail = ma.fields.String(required=True, metadata={"description": "What went wrong"})
    field = ma.fields.String(
        allow_none=True, metadata={"description": "The first offending input field, if any"}
    )
    errors = ma.fields.Dict(
        keys=ma.fields.String(),
        values=ma.fields.List(ma.fields.String()),
        metadata={"description": "Messages per offending field"},
    )


def problem(
    status: int,
    detail: str,
    *,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Response:
    """Build a problem+json response; the single place where error bodies are made."""
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": http.HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
    }
    if errors:
        body["field"] = _first_field(errors)
        body["errors"] = {name: list(messages) for name, messages in errors.items()}
    response = Response(json.dumps(body), status=status, content_type=PROBLEM_CONTENT_TYPE)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def field_errors(messages: Mapping[str, Any]) -> dict[str, list[str]]:
    """Flatten webargs' ``{location: {field: messages}}`` (and nested schema errors)
    into ``{"field.sub": ["message", ...]}``."""
    flat: dict[str, list[str]] = {}

    def walk(prefix: str, node: Any) -> None:
        if isinstance(node, Mapping):
            for key, value in node.items():
                walk(f"{prefix}.{key}" if prefix else str(key), value)
        elif isinstance(node, list | tuple):
            for item in node:
                if isinstance(item, Mapping | list | tuple):
                    walk(prefix, item)
                else:
                    flat.setdefault(prefix or "_schema", []).append(str(item))
        else:
            flat.setdefault(prefix or "_schema", []).append(str(node))

    for location_errors in messages.values():
        walk("", location_errors)
    return flat


def _first_field(errors: Mapping[str, list[str]]) -> str | None:
    return next((name for name in errors if name != "_schema"), None)


def _describe(errors: Mapping[str, list[str]]) -> str:
    name = _first_field(errors)
    if name is None:
        return "; ".join(errors.get("_schema", [])) or "Invalid input."
    return f"{name}: {' '.join(errors[name])}"


class ProblemApi(Api):
    """flask-smorest's Api, answering and documenting every error as problem+json."""

    ERROR_SCHEMA = ProblemSchema

    def handle_http_exception(self, error: HTTPException) -> Response:  # type: ignore[override]
        status = error.code or 500
        data = getattr(error, "data", None) or {}
        headers = {
            name: value for name, value in error.get_headers() if name.lower() != "content-type"
        }
        headers.update(data.get("headers") or {})
        errors = field_errors(data["messages"]) if "messages" in data else data.get("errors")
        if errors:
            detail = _describe(errors)
        else:
            detail = data.get("message") or error.description or http.HTTPStatus(status).phrase
        if status == 500:
            # Never leak internals: the exception is logged by Flask, the client gets a phrase.
            detail = "The server could not complete the request."
            errors = None
        return problem(status, detail, errors=errors, headers=headers)

    def _register_responses(self) -> None:
        for status in http.HTTPStatus:
            response: dict[str, Any] = {"description": status.phrase}
            if status >= 400:
                response["schema"] = self.ERROR_SCHEMA
            prepare_response(response, self.spec, PROBLEM_CONTENT_TYPE)
            self.spec.components.response(status.name, response, lazy=True)
        default = {"description": "Default error response", "schema": self.ERROR_SCHEMA}
        prepare_response(default, self.spec, PROBLEM_CONTENT_TYPE)
        self.spec.components.response(self.DEFAULT_ERROR_RESPONSE_NAME, default, lazy=True)
