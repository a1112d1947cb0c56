"""Saving, fetching, listing and deleting timelines, on every backend of the fixture."""

from __future__ import annotations

import base64
import copy
import json
import threading
from datetime import datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from service.store import IdempotencyConflict, InvalidCursor, Store
from service.store.engine import make_engine, resolve_url
from service.store.models import Article, Event, Expression, IdempotencyKey, Participant

TABLES = (Article, Expression, Event, Participant, IdempotencyKey)


def counts(store: Store) -> dict[str, int]:
    engine = make_engine(resolve_url(store.url.render_as_string(hide_password=False)))
    try:
        with engine.connect() as connection:
            return {
                model.__tablename__: connection.scalar(select(func.count()).select_from(model))
                for model in TABLES
            }
    finally:
        engine.dispose()


def as_json(value):
    return json.loads(json.dumps(value))


def save(store, fakes, text, *, owner=None, dated=(), undated=(), key=None, **fields):
    body = fakes["article"](text, **fields)
    document = fakes["timeline"](list(dated), list(undated), published=body["published"])
    return store.save_timeline(owner=owner, article=body, timeline=document, idempotency_key=key)


# -- saving and reading back -----------------------------------------------------------------


def test_record_round_trips_the_timeline_exactly(store, reference):
    body, document = reference
    document["events"][0]["confidence"] = 0.75  # a field the store does not know about
    document["events"][1]["when"]["anchor"]["text"] = "Août — “l’été”"
    original = copy.deepcopy(document)

    saved, created = store.save_timeline(owner=None, article=body, timeline=document)

    assert created is True
    assert document == original  # the caller's dict is left alone
    fetched = store.get_timeline(saved["id"], None)
    assert fetched == saved
    assert as_json(fetched) == fetched
    for name in ("events", "undated", "expressions"):
        assert fetched[name] == original[name]
    assert fetched["text"] == body["text"]
    assert fetched["article"] == {
        "title": "Ukraine counteroffensive",
        "url": "https://example.org/a",
        "source": "AP",
        "published": "2023-08-31",
        "language": "en",
        "characters": len(body["text"]),
    }
    assert len(fetched["id"]) == 32 and int(fetched["id"], 16) >= 0
    created_at = datetime.fromisoformat(fetched["created_at"])
    assert created_at.utcoffset().total_seconds() == 0


def test_published_is_kept_as_given(store, fakes):
    saved, _ = save(
        store, fakes, "On Monday the talks ended.", published="2023-08-31T09:30:00+02:00"
    )
    assert store.get_timeline(saved["id"], None)["article"]["published"] == (
        "2023-08-31T09:30:00+02:00"
    )


def test_normalised_rows_are_written(store, reference):
    body, document = reference
    store.save_timeline(owner=None, article=body, timeline=document)
    assert counts(store) == {
        "articles": 1,
        "expressions": len(document["expressions"]),
        "events": len(document["events"]) + len(document["undated"]),
        "participants": sum(
            len(item["participants"]) for item in document["events"] + document["undated"]
        ),
        "idempotency_keys": 0,
    }


@pytest.mark.parametrize("bad", ["a\x00b", "a\ud800b"])
@pytest.mark.parametrize("field", ["text", "title"])
def test_unstorable_strings_are_refused_on_every_backend(store, fakes, field, bad):
    body = fakes["article"]("Fine text.")
    body[field] = bad
    with pytest.raises(ValueError):
        store.save_timeline(owner=None, article=body, timeline=fakes["timeline"]([]))
    assert set(counts(store).values()) == {0}


def test_unknown_timeline_is_none(store):
    assert store.get_timeline("0" * 32, None) is None
    assert store.get_timeline("not-an-id", None) is None


# -- one transaction ---------------------------------------------------------------------------


def test_failure_half_way_leaves_nothing(store, reference, monkeypatch):
    """The participants' INSERT fails after the article, expression and event rows went in."""
    from service.store import rows

    body, document = reference
    real = rows.participant_rows

    def broken(*args):
        return [dict(row, text=None) for row in real(*args)]  # violates NOT NULL

    monkeypatch.setattr(rows, "participant_rows", broken)
    with pytest.raises(IntegrityError):
        store.save_timeline(owner=None, article=body, timeline=document, idempotency_key="k")
    monkeypatch.undo()

    assert set(counts(store).values()) == {0}
    saved, created = store.save_timeline(owner=None, article=body, timeline=document)
    assert created and store.get_timeline(saved["id"], None) == saved


# -- dedup and idempotency -------------------------------------------------------------------


