"""The OpenAPI document, generated from the app so it cannot disagree with it."""

from __future__ import annotations

from typing import Any

import yaml


class _NoStore:
    """Stands in for the store: describing the API must not open or create a database."""

    def __getattr__(self, name: str) -> Any:
        raise RuntimeError("the OpenAPI document is generated without a database")


def openapi_document() -> dict[str, Any]:
    from service.api.app import create_app

    app = create_app({"STORE": _NoStore()})
    return app.extensions["flask-smorest"]["apis"][""]["ext_obj"].spec.to_dict()


def openapi_yaml() -> str:
    """Sorted keys, so the committed ``openapi.yaml`` only changes when the API does."""
    return yaml.safe_dump(
        openapi_document(), sort_keys=True, allow_unicode=True, default_flow_style=False, width=100
    )
