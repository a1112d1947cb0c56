"""to_timeml: TempEval-3 style TimeML that reads back as `timeline eval` input."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.timeline.exports import to_timeml


def parse(xml: str) -> ET.Element:
    return ET.fromstring(xml)


def annotations(xml: str) -> tuple[str, list[dict], list[dict]]:
    """Our own standard-library reading: TEXT's character data and tag offsets."""
    text_element = parse(xml).find("TEXT")
    chunks: list[str] = []
    timexes: list[dict] = []
    events: list[dict] = []

    def walk(element: ET.Element) -> None:
        start = sum(map(len, chunks))
        chunks.append(element.text or "")
        for child in element:
            walk(child)
            chunks.append(child.tail or "")
        found = {"start": start, "end": sum(map(len, chunks)), **element.attrib}
        if element.tag == "TIMEX3":
            timexes.append(found)
        elif element.tag == "EVENT":
            events.append(found)

    walk(text_element)
    return "".join(chunks), timexes, events


def test_the_document_is_well_formed_timeml(export_record):
    root = parse(to_timeml(export_record))
    assert root.tag == "TimeML"
    assert [child.tag for child in root][:4] == ["DOCID", "DCT", "TITLE", "TEXT"]
    assert root.findtext("DOCID") == export_record["id"]
    assert root.findtext("TITLE") == 'Russia & North Korea: "talks" <advance>'


def test_the_publication_date_is_the_creation_time(export_record):
    dct = parse(to_timeml(export_record)).find("DCT/TIMEX3")
    assert dct.attrib == {
        "tid": "t0",
        "type": "DATE",
        "value": "2023-08-31",
        "temporalFunction": "false",
        "functionInDocument": "CREATION_TIME",
    }
    assert dct.text == "2023-08-31"


def test_a_publication_datetime_gives_a_date_value_and_keeps_the_text(export_record):
    export_record["article"]["published"] = "2023-08-31T09:15:00+03:00"
    dct = parse(to_timeml(export_record)).find("DCT/TIMEX3")
    assert dct.get("value") == "2023-08-31"
    assert dct.text == "2023-08-31T09:15:00+03:00"


def test_text_inside_the_markup_is_the_article_text_exactly(export_record):
    text, _, _ = annotations(to_timeml(export_record))
    assert text == export_record["text"]


def test_every_expression_is_a_timex3_on_its_span(export_record):
    _, timexes, _ = annotations(to_timeml(export_record))
    expected = [
        {"start": e["start"], "end": e["end"], "type": e["type"], "value": e["value"],
         "mod": e["mod"]}
        for e in export_record["expressions"]
    ]  # fmt: skip
    got = [
        {"start": t["start"], "end": t["end"], "type": t["type"], "value": t["value"],
         "mod": t.get("mod")}
        for t in timexes
    ]  # fmt: skip
    assert got == expected
    assert len({t["tid"] for t in timexes} | {"t0"}) == len(timexes) + 1


def test_anchors_point_at_the_dct_or_the_anchoring_timex(export_record):
    _, timexes, _ = annotations(to_timeml(export_record))
    by_text = {export_record["text"][t["start"] : t["end"]]: t for t in timexes}
    assert by_text["Aug. 30"]["anchorTimeID"] == "t0"
    assert by_text["Aug. 30"]["temporalFunction"] == "true"
    assert by_text["since then"]["anchorTimeID"] == by_text["2022"]["tid"]
    assert "anchorTimeID" not in by_text["the spring of 2023"]
    assert by_text["the spring of 2023"]["temporalFunction"] == "false"


def test_every_event_trigger_is_an_event_with_an_instance_and_a_link_to_its_time(export_record):
    xml = to_timeml(export_record)
    root = parse(xml)
    _, timexes, events = annotations(xml)
    all_events = export_record["events"] + export_record["undated"]
    assert sorted((e["start"], e["end"]) for e in events) == sorted(
        (e["trigger"]["start"], e["trigger"]["end"]) for e in all_events
    )
    tid_at = {(t["start"], t["end"]): t["tid"] for t in timexes}
    eid_of_instance = {m.get("eiid"): m.get("eventID") for m in root.iter("MAKEINSTANCE")}
    assert sorted(eid_of_instance.values()) == sorted(e["eid"] for e in events)
    linked = {
        eid_of_instance[link.get("eventInstanceID")]: link.get("relatedToTime")
        for link in root.iter("TLINK")
    }
    for event in all_events:
        assert linked[event["id"]] == tid_at[(event["when"]["start"], event["when"]["end"])]
    assert {link.get("relType") for link in root.iter("TLINK")} == {"IS_INCLUDED"}
    assert len({link.get("lid") for link in root.iter("TLINK")}) == len(linked)


