"""Record variants (tests/fixtures/record_variants, made up by tools/make_record_variants.py): PubMed XML sets with
book records, translated titles and second-language abstracts; JATS articles of several types with summary,
graphical and translated abstracts, floats, back matter and sub-articles; text extracted from PDFs with running
heads, hyphenation, ligatures and run-in headings. For each: the title, the publication types, the ids, the
patient's story whole in a body section, and no licence, reference, footnote or other-language text in the body.
Every text here was made up for these tests (session 13, readers12)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import etree

from kg.errors import InputError
from kg.readers import read_bytes, read_path
from kg.readers.pubmed import label_kind
from kg.readers.text import _is_furniture, _split_inline_heading
from kg.readers.xmltext import flatten

FILES = Path(__file__).resolve().parent.parent / "fixtures" / "record_variants"
EXPECTED = json.loads((FILES / "expected.json").read_text(encoding="utf-8"))
BODY = {"abstract", "introduction", "case", "discussion", "conclusion", "results", "methods", "other"}


def _norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def _body(doc) -> str:
    return "\n".join(doc.text[s.start:s.end] for s in doc.sections if s.kind in BODY)


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=lambda n: f"{n}-{EXPECTED[n][0]['shape']}")
def test_record_variant_title_types_ids_story_and_nothing_else_in_the_body(name):
    exps = EXPECTED[name]
    try:
        docs = list(read_path(FILES / name))
    except InputError:
        assert all(e["no_abstract"] for e in exps)   # a title-only record alone in its file is refused
        return
    if all(e["no_abstract"] for e in exps):
        assert all(isinstance(d, InputError) for d in docs)
        return
    assert len(docs) == len(exps)
    for doc, exp in zip(docs, exps):
        assert _norm(doc.title) == exp["title"]
        assert set(exp["types"]) <= set(doc.publication_types)
        assert set(exp["ids"]) <= set(doc.ids)
        body = _body(doc)
        assert _norm(exp["story"]) in _norm(body)
        if exp.get("whole_story"):
            assert _norm(exp["whole_story"]) in _norm(body)   # no running head or page number inside it
        kinds = {s.kind for s in doc.sections if exp["story"] in doc.text[s.start:s.end]}
        assert kinds & set(exp["story_kinds"])
        for line in exp["forbidden"]:
            assert line not in body


# ------------------------------------------------------------------------------------------ PubMed XML ---
def _pubmed(article_xml: str, pmid="38800111") -> bytes:
    return (f'<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>{pmid}</PMID><Article><Journal><Title>Example '
            f'Oncology</Title></Journal>{article_xml}</Article></MedlineCitation></PubmedArticle></PubmedArticleSet>').encode()


def test_bracketed_translated_title_is_read_without_its_brackets():
    data = _pubmed('<ArticleTitle>[Long remission of a <i>KIT</i>-mutated mastocytosis on avapritinib].</ArticleTitle>'
                   '<Abstract><AbstractText>A 61-year-old woman was given avapritinib and went into remission.</AbstractText>'
                   '</Abstract><VernacularTitle>Remisión prolongada</VernacularTitle>')
    [doc] = read_bytes(data, "t.xml")
    assert doc.title == "Long remission of a KIT-mutated mastocytosis on avapritinib"


def test_other_language_abstract_is_not_read_as_the_report():
    data = (b'<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>38800112</PMID><Article><ArticleTitle>Sunitinib '
            b'for a metastatic renal tumour</ArticleTitle><Abstract><AbstractText>A 66-year-old man took sunitinib for '
            b'nine months.</AbstractText></Abstract></Article><OtherAbstract Language="por"><AbstractText>Um homem de 66 '
            b'anos recebeu sunitinibe.</AbstractText></OtherAbstract></MedlineCitation></PubmedArticle></PubmedArticleSet>')
    [doc] = read_bytes(data, "t.xml")
    assert "sunitinib for nine months" in doc.text and "Um homem" not in doc.text


def test_book_record_in_a_set_is_read_with_its_pmid_title_and_abstract():
    data = (b'<PubmedArticleSet><PubmedBookArticle><BookDocument><PMID>29990001</PMID><Book><BookTitle>Cases in '
            b'Haematology</BookTitle><PubDate><Year>2022</Year></PubDate></Book><ArticleTitle>Hyperleukocytosis in a '
            b'teenager with T-cell leukaemia</ArticleTitle><Abstract><AbstractText>A 16-year-old boy had a white count '
            b'above 400 x10^9/L and was given hydroxyurea before induction.</AbstractText></Abstract><PublicationType>'
            b'Review</PublicationType></BookDocument></PubmedBookArticle></PubmedArticleSet>')
    [doc] = read_bytes(data, "t.xml")
    assert doc.ids == ["pmid:29990001"] and doc.title.startswith("Hyperleukocytosis") and doc.year == 2022
    assert "hydroxyurea" in doc.text and "review" in doc.publication_types


@pytest.mark.parametrize("label,kind", [
    # ("PATIENT CONCERNS" names Medicine's case-report form: always the case's; the other CARE labels only beside it,
    # see test_medicine_care_labels_beside_patient_concerns)
    ("PATIENT CONCERNS", "case"), ("DIAGNOSES", "abstract"), ("OUTCOMES", "abstract"),
    ("PRESENTATION OF CASE", "case"), ("CASES", "case"),
    ("CASE PRESENTATIONS", "case"), ("INTRODUCTION AND IMPORTANCE", "introduction"), ("LESSONS", "conclusion"),
    ("CLINICAL DISCUSSION", "discussion"), ("INTERVENTIONS", "abstract"), ("MAIN OUTCOME MEASURES", "abstract")])
def test_case_report_abstract_labels(label, kind):
    assert label_kind(label) == kind


@pytest.mark.parametrize("label,kind", [("DIAGNOSES", "case"), ("INTERVENTIONS", "case"), ("OUTCOMES", "case"),
                                        ("LESSONS", "conclusion"), ("RATIONALE", "introduction"),
                                        ("Main outcome measures", "abstract")])
def test_medicine_care_labels_beside_patient_concerns(label, kind):
    assert label_kind(label, care=True) == kind


def test_trial_abstract_interventions_and_outcomes_stay_abstract_parts():
    """A trial's "INTERVENTIONS" / "OUTCOMES" (no "PATIENT CONCERNS" beside them) are no case."""
    data = _pubmed('<ArticleTitle>Dose-dense chemotherapy in ovarian cancer: a randomised trial</ArticleTitle><Abstract>'
                   '<AbstractText Label="PARTICIPANTS">Three hundred women with stage III disease.</AbstractText>'
                   '<AbstractText Label="INTERVENTIONS">Weekly paclitaxel or three-weekly paclitaxel.</AbstractText>'
                   '<AbstractText Label="OUTCOMES">Progression-free survival did not differ.</AbstractText></Abstract>')
    [doc] = read_bytes(data, "t.xml")
    assert not [s for s in doc.sections if s.kind == "case"]


