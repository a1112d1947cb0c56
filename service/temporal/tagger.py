"""Placeholder until the rule engine lands."""

from __future__ import annotations

from datetime import date, datetime

from service.temporal.expression import TimeExpression


def tag(text: str, published: date | datetime) -> list[TimeExpression]:
    return []