def test_event_attributes_follow_trigger_and_modality(export_record):
    xml = to_timeml(export_record)
    root = parse(xml)
    _, _, events = annotations(xml)
    classes = {e["eid"]: e["class"] for e in events}
    assert classes["e1"] == "REPORTING" and classes["e3"] == "OCCURRENCE"
    instances = {m.get("eventID"): m.attrib for m in root.iter("MAKEINSTANCE")}
    assert instances["e10"]["polarity"] == "NEG"  # negated
    assert instances["e3"]["polarity"] == "POS"
    assert instances["e2"]["modality"] == "possible"
    assert "modality" not in instances["e3"]


def test_xml_special_characters_are_escaped(single_event_record):
    text = "A & B <said> \"x\" 'y' ]]> it happened then.\r\nNext line."
    record = single_event_record("2022", ("2022-01-01", "2023-01-01"))
    record["text"] = text
    trigger = text.index("happened")
    record["events"][0]["trigger"] = {"start": trigger, "end": trigger + 8, "text": "happened"}
    when = record["events"][0]["when"]
    when.update(start=text.index("then"), end=text.index("then") + 4)
    record["article"]["title"] = 'Q&A: <b>"quoted"</b>'
    xml = to_timeml(record)
    assert "<said>" not in xml and "&lt;said&gt;" in xml
    root = parse(xml)
    assert root.findtext("TITLE") == 'Q&A: <b>"quoted"</b>'
    got_text, timexes, events = annotations(xml)
    assert got_text == text  # the CR survives as &#13;
    assert [(t["start"], t["end"]) for t in timexes] == [(when["start"], when["end"])]
    assert [(e["start"], e["end"]) for e in events] == [(trigger, trigger + 8)]


def test_characters_xml_cannot_carry_become_replacement_characters(single_event_record):
    record = single_event_record("2022", ("2022-01-01", "2023-01-01"))
    record["text"] = "It\x07happened then\x00."
    got_text, timexes, _ = annotations(to_timeml(record))
    assert got_text == "It\ufffdhappened then\ufffd."
    assert [(t["start"], t["end"]) for t in timexes] == [(11, 15)]  # offsets unchanged


def overlapping_record(single_event_record, trigger_span, extra_expression=None):
    record = single_event_record("2022", ("2022-01-01", "2023-01-01"))
    record["text"] = "It happened then and later."
    record["events"][0]["trigger"] = {
        "start": trigger_span[0],
        "end": trigger_span[1],
        "text": record["text"][trigger_span[0] : trigger_span[1]],
    }
    if extra_expression:
        start, end = extra_expression
        record["expressions"].append(
            dict(record["expressions"][0], start=start, end=end, text=record["text"][start:end])
        )
    return record


@pytest.mark.parametrize(
    "trigger_span",
    [(9, 13), (12, 20), (11, 15), (13, 14)],  # crosses start, crosses end, same span, inside
)
def test_an_event_overlapping_a_timex_loses_its_tag_not_the_text(single_event_record, trigger_span):
    record = overlapping_record(single_event_record, trigger_span)
    xml = to_timeml(record)
    root = parse(xml)
    got_text, timexes, events = annotations(xml)
    assert got_text == record["text"]
    assert [(t["start"], t["end"]) for t in timexes] == [(11, 15)]
    assert events == []
    assert list(root.iter("MAKEINSTANCE")) == [] and list(root.iter("TLINK")) == []


def test_overlapping_expressions_keep_the_first(single_event_record):
    record = overlapping_record(single_event_record, (3, 11), extra_expression=(11, 25))
    got_text, timexes, events = annotations(to_timeml(record))
    assert got_text == record["text"]
    assert [(t["start"], t["end"]) for t in timexes] == [(11, 15)]
    assert len(events) == 1