def test_same_article_twice_returns_the_stored_one(store, reference):
    body, document = reference
    first, created = store.save_timeline(owner=None, article=body, timeline=document)
    retitled = dict(body, title="Another title")
    second, again = store.save_timeline(owner=None, article=retitled, timeline=document)
    assert (created, again) == (True, False)
    assert second == first
    assert counts(store)["articles"] == 1


def test_dedup_is_per_text_published_and_owner(store, reference):
    body, document = reference
    key = store.create_key("tenant")
    owner = store.authenticate(key)
    ids = {
        store.save_timeline(owner=None, article=body, timeline=document)[0]["id"],
        store.save_timeline(owner=owner, article=body, timeline=document)[0]["id"],
        store.save_timeline(
            owner=None, article=dict(body, published="2023-09-01"), timeline=document
        )[0]["id"],
        store.save_timeline(
            owner=None, article=dict(body, text=body["text"] + " "), timeline=document
        )[0]["id"],
    }
    assert len(ids) == 4


def test_idempotency_key_replays_and_conflicts(store, fakes):
    first, created = save(store, fakes, "Talks ended on Monday.", key="req-1")
    replay, again = save(store, fakes, "Talks ended on Monday.", key="req-1")
    assert (created, again) == (True, False) and replay == first

    for change in ({"text": "Talks resumed."}, {"title": "x"}, {"url": "u"}, {"source": "s"}):
        fields = {"text": "Talks ended on Monday.", **change}
        with pytest.raises(IdempotencyConflict):
            save(store, fakes, fields.pop("text"), key="req-1", **fields)
    with pytest.raises(IdempotencyConflict):
        save(store, fakes, "Talks ended on Monday.", key="req-1", published="2023-09-01")
    with pytest.raises(IdempotencyConflict):
        save(store, fakes, "Talks ended on Monday.", key="req-1", language="de")
    assert counts(store)["articles"] == 1


def test_idempotency_key_is_per_owner(store, fakes):
    owner = store.authenticate(store.create_key("tenant"))
    mine, _ = save(store, fakes, "First article.", key="same")
    theirs, created = save(store, fakes, "Second article.", key="same", owner=owner)
    assert created and theirs["id"] != mine["id"]


def test_idempotency_key_on_a_duplicate_is_remembered(store, fakes):
    stored, _ = save(store, fakes, "Talks ended on Monday.")
    again, created = save(store, fakes, "Talks ended on Monday.", key="late-key")
    assert not created and again["id"] == stored["id"]
    with pytest.raises(IdempotencyConflict):
        save(store, fakes, "Something else.", key="late-key")


def test_lost_race_on_the_same_article_returns_the_winner(store, fakes, monkeypatch):
    """The lookup misses (the other worker had not committed yet), the insert then hits
    the unique constraint: the store answers with the winner's row."""
    winner, _ = save(store, fakes, "Talks ended on Monday.")
    real = Store._existing
    calls = []

    def miss_once(self, *args):
        calls.append(1)
        return None if len(calls) == 1 else real(self, *args)

    monkeypatch.setattr(Store, "_existing", miss_once)
    loser, created = save(store, fakes, "Talks ended on Monday.")
    assert len(calls) == 2
    assert not created and loser == winner
    assert counts(store)["articles"] == 1


def test_lost_race_on_an_idempotency_key_with_another_body_conflicts(store, fakes, monkeypatch):
    save(store, fakes, "Talks ended on Monday.", key="k")
    real = Store._existing
    calls = []

    def miss_once(self, *args):
        calls.append(1)
        return None if len(calls) == 1 else real(self, *args)

    monkeypatch.setattr(Store, "_existing", miss_once)
    with pytest.raises(IdempotencyConflict):
        save(store, fakes, "Talks resumed on Tuesday.", key="k")
    assert counts(store)["articles"] == 1


def test_concurrent_identical_posts_store_one(database_url, store, reference):
    body, document = reference
    workers = [Store(database_url) for _ in range(4)]
    barrier = threading.Barrier(len(workers))
    results, errors = [], []

    def post(worker):
        try:
            barrier.wait()
            results.append(
                worker.save_timeline(
                    owner=None, article=body, timeline=document, idempotency_key="k"
                )
            )
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=post, args=(worker,)) for worker in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for worker in workers:
        worker.dispose()

    assert errors == []
    assert sorted(created for _, created in results) == [False, False, False, True]
    assert len({record["id"] for record, _ in results}) == 1
    assert counts(store)["articles"] == 1


# -- owners ------------------------------------------------------------------------------------


