"""What clients may send: request bodies and query strings.

Bodies refuse unknown fields (a typo such as ``publised`` must not silently fall
back to a default); query strings ignore them so that cache-busting parameters
added by proxies and browsers do no harm.
"""

from __future__ import annotations

import marshmallow as ma
from marshmallow import validate

from service.api.published import PUBLISHED_PATTERN, PublishedError, parse_published

MAX_TEXT_CHARS = 200_000
SUPPORTED_LANGUAGES = ("en",)
FORMATS = ("json", "timelinejs", "rows", "csv", "timeml")


def _storable(value: str) -> None:
    """Refuse strings no database can hold: NUL characters and lone surrogates."""
    if "\x00" in value:
        raise ma.ValidationError("Must not contain NUL characters.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ma.ValidationError("Must be valid Unicode (no lone surrogates).") from exc


def _supported_language(value: str) -> None:
    if value not in SUPPORTED_LANGUAGES:
        raise ma.ValidationError("unsupported language")


class PublishedField(ma.fields.String):
    """Validated with :func:`parse_published`; kept as the client wrote it."""

    def _deserialize(self, value, attr, data, **kwargs):  # type: ignore[no-untyped-def]
        text = super()._deserialize(value, attr, data, **kwargs)
        try:
            parse_published(text)
        except PublishedError as exc:
            raise ma.ValidationError(str(exc)) from exc
        return text


class ArticleInSchema(ma.Schema):
    """An article to turn into a timeline."""

    text = ma.fields.String(
        required=True,
        validate=[validate.Length(min=1, max=MAX_TEXT_CHARS), _storable],
        metadata={"description": "The article text, 1 to 200,000 characters."},
    )
    published = PublishedField(
        required=True,
        metadata={
            "description": "Publication date: ISO 8601 date, or datetime with UTC offset.",
            "example": "2023-08-31",
            "pattern": PUBLISHED_PATTERN,
        },
    )
    title = ma.fields.String(
        allow_none=True, validate=[validate.Length(max=1000), _storable], load_default=None
    )
    url = ma.fields.String(
        allow_none=True, validate=[validate.Length(max=2048), _storable], load_default=None
    )
    source = ma.fields.String(
        allow_none=True, validate=[validate.Length(max=200), _storable], load_default=None
    )
    language = ma.fields.String(
        load_default="en",
        validate=_supported_language,
        metadata={"description": 'Only "en" for now.', "enum": list(SUPPORTED_LANGUAGES)},
    )


class IdempotencyHeaderSchema(ma.Schema):
    """Request headers of POST /v1/timelines that the API reads (others are ignored)."""

    class Meta:
        unknown = ma.EXCLUDE

    idempotency_key = ma.fields.String(
        data_key="Idempotency-Key",
        validate=validate.Regexp(
            r"^[\x21-\x7e]{1,255}$", error="1 to 255 visible ASCII characters."
        ),
        metadata={"description": "Retrying with the same key never stores twice."},
    )


class _QuerySchema(ma.Schema):
    class Meta:
        unknown = ma.EXCLUDE


class FormatQuerySchema(_QuerySchema):
    format = ma.fields.String(
        validate=validate.OneOf(FORMATS),
        metadata={"description": "Output format; overrides the Accept header."},
    )


class ListQuerySchema(_QuerySchema):
    since = ma.fields.Date(
        metadata={"description": "Only timelines with an event overlapping [since, until)."}
    )
    until = ma.fields.Date()
    q = ma.fields.String(
        validate=[validate.Length(min=1, max=500), _storable],
        metadata={"description": "Words that must all occur in the title or text."},
    )
    entity = ma.fields.String(
        validate=[validate.Length(min=1, max=200), _storable],
        metadata={"description": "A participant, by its text or canonical name."},
    )
    limit = ma.fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))
    cursor = ma.fields.String(
        validate=validate.Length(max=1000),
        metadata={"description": 'Opaque; from the previous page\'s rel="next" link.'},
    )

    @ma.validates_schema
    def _ordered(self, data, **kwargs):  # type: ignore[no-untyped-def]
        since, until = data.get("since"), data.get("until")
        if since and until and until <= since:
            raise ma.ValidationError("Must be after since.", field_name="until")
