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
    """Several lines that each start a JSON object (a plain JSON document fails to parse whole)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return len(lines) >= 1 and all(ln.lstrip().startswith("{") for ln in lines[:5])


def read_json(text: str, source: str) -> Iterator[Document | InputError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if text.lstrip().startswith("{") and "\n" in text.strip() and looks_like_jsonl(text):
            return read_jsonl(text, source)
        raise UnsupportedFormatError(source, f"malformed JSON ({exc.msg} at line {exc.lineno} column {exc.colno}); "
                                     f"{EXPECTED}") from None
    except RecursionError:
        raise UnsupportedFormatError(source, f"JSON nested too deeply to be read; {EXPECTED}") from None
    if isinstance(data, dict) and is_bioc(data):
        return _records(data["documents"], source, bioc_document)
    if isinstance(data, dict) and "abstract" in data:
        return iter([abstract_document(data, source, source)])
    if isinstance(data, list) and data and all(isinstance(o, dict) for o in data):
        if all(_is_casereportbench(o) for o in data):
            return _records(data, source, casereportbench_document)
        if all("abstract" in o for o in data):
            return _records(data, source, lambda o, s: abstract_document(o, s, s))
    shape = type(data).__name__ + (f" with keys {sorted(data)[:5]}" if isinstance(data, dict) else "")
    raise UnsupportedFormatError(source, f"unknown JSON layout ({shape}); {EXPECTED}")


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
            yield InvalidRecordError(rec, f"line {lineno} holds a JSON {type(obj).__name__}; expected an object")
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
    # CaseReportBench: every key is a section heading and every value its text.
    return bool(obj) and all(isinstance(v, str) for v in obj.values()) and "abstract" not in obj


_CASE_BODY_DEFAULT = "case"  # the collection holds case-report *bodies*: unknown sub-headings are case text


def casereportbench_document(obj: dict, source: str) -> Document:
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
