"""``timeline db upgrade`` migrates the database named by DATABASE_URL."""

from __future__ import annotations

import argparse

import pytest
from sqlalchemy import inspect

from service.commands import db_cmd
from service.store.engine import make_engine, resolve_url
from service.store.migrate import head_revision


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="timeline")
    db_cmd.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    return args.func(args)


def test_upgrade_creates_the_schema_and_is_idempotent(tmp_path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path}/db/timelines.db"
    monkeypatch.setenv("DATABASE_URL", url)
    assert run("db", "upgrade") == 0
    assert run("db", "upgrade") == 0
    out = capsys.readouterr().out
    assert out.count(f"revision {head_revision()}") == 2
    engine = make_engine(resolve_url(url))
    with engine.connect() as connection:
        assert {"articles", "events", "api_keys"} <= set(inspect(connection).get_table_names())
    engine.dispose()


def test_upgrade_defaults_to_var_in_the_working_directory(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert run("db", "upgrade") == 0
    assert (tmp_path / "var" / "timelines.db").exists()


def test_unreachable_database_is_an_error_not_a_traceback(monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", "postgresql://u:secret@127.0.0.1:1/x?connect_timeout=2")
    assert run("db", "upgrade") == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "timeline db upgrade" in captured.err and "secret" not in captured.err


def test_db_needs_an_action():
    with pytest.raises(SystemExit):
        run("db")
