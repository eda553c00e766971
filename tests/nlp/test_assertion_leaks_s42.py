"""Session 42 (leak42): made-up short reports for the voices in which the session's five readable leaks told a drug
NOT given to this patient, each paired with a report in the same shape where the drug WAS given; and the shape of the
session's false case (a trial report whose "Patients" sub-headings were read as case sections).

Voices (kg/rules/context.jsonl rows, NEW this session):

* a treatment told in the perfect as not given or not carried out ("X has not been started", "the plan for X has not
  been carried out", "X had not been administered when ..."): leak42-not-done-perfect-negated; a plan named in one
  wording and given up in another (the drug's short form: "axi-cel") is the same drug, as its linked term says
  (kg/nlp/assertion.py ``_names``);
* a drug the patient or family only asks about ("raised the question of X", "brought up the possibility of X", "asked
  whether she could receive X"): leak42-hypothetical-question-raised;
* a drug not registered or marketed where the patient lives, alone or coordinated ("not registered or marketed",
  "neither registered nor reimbursed"): leak42-refused-not-registered-after;
* a prescription changed to another drug before the first dose ("the prescription was changed to Y", "before the
  first tablet ... switched her to Y"): leak42-plan-cancelled-prescription-changed.
"""
from __future__ import annotations

import pytest

from rule_examples import cases_of, check_drugs


def _case(story: str) -> str:
    return "Case presentation\nA 58-year-old woman was treated for metastatic cancer. " + story + "\n"


# (voice, not-given story, drugs given, drugs not given, given story, drugs given there)
PAIRS = {
    # leak42-not-done-perfect-negated
    "perfect-not-started-at-writing": (
        "Weekly paclitaxel was started in May. At the time of writing, niraparib has not been started.",
        {"paclitaxel"}, {"niraparib"},
        "Weekly paclitaxel was started in May. Niraparib, which had not been given before, was added in July.",
        {"paclitaxel", "niraparib"}),
    "perfect-plan-not-carried-out-short-form": (
        "Gemcitabine was given for four cycles. The board planned tisagenlecleucel as third-line therapy. She is "
        "receiving voriconazole for a lung infection; the plan for tisa-cel has not been carried out.",
        {"gemcitabine"}, {"tisagenlecleucel"},
        "Gemcitabine was given for four cycles. The board planned tisagenlecleucel as third-line therapy. Tisa-cel was "
        "infused in May after lymphodepletion.", {"gemcitabine", "tisagenlecleucel"}),
    "perfect-not-administered-when": (
        "Gemcitabine was given for four cycles. Lurbinectedin had not been administered when she was moved to the "
        "hospice.", {"gemcitabine"}, {"lurbinectedin"},
        "Gemcitabine was given for four cycles. Lurbinectedin had not been given until her platelets recovered in "
        "June, and she then received six cycles.", {"gemcitabine", "lurbinectedin"}),
    # leak42-hypothetical-question-raised
    "family-raised-question": (
        "The family raised the question of brigatinib: her uncle was receiving brigatinib for lung cancer. Crizotinib "
        "was started in May.",
        {"crizotinib"}, {"brigatinib"},
        "The family raised the question of brigatinib: her uncle was receiving brigatinib for lung cancer. Brigatinib "
        "90 mg daily was started in May.", {"brigatinib"}),
    "parents-asked-whether": (
        "The parents asked whether their daughter could receive larotrectinib. Vincristine and dactinomycin were "
        "given for twelve weeks.", {"vincristine", "dactinomycin"}, {"larotrectinib"},
        "The parents asked whether their daughter could receive larotrectinib. Larotrectinib was started a week "
        "later.", {"larotrectinib"}),
    "brought-up-possibility": (
        "Her husband brought up the possibility of lorlatinib. She had grade 2 fatigue and her scans remain stable.",
        set(), {"lorlatinib"},
        "Her husband brought up the possibility of lorlatinib. Lorlatinib was started at progression.",
        {"lorlatinib"}),
    # leak42-refused-not-registered-after
    "not-registered-or-marketed": (
        "Amivantamab would have been preferred, but amivantamab was not registered or marketed in our country, and "
        "she received carboplatin and pemetrexed.", {"carboplatin", "pemetrexed"}, {"amivantamab"},
        "Amivantamab was registered in our country in 2022 and was started with carboplatin and pemetrexed.",
        {"amivantamab", "carboplatin"}),
    "neither-registered-nor-reimbursed": (
        "Lurbinectedin was neither registered nor reimbursed in Romania, so topotecan was given.", {"topotecan"},
        {"lurbinectedin"},
        "Lurbinectedin was registered and reimbursed in Romania from 2021, and she received it every three weeks.",
        {"lurbinectedin"}),
    "not-yet-marketed": (
        "Repotrectinib was not yet marketed in Brazil, and crizotinib was continued.", {"crizotinib"},
        {"repotrectinib"},
        "Repotrectinib was marketed in Brazil by then and was started at progression on crizotinib.",
        {"repotrectinib", "crizotinib"}),
    # leak42-plan-cancelled-prescription-changed
    "prescription-changed-before-first-dose": (
        "Sorafenib was prescribed in March. Before the first dose, the sequencing report came back and the "
        "prescription was changed to larotrectinib.", {"larotrectinib"}, {"sorafenib"},
        "Sorafenib was prescribed in March. After four months, the prescription was changed to larotrectinib.",
        {"sorafenib", "larotrectinib"}),
    "order-switched": (
        "Imatinib was ordered on Monday. The order was switched to dasatinib when the mutation report arrived.",
        {"dasatinib"}, {"imatinib"},
        "Imatinib was ordered on Monday. The order was changed to 300 mg daily.", {"imatinib"}),
    "switched-before-first-tablet": (
        "Capecitabine was prescribed at the visit. Before she took the first tablet, her oncologist switched her to "
        "trifluridine/tipiracil.", set(), {"capecitabine"},
        "Capecitabine was prescribed at the visit. After six cycles, her oncologist switched her to "
        "trifluridine/tipiracil.", {"capecitabine"}),
}


