# timeline-api: the HTTP service under gunicorn, same config as `make run` / `timeline serve`.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# The package and its pinned dependencies, the spaCy English model included.
COPY pyproject.toml ./
COPY service ./service
RUN pip install . \
    && useradd --system --create-home --uid 10001 timeline \
    && mkdir -p /app/var \
    && chown timeline:timeline /app/var

# SQLite lives here by default (./var/timelines.db); set DATABASE_URL for PostgreSQL.
VOLUME ["/app/var"]
USER timeline

EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/livez', timeout=4)"]

# Migrations, model warm-up, workers and logs all come from the config file.
CMD ["gunicorn", "--config", "service/gunicorn.conf.py", "--bind", "0.0.0.0:8000"]
