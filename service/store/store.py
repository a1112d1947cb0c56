"""The store the API talks to: timelines per owner, API keys, migrations.

Writes run in one transaction each (``BEGIN IMMEDIATE`` on SQLite so that
concurrent workers queue rather than fail). Uniqueness that matters under
concurrency (same article twice, same Idempotency-Key twice, one active key
per name) is enforced by unique constraints; the loser of a race gets an
IntegrityError, and the store then answers with what the winner stored.
"""

from __future__ import annotations

import os
import weakref
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    delete,
    exists,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from service.store import cursor as cursors
from service.store import migrate, normalise, rows
from service.store.apikeys import display_prefix, hash_key, new_key
from service.store.engine import make_engine, resolve_url
from service.store.errors import IdempotencyConflict, KeyExists
from service.store.models import ApiKey, Article, Event, Expression, IdempotencyKey, Participant
from service.store.rows import record


class Store:
    """One database (``url``, else ``DATABASE_URL``, else ``./var/timelines.db``).

    Records are plain dicts, the shape the API serialises; see
    ``rows.record``. Call :meth:`upgrade` before first use.
    """

    def __init__(self, url: str | None = None):
        self.url = resolve_url(url)
        self._engine = make_engine(self.url)
        self._reads = sessionmaker(self._engine, expire_on_commit=False)
        self._writes = sessionmaker(
            self._engine.execution_options(sqlite_immediate=True), expire_on_commit=False
        )
        _forget_pool_in_forked_children(self)

    # -- lifecycle ---------------------------------------------------------------------------

    def upgrade(self) -> None:
        migrate.upgrade(self._engine)

    def ping(self) -> bool:
        try:
            with self._engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            return True
        except Exception:  # noqa: BLE001 - any failure means "not ready"
            return False

    def dispose(self) -> None:
        self._engine.dispose()

    # -- timelines ---------------------------------------------------------------------------

    def save_timeline(
        self,
        *,
        owner: int | None,
        article: dict[str, Any],
        timeline: dict[str, Any],
        idempotency_key: str | None = None,
    ) -> tuple[dict[str, Any], bool]:
        """Store the article with its timeline, or return the one it repeats.

        Raises IdempotencyConflict, and ValueError for text no database can store.
        """
        _check_storable(article)
        request = normalise.request_hash(article)
        # Second attempt only after losing a race on a unique constraint: the
        # winner's row is committed by then, so the lookup finds it.
        for attempt in (1, 2):
            try:
                with self._writes.begin() as session:
                    existing = self._existing(session, owner, article, idempotency_key, request)
                    if existing is not None:
                        return record(existing), False
                    row = self._insert(session, owner, article, timeline)
                    if idempotency_key is not None:
                        session.add(_idempotency_row(owner, idempotency_key, request, row.id))
                    session.flush()
                    return record(row), True
            except IntegrityError:
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    @staticmethod
    def _insert(
        session: Session, owner: int | None, article: dict[str, Any], timeline: dict[str, Any]
    ) -> Article:
        """The article and its rows; the caller's transaction makes it all or nothing."""
        row = rows.article_row(
            owner=owner, article=article, timeline=timeline, created_at=normalise.utcnow()
        )
        session.add(row)
        session.flush()
        expression_ids = _insert_returning_ids(
            session, Expression, rows.expression_rows(row.id, timeline)
        )
        event_ids = _insert_returning_ids(
            session, Event, rows.event_rows(row.id, timeline, expression_ids)
        )
        participants = rows.participant_rows(timeline, event_ids)
        if participants:
            session.execute(insert(Participant), participants)
        return row

    def _existing(
        self,
        session: Session,
        owner: int | None,
        article: dict[str, Any],
        idempotency_key: str | None,
        request: str,
    ) -> Article | None:
        """The article this request repeats (by Idempotency-Key, then by content), if any."""
        if idempotency_key is not None:
            seen = session.scalar(
                select(IdempotencyKey).where(
                    IdempotencyKey.scoped_key == normalise.idempotency_scope(owner, idempotency_key)
                )
            )
            if seen is not None:
                if seen.request_hash != request:
                    raise IdempotencyConflict(
                        "Idempotency-Key was already used with a different article"
                    )
                return session.get(Article, seen.article_id)
        found = session.scalar(
            select(Article).where(
                Article.dedup_key
                == normalise.dedup_key(owner, article["text"], article["published"])
            )
        )
        if found is not None and idempotency_key is not None:
            session.add(_idempotency_row(owner, idempotency_key, request, found.id))
        return found

    def get_timeline(self, timeline_id: str, owner: int | None) -> dict[str, Any] | None:
        with self._reads() as session:
            row = session.scalar(select(Article).where(Article.id == timeline_id, _owned_by(owner)))
            return None if row is None else record(row)

    def list_timelines(
        self,
        *,
        owner: int | None,
        since: str | None = None,
        until: str | None = None,
        q: str | None = None,
        entity: str | None = None,
        limit: int = 20,
        cursor: str | None = None,
    ) -> tuple[list[dict[str, Any]], str | None]:
        """Newest first. Raises InvalidCursor for a foreign cursor, ValueError for a bad
        since/until or limit."""
        if limit < 1:
            raise ValueError("limit must be at least 1")
        statement = select(Article).where(_owned_by(owner))
        if since is not None or until is not None:
            statement = statement.where(Article.id.in_(_overlapping(since, until)))
        for word in normalise.words(q):
            statement = statement.where(Article.search_words.contains(f" {word} ", autoescape=True))
        folded = normalise.fold(entity)
        if folded:
            mentioning = (
                select(Event.article_id)
                .join(Participant, Participant.event_id == Event.id)
                .where(or_(Participant.text_folded == folded, Participant.entity_folded == folded))
            )
            statement = statement.where(Article.id.in_(mentioning))
        if cursor is not None:
            created_at, last_id = cursors.decode(cursor)
            statement = statement.where(
                or_(
                    Article.created_at < created_at,
                    and_(Article.created_at == created_at, Article.id < last_id),
                )
            )
        statement = statement.order_by(Article.created_at.desc(), Article.id.desc())
        with self._reads() as session:
            found = list(session.scalars(statement.limit(limit + 1)))
        page = found[:limit]
        next_cursor = (
            cursors.encode(page[-1].created_at, page[-1].id) if len(found) > limit else None
        )
        return [record(row) for row in page], next_cursor

    def delete_timeline(self, timeline_id: str, owner: int | None) -> bool:
        with self._writes.begin() as session:
            result = session.execute(
                delete(Article).where(Article.id == timeline_id, _owned_by(owner))
            )
            return result.rowcount > 0

    # -- API keys ----------------------------------------------------------------------------

    def create_key(self, name: str) -> str:
        if not name or not name.strip():
            raise ValueError("a key needs a name")
        key = new_key()
        try:
            with self._writes.begin() as session:
                if session.scalar(select(exists().where(ApiKey.active_name == name))):
                    raise KeyExists(f"an active key named {name!r} exists")
                session.add(
                    ApiKey(
                        name=name,
                        active_name=name,
                        prefix=display_prefix(key),
                        key_hash=hash_key(key),
                        created_at=normalise.utcnow(),
                    )
                )
        except IntegrityError as exc:  # another process created the same name meanwhile
            raise KeyExists(f"an active key named {name!r} exists") from exc
        return key

    def list_keys(self) -> list[dict[str, Any]]:
        with self._reads() as session:
            keys = session.scalars(select(ApiKey).order_by(ApiKey.created_at, ApiKey.id))
            return [
                {
                    "name": row.name,
                    "prefix": row.prefix,
                    "created_at": normalise.format_utc(row.created_at),
                    "revoked_at": row.revoked_at and normalise.format_utc(row.revoked_at),
                }
                for row in keys
            ]

    def revoke_key(self, name: str) -> bool:
        with self._writes.begin() as session:
            result = session.execute(
                update(ApiKey)
                .where(ApiKey.active_name == name)
                .values(active_name=None, revoked_at=normalise.utcnow())
            )
            return result.rowcount > 0

    def has_keys(self) -> bool:
        with self._reads() as session:
            return bool(session.scalar(select(exists().where(ApiKey.revoked_at.is_(None)))))

    def authenticate(self, key: str) -> int | None:
        if not key:
            return None
        with self._reads() as session:
            return session.scalar(
                select(ApiKey.id).where(
                    ApiKey.key_hash == hash_key(key), ApiKey.revoked_at.is_(None)
                )
            )


