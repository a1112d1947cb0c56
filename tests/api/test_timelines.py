"""POST / GET / list / DELETE of /v1/timelines and POST /v1/extract through the test client."""

from __future__ import annotations

from datetime import date
from urllib.parse import parse_qs, urlsplit


def _post(client, body, **headers):
    return client.post("/v1/timelines", json=body, headers=headers)


def test_post_stores_and_returns_the_timeline(client, article, fake_builder):
    response = _post(client, article)
    assert response.status_code == 201
    body = response.get_json()
    assert response.headers["Location"] == f"/v1/timelines/{body['id']}"
    assert body["article"] == {
        "title": article["title"],
        "url": article["url"],
        "source": article["source"],
        "published": "2023-08-31",
        "language": "en",
        "characters": len(article["text"]),
    }
    built = fake_builder(article["text"], date(2023, 8, 31), title=article["title"]).to_dict()
    for key in ("events", "undated", "expressions"):
        assert body[key] == built[key]  # the schemas drop nothing the builder returns
    assert [event["when"]["value"] for event in body["events"]] == ["2022", "2023"]
    assert body["created_at"].endswith(("Z", "+00:00"))
    assert "text" not in body  # the article text is the client's; not echoed back


def test_same_article_again_returns_the_stored_one_with_200(client, article):
    first = _post(client, article)
    again = _post(client, article)
    assert again.status_code == 200
    assert again.get_json()["id"] == first.get_json()["id"]
    assert again.headers["Location"] == first.headers["Location"]
    listed = client.get("/v1/timelines").get_json()["items"]
    assert len(listed) == 1


def test_other_text_is_another_timeline(client, article):
    first = _post(client, article).get_json()["id"]
    second = _post(client, {**article, "text": article["text"] + " More in 2021."})
    assert second.status_code == 201
    assert second.get_json()["id"] != first


def test_idempotency_key_replays_and_refuses_a_different_body(client, article):
    first = _post(client, article, **{"Idempotency-Key": "req-1"})
    assert first.status_code == 201
    replay = _post(client, article, **{"Idempotency-Key": "req-1"})
    assert replay.status_code == 200
    assert replay.get_json()["id"] == first.get_json()["id"]
    other = _post(
        client, {**article, "text": "Something else in 1999."}, **{"Idempotency-Key": "req-1"}
    )
    assert other.status_code == 422
    problem = other.get_json()
    assert other.content_type == "application/problem+json"
    assert problem["field"] == "Idempotency-Key"
    assert problem["status"] == 422


def test_invalid_idempotency_key_is_a_422(client, article):
    response = _post(client, article, **{"Idempotency-Key": "x" * 300})
    assert response.status_code == 422
    assert response.get_json()["field"] == "Idempotency-Key"


def test_extract_returns_the_same_shape_and_stores_nothing(client, article):
    response = client.post("/v1/extract", json=article)
    assert response.status_code == 200
    body = response.get_json()
    stored = _post(client, article).get_json()
    assert {key: body[key] for key in ("article", "events", "undated", "expressions")} == {
        key: stored[key] for key in ("article", "events", "undated", "expressions")
    }
    assert "id" not in body and "Location" not in response.headers
    assert len(client.get("/v1/timelines").get_json()["items"]) == 1


def test_published_datetime_with_offset_is_kept_as_sent(client, article):
    response = _post(client, {**article, "published": "2023-08-31T23:30:00-04:00"})
    assert response.status_code == 201
    body = response.get_json()
    assert body["article"]["published"] == "2023-08-31T23:30:00-04:00"


def test_get_returns_the_stored_timeline_and_etag_gives_304(client, article):
    created = _post(client, article).get_json()
    response = client.get(f"/v1/timelines/{created['id']}")
    assert response.status_code == 200
    assert response.get_json() == created
    etag = response.headers["ETag"]
    unchanged = client.get(f"/v1/timelines/{created['id']}", headers={"If-None-Match": etag})
    assert unchanged.status_code == 304
    assert unchanged.data == b""
    stale = client.get(f"/v1/timelines/{created['id']}", headers={"If-None-Match": '"other"'})
    assert stale.status_code == 200


