"""PDF-extracted plain text: running heads, page numbers, hyphenation and captions."""
import pytest

from kg.errors import NoContentError
from kg.readers import read_bytes

PDF_TEXT = """Alectinib After Crizotinib Failure in ALK-Positive Lung Adenocarcinoma: A Case Report

Jane Roe¹, John Doe²*

¹ Department of Oncology, University Hospital, Lyon, France, ² Department of Pathology, University of Lyon, France

*Correspondence:

Jane Roe
jane@example.org

Citation:

Roe J and Doe J (2022) Alectinib After Crizotinib Failure. Front. Oncol. 12:123456.
https://doi.org/10.3389/FONC.2022.123456

We describe a 61-year-old never-smoker with ALK-positive lung adenocarcinoma who progressed on crizotinib and
responded to alectinib. The case illustrates sequential ALK inhibition.

1. Introduction

ALK rearrangements occur in 5% of lung adenocarcinomas.

2. Case Description

A 61-year-old woman presented with cough. She started crizo-
tinib in 2019 and had a partial response. In 2020 the disease

Frontiers in Oncology | www.frontiersin.org

7

June 2022 | Volume 12 | Article 123456

Roe et al.

Figure 2. Chest CT before alectinib showing a right lower lobe mass.

progressed and she switched to alectinib with a second partial response.

TABLE 1 | Laboratory values at diagnosis.

Her liver enzymes stayed normal.

Discussion

Sequential ALK inhibitors prolong survival.

Funding: This work received no funding.
"""


@pytest.fixture(scope="module")
def doc():
    (d,) = read_bytes(PDF_TEXT.encode(), "/data/roe2022.txt")
    return d


def _kind(doc, kind):
    return "\n".join(s.text_of(doc) for s in doc.sections if s.kind == kind)


def test_ids_and_type(doc):
    assert doc.ids == ["doi:10.3389/fonc.2022.123456"]
    assert doc.article_type == "case-report"
    assert doc.title.startswith("Alectinib After Crizotinib Failure")


def test_case_is_whole_and_clean(doc):
    case = _kind(doc, "case")
    assert "She started crizotinib in 2019" in case  # soft hyphenation removed
    assert "In 2020 the disease progressed and she switched to alectinib" in case  # page break joined
    assert "Her liver enzymes stayed normal." in case
    for furniture in ("www.frontiersin.org", "Volume 12", "Roe et al.", "\n7\n", "Chest CT", "Laboratory values"):
        assert furniture not in case


def test_captions_front_matter_abstract(doc):
    captions = [s for s in doc.sections if s.kind == "caption"]
    assert [s.title for s in captions] == ["Figure 2", "TABLE 1"]
    assert "sequential ALK inhibition" in _kind(doc, "abstract")
    front = _kind(doc, "front_matter")
    assert "jane@example.org" in front and "Department of Pathology" in front
    assert "University" not in _kind(doc, "abstract")
    assert "no funding" in _kind(doc, "back_matter") and "no funding" not in _kind(doc, "discussion")
    assert _kind(doc, "introduction").startswith("ALK rearrangements")


def test_file_id_when_no_identifier():
    (d,) = read_bytes(b"Some Case Report Title Here\n\nCASE REPORT\n\nA 70-year-old man had melanoma.\n", "/x/y/z.txt")
    assert d.ids == ["file:z.txt"]


def test_title_only_text_has_no_content():
    with pytest.raises(NoContentError):
        list(read_bytes(b"Just A Title Line\n", "t.txt"))


def test_a_posters_bracketed_headings_bullets_and_pipe_rows():
    text = ("POSTER 12 | Spring Meeting 2025\n\n[ BACKGROUND ]\nALK fusions are rare.\n\n[ CASE ]\n"
            "* 45-year-old woman, lung adenocarcinoma\n* EML4::ALK fusion\n\n[ TREATMENT TIMELINE ]\n"
            "Line 1 (2021): alectinib | partial response | grade 1 myalgia\n"
            "Line 2 (2023): lorlatinib | stable disease | grade 2 hypercholesterolaemia\n\n"
            "[ CONCLUSIONS ]\nSequencing ALK inhibitors works.\n")
    [doc] = read_bytes(text.encode(), "poster.txt")
    kinds = [(s.kind, s.title) for s in doc.sections if s.kind != "front_matter"]
    assert ("introduction", "[ BACKGROUND ]") in kinds and ("case", "[ CASE ]") in kinds
    assert ("conclusion", "[ CONCLUSIONS ]") in kinds
    case = next(s for s in doc.sections if s.title == "[ CASE ]")
    # each bullet a line of its own, not run into the one above
    assert doc.text[case.start:case.end].split("\n") == ["* 45-year-old woman, lung adenocarcinoma", "* EML4::ALK fusion"]
    timeline = next(s for s in doc.sections if s.title == "[ TREATMENT TIMELINE ]")
    assert len(doc.text[timeline.start:timeline.end].split("\n")) == 2
