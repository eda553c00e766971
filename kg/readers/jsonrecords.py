"""JSON inputs: JSONL abstracts, CaseReportBench lists, BioC collections."""
from __future__ import annotations

import json
from collections.abc import Iterator

from kg.errors import InputError, InvalidRecordError, NoContentError, UnsupportedFormatError
from kg.model import Document
from kg.readers.bioc import bioc_document, is_bioc
from kg.readers.builder import DocumentBuilder, iter_records
from kg.readers.headings import heading_kind
from kg.readers.ids import doi_curie, file_curie, pmcid_curie, pmid_curie, unique

EXPECTED = ("expected JSONL abstracts ({pmid, doi, title, abstract} per line), a CaseReportBench list "
            "of {heading: text} objects or a BioC JSON collection")


def looks_like_jsonl(text: str) -> bool:
    """One JSON value per line: at least two non-blank lines, one of the first 20 a JSON object
    and most of them JSON values by themselves (a pretty-printed document's lines are not).
    A bad line (``[1,2]``, ``null``, broken JSON) is then one bad record, not a bad file."""
    lines = [ln for ln in text.splitlines() if ln.strip()][:20]
    if len(lines) < 2:
        return False
    values = []
    for ln in lines:
        try:
            values.append(json.loads(ln))
        except (ValueError, RecursionError):
            pass
    return any(isinstance(v, dict) for v in values) and 2 * len(values) > len(lines)


def read_json(text: str, source: str) -> Iterator[Document | InputError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if looks_like_jsonl(text):
            return read_jsonl(text, source)
        raise UnsupportedFormatError(source, f"malformed JSON ({exc.msg} at line {exc.lineno} column {exc.colno}); "
                                     f"{EXPECTED}") from None
    except RecursionError:
        raise UnsupportedFormatError(source, f"JSON nested too deeply to be read; {EXPECTED}") from None
    if isinstance(data, dict) and is_bioc(data):
        return _records(data["documents"], source, bioc_document)
    if isinstance(data, dict) and "abstract" in data:
        return iter([abstract_document(data, source, source)])
    objects = [o for o in data if isinstance(o, dict)] if isinstance(data, list) else []
    if objects:
        # the layout is the one most records have; a record that does not fit it is one rejection
        if 2 * sum("abstract" in o for o in objects) >= len(objects):
            return _records(data, source, lambda o, s: abstract_document(_object(o, s), s, s))
        if 2 * sum(_is_casereportbench(o) for o in objects) >= len(objects):
            return _records(data, source, casereportbench_document)
    shape = type(data).__name__ + (f" with keys {sorted(data)[:5]}" if isinstance(data, dict) else "")
    raise UnsupportedFormatError(source, f"unknown JSON layout ({shape}); {EXPECTED}")


def _object(obj, source: str) -> dict:
    if not isinstance(obj, dict):
        raise InvalidRecordError(source, f"record is a JSON {_json_type(obj)}; expected an object")
    return obj


def _json_type(value) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number",
            type(None): "null"}.get(type(value), type(value).__name__)


def _records(items, source: str, make) -> Iterator[Document | InputError]:
    return iter_records(items, source, make, hint=f"; {EXPECTED}")


def read_jsonl(text: str, source: str) -> Iterator[Document | InputError]:
    n = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        n += 1
        rec = f"{source}#{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InvalidRecordError(rec, f"line {lineno} is not valid JSON ({exc.msg}); expected one "
                                     "{pmid, doi, title, abstract} object per line")
            continue
        except RecursionError:
            yield InvalidRecordError(rec, f"line {lineno} is JSON nested too deeply to be read; expected one "
                                     "{pmid, doi, title, abstract} object per line")
            continue
        if not isinstance(obj, dict):
            yield InvalidRecordError(rec, f"line {lineno} holds a JSON {_json_type(obj)}; expected one "
                                     "{pmid, doi, title, abstract} object per line")
            continue
        try:
            yield abstract_document(obj, rec, rec)
        except InputError as exc:
            yield exc


def abstract_document(obj: dict, source: str, id_source: str) -> Document:
    title = _text(obj.get("title"))
    abstract = _text(obj.get("abstract"))
    if not abstract and not title:
        raise NoContentError(source, "record has neither title nor abstract; expected both as strings")
    if not abstract:
        raise NoContentError(source, "record has an empty abstract; expected abstract text (title-only "
                             "records carry nothing to extract)")
    builder = DocumentBuilder()
    builder.add("title", "", title)
    builder.add("abstract", "", abstract)
    ids = unique([pmid_curie(_text(obj.get("pmid"))), doi_curie(_text(obj.get("doi"))),
                  pmcid_curie(_text(obj.get("pmcid"))) if obj.get("pmcid") else None])
    year = obj.get("year")
    return builder.build(source=source, format="jsonl", ids=ids or [file_curie(id_source)], title=title,
                         journal=_text(obj.get("journal")) or None,
                         year=int(year) if isinstance(year, int) or (isinstance(year, str) and year.isdigit()) else None)


def _text(value) -> str:
    return " ".join(str(value).split()) if value not in (None, "") else ""


def _is_casereportbench(obj: dict) -> bool:
    # CaseReportBench: every key is a section heading and every value its text (a null or
    # non-text section makes that one record invalid, not the collection).
    return bool(obj) and "abstract" not in obj and any(isinstance(v, str) for v in obj.values())


_CASE_BODY_DEFAULT = "case"  # the collection holds case-report *bodies*: unknown sub-headings are case text


def casereportbench_document(obj: dict, source: str) -> Document:
    if not isinstance(obj, dict):
        raise InvalidRecordError(source, f"record is a JSON {_json_type(obj)}; expected a {{heading: text}} object")
    for heading, body in obj.items():
        if not isinstance(body, str):
            raise InvalidRecordError(source, f"section {heading[:80]!r} holds a JSON {_json_type(body)}; "
                                     "expected text for every heading")
    builder = DocumentBuilder()
    for heading, body in obj.items():
        kind = heading_kind(heading)
        if kind in (None, "results", "methods", "abstract", "other"):
            kind = _CASE_BODY_DEFAULT
        builder.add(kind, heading, " ".join(body.split()))
    if not builder.sections:
        raise NoContentError(source, "case object holds no text; expected {heading: text} pairs")
    return builder.build(source=source, format="casereportbench", ids=[file_curie(source)], title="",
                         article_type="case-report")
