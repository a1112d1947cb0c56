"""The HTTP service: Flask + flask-smorest, problem+json errors, API keys, ETags, metrics."""

from service.api.app import create_app, log_startup

__all__ = ["create_app", "log_startup"]
