"""flask-smorest's Blueprint with a body parser that never turns bad JSON into a 500."""

from __future__ import annotations

import typing

import flask
import flask_smorest
from webargs.flaskparser import FlaskParser, abort


class _Parser(FlaskParser):
    def _raw_load_json(self, req: flask.Request) -> typing.Any:
        try:
            return super()._raw_load_json(req)
        except RecursionError as exc:  # absurdly deep nesting: bad input, not a crash
            abort(400, exc=exc, message="The JSON body is nested too deeply.")

    def _handle_invalid_json_error(self, error, req, *args, **kwargs):  # type: ignore[no-untyped-def]
        abort(400, exc=error, message=f"The body is not valid JSON: {error}.")


class Blueprint(flask_smorest.Blueprint):
    ARGUMENTS_PARSER = _Parser()
