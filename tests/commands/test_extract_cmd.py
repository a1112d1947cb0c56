"""``timeline extract``: a text or a JSONL file in, the timeline as JSON out."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

import service.timeline.builder as builder
from service.cli import main
from service.temporal.expression import Interval, TimeExpression

TEXT = "On Aug. 17, the U.S. sanctioned three entities."


def _fake_tag(text: str, published: date) -> list[TimeExpression]:
    start = text.find("Aug. 17")
    if start < 0:
        return []
    return [TimeExpression(start, start + 7, "Aug. 17", "DATE", f"{published.year}-08-17",
                           interval=Interval(f"{published.year}-08-17",
                                             f"{published.year}-08-18"))]


@pytest.fixture(autouse=True)
def fake_tagger(monkeypatch):
    monkeypatch.setattr(builder, "tag", _fake_tag)


def test_file_to_timeline_json(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert main(["extract", "--published", "2023-08-31", "--title", "Sanctions",
                 str(article)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["published"], data["title"]) == ("2023-08-31", "Sanctions")
    [event] = data["events"]
    assert event["id"] == "e1"
    assert event["trigger"]["text"] == "sanctioned"
    assert event["when"]["value"] == "2023-08-17"


def test_stdin(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode())))
    assert main(["extract", "--published", "2023-08-31"]) == 0
    assert json.loads(capsys.readouterr().out)["events"][0]["headline"].startswith("the U.S.")


def test_jsonl_one_line_per_document(tmp_path, capsys):
    corpus = tmp_path / "in.jsonl"
    lines = [{"id": "a", "dct": "1998-02-13", "text": TEXT, "extra": 1},
             {"id": "b", "published": "2023-08-31", "text": "Nothing dated here."}]
    corpus.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    assert main(["extract", "--jsonl", str(corpus)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [set(x) for x in out] == [{"id", "events", "undated"}] * 2
    assert out[0]["id"] == "a"
    event = out[0]["events"][0]
    assert event["when"]["value"] == "1998-08-17"  # each line's own date
    for key in ("when", "trigger", "headline", "sentence", "participants", "modality"):
        assert key in event
    assert out[1] == {"id": "b", "events": [], "undated": []}


@pytest.mark.parametrize(
    ("argv", "content", "message"),
    [
        (["extract", "{file}"], TEXT, "--published"),
        (["extract", "--published", "31/08/2023", "{file}"], TEXT, "invalid date"),
        (["extract", "--jsonl", "{file}"], "not json\n", "line 1"),
        (["extract", "--jsonl", "{file}"], '{"id": 1, "text": "x"}\n', "dct"),
        (["extract", "--jsonl", "{file}"], '{"id": 1, "dct": "2023-08-31"}\n', "text"),
        (["extract", "--published", "2023-08-31", "{missing}"], TEXT, "cannot read"),
    ],
)
def test_bad_input_is_a_message_and_exit_2(tmp_path, capsys, argv, content, message):
    path = tmp_path / "input"
    path.write_text(content, encoding="utf-8")
    args = [a.format(file=path, missing=tmp_path / "nope") for a in argv]
    assert main(args) == 2
    captured = capsys.readouterr()
    assert message in captured.err
    assert "Traceback" not in captured.err
    assert captured.out == ""
