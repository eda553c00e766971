"""PubMed's MEDLINE text format (kg/readers/medline.py). The records are made up for these tests."""
from __future__ import annotations

from kg.errors import InputError
from kg.readers import read_bytes

RECORD = """PMID- 40222333
OWN - NLM
STAT- MEDLINE
DP  - 2025 Apr
TI  - Selpercatinib in a RET-rearranged papillary thyroid carcinoma with tracheal
      invasion.
LID - 10.5555/tcr.2025.0412 [doi]
AB  - BACKGROUND: RET fusions drive a minority of papillary thyroid carcinomas.
      CASE PRESENTATION: A 71-year-old woman with a CCDC6::RET fusion received
      selpercatinib and had a partial response after two months. CONCLUSIONS:
      Selpercatinib shrank an unresectable tumour.
CI  - Copyright (c) 2025 The Authors.
FAU - Lindahl, Maja
AU  - Lindahl M
AD  - Department of Endocrine Surgery, Fjordside Hospital, Bergen, Norway.
LA  - eng
PT  - Case Reports
PT  - Journal Article
JT  - Thyroid case reports
MH  - Humans
AID - 10.5555/tcr.2025.0412 [doi]
"""


def test_a_medline_record_is_read_like_its_xml():
    [doc] = read_bytes(RECORD.encode(), "record.txt")
    assert doc.title == "Selpercatinib in a RET-rearranged papillary thyroid carcinoma with tracheal invasion."
    assert doc.ids == ["pmid:40222333", "doi:10.5555/tcr.2025.0412"]
    assert doc.publication_types == ["case report"] and doc.article_type == "case-report"
    assert doc.year == 2025 and doc.journal == "Thyroid case reports"
    assert [(s.kind, s.title) for s in doc.sections if s.kind not in ("front_matter", "back_matter")] == [
        ("title", ""), ("introduction", "Background"), ("case", "Case Presentation"), ("conclusion", "Conclusions")]
    case = next(s for s in doc.sections if s.kind == "case")
    assert doc.text[case.start:case.end].startswith("A 71-year-old woman with a CCDC6::RET fusion received selpercatinib")
    # evidence offsets point into the file, across its indented continuation lines
    at = doc.text.index("71-year-old")
    start, end = doc.source_map.span(at, at + len("71-year-old woman with"))
    assert RECORD[start:end] == "71-year-old woman with"


def test_several_records_and_one_without_an_abstract():
    second = RECORD.replace("40222333", "40222334").replace("TI  - Selpercatinib", "TI  - Pralsetinib")
    title_only = "PMID- 40222335\nTI  - A letter without an abstract.\nPT  - Letter\n"
    items = list(read_bytes((RECORD + "\n" + second + "\n" + title_only).encode(), "three.txt"))
    assert [d.ids[0] for d in items if not isinstance(d, InputError)] == ["pmid:40222333", "pmid:40222334"]
    assert isinstance(items[2], InputError) and "no abstract" in str(items[2])


def test_an_unlabelled_abstract_is_one_abstract_section():
    text = RECORD.replace("BACKGROUND: RET", "RET").replace("CASE PRESENTATION: A", "A").replace("CONCLUSIONS:\n      ", "")
    [doc] = read_bytes(text.encode(), "plain.txt")
    assert [s.kind for s in doc.sections if s.kind not in ("front_matter", "back_matter", "title")] == ["abstract"]


def test_prose_that_mentions_a_pmid_is_no_medline_record():
    [doc] = read_bytes(b"PMID- 123 was cited.\nA 50-year-old man received imatinib and responded.\n", "prose.txt")
    assert doc.format == "text"
