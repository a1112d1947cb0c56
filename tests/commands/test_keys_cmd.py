"""``timeline keys create|list|revoke`` against the database named by DATABASE_URL."""

from __future__ import annotations

import argparse

import pytest

from service.commands import keys_cmd
from service.store import Store


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="timeline")
    keys_cmd.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    return args.func(args)


@pytest.fixture
def database(tmp_path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path}/timelines.db"
    monkeypatch.setenv("DATABASE_URL", url)
    return url


def test_create_prints_the_key_alone_and_it_authenticates(database, capsys):
    assert run("keys", "create", "--name", "ingest") == 0
    out = capsys.readouterr().out
    key = out.strip()
    assert out == key + "\n" and " " not in key and len(key) >= 40
    store = Store(database)
    assert store.authenticate(key) is not None
    store.dispose()


def test_create_twice_with_one_name_fails_without_printing_a_key(database, capsys):
    assert run("keys", "create", "--name", "ingest") == 0
    capsys.readouterr()
    assert run("keys", "create", "--name", "ingest") == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "ingest" in captured.err


def test_create_needs_a_name(database):
    with pytest.raises(SystemExit):
        run("keys", "create")


def test_list_shows_names_and_prefixes_not_keys(database, capsys):
    run("keys", "create", "--name", "ingest")
    key = capsys.readouterr().out.strip()
    run("keys", "create", "--name", "dashboard")
    capsys.readouterr()
    assert run("keys", "revoke", "dashboard") == 0
    capsys.readouterr()

    assert run("keys", "list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["NAME", "PREFIX", "CREATED", "REVOKED"]
    rows = {line.split()[0]: line.split() for line in lines[1:]}
    assert rows["ingest"][1] == key[:8] and rows["ingest"][3] == "-"
    assert rows["dashboard"][3].endswith("Z")
    assert key not in "\n".join(lines)


def test_revoke(database, capsys):
    run("keys", "create", "--name", "ingest")
    key = capsys.readouterr().out.strip()
    assert run("keys", "revoke", "ingest") == 0
    assert run("keys", "revoke", "ingest") == 1
    assert "no active key" in capsys.readouterr().err
    store = Store(database)
    assert store.authenticate(key) is None and store.has_keys() is False
    store.dispose()


def test_list_on_a_fresh_database_is_empty(database, capsys):
    assert run("keys", "list") == 0
    [header] = capsys.readouterr().out.splitlines()
    assert header.split() == ["NAME", "PREFIX", "CREATED", "REVOKED"]