# ------------------------------------------------------------------------------------------ JATS ---
def test_citation_markers_glued_to_words_are_dropped_and_units_kept():
    el = etree.fromstring('<p>He was given alectinib<sup><xref ref-type="bibr" rid="r4">4</xref></sup> and later '
                          'lorlatinib<xref ref-type="bibr" rid="r5">5,6</xref>; 60 mg/m<sup>2</sup> of '
                          '<sup>90</sup>Y, as before [<xref ref-type="bibr" rid="r7">7</xref>] and in Table '
                          '<xref ref-type="table" rid="t1">1</xref>.</p>')
    assert flatten(el) == "He was given alectinib and later lorlatinib; 60 mg/m2 of 90Y, as before [7] and in Table 1."


def test_jats_second_language_abstract_and_case_sec_type_words():
    data = (b'<article article-type="research-article"><front><article-meta><title-group><article-title>Pazopanib in a '
            b'uterine leiomyosarcoma</article-title></title-group><abstract><p>A woman of 52 was treated with pazopanib.'
            b'</p></abstract><abstract xml:lang="it"><p>Una donna di 52 anni.</p></abstract><trans-abstract xml:lang="de">'
            b'<p>Eine Frau von 52 Jahren.</p></trans-abstract></article-meta></front><body><sec sec-type="case-report">'
            b'<title>The patient</title><p>She had lung metastases and took pazopanib for a year.</p></sec></body></article>')
    [doc] = read_bytes(data, "t.xml")
    assert "Una donna" not in doc.text and "Eine Frau" not in doc.text
    [case] = [s for s in doc.sections if s.kind == "case"]
    assert "pazopanib for a year" in doc.text[case.start:case.end]


