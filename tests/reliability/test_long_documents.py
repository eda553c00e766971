"""Issue 15, item 1: one long section never aborts a run. Sections over the budget are analysed
in bounded chunks (spaCy's max_length, error E088, is never reached); a document over the
per-document budget, or over the per-document time limit, is one rejection and the run goes on."""
from __future__ import annotations

import re
import time

import pytest

from kg.errors import InputTooLargeError
from kg.model import Document
from kg.pipeline import MAX_SECTION_CHARS, _Deadline, bounded_sections, check_budget, time_limit
from kg.readers import read_bytes
from reliability_inputs import (error_lines, jsonl_abstracts, long_case_text, long_jats, run_kg, summary_line)

SPACY_MAX = 1_000_000


def _doc(data: bytes, source: str) -> Document:
    return next(read_bytes(data, source))


@pytest.mark.parametrize("make", [
    lambda: _doc(long_case_text(1_200_000).encode(), "long.txt"),
    lambda: _doc(long_case_text(1_200_000, line=True).encode(), "line.txt"),
    lambda: _doc(long_jats(1_200_000), "line.nxml"),
    lambda: _doc(long_jats(1_200_000, cdata_pieces=200_000), "cdata.nxml"),
], ids=["paragraphs", "one-line", "jats-line", "jats-200k-cdata"])
def test_long_sections_are_cut_into_bounded_chunks(make):
    doc = make()
    assert max(s.end - s.start for s in doc.sections) > SPACY_MAX   # the reader kept one long section
    out = bounded_sections(doc)
    assert out.text == doc.text                                     # offsets (evidence) unchanged
    assert max(s.end - s.start for s in out.sections) <= MAX_SECTION_CHARS
    long = [s for s in doc.sections if s.end - s.start > MAX_SECTION_CHARS][0]
    parts = [s for s in out.sections if long.start <= s.start < long.end]
    assert all(p.kind == long.kind and p.title == long.title for p in parts)
    covered = "".join(doc.text[p.start:p.end] for p in parts)
    assert re.sub(r"\s", "", covered) == re.sub(r"\s", "", doc.text[long.start:long.end])  # nothing lost
    for p in parts[:-1]:   # cut after a sentence (or at a paragraph break), never inside a word
        assert doc.text[p.end - 1] in ".!?;" or doc.text[p.end].isspace()


def test_short_documents_are_left_as_they_are():
    doc = _doc(long_case_text(1000).encode(), "short.txt")
    assert bounded_sections(doc) is doc


def test_a_document_over_the_budget_is_one_input_error():
    doc = _doc(long_jats(2_100_000), "huge.nxml")
    with pytest.raises(InputTooLargeError, match="per-document budget"):
        check_budget(doc)


@pytest.mark.parametrize("chars", [2_100_000, 10_000_000])
def test_a_text_over_the_budget_is_refused_by_the_reader_before_aligning_it(chars, monkeypatch):
    """A 10 MB text took minutes to be rejected: the reader aligned all of its text to the file's
    before the pipeline checked the budget (issue #15, done-when)."""
    import kg.readers.origin as origin

    monkeypatch.setattr(origin, "align", lambda *a: pytest.fail("aligned a text over the budget"))
    with pytest.raises(InputTooLargeError, match=r"^huge.txt: [\d,]+ characters of text exceeds the per-document "
                                                  r"budget of 2,000,000; expected a case report: split the document$"):
        _doc(long_case_text(chars).encode(), "huge.txt")


def test_time_limit_interrupts_python_code_and_regular_expressions():
    deadline = time.monotonic() + 120   # a safety net, not a speed assertion
    with pytest.raises(_Deadline):
        with time_limit(0.05):
            while time.monotonic() < deadline:
                pass
    with pytest.raises(_Deadline):
        with time_limit(0.05):
            re.match(r"(a+)+$", "a" * 60 + "b")   # catastrophic backtracking: hours without the limit


