"""The series-shapes bench (tools/make_series_shapes.py) on a fixed seed sample: made-up small case series (2-4
patients) told under labels ("Patient 1", "Patient #2", "Patient B", "Case report 3", "Case two"), by ordinals
("The second was a 57-year-old man"), with a shared lead ("Two patients with X received Y; the first ...; the
second ..."), as families (a mother and her son, siblings, an index patient and a relative) and with only one
patient treated; negatives are cohorts and trials with aggregate results. Each report's pooled facts (diagnoses,
fusions, drugs, (drug, response) pairs, graded events, no leak) must come out as composed, and labelled series
must be split one case per patient. Plus the mechanisms the bench led to, each on texts of its own."""
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from kg.extraction.extract import extract_report
from kg.readers import read_bytes

_spec = importlib.util.spec_from_file_location(
    "make_series_shapes", Path(__file__).resolve().parents[2] / "tools" / "make_series_shapes.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("make_series_shapes", bench)
_spec.loader.exec_module(bench)

SAMPLE = bench.generate(90, seed=16)
# (a table of the series' patients flattened into plain text, tab or pipe cells under a "Table 1." caption, was kept
# out as a caption until session 16, tab16: its rows are now read as case text, as the HTML table's are)
KNOWN: set[tuple[str, str]] = set()


@pytest.mark.parametrize("i", range(len(SAMPLE)))
def test_series_shape(nlp, i):
    name, text, exp = SAMPLE[i]
    errs = bench.problems(exp, bench.cases_of(nlp, name, text))
    if (exp["shape"], exp["slots"]["format"]) in KNOWN:
        assert errs, f"{name}: the known failure is fixed; take it out of KNOWN"
        return
    assert errs == [], (name, exp["slots"], errs)


@pytest.mark.parametrize("i", [i for i, (_, _, e) in enumerate(SAMPLE)
                               if e["shape"] in ("patient_label", "case_label", "ordinal", "one_treated")])
def test_labelled_series_are_split(nlp, i):
    name, text, exp = SAMPLE[i]
    assert len(bench.cases_of(nlp, name, text)) == len(exp["cases"]), (name, exp["slots"])


def _abstract(nlp, title, abstract, pmid="9812345"):
    rec = json.dumps({"pmid": pmid, "title": title, "abstract": abstract})
    docs = [d for d in read_bytes(rec.encode(), f"{pmid}.json") if hasattr(d, "ids")]
    return [c for d in docs for c in extract_report(d, nlp).cases]


def _drugs(cases):
    return {a.drug.label.lower() for c in cases for t in c.treatments for a in t.administrations}


def test_counted_patients_told_as_subject_keep_their_drug(nlp):
    # "Two women with X were treated with Y": the report's own patients, not patients in general
    cases = _abstract(nlp, "Cabozantinib in two women with papillary renal cell carcinoma.",
                      "Two women with papillary renal cell carcinoma (aged 49 and 63 years) were treated with "
                      "cabozantinib. The first had a partial response; the second had stable disease at six months.")
    assert cases and "cabozantinib" in _drugs(cases)
    resp = {r.concept.label.lower() for c in cases for t in c.treatments for r in t.responses}
    assert {"partial response", "stable disease"} <= resp


def test_counted_patients_of_the_literature_stay_literature(nlp):
    cases = _abstract(nlp, "Gastric adenocarcinoma treated with trastuzumab: a case report.",
                      "A 58-year-old man with HER2-positive gastric adenocarcinoma received capecitabine and "
                      "oxaliplatin. Two patients with similar tumours were previously reported to respond to "
                      "trastuzumab deruxtecan.")
    assert cases and "trastuzumab deruxtecan" not in _drugs(cases)


def test_a_trial_with_counted_patients_is_no_case(nlp):
    cases = _abstract(nlp, "A phase 2 study of lenvatinib in anaplastic thyroid carcinoma.",
                      "Thirty-four patients with anaplastic thyroid carcinoma received lenvatinib. The objective "
                      "response rate was 26%. Two patients with bulky disease received a reduced dose after grade 3 "
                      "hypertension.")
    assert cases == []


def test_parent_and_child_introduce_a_family_series(nlp):
    cases = _abstract(nlp, "Pheochromocytoma in a family.",
                      "A mother and her daughter were both found to have pheochromocytoma. The mother, aged 61, "
                      "received lutetium Lu 177 dotatate for metastatic disease. Her daughter underwent "
                      "adrenalectomy.")
    assert cases and any(d.concept.label.lower().startswith("pheochromocytoma") for c in cases for d in c.diagnoses)


@pytest.mark.parametrize("first,second", [("Patient A.", "Patient B."), ("Case report 1:", "Case report 2:"),
                                          ("Patient #1", "Patient #2"), ("Case one.", "Case two.")])
def test_case_labels_split_a_series(nlp, first, second):
    text = (f"We report two cases of synovial sarcoma. {first} A 33-year-old man received ifosfamide and had a "
            f"partial response. {second} A 47-year-old woman received pazopanib and progressed.")
    cases = _abstract(nlp, "Synovial sarcoma: two cases.", text)
    assert [c.age for c in cases] == [33, 47]
    assert [_drugs([c]) for c in cases] == [{"ifosfamide"}, {"pazopanib"}]


def test_an_ordinal_without_an_age_splits_nothing(nlp):
    cases = _abstract(nlp, "Desmoid tumour of the abdominal wall: a case report.",
                      "A 36-year-old woman had a desmoid tumour. Two biopsies were taken. The first was a core "
                      "biopsy. The second was an excision biopsy. She received sorafenib.")
    assert len(cases) == 1


def test_a_story_going_back_and_forth_keeps_one_case_per_patient(nlp):
    text = ("We describe two brothers with Hodgkin lymphoma. Patient A, a 19-year-old man, received ABVD. "
            "Patient B, a 16-year-old boy, received brentuximab vedotin. Patient A then relapsed and was given "
            "pembrolizumab.")
    cases = _abstract(nlp, "Hodgkin lymphoma in two brothers.", text)
    assert [c.age for c in cases] == [19, 16]
    assert "pembrolizumab" in _drugs([cases[0]]) and "pembrolizumab" not in _drugs([cases[1]])


def _page(nlp, body):
    page = ("<html><head><title>Synovial sarcoma in three adults</title></head><body><article>"
            "<h1>Synovial sarcoma in three adults</h1><h2>Introduction</h2><p>Synovial sarcoma is rare.</p>"
            "<h2>Case series</h2><p>We describe three adults with synovial sarcoma of the limbs.</p>" + body +
            "<h2>Discussion</h2><p>Responses to second-line drugs vary.</p></article></body></html>")
    docs = [d for d in read_bytes(page.encode(), "synovial_series.html") if hasattr(d, "ids")]
    return [c for d in docs for c in extract_report(d, nlp).cases]


def _pairs(cases):
    return {(a.drug.label.lower(), r.concept.label.lower()) for c in cases for t in c.treatments
            for a in t.administrations for r in t.responses}


def test_a_series_table_of_its_own_patients_gives_their_treatments_and_responses(nlp):
    table = ("<table><caption>Table 1. Our three patients</caption><tr><th>Case</th><th>Age/Sex</th>"
             "<th>Site</th><th>Second-line treatment</th><th>Best response</th></tr>"
             "<tr><td>I</td><td>31/F</td><td>knee</td><td>pazopanib</td><td>SD</td></tr>"
             "<tr><td>II</td><td>45/M</td><td>foot</td><td>trabectedin</td><td>PR</td></tr>"
             "<tr><td>III</td><td>52/M</td><td>thigh</td><td>pazopanib</td><td>PD</td></tr></table>")
    pairs = _pairs(_page(nlp, table))
    assert ("trabectedin", "partial response") in pairs and ("pazopanib", "stable disease") in pairs


def test_a_table_of_published_cases_stays_out(nlp):
    table = ("<table><caption>Table 2. Cases in the literature</caption><tr><th>Case</th><th>Author</th>"
             "<th>Age/Sex</th><th>Treatment</th><th>Best response</th></tr>"
             "<tr><td>1</td><td>Okafor</td><td>28/F</td><td>eribulin</td><td>PR</td></tr>"
             "<tr><td>2</td><td>Lindqvist</td><td>61/M</td><td>trabectedin</td><td>SD</td></tr></table>")
    assert not {d for d, _ in _pairs(_page(nlp, table))} & {"eribulin", "trabectedin"}
    drugs = {a.drug.label.lower() for c in _page(nlp, table) for t in c.treatments for a in t.administrations}
    assert "eribulin" not in drugs