def test_spans_outside_the_text_are_ignored(single_event_record):
    record = overlapping_record(single_event_record, (3, 11), extra_expression=(20, 99))
    record["events"][0]["trigger"] = {"start": -1, "end": 2, "text": "It"}
    got_text, timexes, events = annotations(to_timeml(record))
    assert got_text == record["text"]
    assert len(timexes) == 1 and events == []


def test_event_ids_that_are_not_xml_names_or_repeat_get_fresh_eids(single_event_record):
    record = single_event_record("2022", ("2022-01-01", "2023-01-01"), id="1 bad")
    second = dict(record["events"][0], id="e1", trigger={"start": 0, "end": 2, "text": "It"})
    third = dict(record["events"][0], id="e1", trigger={"start": 16, "end": 17, "text": "."})
    record["events"] += [second, third]
    _, _, events = annotations(to_timeml(record))
    eids = [e["eid"] for e in events]
    assert len(set(eids)) == 3 and "1 bad" not in eids


def test_reads_back_through_the_evaluation_corpus_loader(export_record):
    corpus = pytest.importorskip("service.evaluation.corpus")
    document = corpus.parse_timeml(to_timeml(export_record))
    assert document["id"] == export_record["id"]
    assert document["dct"] == "2023-08-31"
    assert document["text"] == export_record["text"]
    assert [(t["start"], t["end"], t["value"], t["type"]) for t in document["timexes"]] == [
        (e["start"], e["end"], e["value"], e["type"]) for e in export_record["expressions"]
    ]
    for timex in document["timexes"]:
        assert document["text"][timex["start"] : timex["end"]] == timex["text"]
    events = export_record["events"] + export_record["undated"]
    triggers = {(e["trigger"]["start"], e["trigger"]["end"]): e for e in events}
    assert {(e["start"], e["end"]) for e in document["events"]} == set(triggers)
    tid_span = {t["tid"]: (t["start"], t["end"]) for t in document["timexes"]}
    eid_span = {e["eid"]: (e["start"], e["end"]) for e in document["events"]}
    assert len(document["tlinks"]) == len(events)
    for link in document["tlinks"]:
        event = triggers[eid_span[link["eventID"]]]
        assert tid_span[link["relatedToTime"]] == (event["when"]["start"], event["when"]["end"])


def _allowed_in_xml(char: str) -> bool:
    point = ord(char)
    return (
        char in "\t\n\r" or 0x20 <= point <= 0xD7FF or 0xE000 <= point <= 0xFFFD or point >= 0x10000
    )


@st.composite
def records_with_spans(draw):
    text = draw(st.text(min_size=1, max_size=80))
    length = len(text)
    span = st.tuples(st.integers(-2, length + 2), st.integers(-2, length + 2))
    expressions = [
        {"start": a, "end": b, "text": text[a:b] if 0 <= a <= b else "", "type": "DATE",
         "value": draw(st.text(max_size=6)), "mod": None, "granularity": None, "interval": None,
         "anchor": None, "duration": None, "quant": None, "freq": None}
        for a, b in draw(st.lists(span, max_size=5))
    ]  # fmt: skip
    events = [
        {"id": draw(st.text(max_size=3)), "trigger": {"start": a, "end": b, "text": "x"},
         "when": draw(st.sampled_from(expressions)) if expressions else None,
         "modality": "asserted"}
        for a, b in draw(st.lists(span, max_size=5))
    ]  # fmt: skip
    title = draw(st.text(max_size=10))
    return {"id": draw(st.text(max_size=8)), "text": text, "expressions": expressions,
            "events": events, "undated": [],
            "article": {"title": title, "published": "2023-08-31"}}  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(records_with_spans())
def test_any_record_gives_well_formed_timeml_over_the_same_text(record):
    got_text, timexes, events = annotations(to_timeml(record))
    expected = "".join(c if _allowed_in_xml(c) else "\ufffd" for c in record["text"])
    assert got_text == expected
    spans = sorted((a["start"], a["end"]) for a in timexes + events)
    assert all(end <= start for (_, end), (start, _) in zip(spans, spans[1:], strict=False))
