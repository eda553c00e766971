"""Issue 15, item 3: one bad record of a collection is one rejection naming ``path#n``; every
other record of the file is still read (JSONL, BioC, CaseReportBench JSON, PubMed sets)."""
from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.model import Document
from kg.readers import read_bytes
from reliability_inputs import (bioc_collection, casereportbench_list, jsonl_abstracts, pubmed_record, pubmed_set)


def _split(data: bytes, source: str):
    items = list(read_bytes(data, source))
    docs = [i.source for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    return docs, errors


@pytest.mark.parametrize("bad", ["[1,2]", "null", "42", '"text"', "{broken"])
@pytest.mark.parametrize("where", [1, 3, 5])
def test_jsonl_one_bad_line_in_the_first_five(bad, where):
    docs, errors = _split(jsonl_abstracts(9, bad={where: bad}), "abs.jsonl")
    assert len(docs) == 8 and f"abs.jsonl#{where}" not in docs
    assert [e.path for e in errors] == [f"abs.jsonl#{where}"]
    assert "expected" in errors[0].reason


def test_bioc_document_without_passages():
    docs, errors = _split(bioc_collection(5, broken=2), "c.bioc.json")
    assert docs == ["c.bioc.json#1", "c.bioc.json#3", "c.bioc.json#4", "c.bioc.json#5"]
    assert [e.path for e in errors] == ["c.bioc.json#2"]
    assert "passages" in errors[0].reason


def test_casereportbench_case_with_a_null_section():
    docs, errors = _split(casereportbench_list(6, null_section=4), "crb.json")
    assert len(docs) == 5 and "crb.json#4" not in docs
    assert [e.path for e in errors] == ["crb.json#4"]
    assert "'Outcome'" in errors[0].reason and "null" in errors[0].reason


def test_casereportbench_list_with_a_null_item():
    data = casereportbench_list(3).replace(b"[", b"[null, ", 1)
    docs, errors = _split(data, "crb.json")
    assert docs == ["crb.json#2", "crb.json#3", "crb.json#4"]
    assert [e.path for e in errors] == ["crb.json#1"]


def test_pubmed_set_with_a_broken_record():
    data = pubmed_set([pubmed_record("31000081", broken=True), pubmed_record("31000082"),
                       pubmed_record("31000083")])
    docs, errors = _split(data, "set.xml")
    assert docs == ["set.xml#2", "set.xml#3"]
    assert [e.path for e in errors] == ["set.xml#1"]


def test_pretty_printed_json_with_a_syntax_error_is_one_file_error():
    # not mistaken for JSONL: one line per value is what makes a file JSONL
    data = b'[\n {\n  "title": "x",\n  "abstract": "y"\n },\n]\n'
    with pytest.raises(InputError, match="malformed JSON"):
        list(read_bytes(data, "bad.json"))