# ------------------------------------------------------------------------------------------ PDF text ---
@pytest.mark.parametrize("line,furniture", [
    ("UROLOGIC CASE LETTERS  |  Vol 12  |  2022", True), ("7    Annals of Rare Tumours | 2021 | Volume 3", True),
    ("Neurooncology Case Reports 8 (2023) 100512", True), ("3    Neurooncology Case Reports 8 (2023) 100512", True),
    ("Ann Rare Tum. 2021;3:45–52", True), ("Baseline | Partial response | 2022", False),
    ("Day 14 | CT scan | 2023", False), ("She received 3 (2021) cycles of it", False),
    ("Rare Tumour Notes · Vol 6 · 2024        58", True), ("Grade 3 · febrile neutropenia · 2021", False),
    ("Okonkwo et al.          Desmoid tumour controlled by sorafenib", True),
    ("B. Halloran et al.     Late relapse of a seminoma: a case report", True),
    ("as reported by Ruiz et al.     in their series.", False), ("Cycle 2    Carboplatin    AUC 5", False)])
def test_running_heads_of_pdf_pages(line, furniture):
    assert _is_furniture(line) is furniture


@pytest.mark.parametrize("par,kind", [
    ("Case report. A 39-year-old man had a testicular mass.", "case"),
    ("3.2 Case presentation. The patient, a farmer of 70, was seen.", "case"),
    ("Discussion. Few such tumours respond.", "discussion"),
    ("Treatment. It was started at once.", None), ("Mr. Olsen was seen in May.", None)])
def test_run_in_headings_closed_by_a_full_stop(par, kind):
    found = _split_inline_heading(par)
    assert (found[0] if found else None) == kind


def test_pdf_sentence_cut_by_a_page_foot_is_joined_across_it():
    text = ("Sarcoma in an adult\n\nIntroduction\nSarcomas are rare tumours of connective tissue in adults.\n\n"
            "Case presentation\nA 44-year-old man with a thigh mass was found to carry an MDM2\n"
            "Oncology Case Reports 14 (2024) 100318\n\n4\n\n"
            "CDK4 co-amplification and received doxorubicin for six cycles with stable disease.\n\n"
            "Discussion\nThis case adds to few others.\n")
    [doc] = read_bytes(text.encode(), "t.txt")
    [case] = [s for s in doc.sections if s.kind == "case"]
    assert "carry an MDM2 CDK4 co-amplification and received doxorubicin" in doc.text[case.start:case.end]
    assert "100318" not in doc.text[case.start:case.end]


def test_licence_line_is_not_read_as_discussion():
    text = ("Sarcoma in an adult\n\nCase presentation\nA 44-year-old man received doxorubicin for six cycles.\n\n"
            "Discussion\nThis case adds to few others.\n\nThis work is licensed under a Creative Commons Attribution "
            "4.0 International License.\n")
    [doc] = read_bytes(text.encode(), "t.txt")
    assert "Creative Commons" not in _body(doc)


def test_medicine_style_abstract_keeps_its_treatment_and_outcome_in_the_case_facts():
    """Medicine's labels (RATIONALE, PATIENT CONCERNS, DIAGNOSES, INTERVENTIONS, OUTCOMES, LESSONS) are read alike,
    so that no part is taken for the case while the drug and the response sit in the others."""
    data = _pubmed('<ArticleTitle>Ibrutinib for a mantle cell lymphoma of the orbit: a case report</ArticleTitle><Abstract>'
                   '<AbstractText Label="PATIENT CONCERNS" NlmCategory="METHODS">A 70-year-old man noticed swelling of the '
                   'left eyelid.</AbstractText><AbstractText Label="DIAGNOSES" NlmCategory="METHODS">Biopsy showed mantle '
                   'cell lymphoma.</AbstractText><AbstractText Label="INTERVENTIONS" NlmCategory="METHODS">Ibrutinib was '
                   'started.</AbstractText><AbstractText Label="OUTCOMES" NlmCategory="RESULTS">The mass resolved within '
                   'three months.</AbstractText></Abstract>')
    [doc] = read_bytes(data, "t.xml")
    kinds = {s.title.upper(): s.kind for s in doc.sections if s.kind != "title"}
    assert len(set(kinds.values())) == 1, kinds
