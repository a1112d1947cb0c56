"""Environment settings: defaults that run anywhere, and loud failures for nonsense."""

from __future__ import annotations

import pytest

from service.api.config import DEFAULT_MAX_BODY_BYTES, Settings


def test_defaults():
    settings = Settings.from_env({})
    assert settings.database_url is None
    assert settings.max_body_bytes == DEFAULT_MAX_BODY_BYTES
    assert settings.log_level == "INFO"


def test_overrides():
    settings = Settings.from_env(
        {
            "DATABASE_URL": "postgresql://u@h/db",
            "TIMELINE_MAX_BODY_BYTES": "5000",
            "TIMELINE_LOG_LEVEL": "debug",
        }
    )
    assert settings.database_url == "postgresql://u@h/db"
    assert settings.max_body_bytes == 5000
    assert settings.log_level == "DEBUG"


@pytest.mark.parametrize("raw", ["abc", "0", "-5", "1.5"])
def test_bad_body_limit_names_the_variable(raw):
    with pytest.raises(ValueError, match="TIMELINE_MAX_BODY_BYTES"):
        Settings.from_env({"TIMELINE_MAX_BODY_BYTES": raw})
