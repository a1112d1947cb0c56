"""ETags on every successful GET, so a polling dashboard pays for a 304 only.

The tag is a hash of the body actually sent: it changes with the format, the
owner's view and the data, and needs no bookkeeping in the store.
"""

from __future__ import annotations

from apispec import BasePlugin
from flask import Request, Response


def make_conditional(request: Request, response: Response) -> Response:
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return response
    if response.direct_passthrough or response.is_streamed:
        return response
    response.add_etag()
    response.vary.update(("Accept", "Authorization", "X-API-Key"))
    return response.make_conditional(request)


class ConditionalGetPlugin(BasePlugin):
    """Documents the ETag / If-None-Match contract on every GET operation of the spec."""

    def operation_helper(self, path=None, operations=None, **kwargs):  # type: ignore[no-untyped-def]
        get = (operations or {}).get("get")
        if get is None:
            return
        get.setdefault("parameters", []).append(
            {
                "in": "header",
                "name": "If-None-Match",
                "required": False,
                "schema": {"type": "string"},
                "description": "An ETag from an earlier answer; unchanged -> 304, no body.",
            }
        )
        responses = get.setdefault("responses", {})
        ok = responses.get("200", responses.get(200))
        if isinstance(ok, dict):
            ok.setdefault("headers", {})["ETag"] = {
                "schema": {"type": "string"},
                "description": "Hash of this body; send it back as If-None-Match.",
            }
        responses["304"] = {"description": "Not Modified: the ETag still matches."}
