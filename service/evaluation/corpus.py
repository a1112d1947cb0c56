"""Loading annotated corpora into one document shape.

Every scorer works on the dict shape of a line of ``tbaq.jsonl`` (see the
corpora README): ``id``, ``dct``, ``text``, ``timexes``, ``events``, ``tlinks``.
TimeML files are converted into that shape on load, so the scorers never see
XML and a corpus can be kept in whichever form it came in.

The TimeML reader is deliberately liberal because it also reads back our own
exports: the DCT, MAKEINSTANCE elements and most attributes may be missing.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

TIMEML_SUFFIXES = (".tml", ".xml")

# Optional TIMEX3 attributes carried over, in the key order of tbaq.jsonl;
# TimeML's ``anchorTimeID`` is renamed ``anchor``.
_TIMEX_OPTIONAL = (
    ("anchorTimeID", "anchor"),
    ("mod", "mod"),
    ("temporalFunction", "temporalFunction"),
    ("functionInDocument", "functionInDocument"),
    ("beginPoint", "beginPoint"),
    ("endPoint", "endPoint"),
    ("quant", "quant"),
    ("freq", "freq"),
)
_INSTANCE_ATTRIBUTES = ("eiid", "tense", "aspect", "polarity", "pos", "modality")


class CorpusError(ValueError):
    """A corpus file that cannot be read; the message names the file and place."""


def load_corpus(path: str | Path) -> list[dict[str, Any]]:
    """Load a ``.jsonl`` file, a TimeML file, or a directory of TimeML files."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if _is_timeml_file(p))
        if not files:
            raise CorpusError(f"{path}: no .tml or .xml files in this directory")
        return [load_timeml(p) for p in files]
    if not path.exists():
        raise CorpusError(f"{path}: no such file or directory")
    if path.suffix.lower() in TIMEML_SUFFIXES:
        return [load_timeml(path)]
    return list(iter_jsonl(path))


def iter_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield the documents of a JSON Lines corpus, skipping blank lines.

    ``published`` is accepted as an alias of ``dct`` so that API-style request
    files can be scored too.
    """
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise CorpusError(f"{path}: {exc.strerror or exc}") from exc
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                document = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{path}, line {number}: invalid JSON ({exc.msg})") from exc
            if not isinstance(document, dict) or not isinstance(document.get("text"), str):
                raise CorpusError(f"{path}, line {number}: expected an object with a 'text' string")
            if "dct" not in document and "published" in document:
                document["dct"] = document["published"]
            document.setdefault("id", f"{path.stem}:{number}")
            document.setdefault("timexes", [])
            document.setdefault("events", [])
            document.setdefault("tlinks", [])
            yield document


def load_timeml(path: str | Path) -> dict[str, Any]:
    """Read one TimeML file; the document id falls back to the file name."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise CorpusError(f"{path}: not well-formed XML ({exc})") from exc
    except OSError as exc:
        raise CorpusError(f"{path}: {exc.strerror or exc}") from exc
    return timeml_to_document(root, default_id=path.stem)


