"""Bad input never gets a 5xx.

* schemathesis generates valid and invalid requests for every operation of the
  served OpenAPI document (builder stand-in, so many examples are cheap) and checks
  status, content type, headers and body against the document;
* hypothesis posts arbitrary JSON, arbitrary bytes and arbitrary article text
  through the real timeline builder.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from service.api import create_app

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)


def _documented_operations():
    """(path, method, mode): ill-typed input is generated only for request bodies."""
    spec = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi.yaml").read_text())
    cases = []
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            cases.append((path, method.upper(), GenerationMode.POSITIVE))
            if "requestBody" in operation:  # query strings and paths cannot be ill-typed
                cases.append((path, method.upper(), GenerationMode.NEGATIVE))
    return cases


@pytest.mark.parametrize(("path", "method", "mode"), _documented_operations())
def test_documented_operations_never_fail_and_answer_as_documented(app, path, method, mode):
    operation = schemathesis.openapi.from_wsgi("/openapi.json", app)[path][method]

    @given(case=operation.as_strategy(mode))
    @FUZZ
    def check(case):
        case.call_and_validate(
            checks=[
                not_a_server_error,
                status_code_conformance,
                content_type_conformance,
                response_schema_conformance,
                response_headers_conformance,
            ]
        )

    check()


@pytest.fixture(scope="module")
def real_client(tmp_path_factory):
    """The real builder: odd text must not crash the engines underneath either."""
    from service.store import Store

    store = Store(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'fuzz.db'}")
    store.upgrade()
    yield create_app({"STORE": store, "TESTING": True}).test_client()
    store.dispose()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
_offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
_in_range = {"min_value": datetime(1800, 1, 1), "max_value": datetime(2200, 12, 31)}
valid_published = st.one_of(
    st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)).map(date.isoformat),
    st.datetimes(timezones=_offsets, **_in_range).map(datetime.isoformat),
)
published = st.one_of(
    valid_published,
    st.datetimes(**_in_range).map(datetime.isoformat),  # naive: refused
    st.dates().map(date.isoformat),
    st.text(max_size=30),
)
news_words = st.sampled_from(
    "Aug. 17 in 2022 late July the spring of 2023 two years ago yesterday Monday since then "
    "Kirby said Russia North Korea met in coming months 1953 earlier in August , . \n".split(" ")
)
article_text = st.one_of(
    # Any character a database can store and UTF-8 can carry (NUL and lone surrogates are
    # refused with a 422, tested elsewhere).
    st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=300),
    st.lists(news_words, min_size=1, max_size=60).map(" ".join),
)
articles = st.fixed_dictionaries(
    {"text": article_text, "published": published},
    optional={
        "title": st.none() | st.text(max_size=50),
        "url": st.none() | st.text(max_size=50),
        "source": st.none() | st.text(max_size=50),
        "language": st.sampled_from(["en", "en", "en", "de", ""]),
    },
)
bodies = st.one_of(
    json_values,
    articles,
    articles.flatmap(lambda a: json_values.map(lambda extra: {**a, "extra": extra})),
)


@given(body=st.one_of(articles, bodies), path=st.sampled_from(["/v1/extract", "/v1/timelines"]))
@FUZZ
def test_arbitrary_post_bodies_never_get_a_5xx(real_client, body, path):
    response = real_client.post(path, data=json.dumps(body), content_type="application/json")
    assert response.status_code < 500, (body, response.get_data(as_text=True)[:500])
    assert response.status_code in (200, 201, 422), response.get_json()
    if response.status_code == 422:
        assert response.content_type == "application/problem+json"
        assert response.get_json()["errors"]


@given(raw=st.binary(max_size=200))
@FUZZ
def test_arbitrary_bytes_never_get_a_5xx(real_client, raw):
    response = real_client.post("/v1/extract", data=raw, content_type="application/json")
    assert response.status_code in (200, 400, 422), response.get_data(as_text=True)[:500]


@given(text=article_text, published=valid_published)
@FUZZ
def test_any_text_with_a_valid_date_gets_a_timeline(real_client, text, published):
    response = real_client.post("/v1/extract", json={"text": text, "published": published})
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    body = response.get_json()
    assert body["article"]["characters"] == len(text)
    for event in body["events"] + body["undated"]:
        assert 0 <= event["trigger"]["start"] < event["trigger"]["end"] <= len(text)