def test_owners_see_only_their_timelines(store, fakes):
    alice = store.authenticate(store.create_key("alice"))
    bob = store.authenticate(store.create_key("bob"))
    open_record, _ = save(store, fakes, "Open service article.")
    alice_record, _ = save(store, fakes, "Alice's article.", owner=alice)

    assert store.get_timeline(alice_record["id"], alice) == alice_record
    assert store.get_timeline(alice_record["id"], bob) is None
    assert store.get_timeline(alice_record["id"], None) is None
    assert store.get_timeline(open_record["id"], alice) is None
    assert [r["id"] for r in store.list_timelines(owner=alice)[0]] == [alice_record["id"]]
    assert [r["id"] for r in store.list_timelines(owner=None)[0]] == [open_record["id"]]
    assert store.list_timelines(owner=bob) == ([], None)

    assert store.delete_timeline(alice_record["id"], bob) is False
    assert store.delete_timeline(alice_record["id"], None) is False
    assert store.delete_timeline(alice_record["id"], alice) is True
    assert store.get_timeline(alice_record["id"], alice) is None
    assert store.delete_timeline(alice_record["id"], alice) is False


def test_delete_removes_every_row(store, reference):
    body, document = reference
    saved, _ = store.save_timeline(owner=None, article=body, timeline=document, idempotency_key="k")
    assert store.delete_timeline(saved["id"], None) is True
    assert set(counts(store).values()) == {0}


# -- listing -----------------------------------------------------------------------------------


def test_list_is_newest_first_and_pages_with_a_cursor(store, fakes):
    ids = [save(store, fakes, f"Article number {n}.")[0]["id"] for n in range(5)]
    newest_first = ids[::-1]

    page, cursor = store.list_timelines(owner=None, limit=2)
    assert [r["id"] for r in page] == newest_first[:2] and cursor
    later = save(store, fakes, "Posted while the client pages.")[0]["id"]
    page2, cursor2 = store.list_timelines(owner=None, limit=2, cursor=cursor)
    assert [r["id"] for r in page2] == newest_first[2:4]
    page3, cursor3 = store.list_timelines(owner=None, limit=2, cursor=cursor2)
    assert [r["id"] for r in page3] == newest_first[4:] and cursor3 is None
    assert store.list_timelines(owner=None, limit=10)[0][0]["id"] == later
    full, _ = store.list_timelines(owner=None, limit=3)
    assert full[0] == store.get_timeline(later, None)


def test_exact_page_has_no_next_cursor(store, fakes):
    for n in range(2):
        save(store, fakes, f"Article {n}.")
    assert store.list_timelines(owner=None, limit=2)[1] is None


def test_cursor_breaks_ties_on_created_at(store, fakes, monkeypatch):
    from service.store import normalise

    moment = datetime(2024, 1, 1, 12, 0, 0)
    monkeypatch.setattr(normalise, "utcnow", lambda: moment)
    ids = {save(store, fakes, f"Same instant {n}.")[0]["id"] for n in range(5)}
    seen, cursor = [], None
    while True:
        page, cursor = store.list_timelines(owner=None, limit=2, cursor=cursor)
        seen += [r["id"] for r in page]
        if cursor is None:
            break
    assert seen == sorted(ids, reverse=True)


@pytest.mark.parametrize(
    "cursor",
    [
        "garbage",
        "",
        "!!!",
        base64.urlsafe_b64encode(b"[1, 2]").decode(),
        base64.urlsafe_b64encode(b'{"a": 1}').decode(),
        base64.urlsafe_b64encode(b'["2024-01-01T00:00:00", "../../etc"]').decode(),
        base64.urlsafe_b64encode(b'["not a date", "' + b"a" * 32 + b'"]').decode(),
        base64.urlsafe_b64encode(b"\xff\xfe").decode(),
        "ümlaut",
    ],
)
def test_garbage_cursor_is_invalid(store, cursor):
    with pytest.raises(InvalidCursor):
        store.list_timelines(owner=None, cursor=cursor)


def test_limit_must_be_positive(store):
    with pytest.raises(ValueError):
        store.list_timelines(owner=None, limit=0)


