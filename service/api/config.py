"""Settings the service reads from its environment, in one place.

Every variable has a default that works for ``make run`` on a laptop, so the
service starts with no configuration at all.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
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
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        return cls(
            database_url=env.get("DATABASE_URL") or None,
            max_body_bytes=_positive_int(env, "TIMELINE_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES),
            log_level=(env.get("TIMELINE_LOG_LEVEL") or "INFO").upper(),
        )


def _positive_int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) <= 0:
        raise ValueError(f"{name} must be a positive integer (bytes), not {raw!r}")
    return int(raw)