def _insert_returning_ids(session: Session, model: type, values: list[dict[str, Any]]) -> list[int]:
    if not values:
        return []
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, values))


def _check_storable(article: dict[str, Any]) -> None:
    """Refuse, the same way on every database, strings no database here can store:
    NUL (PostgreSQL text) and unpaired surrogates (not UTF-8)."""
    for name in normalise.REQUEST_FIELDS:
        value = article.get(name)
        if not isinstance(value, str):
            continue
        if "\x00" in value:
            raise ValueError(f"article {name} contains a NUL character")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ValueError(f"article {name} contains an unpaired surrogate") from exc


def _owned_by(owner: int | None) -> ColumnElement[bool]:
    return Article.owner_id.is_(None) if owner is None else Article.owner_id == owner


def _overlapping(since: str | None, until: str | None) -> Select[tuple[str]]:
    """Articles with an event whose interval overlaps [since, until); NULL ends are open."""
    start, end = normalise.parse_instant(since), normalise.parse_instant(until)
    statement = select(Event.article_id).where(Event.has_interval.is_(True))
    if end is not None:
        statement = statement.where(or_(Event.interval_start.is_(None), Event.interval_start < end))
    if start is not None:
        statement = statement.where(or_(Event.interval_end.is_(None), Event.interval_end > start))
    return statement


def _idempotency_row(owner: int | None, key: str, request: str, article_id: str) -> IdempotencyKey:
    return IdempotencyKey(
        scoped_key=normalise.idempotency_scope(owner, key),
        owner_id=owner,
        key=key,
        request_hash=request,
        article_id=article_id,
        created_at=normalise.utcnow(),
    )


def _forget_pool_in_forked_children(store: Store) -> None:
    """After a fork (gunicorn preloading the app) the child must not reuse, nor close,
    the parent's connections: it drops the pool and opens its own."""
    ref = weakref.ref(store)

    def reset() -> None:
        alive = ref()
        if alive is not None:
            alive._engine.dispose(close=False)

    os.register_at_fork(after_in_child=reset)
