"""``timeline serve``: migrations, then real gunicorn workers over real HTTP."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from service.cli import build_parser
from service.commands.serve_cmd import GUNICORN_CONFIG, gunicorn_argv

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = (ROOT / "tests/data/white-house-russia-north-korea-2023-08-31.txt").read_text()


def test_cli_defaults_match_make_run():
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port) == ("127.0.0.1", 8000)
    args = build_parser().parse_args(["serve", "--host", "0.0.0.0", "--port", "9000"])
    assert (args.host, args.port) == ("0.0.0.0", 9000)


def test_gunicorn_command_uses_the_project_config():
    argv = gunicorn_argv("127.0.0.1", 8123)
    assert argv[:3] == [sys.executable, "-m", "gunicorn"]
    assert argv[argv.index("--config") + 1] == str(GUNICORN_CONFIG)
    assert argv[argv.index("--bind") + 1] == "127.0.0.1:8123"
    assert gunicorn_argv("::1", 80)[-1] == "[::1]:80"
    assert GUNICORN_CONFIG == ROOT / "service" / "gunicorn.conf.py"


def test_unreachable_database_fails_fast(tmp_path):
    env = {**os.environ, "DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:9/none"}
    result = subprocess.run(
        [sys.executable, "-m", "service.cli", "serve", "--port", "1"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert "cannot migrate" in result.stderr


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _request(url, *, method="GET", body=None, headers=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture
def server(tmp_path):
    port = _free_port()
    log = (tmp_path / "server.log").open("w+")
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'served.db'}",
        "WEB_CONCURRENCY": "2",
    }
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=tmp_path,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        if process.poll() is not None:
            log.seek(0)
            pytest.fail(f"timeline serve exited with {process.returncode}:\n{log.read()}")
        try:
            if _request(f"{base}/readyz")[0] == 200:
                break
        except OSError:
            pass
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("timeline serve did not become ready in 120 s")
        time.sleep(0.25)
    yield base, log
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    log.close()


def test_serves_the_reference_article_over_http(server):
    base, log = server
    body = {"text": ARTICLE, "published": "2023-08-31", "title": ARTICLE.splitlines()[0]}
    status, headers, raw = _request(f"{base}/v1/timelines", method="POST", body=body)
    assert status == 201, raw
    timeline = json.loads(raw)
    assert headers["Location"] == f"/v1/timelines/{timeline['id']}"
    assert timeline["article"]["published"] == "2023-08-31"
    dated: dict[str, dict] = {}
    for event in timeline["events"]:  # a time may date more than one event: its first one
        dated.setdefault(event["when"]["text"], event)
    assert dated["Aug. 17"]["when"]["value"] == "2023-08-17"
    assert dated["Aug. 17"]["trigger"]["text"] == "sanctioned"

    status, headers, raw = _request(base + headers["Location"])
    assert status == 200 and json.loads(raw) == timeline
    etag = headers["ETag"]
    status, _, raw = _request(
        base + f"/v1/timelines/{timeline['id']}", headers={"If-None-Match": etag}
    )
    assert status == 304 and raw == b""

    status, headers, raw = _request(f"{base}/v1/extract", method="POST", body={"text": ""})
    assert status == 422 and headers["Content-Type"] == "application/problem+json"

    # Metrics merge the workers: every request shows up whichever worker served it.
    for _ in range(6):
        assert _request(f"{base}/livez")[0] == 200
    _, _, metrics = _request(f"{base}/metrics")
    served = re.search(
        rb'timeline_http_requests_total\{method="GET",route="/livez",status="200"\} (\S+)', metrics
    )
    assert served and float(served.group(1)) == 6

    log.flush()
    log.seek(0)
    output = log.read()
    assert "OPEN" in output  # no keys: the start-up log says the service is open
    assert '"POST /v1/timelines HTTP/1.1" 201' in output  # access log
    assert output.count("Booting worker") == 2
