"""Settings the service reads from its environment, in one place.

Every variable has a default that works for ``make run`` on a laptop, so the
service starts with no configuration at all.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024
"""Large enough for the largest valid article (200,000 characters, even when every
one of them is sent as a six-byte ``\\uXXXX`` escape), small enough to refuse
uploads that could only be mistakes."""


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str | None
    max_body_bytes: int
    log_level: str

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        return cls(
            database_url=env.get("DATABASE_URL") or None,
            max_body_bytes=_positive_int(
                env.get("TIMELINE_MAX_BODY_BYTES"), DEFAULT_MAX_BODY_BYTES
            ),
            log_level=(env.get("TIMELINE_LOG_LEVEL") or "INFO").upper(),
        )


def _positive_int(raw: str | None, default: int) -> int:
    if raw is None or not raw.strip():
        return default
    value = int(raw)
    if value <= 0:
        raise ValueError(f"expected a positive integer, got {raw!r}")
    return value
