"""The reference article through the whole stack (real builder, real store): what a new
user tries first."""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
import yaml

from service.api import create_app

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = (ROOT / "tests/data/white-house-russia-north-korea-2023-08-31.txt").read_text()

# phrase -> (TIMEX3 value, interval start, interval end, trigger of the event it dates)
EXPECTED = {
    "Aug. 30": ("2023-08-30", "2023-08-30", "2023-08-31", "reported"),
    "2022": ("2022", "2022-01-01", "2023-01-01", "provided"),
    "the spring of 2023": ("2023-SP", "2023-03-01", "2023-06-01", "approached"),
    "1953": ("1953", "1953-01-01", "1954-01-01", "end"),
    "Earlier in August": ("2023-08", "2023-08-01", "2023-08-31", "visited"),
    "Aug. 17": ("2023-08-17", "2023-08-17", "2023-08-18", "sanctioned"),
    "late July": ("2023-07", "2023-07-21", "2023-08-01", "reported"),
}


@pytest.fixture
def real_client(store):
    return create_app({"STORE": store, "TESTING": True}).test_client()


def test_reference_article_end_to_end(real_client):
    body = {"text": ARTICLE, "published": "2023-08-31", "title": ARTICLE.splitlines()[0]}
    created = real_client.post("/v1/timelines", json=body)
    assert created.status_code == 201, created.get_json()
    spec = schemathesis.openapi.from_dict(yaml.safe_load((ROOT / "openapi.yaml").read_text()))
    spec["/v1/timelines"]["POST"].validate_response(created)

    timeline = created.get_json()
    assert timeline["article"]["characters"] == len(ARTICLE)
    dated: dict[str, dict] = {}
    for event in timeline["events"]:  # a time may date more than one event: its first one
        dated.setdefault(event["when"]["text"], event)
    for phrase, (value, start, end, trigger) in EXPECTED.items():
        event = dated[phrase]
        assert event["when"]["value"] == value, phrase
        assert event["when"]["interval"] == {"start": start, "end": end}, phrase
        assert event["trigger"]["text"] == trigger, phrase
        trigger_span = event["trigger"]
        assert ARTICLE[trigger_span["start"] : trigger_span["end"]] == trigger
    starts = [event["when"]["interval"]["start"] for event in timeline["events"]]
    assert starts == sorted(starts)
    assert "coming months" in {event["when"]["text"] for event in timeline["undated"]}

    path = created.headers["Location"]
    fetched = real_client.get(path)
    assert fetched.get_json() == timeline
    assert (
        real_client.get(path, headers={"If-None-Match": fetched.headers["ETag"]}).status_code == 304
    )
    for fmt in ("timelinejs", "rows", "csv", "timeml"):
        response = real_client.get(f"{path}?format={fmt}")
        assert response.status_code == 200, fmt
        spec["/v1/timelines/{timeline_id}"]["GET"].validate_response(response)
    assert "Shoigu" in real_client.get(f"{path}?format=csv").get_data(as_text=True)
