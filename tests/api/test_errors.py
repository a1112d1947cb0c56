"""Every refusal is an RFC 9457 problem naming what was wrong; none is a 500."""

from __future__ import annotations

import pytest

from service.api import create_app


def _problem(response, status):
    assert response.status_code == status, response.data
    assert response.content_type == "application/problem+json"
    body = response.get_json()
    assert body["status"] == status
    assert body["type"] == "about:blank"
    assert body["title"] and body["detail"]
    assert "Traceback" not in response.get_data(as_text=True)
    return body


GOOD = {"text": "It happened in 2020.", "published": "2023-08-31"}


@pytest.mark.parametrize("path", ["/v1/timelines", "/v1/extract"])
@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"published": "2023-08-31"}, "text"),
        ({"text": "", "published": "2023-08-31"}, "text"),
        ({"text": "x" * 200_001, "published": "2023-08-31"}, "text"),
        ({"text": "a\x00b", "published": "2023-08-31"}, "text"),
        ({"text": 42, "published": "2023-08-31"}, "text"),
        ({"text": "x"}, "published"),
        ({"text": "x", "published": "31/08/2023"}, "published"),
        ({"text": "x", "published": "2023-02-30"}, "published"),
        ({"text": "x", "published": "2023-08-31T10:00:00"}, "published"),
        ({"text": "x", "published": "2023-08-31 10:00"}, "published"),
        ({"text": "x", "published": "2023-08-31T25:00:00Z"}, "published"),
        ({"text": "x", "published": None}, "published"),
        ({**GOOD, "language": "de"}, "language"),
        ({**GOOD, "language": ""}, "language"),
        ({**GOOD, "title": 5}, "title"),
        ({**GOOD, "publised": "2023-08-31"}, "publised"),
    ],
)
def test_invalid_fields_are_422_naming_the_field(client, path, body, field):
    problem = _problem(client.post(path, json=body), 422)
    assert problem["field"] == field
    assert problem["errors"][field]
    assert field in problem["detail"]


def test_unsupported_language_says_so(client):
    problem = _problem(client.post("/v1/extract", json={**GOOD, "language": "fr"}), 422)
    assert problem["errors"] == {"language": ["unsupported language"]}


def test_lone_surrogate_is_refused_not_stored(client):
    body = b'{"text": "bad \\ud800 text", "published": "2023-08-31"}'
    problem = _problem(
        client.post("/v1/timelines", data=body, content_type="application/json"), 422
    )
    assert problem["field"] == "text"


@pytest.mark.parametrize(
    "published",
    ["2023-08-31", "2023-08-31T10:00:00Z", "2023-08-31T10:00+05:30", "2023-08-31T10:00:00.5-04:00"],
)
def test_accepted_publication_dates(client, published):
    assert client.post("/v1/extract", json={**GOOD, "published": published}).status_code == 200


@pytest.mark.parametrize("body", [b"{", b'{"text": "x",}', b"\xff\xfe", b"[" * 100_000])
def test_malformed_json_is_400(client, body):
    _problem(client.post("/v1/timelines", data=body, content_type="application/json"), 400)


@pytest.mark.parametrize("body", [b"[]", b'"text"', b"null", b"3"])
def test_json_that_is_not_an_object_is_422(client, body):
    _problem(client.post("/v1/extract", data=body, content_type="application/json"), 422)


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_wrong_content_type_is_415(client, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    _problem(client.post("/v1/timelines", data=b'{"text": "x"}', headers=headers), 415)


def test_body_over_the_limit_is_413(store, fake_builder, monkeypatch):
    monkeypatch.setenv("TIMELINE_MAX_BODY_BYTES", "1000")
    client = create_app({"STORE": store, "TESTING": True}).test_client()
    assert client.post("/v1/extract", json={**GOOD, "text": "y" * 900}).status_code == 200
    _problem(client.post("/v1/extract", json={**GOOD, "text": "y" * 1000}), 413)


def test_default_limit_admits_the_largest_valid_text(client):
    text = "\u4e2d" * 200_000  # six bytes per character once escaped
    body = ('{"text": "' + "\\u4e2d" * 200_000 + '", "published": "2023-08-31"}').encode()
    assert len(body) > 1_000_000
    response = client.post("/v1/extract", data=body, content_type="application/json")
    assert response.status_code == 200
    assert response.get_json()["article"]["characters"] == len(text)


def test_wrong_method_is_405_with_allow(client):
    problem = _problem(client.put("/v1/timelines", json=GOOD), 405)
    assert "Method Not Allowed" == problem["title"]
    response = client.patch("/v1/extract", json=GOOD)
    assert set(response.headers["Allow"].replace(" ", "").split(",")) >= {"POST"}


@pytest.mark.parametrize(
    ("method", "path"),
    [("put", "/v1/timelines"), ("patch", "/v1/timelines/abc"), ("put", "/v1/extract")],
)
def test_wrong_method_without_a_json_body_is_405_not_415(client, method, path):
    response = getattr(client, method)(path, data="plain text", content_type="text/plain")
    _problem(response, 405)


def test_unknown_path_is_404(client):
    _problem(client.get("/v2/timelines"), 404)
    _problem(client.get("/v1/nothing-here"), 404)


def test_unexpected_failure_is_a_bare_500(store, monkeypatch):
    import service.timeline

    def broken(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(service.timeline, "build", broken)
    client = create_app({"STORE": store}).test_client()
    response = client.post("/v1/extract", json=GOOD)
    problem = _problem(response, 500)
    assert "secret" not in response.get_data(as_text=True)
    assert problem["detail"] == "The server could not complete the request."
