"""API key material: generated here, stored only as a sha256 hash."""

from __future__ import annotations

import hashlib
import secrets

KEY_PREFIX = "tl_"  # lets secret scanners and humans recognise a leaked key
PREFIX_LENGTH = 8


def new_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def display_prefix(key: str) -> str:
    return key[:PREFIX_LENGTH]
