"""Prometheus metrics that stay correct under several gunicorn workers.

When ``PROMETHEUS_MULTIPROC_DIR`` is set (``timeline serve`` and the gunicorn
config set it before anything imports prometheus_client) every worker writes
its samples to files there and ``/metrics`` merges them, whichever worker
answers the scrape.
"""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)

REQUESTS = Counter(
    "timeline_http_requests_total",
    "HTTP requests answered, by route template, method and status.",
    ("method", "route", "status"),
)
LATENCY = Histogram(
    "timeline_http_request_duration_seconds",
    "Time to answer an HTTP request, by route template and method.",
    ("method", "route"),
    buckets=(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
TIMELINES_BUILT = Counter(
    "timeline_timelines_built_total", "Articles turned into timelines (stored or not)."
)
EVENTS_BUILT = Counter("timeline_events_built_total", "Events found in those articles.")


def observe(method: str, route: str, status: int, seconds: float) -> None:
    REQUESTS.labels(method, route, str(status)).inc()
    LATENCY.labels(method, route).observe(seconds)


def exposition() -> tuple[bytes, str]:
    """The current samples in the text format, merged across workers when needed."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


def mark_worker_dead(pid: int) -> None:
    """Let the merged view drop a dead worker's live gauges (gunicorn ``child_exit``)."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        multiprocess.mark_process_dead(pid)
