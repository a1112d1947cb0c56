"""The tables: articles and their timeline rows, API keys, idempotency keys.

The timeline dict is kept whole in ``articles.document`` so that a record
round-trips every field exactly, whatever fields the timeline layer adds; the
normalised rows (expressions, events, participants) exist for querying
(intervals for since/until, participants for the entity filter) and for anyone
reading the database directly. Both are written in the same transaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Deterministic constraint names, so migrations can refer to them on every database.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ApiKey(Base):
    """An API key; only the sha256 of the key is stored.

    ``active_name`` equals ``name`` while the key is active and is NULL once
    revoked: its unique constraint allows one active key per name on every
    database (NULLs never collide) while revoked keys keep their history.
    """

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    active_name: Mapped[str | None] = mapped_column(Text, unique=True)
    prefix: Mapped[str] = mapped_column(String(8), nullable=False)
    key_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)


class Article(Base):
    """A posted article with its timeline.

    ``dedup_key`` hashes (owner, published, text) and is unique, so two
    identical POSTs racing in two workers cannot both be stored.
    ``search_words`` holds the distinct case-folded words of title and text,
    space-delimited, for whole-word ``q`` matching on any database.
    """

    __tablename__ = "articles"
    __table_args__ = (Index("ix_articles_owner_created", "owner_id", "created_at", "id"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    dedup_key: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    published: Mapped[str] = mapped_column(Text, nullable=False)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(Text)
    characters: Mapped[int] = mapped_column(Integer, nullable=False)
    search_words: Mapped[str] = mapped_column(Text, nullable=False)
    document: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)

    expressions: Mapped[list[Expression]] = relationship(
        back_populates="article", passive_deletes=True, order_by="Expression.position"
    )
    events: Mapped[list[Event]] = relationship(
        back_populates="article", passive_deletes=True, order_by="Event.position"
    )


class Expression(Base):
    """A time expression of the article, in text order (``position``)."""

    __tablename__ = "expressions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    start_char: Mapped[int] = mapped_column(Integer, nullable=False)
    end_char: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    type: Mapped[str] = mapped_column(Text, nullable=False)
    value: Mapped[str] = mapped_column(Text, nullable=False)
    mod: Mapped[str | None] = mapped_column(Text)
    granularity: Mapped[str | None] = mapped_column(Text)
    interval_start: Mapped[datetime | None] = mapped_column(DateTime)
    interval_end: Mapped[datetime | None] = mapped_column(DateTime)

    article: Mapped[Article] = relationship(back_populates="expressions")


class Event(Base):
    """An event of the timeline.

    ``dated`` tells the ``events`` list from ``undated``; ``position`` is the
    index in that list. ``has_interval`` separates "no interval" from an
    interval open on both sides (NULL ends mean unbounded). ``expression_id``
    points to the article's expression the event is dated by, when ``when``
    is one of them.
    """

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_interval", "interval_start", "interval_end"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
    )
    expression_id: Mapped[int | None] = mapped_column(
        ForeignKey("expressions.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(Text, nullable=False)
    dated: Mapped[bool] = mapped_column(Boolean, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    trigger: Mapped[str | None] = mapped_column(Text)
    headline: Mapped[str | None] = mapped_column(Text)
    modality: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    has_interval: Mapped[bool] = mapped_column(Boolean, nullable=False)
    interval_start: Mapped[datetime | None] = mapped_column(DateTime)
    interval_end: Mapped[datetime | None] = mapped_column(DateTime)

    article: Mapped[Article] = relationship(back_populates="events")
    expression: Mapped[Expression | None] = relationship()
    participants: Mapped[list[Participant]] = relationship(
        back_populates="event", passive_deletes=True, order_by="Participant.position"
    )


class Participant(Base):
    """A participant of an event; ``*_folded`` are case-folded for the entity filter."""

    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    label: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(Text)
    entity: Mapped[str | None] = mapped_column(Text)
    text_folded: Mapped[str] = mapped_column(Text, nullable=False, index=True)
    entity_folded: Mapped[str | None] = mapped_column(Text, index=True)

    event: Mapped[Event] = relationship(back_populates="participants")


class IdempotencyKey(Base):
    """An Idempotency-Key seen from one owner, with the hash of the body it came with.

    ``scoped_key`` hashes (owner, key) and is unique, so the same key from two
    owners never collides and two racing requests cannot both claim it.
    """

    __tablename__ = "idempotency_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scoped_key: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"))
    key: Mapped[str] = mapped_column(Text, nullable=False)
    request_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
