"""Liveness, readiness, metrics and the documentation endpoints."""

from __future__ import annotations

from prometheus_client.parser import text_string_to_metric_families


def test_livez(client):
    response = client.get("/livez")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_readyz_follows_the_database(client, store, monkeypatch):
    assert client.get("/readyz").get_json() == {"status": "ok"}
    monkeypatch.setattr(store, "ping", lambda: False)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.content_type == "application/problem+json"
    assert "database" in response.get_json()["detail"]


def _samples(client):
    text = client.get("/metrics").get_data(as_text=True)
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def test_metrics_count_requests_by_route_and_status(client, article):
    key = (
        "timeline_http_requests_total",
        (("method", "POST"), ("route", "/v1/extract"), ("status", "200")),
    )
    before = _samples(client).get(key, 0.0)
    client.post("/v1/extract", json=article)
    client.post("/v1/extract", json=article)
    client.post("/v1/extract", json={})
    after = _samples(client)
    assert after[key] == before + 2
    assert (
        after[
            (
                "timeline_http_requests_total",
                (("method", "POST"), ("route", "/v1/extract"), ("status", "422")),
            )
        ]
        >= 1
    )
    assert any(name == "timeline_http_request_duration_seconds_count" for name, _ in after)


def test_openapi_json_and_docs(client):
    spec = client.get("/openapi.json").get_json()
    assert spec["openapi"].startswith("3.1")
    assert {"/v1/timelines", "/v1/timelines/{timeline_id}", "/v1/extract"} <= set(spec["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert b"swagger" in docs.data.lower()


def test_database_outage_is_a_503_problem_not_a_500(client, store, monkeypatch, article):
    from sqlalchemy.exc import OperationalError

    def down(*args, **kwargs):
        raise OperationalError("SELECT 1", {}, Exception("connection refused"))

    monkeypatch.setattr(store, "has_keys", down)
    response = client.post("/v1/timelines", json=article)
    assert response.status_code == 503
    assert response.content_type == "application/problem+json"
    assert response.headers["Retry-After"] == "5"
    assert "connection refused" not in response.get_data(as_text=True)
