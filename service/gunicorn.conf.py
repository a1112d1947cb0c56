"""gunicorn settings shared by ``timeline serve`` (``make run``) and the Docker image.

The app is preloaded in the master and the language model warmed there, so
workers fork with it already in memory (copy-on-write) and the first request is
not slow; each worker then opens its own database connections.
"""

import multiprocessing
import os
import shutil
import tempfile

_OWNED = "TIMELINE_OWNS_METRICS_DIR"  # survives a config reload (HUP), unlike a global
if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    # Must happen before prometheus_client is imported (by the preloaded app).
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="timeline-metrics-")
    os.environ[_OWNED] = os.environ["PROMETHEUS_MULTIPROC_DIR"]

wsgi_app = "service.api:create_app()"
preload_app = True
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count())
worker_class = "sync"
timeout = 60  # a 200,000-character article takes seconds, not minutes
graceful_timeout = 30
keepalive = 5
max_requests = 2000
max_requests_jitter = 200
accesslog = "-"
errorlog = "-"
loglevel = (os.environ.get("TIMELINE_LOG_LEVEL") or "info").lower()
# The control socket sits at one path per user ($HOME/.gunicorn/gunicorn.ctl): a second
# server on the same machine (tests, a benchmark) would take it over. Nothing here uses it.
control_socket_disable = True


def on_starting(server):
    """Migrate (the Docker image starts gunicorn directly) and load the model before fork."""
    from service.store import Store
    from service.timeline import warm_up

    store = Store()
    try:
        store.upgrade()
    finally:
        store.dispose()
    warm_up()


def when_ready(server):
    from service.api import log_startup

    log_startup(server.app.wsgi())


def post_fork(server, worker):
    """Connections opened in the master must not be shared with the children."""
    server.app.wsgi().extensions["timeline_store"].dispose()


def child_exit(server, worker):
    from service.api.metrics import mark_worker_dead

    mark_worker_dead(worker.pid)


def on_exit(server):
    """Remove the metrics directory if this server made it (not one the operator set)."""
    owned = os.environ.get(_OWNED)
    if owned and owned == os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        shutil.rmtree(owned, ignore_errors=True)
