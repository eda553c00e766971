"""kg.extraction.case_gate: documents that cannot hold a case are found before the NLP, and only those.

Made-up abstracts (a study's, a patient's, a title that names a patient) and the project's generated abstract
benches (tools/make_old_abstracts.py, tools/make_abstract_shapes.py): wherever the gate skips a document,
``extract_report`` finds no case in it either, and ``process_document`` gives the same graph with and without
the gate."""
import dataclasses
import importlib.util
import sys
from pathlib import Path

import pytest

from kg.extraction.case_gate import INTRO_CUES, CaseGate, _reads_text_only, case_gate
from kg.extraction.extract import extract_report
from kg.model import Document, Section
from kg.pipeline import process_document
from kg.readers import read_bytes

ROOT = Path(__file__).resolve().parents[2]

STUDY = ("Background: Toxicity of consolidation chemotherapy in older adults is poorly described. "
         "Methods: We reviewed 212 patients treated at four centres between 2008 and 2016. "
         "Results: Grade 3 neutropenia occurred in 18% of the patients; the median overall survival was 19 months. "
         "Conclusions: Consolidation was tolerable in this population.")
PATIENT = ("A 58-year-old woman with metastatic melanoma received pembrolizumab. After four doses she developed "
           "grade 3 colitis, and pembrolizumab was stopped.")


def abstract(title: str, text: str, **kw) -> Document:
    """A PubMed-like record: a title section and one abstract section."""
    full = f"{title}\n\n{text}"
    return Document(source="made-up.xml", format="pubmed", ids=["pmid:1"], title=title, text=full,
                    sections=[Section(kind="title", title="", start=0, end=len(title)),
                              Section(kind="abstract", title="", start=len(title) + 2, end=len(full))], **kw)


def test_a_study_abstract_cannot_hold_a_case(nlp):
    doc = abstract("Consolidation chemotherapy in older adults: a multicentre review", STUDY)
    assert case_gate(nlp).cannot_hold_case(doc)
    assert extract_report(doc, nlp).cases == []


def test_an_abstract_that_introduces_a_patient_goes_through(nlp):
    doc = abstract("Colitis on pembrolizumab", PATIENT)
    assert not case_gate(nlp).cannot_hold_case(doc)
    assert extract_report(doc, nlp).cases   # the gate's answer matters: this one has a case


@pytest.mark.parametrize("title", ["Colitis on pembrolizumab in an elderly woman",
                                   "Late colitis on pembrolizumab: report of a case"])
def test_a_title_that_names_a_patient_goes_through(nlp, title):
    assert not case_gate(nlp).cannot_hold_case(abstract(title, STUDY))


def test_a_case_section_or_a_case_report_type_goes_through_without_nlp(nlp):
    text = "Case presentation\n\n" + STUDY
    with_case = Document(source="made-up.txt", format="text", ids=["file:made-up.txt"], title="", text=text,
                         sections=[Section(kind="case", title="Case presentation", start=19, end=len(text))])
    assert not case_gate(nlp).cannot_hold_case(with_case)
    typed = abstract("Consolidation chemotherapy in older adults", STUDY, publication_types=["case reports"])
    assert not case_gate(nlp).cannot_hold_case(typed)


def test_the_intro_cues_read_the_sentence_text_only(nlp):
    compiled = [c for c in nlp.get_pipe("kg_cues").compiled if c.cue in INTRO_CUES]
    assert {c.cue for c in compiled} == INTRO_CUES and all(_reads_text_only(c) for c in compiled)
    # a cue that came to need an entity could not be read without the NLP: the gate then skips nothing
    needy = dataclasses.replace(compiled[0].spec, needs=frozenset({"DRUG"}))
    assert not _reads_text_only(type("C", (), {"spec": needy})())


def test_a_gate_whose_cues_read_entities_skips_nothing(nlp, monkeypatch):
    monkeypatch.setattr("kg.extraction.case_gate._reads_text_only", lambda c: False)
    gate = CaseGate(nlp)
    assert gate.plan is None
    assert not gate.cannot_hold_case(abstract("Consolidation chemotherapy in older adults", STUDY))


def test_a_skipped_document_gets_the_same_graph(nlp, monkeypatch):
    doc = abstract("Consolidation chemotherapy in older adults: a multicentre review", STUDY)
    assert case_gate(nlp).cannot_hold_case(doc)
    _, gated, _ = process_document(doc, nlp)
    monkeypatch.setattr(CaseGate, "cannot_hold_case", lambda self, d: False)
    _, full, record = process_document(doc, nlp)
    assert record.cases == [] and set(gated) == set(full) and len(full) > 0


def _bench(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, mod)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("bench", ["make_old_abstracts", "make_abstract_shapes"])
def test_a_skipped_generated_abstract_has_no_case(nlp, bench):
    """Every generated abstract the gate skips has no case by extract_report, and the benches' negatives
    (studies, reviews) are among the skipped."""
    sample = _bench(bench).generate(60, seed=28)
    skipped = 0
    for name, text, _exp in sample:
        for doc in (d for d in read_bytes(text.encode(), name) if hasattr(d, "ids")):
            if case_gate(nlp).cannot_hold_case(doc):
                skipped += 1
                assert extract_report(doc, nlp).cases == [], (name, doc.text)
    assert skipped > 0


def test_a_pipeline_without_sentences_or_cues_skips_nothing():
    import spacy

    blank = spacy.blank("en")
    gate = CaseGate(blank)
    assert gate.plan is None
    assert not gate.cannot_hold_case(abstract("Consolidation chemotherapy in older adults", STUDY))


def test_a_component_after_the_sentencizer_that_moves_sentences_turns_the_gate_off(nlp, monkeypatch):
    from kg.extraction import case_gate as module

    assert CaseGate(nlp).plan is not None   # the default pipeline: nothing after kg_sentencizer moves them
    monkeypatch.setattr(module, "_moves_sentences", lambda _nlp, name: name == "kg_terms")
    assert CaseGate(nlp).plan is None
