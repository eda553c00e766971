"""A plain-text case report laid out differently from the seed (article-type label above the
title, structured abstract, title-case headings, a figure caption in the case), written for the tests."""
from pathlib import Path

import pytest

from kg.extraction.extract import extract_report
from kg.nlp import build_pipeline
from kg.readers import read_path

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "reports" / "ros1_case_report.txt"


@pytest.fixture(scope="module")
def doc():
    return next(read_path(FIXTURE))


def test_readers_text_type_label_is_not_a_section(doc):
    assert doc.title.startswith("Durable Response to Lorlatinib")
    assert doc.article_type == "case-report"
    kinds = [s.kind for s in doc.sections]
    assert kinds.count("case") == 1
    case = next(s for s in doc.sections if s.kind == "case")
    assert case.text_of(doc).startswith("A 58-year-old never-smoking man")
    abstract = " ".join(s.text_of(doc) for s in doc.sections if s.kind == "abstract")
    assert "We describe a 58-year-old man" in abstract


def test_extraction_text_report_lines_dates_and_new_lesions(doc):
    (case,) = extract_report(doc, build_pipeline()).cases
    assert (case.age, case.sex) == (58, "male")
    assert [(f.five_prime.label, f.three_prime.label) for f in case.fusions] == [("CD74", "ROS1")]
    crizotinib, lorlatinib = case.treatments
    assert [a.drug.label.lower() for a in crizotinib.administrations] == ["crizotinib"]
    assert (crizotinib.start, crizotinib.end) == ("2019-07", "2021-03")
    assert [(r.concept.id, r.explicit) for r in crizotinib.responses] == [("NCIT:C18058", True), ("NCIT:C35571", False)]
    assert [a.drug.label.lower() for a in lorlatinib.administrations] == ["lorlatinib"]
    assert [(r.concept.id, r.date) for r in lorlatinib.responses] == [("NCIT:C4870", "2021-07")]
    assert {(a.grade, a.drugs[0].label.lower()) for a in case.adverse_events} == {(2, "crizotinib"), (3, "lorlatinib")}
    assert "entrectinib" not in {a.drug.label.lower() for t in case.treatments for a in t.administrations}


def test_readers_text_doi_from_page_furniture_not_from_references(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("A Case of Something: Case Report\n\nAuthors A, B\n\nCASE PRESENTATION\n\n"
                    "A 50-year-old man received crizotinib in May 2019.\n\n"
                    "Front. Oncol. 12:1234. doi: 10.3389/fonc.2022.1234\n\nREFERENCES\n\n1. X et al. doi: 10.1000/other\n")
    assert next(read_path(path)).ids == ["doi:10.3389/fonc.2022.1234"]
    path.write_text("A Case of Something: Case Report\n\nAuthors A, B\n\nCASE PRESENTATION\n\n"
                    "A 50-year-old man received crizotinib in May 2019.\n\nREFERENCES\n\n1. X et al. doi: 10.1000/other\n")
    assert next(read_path(path)).ids == ["file:report.txt"]


def test_readers_text_without_blank_lines_still_finds_headed_sections(tmp_path):
    path = tmp_path / "flat.txt"
    path.write_text("A Case of ALK-Positive Lung Cancer Treated With Alectinib\nAbstract\n"
                    "We report a 50-year-old man with ALK-positive lung adenocarcinoma.\nIntroduction\n"
                    "ALK fusions occur in 5% of NSCLC.\nCase Presentation\nA 50-year-old man was diagnosed with lung\n"
                    "adenocarcinoma in May 2019.\nDiscussion\nAlectinib is effective.\nReferences\n1. Foo et al.\n")
    doc = next(read_path(path))
    kinds = [(s.kind, s.title) for s in doc.sections]
    assert ("case", "Case Presentation") in kinds and ("references", "References") in kinds
    case = next(s for s in doc.sections if s.kind == "case")
    assert case.text_of(doc) == "A 50-year-old man was diagnosed with lung adenocarcinoma in May 2019."