def parse_timeml(xml: str, default_id: str = "document") -> dict[str, Any]:
    """Convert TimeML held in a string (e.g. an export under test)."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise CorpusError(f"{default_id}: not well-formed XML ({exc})") from exc
    return timeml_to_document(root, default_id=default_id)


def timeml_to_document(root: ET.Element, default_id: str) -> dict[str, Any]:
    """Flatten a TimeML tree: text without tags, annotations as offsets into it."""
    for element in root.iter():
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = element.tag.rsplit("}", 1)[1]  # liberal: ignore namespaces

    text_element = root.find(".//TEXT")
    if text_element is None and root.tag == "TEXT":
        text_element = root
    if text_element is None:
        raise CorpusError(f"{default_id}: no <TEXT> element")

    chunks: list[str] = []
    timexes: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    _flatten(text_element, chunks, timexes, events, offset=0)
    text = "".join(chunks)

    instances = _instances(root)
    for event in events:
        instance = instances.first_by_event.get(event["eid"])
        if instance:
            event.update(instance)

    dct_value = _creation_time(root, text_element)
    document: dict[str, Any] = {
        "id": _docid(root) or default_id,
        "dct": dct_value[:10] if dct_value else None,
        "dct_value": dct_value,
        **_title(root),
        "text": text,
        "timexes": timexes,
        "events": events,
        "tlinks": [_tlink(link, instances.event_by_instance) for link in root.iter("TLINK")],
    }
    return document


def _flatten(
    element: ET.Element,
    chunks: list[str],
    timexes: list[dict[str, Any]],
    events: list[dict[str, Any]],
    offset: int,
) -> int:
    """Append the element's character data to ``chunks``; return the new offset.

    Annotations are recorded in document order (start tag order), which is the
    order of the corpus README.
    """
    record: dict[str, Any] | None = None
    if element.tag in ("TIMEX3", "EVENT"):
        # Offsets first so records read like the jsonl corpus; end and text come below.
        record = {"start": offset, "end": None, "text": None}
        if element.tag == "TIMEX3":
            record.update(_timex(element))
            timexes.append(record)
        else:
            record.update(_event(element))
            events.append(record)

    if element.text:
        chunks.append(element.text)
        offset += len(element.text)
    for child in element:
        offset = _flatten(child, chunks, timexes, events, offset)
        if child.tail:
            chunks.append(child.tail)
            offset += len(child.tail)

    if record is not None:
        record["end"] = offset
        record["text"] = "".join(element.itertext())
    return offset


def _timex(element: ET.Element) -> dict[str, Any]:
    attributes = element.attrib
    record: dict[str, Any] = {
        "tid": attributes.get("tid"),
        "type": attributes.get("type"),
        "value": attributes.get("value"),
    }
    for source, target in _TIMEX_OPTIONAL:
        if source in attributes:
            record[target] = attributes[source]
    return record


def _event(element: ET.Element) -> dict[str, Any]:
    record: dict[str, Any] = {"eid": element.get("eid"), "class": element.get("class")}
    # TimeML 1.1 put the instance attributes on EVENT itself.
    for name in _INSTANCE_ATTRIBUTES:
        if name in element.attrib and name != "eiid":
            record[name] = element.attrib[name]
    return record


class _Instances:
    def __init__(self) -> None:
        self.first_by_event: dict[str, dict[str, str]] = {}
        self.event_by_instance: dict[str, str] = {}


def _instances(root: ET.Element) -> _Instances:
    instances = _Instances()
    for element in root.iter("MAKEINSTANCE"):
        eid, eiid = element.get("eventID"), element.get("eiid")
        if not eid:
            continue
        if eiid:
            instances.event_by_instance[eiid] = eid
        if eid not in instances.first_by_event:
            attributes = element.attrib
            instances.first_by_event[eid] = {
                name: attributes[name] for name in _INSTANCE_ATTRIBUTES if name in attributes
            }
    return instances


def _tlink(element: ET.Element, event_by_instance: dict[str, str]) -> dict[str, Any]:
    attributes = element.attrib
    link: dict[str, Any] = {"lid": attributes.get("lid"), "relType": attributes.get("relType")}
    if "eventInstanceID" in attributes:
        instance = attributes["eventInstanceID"]
        if instance in event_by_instance:
            link["eventID"] = event_by_instance[instance]
        link["eventInstanceID"] = instance
    elif "timeID" in attributes:
        link["timeID"] = attributes["timeID"]
    if "relatedToEventInstance" in attributes:
        instance = attributes["relatedToEventInstance"]
        if instance in event_by_instance:
            link["relatedToEvent"] = event_by_instance[instance]
        link["relatedToEventInstance"] = instance
    elif "relatedToTime" in attributes:
        link["relatedToTime"] = attributes["relatedToTime"]
    return link


def _docid(root: ET.Element) -> str | None:
    element = root.find(".//DOCID")
    return (element.text or "").strip() or None if element is not None else None


def _title(root: ET.Element) -> dict[str, str]:
    """AQUAINT files carry a headline in TITLE; the key is present only then."""
    element = root.find(".//TITLE")
    title = " ".join("".join(element.itertext()).split()) if element is not None else ""
    return {"title": title} if element is not None else {}


def _creation_time(root: ET.Element, text_element: ET.Element) -> str | None:
    """The DCT value: a CREATION_TIME timex (outside TEXT first), else the timex in DCT."""
    inside_text = set(text_element.iter("TIMEX3"))
    creation = [
        timex
        for timex in root.iter("TIMEX3")
        if timex.get("functionInDocument") == "CREATION_TIME" and timex.get("value")
    ]
    creation.sort(key=lambda timex: timex in inside_text)  # outside TEXT first, stable
    if creation:
        return creation[0].get("value")
    dct = root.find(".//DCT")
    timex = dct.find(".//TIMEX3") if dct is not None else None
    return timex.get("value") if timex is not None and timex.get("value") else None


def _is_timeml_file(path: Path) -> bool:
    return (
        path.is_file()
        and path.suffix.lower() in TIMEML_SUFFIXES
        and not path.name.startswith("._")  # macOS resource forks in TE-3 archives
    )
