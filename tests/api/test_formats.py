"""GET /v1/timelines/{id} in every format, by ?format= and by Accept."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from service.timeline import exports


@pytest.fixture
def stored(client, store, article):
    created = client.post("/v1/timelines", json=article).get_json()
    return created["id"], store.get_timeline(created["id"], None)


def test_json_is_the_default(client, stored):
    timeline_id, record = stored
    response = client.get(f"/v1/timelines/{timeline_id}")
    assert response.content_type == "application/json"
    body = response.get_json()
    assert body["id"] == timeline_id
    assert body["events"] == record["events"]
    explicit = client.get(f"/v1/timelines/{timeline_id}?format=json")
    assert explicit.get_json() == body


@pytest.mark.parametrize(
    ("fmt", "render", "content_type"),
    [
        ("timelinejs", exports.to_timelinejs, "application/json"),
        ("rows", exports.to_rows, "application/json"),
        ("csv", exports.to_csv, "text/csv; charset=utf-8"),
        ("timeml", exports.to_timeml, "application/xml; charset=utf-8"),
    ],
)
def test_format_parameter_renders_through_the_exports(client, stored, fmt, render, content_type):
    timeline_id, record = stored
    response = client.get(f"/v1/timelines/{timeline_id}?format={fmt}")
    assert response.status_code == 200
    assert response.content_type == content_type
    expected = render(record)
    if isinstance(expected, str):
        assert response.get_data(as_text=True) == expected
    else:
        assert json.loads(response.get_data(as_text=True)) == expected


def test_timelinejs_and_rows_have_their_documented_keys(client, stored):
    timeline_id, record = stored
    tjs = client.get(f"/v1/timelines/{timeline_id}?format=timelinejs").get_json()
    assert len(tjs["events"]) == len(record["events"])
    assert {"start_date", "text"} <= set(tjs["events"][0])
    rows = client.get(f"/v1/timelines/{timeline_id}?format=rows").get_json()
    assert rows and {"time", "timeEnd", "title", "text", "tags"} <= set(rows[0])
    assert all(isinstance(row["time"], int) for row in rows)


def test_timeml_is_xml_with_the_creation_time(client, stored):
    timeline_id, _ = stored
    response = client.get(f"/v1/timelines/{timeline_id}?format=timeml")
    root = ET.fromstring(response.data)
    timexes = list(root.iter("TIMEX3"))
    assert any(t.get("functionInDocument") == "CREATION_TIME" for t in timexes)
    assert {t.get("value") for t in timexes} >= {"2022", "2023"}


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        ("text/csv", "csv"),
        ("application/xml", "timeml"),
        ("text/xml", "timeml"),
        ("application/json", "json"),
        ("*/*", "json"),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "timeml"),
        ("text/csv;q=0.5, application/json", "json"),
    ],
)
def test_accept_header_negotiates(client, stored, accept, fmt):
    timeline_id, _ = stored
    negotiated = client.get(f"/v1/timelines/{timeline_id}", headers={"Accept": accept})
    explicit = client.get(f"/v1/timelines/{timeline_id}?format={fmt}")
    assert negotiated.status_code == 200
    assert negotiated.data == explicit.data
    assert negotiated.content_type == explicit.content_type
    assert "Accept" in negotiated.headers["Vary"]


def test_format_parameter_wins_over_accept(client, stored):
    timeline_id, _ = stored
    response = client.get(
        f"/v1/timelines/{timeline_id}?format=csv", headers={"Accept": "application/json"}
    )
    assert response.content_type.startswith("text/csv")


def test_unacceptable_accept_is_406_and_unknown_format_422(client, stored):
    timeline_id, _ = stored
    refused = client.get(f"/v1/timelines/{timeline_id}", headers={"Accept": "image/png"})
    assert refused.status_code == 406
    assert refused.content_type == "application/problem+json"
    unknown = client.get(f"/v1/timelines/{timeline_id}?format=pdf")
    assert unknown.status_code == 422
    assert unknown.get_json()["field"] == "format"


def test_each_format_has_its_own_etag(client, stored):
    timeline_id, _ = stored
    tags = {
        client.get(f"/v1/timelines/{timeline_id}?format={fmt}").headers["ETag"]
        for fmt in ("json", "timelinejs", "rows", "csv", "timeml")
    }
    assert len(tags) == 5
