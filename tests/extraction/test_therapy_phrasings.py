"""The therapy phrasing bench (tools/make_therapy_phrasings.py) on a fixed seed sample: made-up
narratives whose slots vary independently (how a drug is started, how lines follow, how a response
is worded and where it sits, drugs not given). Each narrative's drugs given, drugs not given,
(drug, response) pairs and line order must come out as composed."""
import importlib.util
import sys
from pathlib import Path

import pytest

from rule_examples import case_of

_spec = importlib.util.spec_from_file_location(
    "make_therapy_phrasings", Path(__file__).resolve().parents[2] / "tools" / "make_therapy_phrasings.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("make_therapy_phrasings", bench)   # its dataclasses look their module up
_spec.loader.exec_module(bench)

SAMPLE = bench.generate(150, seed=11)

# known failures of larger samples, kept strict so a fix shows: (seed, n, index, why)
KNOWN = [
    (13, 400, 369, "a relapse dated at the end of a line given 'from ... to ...' is that line's progression "
                   "only within two sentences of it; here a distractor and an assessment sentence come between"),
]


@pytest.mark.parametrize("i", range(len(SAMPLE)))
def test_phrasing_sample(nlp, i):
    nar = SAMPLE[i]
    assert bench.problems(nar, case_of(nlp, nar.text)) == [], (nar.text, nar.slots)


@pytest.mark.parametrize("seed, n, i", [pytest.param(seed, n, i, marks=pytest.mark.xfail(strict=True, reason=why))
                                         for seed, n, i, why in KNOWN])
def test_known_failures(nlp, seed, n, i):
    nar = bench.generate(n, seed)[i]
    assert bench.problems(nar, case_of(nlp, nar.text)) == [], (nar.text, nar.slots)


def test_bench_composes_varied_slots():
    keys = {f"{k.rstrip('0123456789')}={v}" for nar in SAMPLE for k, v in nar.slots.items()}
    assert {"start=brand", "next=date_range", "place=after_ae", "distract=discussion_trial",
            "resp=pr_smaller", "restart=rechallenge"} <= keys
    assert all(nar.given and not (nar.given & nar.not_given) for nar in SAMPLE)


def _lines(nlp, text):
    return [([a.drug.label.lower() for a in t.administrations],
             sorted(bench.CLASS_OF.get(r.concept.label.lower(), r.concept.label) for r in t.responses))
            for t in sorted(case_of(nlp, text).treatments, key=lambda t: t.line)]


@pytest.mark.parametrize("text, expected", [
    # the drugs listed with a drug named as what failed are what failed, not part of the new line
    ("A 70-year-old man had mantle cell lymphoma. He was given bendamustine and rituximab in 2016. "
     "Because the lymphoma was resistant to bendamustine plus rituximab, ibrutinib followed in 2017.",
     [(["bendamustine", "rituximab"], ["PD"]), (["ibrutinib"], [])]),
    # a line told with its start and end: the undated assessments right after it (past an AE sentence) are its own
    ("A 58-year-old woman had ovarian carcinoma. Between April 2018 and February 2019 she was treated "
     "with niraparib. Thrombocytopenia of grade 3 occurred. A pelvic CT then revealed progressive disease.",
     [(["niraparib"], ["PD"])]),
    # two assessments in one sentence, split by the drug started between them
    ("A 49-year-old man had metastatic melanoma. Nivolumab was begun in 2017. Following stable disease "
     "for a year, nodal progression was found and encorafenib with binimetinib was commenced, after which "
     "the nodes disappeared completely.",
     [(["nivolumab"], ["PD", "SD"]), (["encorafenib", "binimetinib"], ["CR"])]),
    # a regimen named as replaced is a switch to a new line, not a swap inside it
    ("A 63-year-old woman had rectal cancer with liver metastases. CAPOX was administered from March 2019. "
     "In January 2020 CAPOX was replaced by FOLFIRI.",
     [(["capecitabine", "oxaliplatin"], []), (["fluorouracil", "leucovorin", "irinotecan"], [])]),
])
def test_mechanisms_the_bench_found(nlp, text, expected):
    assert _lines(nlp, text) == expected
