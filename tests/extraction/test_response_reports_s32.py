"""Session 32 (rrec32): whole made-up reports whose responses are told the ways kg missed (s32_reports.py: a result in
the sentence after its assessment, markers over time, a pathological response after neoadjuvant therapy, PET scores
beside SUV changes, a timeline table, SD then PR in one sentence, clinical words, a two-patient series, a structured
abstract with glued labels), each with the (drug, class) pairs benchmarks/gold/README.md gives."""
import pytest

from rule_examples import report_param, response_pairs
from s32_reports import REPORTS

# (report id, reason) of what kg still gets wrong outside the response wording itself
OPEN = {
    "myeloma-structured-abstract": "dexamethasone beside lenalidomide or daratumumab and bortezomib is not read as a "
                                   "drug of the line (kg/extraction/therapy.py), so it shares none of their responses",
}


@pytest.mark.parametrize("rid,text,expected", [report_param(r, OPEN) for r in REPORTS])
def test_report_response_pairs(nlp, rid, text, expected):
    got = response_pairs(nlp, text)
    assert got == expected, f"missed {sorted(expected - got)}, extra {sorted(got - expected)}"


@pytest.mark.parametrize("text,expected", [
    # a PET score classes its own PET: the SUV fall beside it is its measure (no partial response of its own)
    ("Lymphoma after brentuximab vedotin\n\nCase presentation\n\nA 30-year-old woman with relapsed Hodgkin lymphoma "
     "received nivolumab. Restaging PET after eight doses showed the SUVmax of the mediastinal mass fell from 9.8 to "
     "2.1 (Deauville 2).\n", {("nivolumab", "CR")}),
    ("Lymphoma after R-CHOP\n\nCase presentation\n\nA 66-year-old man with relapsed DLBCL received polatuzumab vedotin, "
     "bendamustine and rituximab. Interim PET showed the SUVmax fell from 18.0 to 6.2.\n",
     {("polatuzumab vedotin", "PR"), ("bendamustine", "PR"), ("rituximab", "PR")}),
    # myeloma's marker gone on immunofixation is the IMWG complete response; its fall alone names no class
    ("Myeloma case\n\nCase presentation\n\nA 70-year-old woman with IgA lambda myeloma received daratumumab with "
     "pomalidomide. After eight cycles serum and urine immunofixation became negative.\n",
     {("daratumumab", "CR"), ("pomalidomide", "CR")}),
    ("Myeloma case\n\nCase presentation\n\nA 70-year-old woman with IgA lambda myeloma received carfilzomib. After four "
     "cycles the serum M-protein fell from 2.9 to 1.2 g/dL.\n", set()),
])
def test_short_reports(nlp, text, expected):
    assert response_pairs(nlp, text) == expected
