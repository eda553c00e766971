"""Session 32 drug probes (drug32): complete made-up reports (tests/nlp/drug_reports_s32.py) in several shapes, each
with the drugs its patient was given, compared by the labels kg links. A drug kg misses or adds is a failure of a
mechanism (a regimen acronym glossed by its course, a drug name broken by a PDF hyphen, a flattened table of lines in
a report told under no heading, a lymphodepletion short form)."""
from __future__ import annotations

import pytest

from drug_reports_s32 import REPORTS
from rule_examples import drugs_given

# the labels kg links for drugs these reports name otherwise: BCG its NCIt name (nab-paclitaxel is a drug of its own
# since session 38: albumin-bound paclitaxel is listed as written)
SAME_DRUG = {"bcg vaccine": "bacillus calmette-guerin"}
# what kg still gets wrong in these reports (session 32): left for later, asserted so a fix shows up here
KNOWN_MISSED = {"hormone_neuro_thyroid": {"sodium iodide i-131"}}
KNOWN_EXTRA = {"brand_names_lung": {"dexamethasone"}, "salts_and_formulations_sarcoma": {"anthracycline"}}


@pytest.mark.parametrize("name,text,given,not_given", REPORTS, ids=[r[0] for r in REPORTS])
def test_drugs_of_made_up_report(nlp, name, text, given, not_given):
    got = drugs_given(nlp, text)
    want = {SAME_DRUG.get(d, d) for d in given}
    assert want - got == KNOWN_MISSED.get(name, set()), f"missed {want - got}"
    assert got - want == KNOWN_EXTRA.get(name, set()), f"extra {got - want}"
    assert not (got & set(not_given)) - KNOWN_EXTRA.get(name, set())