def test_no_time_limit_is_no_alarm():
    with time_limit(None), time_limit(0):
        assert sum(range(1000)) == 499500


@pytest.mark.system
def test_long_inputs_among_others_do_not_abort_the_run(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "01_good.jsonl").write_bytes(jsonl_abstracts(1))
    (inp / "02_long.txt").write_text(long_case_text(1_050_000), encoding="utf-8")
    long_record = '{"pmid": "32000103", "title": "ALK case 3", "abstract": "%s"}' % (
        "A 40-year-old man received crizotinib. " * 27_000)
    (inp / "03_third_long.jsonl").write_bytes(jsonl_abstracts(4, bad={3: long_record}).replace(b"3200000", b"3210000"))
    res = run_kg("ingest", str(inp), "--store", str(tmp_path / "store"), "-j", "1")
    assert res.returncode == 0, res.stderr
    assert error_lines(res.stderr) == []
    assert summary_line(res.stderr).startswith("ingested 6 report(s)")


@pytest.mark.system
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_per_document_time_limit_is_a_rejection_and_the_run_goes_on(tmp_path, jobs):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.jsonl").write_bytes(jsonl_abstracts(3))
    # a limit every document exceeds: each one is rejected on its own line, nothing stops the run
    res = run_kg("ingest", str(inp), "--store", str(tmp_path / "store"), "-j", jobs, "--doc-timeout", "0.000001")
    assert res.returncode == 1, res.stderr
    errors = error_lines(res.stderr)
    assert [e.split(": ", 1)[0] for e in errors] == [f"[ERROR] {inp / 'a.jsonl'}#{i}" for i in (1, 2, 3)]
    assert all("per-document limit of 1e-06 s" in e and "--doc-timeout" in e for e in errors)
    assert summary_line(res.stderr).startswith("ingested 0 report(s)")
    assert "rejected 3" in summary_line(res.stderr)


def test_a_10_mb_xml_comment_is_refused_as_oversized_not_as_a_broken_download():
    from kg.errors import UnsafeXMLError
    from reliability_inputs import jats

    data = jats().replace(b"<front>", b"<front><!--" + b"x" * (10 * 1024 * 1024) + b"-->", 1)
    with pytest.raises(UnsafeXMLError, match="larger than the parser allows") as info:
        list(read_bytes(data, "comment.xml"))
    assert "re-download" not in str(info.value)


def _scaling_narrative(chars: int) -> str:
    """The case narrative of benchmarks/extraction_scaling.py (dates, drugs, doses, responses,
    toxicities, outcomes) at ``chars`` characters."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "extraction_scaling.py"
    spec = importlib.util.spec_from_file_location("extraction_scaling", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.narrative(chars)


@pytest.mark.system
def test_a_1_mb_and_a_10_mb_text_ingest_or_are_rejected_in_one_line(tmp_path):
    """Issue #15, done-when. The README states the times (benchmarks/extraction_scaling.py measures
    them); here the per-document limit of `kg ingest` (default 300 s) bounds the 1 MB document, so
    the run cannot hang, and the 10 MB one is refused by the reader in one line, before any NLP."""
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "one_mb.txt").write_text(_scaling_narrative(1_000_000), encoding="utf-8")
    (inp / "ten_mb.txt").write_text(_scaling_narrative(10_000_000), encoding="utf-8")
    res = run_kg("ingest", str(inp), "--store", str(tmp_path / "store"), "-j", "1", timeout=1200)
    assert res.returncode == 1, res.stderr
    assert error_lines(res.stderr) == [
        f"[ERROR] {inp / 'ten_mb.txt'}: 10,000,077 characters of text exceeds the per-document budget of "
        "2,000,000; expected a case report: split the document"]
    assert summary_line(res.stderr).startswith("ingested 1 report(s) (1 case(s), ")
    assert "rejected 1" in summary_line(res.stderr)
