"""``timeline tag``: JSON out, and bad input reported by line and field with exit code 2."""

from __future__ import annotations

import argparse
import io
import json
import re
from datetime import date, datetime

import pytest

from service.commands import tag_cmd
from service.temporal.expression import Interval, TimeExpression


def fake_tag(text: str, published: date | datetime) -> list[TimeExpression]:
    """Finds 'Aug. N' and dates it in the publication year, so output depends on both inputs."""
    return [
        TimeExpression(
            start=m.start(),
            end=m.end(),
            text=m.group(),
            type="DATE",
            value=f"{published.year}-08-{int(m.group(1)):02d}",
            granularity="day",
            interval=Interval(f"{published.year}-08-{int(m.group(1)):02d}", None),
        )
        for m in re.finditer(r"Aug\. (\d+)", text)
    ]


@pytest.fixture(autouse=True)
def _fake_tagger(monkeypatch):
    monkeypatch.setattr(tag_cmd, "tag", fake_tag)


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="timeline")
    tag_cmd.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["tag", *argv])
    return args.func(args)


def test_file_gives_a_json_array_of_expressions(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text("Talks began Aug. 3 and ended Aug. 30.", encoding="utf-8")

    assert run(["--published", "2023-08-31", str(path)]) == 0

    output = json.loads(capsys.readouterr().out)
    assert [(e["text"], e["value"]) for e in output] == [
        ("Aug. 3", "2023-08-03"), ("Aug. 30", "2023-08-30")
    ]
    assert output[0] == fake_tag("Talks began Aug. 3", date(2023, 8, 31))[0].to_dict()


def test_offsets_index_the_file_as_written_with_crlf(tmp_path, capsys):
    path = tmp_path / "article.txt"
    raw = "First line.\r\nThen Aug. 30.\r\n"
    path.write_bytes(raw.encode("utf-8"))

    assert run(["--published", "2023-08-31", str(path)]) == 0

    [expression] = json.loads(capsys.readouterr().out)
    assert raw[expression["start"] : expression["end"]] == "Aug. 30"


@pytest.mark.parametrize("argv", [["-"], []])
def test_standard_input(monkeypatch, capsys, argv):
    monkeypatch.setattr("sys.stdin", io.StringIO("Seen Aug. 9"))

    assert run(["--published", "2021-01-01T10:00", *argv]) == 0

    assert json.loads(capsys.readouterr().out)[0]["value"] == "2021-08-09"


def test_jsonl_gives_one_line_per_document(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    lines = [
        {"id": "a", "dct": "2023-08-31", "text": "On Aug. 1.", "timexes": [1], "x": 2},
        {"id": 7, "published": "2019-02-02", "text": "No dates here."},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n", encoding="utf-8")

    assert run(["--jsonl", str(path)]) == 0

    output = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [list(line) for line in output] == [["id", "timexes"], ["id", "timexes"]]
    assert output[0]["id"] == "a"
    assert output[0]["timexes"][0]["value"] == "2023-08-01"
    assert output[1] == {"id": 7, "timexes": []}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": 1, "dct": "2023-08-31", "text": "a"}\n{oops\n', "line 2: invalid JSON"),
        ('{"id": 1, "dct": "2023-08-31"}\n', "line 1: field 'text' must be a string"),
        ('{"id": 1, "text": "a"}\n', "line 1: field 'dct' (or 'published') is missing"),
        ('{"id": 1, "dct": "2023-13-45", "text": "a"}\n', "line 1: 'dct': invalid date"),
        ('{"id": 1, "published": 20230831, "text": "a"}\n', "line 1: 'published': expected"),
        ('[1, 2]\n', "line 1: expected a JSON object"),
    ],
)
def test_bad_jsonl_line_exits_2_naming_line_and_field(tmp_path, capsys, content, message):
    path = tmp_path / "in.jsonl"
    path.write_text(content, encoding="utf-8")

    assert run(["--jsonl", str(path)]) == 2

    captured = capsys.readouterr()
    assert message in captured.err
    assert "Traceback" not in captured.err
    assert captured.out == ""  # nothing half-written before the bad line


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--published", "2023-13-45", "FILE"], "--published: invalid date '2023-13-45'"),
        (["--published", "yesterday", "FILE"], "invalid date"),
        (["FILE"], "--published DATE is required"),
        (["--published", "2023-08-31", "MISSING"], "cannot read"),
        (["--jsonl", "MISSING"], "cannot read"),
        (["--jsonl", "FILE", "FILE"], "not both"),
    ],
)
def test_bad_arguments_exit_2_with_a_message(tmp_path, capsys, argv, message):
    path = tmp_path / "article.txt"
    path.write_text("Aug. 30", encoding="utf-8")
    argv = [
        {"FILE": str(path), "MISSING": str(tmp_path / "absent.txt")}.get(arg, arg) for arg in argv
    ]

    assert run(argv) == 2

    assert message in capsys.readouterr().err


def test_non_utf8_file_exits_2(tmp_path, capsys):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\xe9 on Aug. 30".encode("latin-1"))

    assert run(["--published", "2023-08-31", str(path)]) == 2

    assert "not UTF-8" in capsys.readouterr().err


def test_a_date_the_tagger_refuses_exits_2(monkeypatch, tmp_path, capsys):
    def refusing_tag(text, published):
        raise ValueError("publication date out of range")

    monkeypatch.setattr(tag_cmd, "tag", refusing_tag)
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "z", "dct": "0001-01-01", "text": "a"}\n', encoding="utf-8")

    assert run(["--jsonl", str(path)]) == 2

    assert "document 'z': publication date out of range" in capsys.readouterr().err
