"""What the service answers: the timeline shape every layer agreed on.

The schemas are the contract published in ``openapi.yaml``; dumping through them
keeps responses to that contract even when a lower layer adds internal fields.
"""

from __future__ import annotations

import marshmallow as ma
from marshmallow import validate

MODALITIES = ("asserted", "reported", "planned", "expected", "possible", "negated", "hypothetical")


def _nullable_string(**metadata: object) -> ma.fields.String:
    return ma.fields.String(required=True, allow_none=True, metadata=metadata)


class SpanSchema(ma.Schema):
    start = ma.fields.Integer(required=True, metadata={"description": "Character offset"})
    end = ma.fields.Integer(required=True, metadata={"description": "Exclusive end offset"})
    text = ma.fields.String(required=True)


class IntervalSchema(ma.Schema):
    start = _nullable_string(description="ISO date/datetime; null = open")
    end = _nullable_string(description="ISO date/datetime, exclusive; null = open")


class AnchorSchema(ma.Schema):
    kind = ma.fields.String(required=True, validate=validate.OneOf(("published", "expression")))
    value = ma.fields.String(required=True)
    index = ma.fields.Integer(required=True, allow_none=True)
    text = _nullable_string()


class TimeExpressionSchema(SpanSchema):
    type = ma.fields.String(required=True, metadata={"description": "DATE, TIME, DURATION, SET"})
    value = ma.fields.String(required=True, metadata={"description": "TIMEX3 value"})
    mod = _nullable_string()
    granularity = _nullable_string()
    interval = ma.fields.Nested(IntervalSchema, required=True, allow_none=True)
    anchor = ma.fields.Nested(AnchorSchema, required=True, allow_none=True)
    duration = _nullable_string()
    quant = _nullable_string()
    freq = _nullable_string()
    # Timelines stored before ranges were published have no key: they read as null.
    range = ma.fields.Nested(
        IntervalSchema, required=True, allow_none=True, dump_default=None,
        metadata={"description": "When one end of a range (\"from 2015 to 2020\"): the whole "
                                 "range, from the start of its first end to the end of its last"},
    )


class ParticipantSchema(SpanSchema):
    label = ma.fields.String(required=True, metadata={"description": "PERSON, ORG, GPE, ..."})
    role = _nullable_string(description="agent, patient or other")
    entity = _nullable_string(description="Canonical name after merging mentions")


class EventSchema(ma.Schema):
    id = ma.fields.String(required=True)
    when = ma.fields.Nested(TimeExpressionSchema, required=True)
    trigger = ma.fields.Nested(SpanSchema, required=True)
    headline = ma.fields.String(required=True)
    sentence = ma.fields.Nested(SpanSchema, required=True)
    participants = ma.fields.List(ma.fields.Nested(ParticipantSchema), required=True)
    location = _nullable_string()
    modality = ma.fields.String(required=True, validate=validate.OneOf(MODALITIES))
    source = _nullable_string(description='Who reports it, for "reported" events')


class ArticleOutSchema(ma.Schema):
    title = _nullable_string()
    url = _nullable_string()
    source = _nullable_string()
    published = ma.fields.String(required=True, metadata={"description": "As sent"})
    language = ma.fields.String(required=True)
    characters = ma.fields.Integer(required=True)


class ExtractedTimelineSchema(ma.Schema):
    """A timeline as built, not stored."""

    article = ma.fields.Nested(ArticleOutSchema, required=True)
    events = ma.fields.List(
        ma.fields.Nested(EventSchema),
        required=True,
        metadata={"description": "Sorted by interval start, interval end, text position"},
    )
    undated = ma.fields.List(
        ma.fields.Nested(EventSchema),
        required=True,
        metadata={"description": "Events with only a vague time, in text order"},
    )
    expressions = ma.fields.List(ma.fields.Nested(TimeExpressionSchema), required=True)


class TimelineSchema(ExtractedTimelineSchema):
    """A stored timeline."""

    id = ma.fields.String(required=True)
    created_at = ma.fields.String(required=True, metadata={"description": "ISO 8601, UTC"})


class TimelineSummarySchema(ma.Schema):
    id = ma.fields.String(required=True)
    created_at = ma.fields.String(required=True)
    article = ma.fields.Nested(ArticleOutSchema, required=True)
    event_count = ma.fields.Integer(required=True)
    undated_count = ma.fields.Integer(required=True)


class TimelinePageSchema(ma.Schema):
    items = ma.fields.List(ma.fields.Nested(TimelineSummarySchema), required=True)
    next_cursor = _nullable_string(description='Also in the Link header as rel="next"')


class TimelineJSSchema(ma.Schema):
    """Knight Lab TimelineJS3 JSON; see the TimelineJS documentation for every key."""

    class Meta:
        unknown = ma.INCLUDE

    events = ma.fields.List(ma.fields.Dict(), required=True)


class RowSchema(ma.Schema):
    """One annotation row (Grafana Infinity, vis-timeline after a rename)."""

    class Meta:
        unknown = ma.INCLUDE

    time = ma.fields.Integer(required=True, metadata={"description": "Epoch milliseconds"})
    timeEnd = ma.fields.Integer(allow_none=True, metadata={"description": "Epoch milliseconds"})
    title = ma.fields.String(required=True)
    text = ma.fields.String(required=True)
    tags = ma.fields.List(ma.fields.String(), required=True)


class HealthSchema(ma.Schema):
    status = ma.fields.String(required=True, metadata={"example": "ok"})