def test_every_get_has_an_etag(client, article):
    created = _post(client, article).get_json()
    for path in (
        "/v1/timelines",
        f"/v1/timelines/{created['id']}",
        f"/v1/timelines/{created['id']}?format=csv",
        "/livez",
        "/readyz",
        "/openapi.json",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers.get("ETag"), path
        again = client.get(path, headers={"If-None-Match": response.headers["ETag"]})
        assert again.status_code == 304, path


def test_list_etag_changes_when_a_timeline_is_added(client, article):
    _post(client, article)
    etag = client.get("/v1/timelines").headers["ETag"]
    _post(client, {**article, "text": "Another one in 2020."})
    response = client.get("/v1/timelines", headers={"If-None-Match": etag})
    assert response.status_code == 200
    assert response.headers["ETag"] != etag


def test_delete_removes_and_second_delete_is_404(client, article):
    created = _post(client, article).get_json()
    path = f"/v1/timelines/{created['id']}"
    deleted = client.delete(path)
    assert deleted.status_code == 204
    assert deleted.data == b""
    assert client.get(path).status_code == 404
    assert client.delete(path).status_code == 404


def test_unknown_id_is_a_404_problem(client):
    response = client.get("/v1/timelines/does-not-exist")
    assert response.status_code == 404
    assert response.content_type == "application/problem+json"
    assert response.get_json()["title"] == "Not Found"


def test_list_is_newest_first_with_summaries(client, article):
    ids = [
        _post(client, {**article, "text": f"Report number {n} from {2000 + n}."}).get_json()["id"]
        for n in range(3)
    ]
    body = client.get("/v1/timelines").get_json()
    assert [item["id"] for item in body["items"]] == ids[::-1]
    assert body["next_cursor"] is None
    assert body["items"][0]["event_count"] == 1
    assert body["items"][0]["undated_count"] == 0


def test_list_pages_with_a_link_header(client, article):
    ids = [
        _post(client, {**article, "text": f"Item {n} in {1990 + n}."}).get_json()["id"]
        for n in range(5)
    ]
    seen, path, pages = [], "/v1/timelines?limit=2&q=item", 0
    while path:
        response = client.get(path)
        assert response.status_code == 200
        body = response.get_json()
        seen += [item["id"] for item in body["items"]]
        pages += 1
        link = response.headers.get("Link")
        if body["next_cursor"]:
            assert link and link.endswith('>; rel="next"')
            path = link[1 : link.index(">")]
            query = parse_qs(urlsplit(path).query)
            assert query["limit"] == ["2"] and query["q"] == ["item"]
            assert query["cursor"] == [body["next_cursor"]]
        else:
            assert link is None
            path = None
    assert pages == 3
    assert seen == ids[::-1]


def test_list_filters(client, article):
    old = _post(client, {**article, "text": "Smith resigned in 1953.", "title": "Old news"})
    new = _post(client, {**article, "text": "Jones arrived in 2023.", "title": "Fresh"})
    old_id, new_id = old.get_json()["id"], new.get_json()["id"]

    def ids(query):
        response = client.get(f"/v1/timelines?{query}")
        assert response.status_code == 200, response.get_json()
        return [item["id"] for item in response.get_json()["items"]]

    assert ids("since=1950-01-01&until=1960-01-01") == [old_id]
    assert ids("since=2023-06-01") == [new_id]
    assert ids("until=2000-01-01") == [old_id]
    assert ids("q=resigned") == [old_id]
    assert ids("q=FRESH") == [new_id]
    assert ids("entity=jones") == [new_id]
    assert ids("entity=Nobody") == []


def test_list_rejects_bad_filters(client):
    for query, field in (
        ("since=yesterday", "since"),
        ("limit=0", "limit"),
        ("limit=1000", "limit"),
        ("since=2023-02-01&until=2023-01-01", "until"),
        ("cursor=not-a-cursor", "cursor"),
    ):
        response = client.get(f"/v1/timelines?{query}")
        assert response.status_code == 422, query
        assert response.get_json()["field"] == field, query


def test_head_answers_like_get_without_a_body(client, article):
    path = _post(client, article).headers["Location"]
    got, head = client.get(path), client.head(path)
    assert head.status_code == 200
    assert head.data == b""
    assert head.headers["ETag"] == got.headers["ETag"]
    assert client.head(path, headers={"If-None-Match": got.headers["ETag"]}).status_code == 304


def test_timeline_stored_before_ranges_were_published_reads_range_as_null(
    client, article, fake_builder, monkeypatch
):
    import service.timeline

    def without_range(*args, **kwargs):
        built = fake_builder(*args, **kwargs)
        for event in built.to_dict()["events"]:
            del event["when"]["range"]
        return built

    monkeypatch.setattr(service.timeline, "build", without_range)
    created = _post(client, article).get_json()
    fetched = client.get(f"/v1/timelines/{created['id']}").get_json()
    assert [event["when"]["range"] for event in fetched["events"]] == [None, None]