@pytest.fixture
def dated_corpus(store, fakes):
    """Four timelines whose events cover known stretches of 2023; returns name -> id."""
    exp, ev = fakes["expression"], fakes["event"]
    spans = {
        "march": ("2023-03-01", "2023-04-01"),
        "aug17": ("2023-08-17", "2023-08-18"),
        "until_may": (None, "2023-05-01"),  # "before May": open start
        "from_sept": ("2023-09-01", None),  # "in coming months": open end
    }
    ids = {}
    for name, span in spans.items():
        when = exp(0, name, "X", span)
        ids[name] = save(store, fakes, f"Article {name}.", dated=[ev(1, when, "happened")])[0]["id"]
    vague = exp(0, "recently", "PAST_REF", None, granularity=None)
    ids["undated"] = save(store, fakes, "Vague.", undated=[ev(1, vague, "warned")])[0]["id"]
    return ids


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        ("2023-08-17", "2023-08-18", {"aug17"}),
        ("2023-08-18", "2023-08-31", set()),
        ("2023-08-17", None, {"aug17", "from_sept"}),
        (None, "2023-03-02", {"march", "until_may"}),
        ("2023-03-31", "2023-03-31T12:00:00", {"march", "until_may"}),
        ("2023-04-01", "2023-05-01", {"until_may"}),
        ("2030-01-01", None, {"from_sept"}),
        (None, "1990-01-01", {"until_may"}),
        ("2023-01-01", "2024-01-01", {"march", "aug17", "until_may", "from_sept"}),
    ],
)
def test_since_until_select_overlapping_events(store, dated_corpus, since, until, expected):
    found, _ = store.list_timelines(owner=None, since=since, until=until)
    assert {r["id"] for r in found} == {dated_corpus[name] for name in expected}


def test_bad_since_is_a_value_error(store):
    with pytest.raises(ValueError):
        store.list_timelines(owner=None, since="last week")


def test_q_matches_all_words_case_insensitively_in_title_or_text(store, fakes):
    kirby = save(store, fakes, "John Kirby said on Monday the talks ended.", title="Talks")[0]["id"]
    titled = save(store, fakes, "Nothing here.", title="KIRBY briefing")[0]["id"]
    other = save(store, fakes, "The Straße was closed; 100%_done.")[0]["id"]

    def q(words):
        return {r["id"] for r in store.list_timelines(owner=None, q=words)[0]}

    assert q("kirby") == {kirby, titled}
    assert q("Kirby TALKS") == {kirby}
    assert q("kirby briefing") == {titled}
    assert q("kirb") == set()  # whole words only
    assert q("STRASSE") == {other}  # Unicode case folding
    assert q("100") == {other}
    assert q("_") == set() and q("%") == {kirby, titled, other}  # no wildcards leak
    assert q("") == {kirby, titled, other}


def test_entity_matches_text_or_canonical_name(store, fakes):
    exp, ev = fakes["expression"], fakes["event"]
    when = exp(0, "Monday", "2023-08-28", ("2023-08-28", "2023-08-29"))
    kirby = save(
        store,
        fakes,
        "Kirby spoke.",
        dated=[ev(1, when, "spoke", [("Kirby", "PERSON", "agent", "John Kirby")])],
    )[0]["id"]
    zelensky = save(
        store,
        fakes,
        "Zelenskyy warned.",
        undated=[
            ev(
                1,
                exp(0, "now", "PRESENT_REF", None),
                "warned",
                [("ЗЕЛЕНСЬКИЙ", "PERSON", "agent", None)],
            )
        ],
    )[0]["id"]

    def entity(name):
        return {r["id"] for r in store.list_timelines(owner=None, entity=name)[0]}

    assert entity("john kirby") == {kirby}
    assert entity("KIRBY") == {kirby}
    assert entity("  John   Kirby ") == {kirby}
    assert entity("Kirb") == set()
    assert entity("зеленський") == {zelensky}


def test_filters_combine(store, fakes):
    exp, ev = fakes["expression"], fakes["event"]
    aug = exp(0, "Aug. 17", "2023-08-17", ("2023-08-17", "2023-08-18"))
    spring = exp(0, "spring", "2023-SP", ("2023-03-01", "2023-06-01"))
    kirby = [("Kirby", "PERSON", "agent", "John Kirby")]
    target = save(store, fakes, "Kirby talks in August.", dated=[ev(1, aug, "said", kirby)])
    save(store, fakes, "Kirby talks in spring.", dated=[ev(1, spring, "said", kirby)])
    save(
        store,
        fakes,
        "Others talk in August.",
        dated=[ev(1, aug, "said", [("Lee", "PERSON", "agent", "Lee")])],
    )
    save(store, fakes, "Kirby silent in August.", dated=[ev(1, aug, "said", kirby)])

    found, _ = store.list_timelines(
        owner=None, since="2023-08-01", until="2023-09-01", q="talks", entity="john kirby"
    )
    assert [r["id"] for r in found] == [target[0]["id"]]
