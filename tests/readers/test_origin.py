"""kg.readers.origin: every character of a plain-text Document is traced to the file's text,
whatever the reader repaired (PDF line breaks and hyphens, furniture, markup, CR LF, glued
labels) or moved (captions, titles)."""
from __future__ import annotations

import re

import pytest

from kg.readers import read_bytes
from kg.readers.origin import align

from test_text_layout import PDF_TEXT


def repaired(text: str) -> str:
    """The file's text as the reader's repairs leave it: layout hyphens joined, markup and
    soft hyphens dropped, white space runs made one space (README "Evidence offsets")."""
    text = re.sub(r"([a-z])-[ \t]*\r?\n\s*(?=[a-z])", r"\1", text)
    text = re.sub(r"\*|\$|\^\{[^}\n]{0,20}\}|\u00ad", "", text)
    return " ".join(text.split())


def read(data: str | bytes):
    raw = data.encode("utf-8") if isinstance(data, str) else data
    (doc,) = list(read_bytes(raw, "case.txt"))
    return doc


def file_text(data: str | bytes) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return raw.decode("utf-8-sig")


def found_at(text: str, span: str) -> bool:
    """``text`` is what the file's ``span`` says once repaired; or, where the file interrupts it
    (a page break's running head, a caption), its words in order with the interruption between."""
    want, got = repaired(text).split(), repaired(span).split()
    if want == got:
        return True
    rest = iter(got)
    return bool(want) and got[0] == want[0] and got[-1] == want[-1] and all(w in rest for w in want)


def check_every_line(data: str | bytes):
    """Each line of every section maps to a file span that holds it; returns the lines that the
    file interrupts."""
    doc, src = read(data), file_text(data)
    assert doc.source_map is not None
    interrupted = []
    for sec in doc.sections:
        for m in re.finditer(r"[^\n]+", doc.text[sec.start:sec.end]):
            a, b = sec.start + m.start(), sec.start + m.end()
            s, e = doc.source_map.span(a, b)
            assert found_at(doc.text[a:b], src[s:e]), (doc.text[a:b], src[s:e])
            if repaired(doc.text[a:b]) != repaired(src[s:e]):
                interrupted.append(doc.text[a:b])
    return doc, src, interrupted


def test_pdf_text_hyphens_furniture_and_captions():
    doc, src, interrupted = check_every_line(PDF_TEXT)
    assert [line[:20] for line in interrupted] == ["A 61-year-old woman "]   # the page break
    # "crizo-\ntinib" is one word in the Document and a hyphenated one in the file
    i = doc.text.index("crizotinib in 2019")
    s, e = doc.source_map.span(i, i + len("crizotinib"))
    assert src[s:e] == "crizo-\ntinib"


def test_a_sentence_broken_by_a_page_spans_the_furniture_in_the_file():
    doc, src, _ = check_every_line(PDF_TEXT)
    i = doc.text.index("In 2020 the disease progressed")
    j = doc.text.index("partial response.", i) + len("partial response.")
    s, e = doc.source_map.span(i, j)
    assert src[s:].startswith("In 2020 the disease\n") and src[:e].endswith("second partial response.")
    assert "Frontiers in Oncology" in src[s:e]   # the page break lies inside the sentence's span


def test_crlf_bom_markup_and_no_break_spaces():
    text = ("A Case of **ALK**-Positive Lung Cancer\r\n\r\nCASE PRESENTATION\r\n\r\nA 61-year-old\u00a0woman "
            "received *crizotinib*^{1} for $n = 1$ year and had a partial\u00adresponse.\r\n")
    data = b"\xef\xbb\xbf" + text.encode("utf-8")
    doc, src, interrupted = check_every_line(data)
    assert interrupted == []
    assert src == text          # offsets count in the decoded text, without the byte-order mark
    i = doc.text.index("crizotinib")
    s, e = doc.source_map.span(i, i + len("crizotinib"))
    assert src[s:e] == "crizotinib" and src[s - 1] == "*"


def test_glued_structured_abstract_labels():
    text = ("Crizotinib in ROS1 lung cancer: a case report\n\n"
            "BackgroundROS1 fusions are rare in lung cancer.\n"
            "Case presentationA 54-year-old man with ROS1-rearranged adenocarcinoma received crizotinib.\n"
            "ConclusionsCrizotinib worked.\n")
    doc, src, interrupted = check_every_line(text)
    assert interrupted == []
    i = doc.text.index("A 54-year-old man")
    s, _ = doc.source_map.span(i, i + 5)
    assert src[s - len("presentation"):s] == "presentation"


def test_web_page_copy_one_line_per_paragraph():
    lines = ["Skip to main content", "Home", "Journals", "Case Reports in Oncology",
             "Crizotinib for ALK-positive inflammatory myofibroblastic tumor",
             "A 23-year-old man presented with a thigh mass and was found to have an ALK-rearranged tumor. " * 4,
             "Cookie settings", "He received crizotinib 250 mg twice daily and the tumor shrank by half. " * 3]
    assert check_every_line("\n".join(lines) + "\n")[2] == []


def test_the_example_report_mention_from_issue_13():
    """Issue #13: "crizotinib" is at character 1060 of examples/example_case_report.txt."""
    from pathlib import Path

    raw = (Path(__file__).resolve().parents[2] / "examples" / "example_case_report.txt").read_bytes()
    doc, src, interrupted = check_every_line(raw)
    assert interrupted == []
    i = doc.text.index("crizotinib", doc.text.index("In May 2021"))
    assert doc.source_map.span(i, i + len("crizotinib")) == (1060, 1070)
    assert src[1060:1070] == "crizotinib"


def test_xml_and_json_documents_have_no_source_map():
    jsonl = b'{"pmid": "1", "title": "t", "abstract": "A 50-year-old man received crizotinib."}\n'
    (doc,) = list(read_bytes(jsonl, "a.jsonl"))
    assert doc.source_map is None


def test_text_not_in_the_file_is_left_unmapped_and_alignment_ends():
    # a Document character the file never had (not produced by the reader): unmapped, no loop
    sm = align("abc XYZ def", "abc def")
    assert sm.span(0, 3) == (0, 3) and sm.span(8, 11) == (4, 7)
    assert sm.span(4, 7) is None


@pytest.mark.parametrize("n", [2_000, 50_000])
def test_alignment_of_unrelated_texts_stays_within_its_budget(n):
    """A Document text that is nowhere in the file (worst case): the walk gives up (None) or maps
    nothing wrong, and ends (the budget is linear in the texts' length)."""
    doc = " ".join(f"w{i}" for i in range(n // 4))
    sm = align(doc, "x " * (n // 2))
    assert sm is None or all(sm.span(a, a + 1) is None for a in range(0, len(doc), 997))