@pytest.mark.parametrize("voice", sorted(PAIRS))
def test_not_given(nlp, voice):
    story, given, not_given, _story, _given = PAIRS[voice]
    check_drugs(nlp, _case(story), given, not_given)


@pytest.mark.parametrize("voice", sorted(PAIRS))
def test_given_counterpart(nlp, voice):
    _story, _given, _not_given, story, given = PAIRS[voice]
    check_drugs(nlp, _case(story), given, set())


# A trial report set out in numbered sections whose methods and results open with a run-in "Patients" sub-heading
# (kg/readers/text.py _study_patients_heading): the study's patients, no case. A case report whose story follows a
# "Patients" heading of its own (no methods or results above it) keeps its case.
_TRIAL = """Selpercatinib in RET fusion-positive thyroid cancer: a single-arm phase II study

Abstract
Background: RET fusions drive a minority of thyroid cancers. Methods: Adults with progressive disease received
selpercatinib 160 mg twice daily. Results: Of 41 enrolled patients, 38 were evaluable. The ORR was 71%.

1 Introduction
Selective RET inhibitors have changed the treatment of RET-altered tumours.

2 Methods
2.1 Patients. Eligible patients were adults with a RET fusion found by NGS and measurable disease.
2.2 Assessment. Tumours were assessed every 8 weeks by RECIST 1.1.

3 Results
3.1 Patients. Between 2020 and 2022, 41 patients (median age 52; 23 women) were enrolled. Fusion partners included
CCDC6 (n = 20) and NCOA4 (n = 12).
3.2 Efficacy. Two patients had a complete response and 25 a partial response.

4 Discussion
Our response rate matches earlier trials of selective RET inhibitors.
"""

_CASE_UNDER_PATIENTS = """Selpercatinib in a woman with RET fusion-positive thyroid cancer

1 Introduction
Selective RET inhibitors have changed the treatment of RET-altered tumours.

2 Patient
A 47-year-old woman presented with a neck mass. Papillary thyroid carcinoma with a CCDC6-RET fusion was found.
Selpercatinib 160 mg twice daily was started in May, and CT showed a partial response.

3 Discussion
Our patient responded as the trials would predict.
"""


def test_trial_with_patients_subheadings_has_no_case(nlp):
    assert cases_of(nlp, _TRIAL) == []


def test_case_after_its_own_patient_heading_is_kept(nlp):
    (case,) = cases_of(nlp, _CASE_UNDER_PATIENTS)
    assert {d.label.lower() for t in case.treatments for d in t.drugs} == {"selpercatinib"}
