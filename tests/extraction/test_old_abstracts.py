"""The older-abstract bench (tools/make_old_abstracts.py, session 16, old16) on a fixed-seed sample: made-up PubMed
case abstracts of 1975-2005 (terse and passive openings, bracketed titles, old drug short forms, old tumour names,
the diagnosis only in the title, unnamed-cancer toxicity reports, WHO grades, 2-3 patient series, MeSH lines),
with negatives (an old phase II trial, a chart review, a literature review, an animal study) and non-cancer
patients given an anticancer drug. Plus the ids of the bench's expected facts, and the mechanisms the bench led
to, each on made-up texts of its own."""
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from kg.extraction.extract import extract_report
from kg.readers import read_bytes

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("make_old_abstracts", ROOT / "tools" / "make_old_abstracts.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("make_old_abstracts", bench)
_spec.loader.exec_module(bench)

SAMPLE = bench.generate(120, seed=16)
# known failures of the sample, kept strict so a fix shows: index -> why
_ADR = "'ADR' alone (adriamycin) is no drug term: it is also 'adverse drug reaction' (left out on purpose)"
_BLM = "'BLM' alone (bleomycin) is no drug term: it is also the Bloom syndrome gene"
_IL2 = "'interleukin-2' / 'IL-2' alone is no drug term (the soluble interleukin-2 receptor is a lab test)"
_CPA = "cyclophosphamide in a report that names no tumour is no cancer therapy (it also treats vasculitis)"
KNOWN = {
    15: _ADR, 38: _ADR, 62: _ADR, 73: _ADR, 57: _BLM, 65: _BLM, 80: _BLM, 67: _IL2, 118: _CPA,
    18: "'hearing loss secondary to CDDP occurred in a woman ... under treatment for ...': the event told before "
        "the patient is not counted in the narrative, and the title 'CDDP and hearing loss' names no cause",
    31: "'A case of veno-occlusive disease due to DTIC is presented': the event in the case-of sentence is not counted",
    35: "'two patients in whom MTX ... was followed by acute renal failure': 'was followed by' is no onset",
    55: "'three patients in whom dacarbazine ... was followed by veno-occlusive disease': 'was followed by' is no onset",
}


def _problems(nlp, i):
    name, text, exp = SAMPLE[i]
    return bench.problems(exp, bench.cases_of(nlp, name, text)), exp, text


@pytest.mark.parametrize("i", [pytest.param(i, marks=pytest.mark.xfail(strict=True, reason=KNOWN[i])) if i in KNOWN
                               else i for i in range(len(SAMPLE))])
def test_old_abstract_sample(nlp, i):
    errs, exp, text = _problems(nlp, i)
    assert errs == [], (exp["slots"], text)


def test_sample_covers_the_shapes():
    slots = {f"{k}={v}" for _, _, exp in SAMPLE for k, v in exp["slots"].items()}
    assert {"kind=single_tox", "kind=single_treat", "kind=series", "kind=negative", "kind=nocancer",
            "format=json", "format=text_mesh", "format=text_plain", "format=pubmed_mesh", "where=title",
            "where=unnamed", "intro=in_a_patient", "intro=passive_observed", "title=bracketed",
            "opening=observed_in_n", "negative=retrospective", "grade=True", "drug_written=abbrev"} <= slots


def test_expected_ids_come_from_shared_terminology():
    """Every NCIt id of the bench's expected facts occurs in ../shared/terminology and is named there by one of
    the fact's names (benchmarks/gold/check_ids.py, the gold files' own check)."""
    shared = ROOT.parent / "shared"
    if not (shared / "terminology").is_dir():
        pytest.skip("../shared/terminology not available")
    sys.path.insert(0, str(ROOT / "benchmarks" / "gold"))
    import check_ids
    term = check_ids.terminology(shared)
    for key, entry in list(bench.DRUGS.items()) + list(bench.TUMOURS.items()):
        if entry["id"] is None:
            continue
        names = entry["written"] + entry["keys"] + [entry.get("label", "")]
        assert term.files_with(entry["id"]), (key, entry["id"])
        assert term.named(entry["id"], names), (key, entry["id"])


def _cases(nlp, title, abstract, pmid="8299001"):
    docs = [d for d in read_bytes(json.dumps({"pmid": pmid, "title": title, "abstract": abstract}).encode(),
                                  f"{pmid}.json") if hasattr(d, "ids")]
    return [c for d in docs for c in extract_report(d, nlp).cases]


def _aes(case):
    return {(a.concept.label.lower(), a.grade) for a in case.adverse_events}


def _drugs(case):
    return {a.drug.label.lower() for t in case.treatments for a in t.administrations}


@pytest.mark.parametrize("title,abstract", [
    ("Neutropenic enterocolitis after docetaxel: a chart review",
     "The clinical files of 164 women given docetaxel for breast cancer between 1996 and 2003 were retrospectively "
     "reviewed. Neutropenic enterocolitis was identified in nine women. A 58-year-old woman of this group died."),
    ("Cardiac events during 5-fluorouracil infusion",
     "The case notes of 73 patients receiving continuous 5-fluorouracil were examined. Angina was recorded in four. "
     "One 66-year-old man had a myocardial infarction."),
])
def test_a_passive_chart_review_is_a_cohort(nlp, title, abstract):
    assert _cases(nlp, title, abstract) == []


@pytest.mark.parametrize("title,abstract", [
    ("Pancreatitis during asparaginase therapy",
     "In a patient with acute lymphoblastic leukaemia, acute pancreatitis developed on day 12 of asparaginase. "
     "Serum amylase was markedly raised. Recovery was slow."),
    ("Peripheral neuropathy and vincristine",
     "In an elderly woman treated with vincristine for lymphoma, a severe peripheral neuropathy was noted after "
     "the fourth dose. The drug was withdrawn."),
])
def test_in_a_patient_with_x_y_developed_is_a_case(nlp, title, abstract):
    cases = _cases(nlp, title, abstract)
    assert len(cases) == 1 and _drugs(cases[0])


def test_an_event_in_two_patients_given_a_drug_is_a_series(nlp):
    cases = _cases(nlp, "Ototoxicity of carboplatin in children",
                   "Sensorineural hearing loss was observed in two children treated with carboplatin for "
                   "retinoblastoma. One was a 4-year-old girl. The other was a boy aged 2.")
    assert cases and {"carboplatin"} <= set().union(*(_drugs(c) for c in cases))


@pytest.mark.parametrize("abstract,grade", [
    ("A 61-year-old man with hepatocellular carcinoma developed hand-foot skin reaction after sorafenib. "
     "The reaction was scored as WHO grade 3. He continued at a lower dose.", 3),
    ("A 44-year-old woman with ovarian carcinoma developed an anaphylactic reaction after carboplatin during the "
     "sixth course. This was rated as a grade 2 adverse event. Desensitisation allowed further courses.", 2),
])
def test_a_grade_told_of_the_toxicity_as_a_whole_goes_to_the_one_event(nlp, abstract, grade):
    cases = _cases(nlp, "Drug reaction: a case report", abstract)
    assert len(cases) == 1
    assert [g for _, g in _aes(cases[0])] == [grade]


def test_a_whole_grade_goes_to_no_event_when_there_are_two(nlp):
    cases = _cases(nlp, "Two reactions to one drug",
                   "A 52-year-old man with colon cancer developed diarrhoea and mucositis after capecitabine. "
                   "The toxicity was WHO grade 3. The dose was reduced.")
    assert len(cases) == 1
    assert all(g is None for _, g in _aes(cases[0]))


def test_given_for_the_tumour_and_developed_keeps_the_drug(nlp):
    cases = _cases(nlp, "Interstitial pneumonitis in a woman with ovarian cancer treated with gemcitabine",
                   "A 63-year-old woman was given gemcitabine for the tumour and developed interstitial "
                   "pneumonitis. She improved on steroids.")
    assert len(cases) == 1 and "gemcitabine" in _drugs(cases[0])
    assert any("pneumonitis" in label for label, _ in _aes(cases[0]))


def test_an_event_presented_while_receiving_a_drug_is_its_adverse_event(nlp):
    cases = _cases(nlp, "Capecitabine and diarrhoea",
                   "A 70-year-old woman receiving capecitabine for metastatic breast cancer was admitted with "
                   "profuse diarrhoea. The drug was stopped and she recovered.")
    assert len(cases) == 1
    assert any("diarrh" in label for label, _ in _aes(cases[0]))


def test_title_event_in_a_patient_treated_with_a_drug(nlp):
    cases = _cases(nlp, "Encephalopathy in a child with neuroblastoma treated with ifosfamide",
                   "An 11-year-old boy with neuroblastoma received ifosfamide. On the second day he became "
                   "drowsy and disoriented. He recovered within three days.")
    assert len(cases) == 1
    assert any("encephalopathy" in label for label, _ in _aes(cases[0]))


@pytest.mark.parametrize("text,drug", [
    ("A 40-year-old man with Hodgkins disease received VLB weekly and developed jaw pain.", "vinblastine"),
    ("A 59-year-old woman with renal cell carcinoma was treated with recombinant interleukin-2 (rIL-2).", "aldesleukin"),
    ("A 48-year-old man with hairy cell leukaemia was given recombinant interferon alpha-2a for a year.",
     "interferon alfa-2a"),
])
def test_older_drug_names(nlp, text, drug):
    cases = _cases(nlp, "A case report", text)
    assert cases and drug in _drugs(cases[0])


@pytest.mark.parametrize("title,abstract", [
    ("Leukoencephalopathy after intrathecal methotrexate",
     "A 6-year-old boy developed leukoencephalopathy three weeks after intrathecal methotrexate. He recovered slowly."),
    ("Acute chemical arachnoiditis",
     "Fever, headache and neck stiffness followed intraventricular methotrexate in a 35-year-old woman."),
])
def test_methotrexate_into_the_csf_is_cancer_therapy_in_an_unnamed_cancer_story(nlp, title, abstract):
    cases = _cases(nlp, title, abstract)
    assert len(cases) == 1 and "methotrexate" in _drugs(cases[0])


def test_oral_methotrexate_in_a_story_without_cancer_stays_out(nlp):
    cases = _cases(nlp, "Pneumonitis on weekly methotrexate",
                   "A 61-year-old woman with rheumatoid arthritis developed pneumonitis on weekly oral methotrexate.")
    assert all(not _drugs(c) for c in cases)


_MID = pytest.mark.xfail(strict=True, reason=(
    "a patient named only mid-sentence as the place of the reaction ('X was noted after Y in a woman with Z'): a "
    "PATIENT_INTRO row for it (old16-intro-event-in-a-patient-with, session 16) moved corpora2 check 0.526 -> 0.626 "
    "but corpora check 0.755 -> 0.744 (the cases it finds there carry wrong responses and diagnoses); withheld"))


@pytest.mark.parametrize("title,abstract,drug", [
    pytest.param("Capecitabine and the palms", "Symmetrical palmar erythema was noted after capecitabine in an elderly "
                 "woman with colon cancer. The dose was reduced.", "capecitabine", marks=_MID),
    pytest.param("Aphasia and ifosfamide", "Transient aphasia is reported in a man receiving high-dose ifosfamide for "
                 "a pelvic sarcoma. He recovered within two days.", "ifosfamide"),  # case37-event-in-a-person-is-reported
    ("Carboplatin hypersensitivity", "A patient with ovarian carcinoma had a severe hypersensitivity reaction to "
     "carboplatin during the eighth course. Desensitisation failed.", "carboplatin"),
    ("Ototoxicity in infants", "Severe ototoxicity occurred in three infants with bilateral retinoblastoma who "
     "received carboplatin. Two needed hearing aids.", "carboplatin"),
])
def test_older_patient_introductions(nlp, title, abstract, drug):
    cases = _cases(nlp, title, abstract)
    assert cases and drug in set().union(*(_drugs(c) for c in cases))


@pytest.mark.parametrize("title,abstract", [
    ("Vinorelbine in advanced breast cancer: a phase II study",
     "Thirty-eight women with advanced breast cancer were treated with weekly vinorelbine. The only complete "
     "response was seen in a patient with liver metastases. Neutropenia was dose-limiting."),
    ("Ifosfamide neurotoxicity: a review", "Encephalopathy has been reported in a patient with renal failure "
     "given ifosfamide. We review 60 published cases and their risk factors."),
])
def test_a_cohort_or_review_keeps_no_case(nlp, title, abstract):
    assert _cases(nlp, title, abstract) == []
