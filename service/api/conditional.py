"""ETags on every successful GET, so a polling dashboard pays for a 304 only.

The tag is a hash of the body actually sent: it changes with the format, the
owner's view and the data, and needs no bookkeeping in the store.
"""

from __future__ import annotations

from flask import Request, Response


def make_conditional(request: Request, response: Response) -> Response:
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return response
    if response.direct_passthrough or response.is_streamed:
        return response
    response.add_etag()
    response.vary.update(("Accept", "Authorization", "X-API-Key"))
    return response.make_conditional(request)
