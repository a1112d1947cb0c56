"""The Docker image runs what `make run` runs: same gunicorn config, same app, same port.

No Docker engine here, so the Dockerfile is parsed, and both command lines are
loaded through gunicorn's own configuration machinery.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import sys
from pathlib import Path

import pytest
from gunicorn.app.wsgiapp import WSGIApplication

from service.cli import build_parser
from service.commands.serve_cmd import gunicorn_argv

ROOT = Path(__file__).resolve().parents[1]


def _instructions() -> list[tuple[str, str]]:
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines()]
    return [
        (line.split(None, 1)[0].upper(), line.split(None, 1)[1] if " " in line else "")
        for line in lines
        if line and not line.startswith("#")
    ]


def _one(instruction: str) -> str:
    values = [value for name, value in _instructions() if name == instruction]
    assert len(values) == 1, f"expected one {instruction}, found {values}"
    return values[0]


def _make_variables() -> dict[str, str]:
    makefile = (ROOT / "Makefile").read_text()
    return dict(re.findall(r"^(\w+)\s*\??=\s*(.*?)\s*$", makefile, flags=re.MULTILINE))


def _make_run_argv() -> list[str]:
    """The `timeline serve ...` line of the Makefile's run target, variables expanded."""
    makefile = (ROOT / "Makefile").read_text()
    recipe = re.search(r"^run:.*\n\t(.+)$", makefile, flags=re.MULTILINE).group(1)
    variables = _make_variables()
    expanded = re.sub(r"\$\((\w+)\)", lambda m: variables.get(m.group(1), m.group(0)), recipe)
    words = shlex.split(expanded)
    assert words[0].endswith("/timeline"), recipe
    return words[1:]


def _gunicorn_settings(argv: list[str], monkeypatch, tmp_path) -> dict:
    """Load a gunicorn command line exactly as gunicorn would, without starting it."""
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(sys, "argv", ["gunicorn", *argv])
    cfg = WSGIApplication("%(prog)s [OPTIONS] [APP_MODULE]").cfg
    return {name: _comparable(setting.get()) for name, setting in cfg.settings.items()}


def _comparable(value):
    """Hooks from two loads of one file are different objects with the same code."""
    code = getattr(value, "__code__", None)
    if code is None:
        return value
    return (value.__qualname__, Path(code.co_filename).resolve(), code.co_firstlineno)


def test_base_image_user_port_and_healthcheck():
    assert _one("FROM") == "python:3.11-slim"
    user = _one("USER")
    assert user not in ("root", "0")
    names = [name for name, _ in _instructions()]
    assert names.index("USER") > names.index("RUN")  # installs as root, runs as the user
    assert _one("EXPOSE") == _make_variables()["PORT"] == "8000"
    healthcheck = _one("HEALTHCHECK")
    assert "/livez" in healthcheck and ":8000/" in healthcheck
    assert any("pip install ." in value for name, value in _instructions() if name == "RUN")


def test_docker_cmd_and_make_run_start_the_same_gunicorn(monkeypatch, tmp_path):
    cmd = json.loads(_one("CMD"))
    assert cmd[0] == "gunicorn"
    assert _one("WORKDIR") == "/app"  # the CMD's relative config path resolves against it
    docker = _gunicorn_settings(cmd[1:], monkeypatch, tmp_path)

    args = build_parser().parse_args(_make_run_argv())
    assert args.func.__module__ == "service.commands.serve_cmd"
    serve_argv = gunicorn_argv(args.host, args.port)
    assert serve_argv[1:3] == ["-m", "gunicorn"]
    local = _gunicorn_settings(serve_argv[3:], monkeypatch, tmp_path)

    assert Path(docker["config"]).resolve() == Path(local["config"]).resolve()
    assert docker["wsgi_app"] == local["wsgi_app"] == "service.api:create_app()"
    host_port = [bind.rsplit(":", 1) for bind in docker["bind"] + local["bind"]]
    assert [port for _, port in host_port] == [_make_variables()["PORT"]] * 2
    assert host_port[0][0] == "0.0.0.0"  # reachable from outside the container
    assert host_port[1][0] == _make_variables()["HOST"]
    differing = {name for name in docker if docker[name] != local[name]}
    assert differing <= {"bind", "config"}, differing


def test_gunicorn_config(monkeypatch, tmp_path):
    monkeypatch.setenv("WEB_CONCURRENCY", "3")
    settings = _gunicorn_settings(["--config", "service/gunicorn.conf.py"], monkeypatch, tmp_path)
    assert settings["workers"] == 3
    assert settings["preload_app"] is True
    assert settings["accesslog"] == "-"
    assert settings["timeout"] >= 30
    assert settings["control_socket_disable"] is True
    for hook in ("on_starting", "when_ready", "post_fork", "child_exit"):
        assert settings[hook][1] == ROOT / "service" / "gunicorn.conf.py", f"{hook} not set"
    monkeypatch.delenv("WEB_CONCURRENCY")
    settings = _gunicorn_settings(["--config", "service/gunicorn.conf.py"], monkeypatch, tmp_path)
    assert settings["workers"] == os.cpu_count()


@pytest.mark.parametrize("path", [".dockerignore"])
def test_build_context_leaves_out_local_state(path):
    ignored = (ROOT / path).read_text().split()
    assert {".venv", ".git", "var", "tests"} <= set(ignored)
