"""Session 42 (assert42b): assertion and recognition leftovers, each told in made-up short reports in several
wordings, with counterparts where the patient's own drug stays given.

* a refusal or a not-available cue on one drug does not reach the next clause's drug that is the subject of its own
  predicate of supply ("X was not reimbursed, and Y was obtained through compassionate use"):
  kg/rules/context.jsonl s42b-pseudo-own-predicate-obtained;
  a predicate of supply in the gap after the refusal ("..., and she obtained Y") ends its reach too:
  s42b-terminate-shield-supply;
* a drug that data, evidence or experience speak about ("dosing data for X were limited") is weighed, not given:
  s42b-hypothetical-data-for;
* a start dated on the calendar after a long reason that reads as literature (an approval, the data weighed) is this
  patient's treatment: kg/rules/sentences.jsonl s42b-anchor-reasoned-choice-dated;
* responses counted across patients ("Responses to X were frequent (5 of 6)") summarise a literature review:
  s42b-lit-responses-across-patients;
* a short form the abstract defines as a drug and the case section as an event: its use before a dose is the drug
  (kg/nlp/abbreviations.py ``_dosed_as_drug``).
"""
from __future__ import annotations

import pytest

from rule_examples import cases_of, check_drugs, response_pairs


def _case(story: str) -> str:
    return "Case presentation\nA 61-year-old man was treated for metastatic cancer. " + story + "\n"


# (voice, story, drugs given, drugs not given)
REACH = {
    "not-reimbursed-then-obtained": (
        "Larotrectinib was not reimbursed by his insurer, and entrectinib 600 mg daily was obtained through a "
        "compassionate programme in March 2023.", {"entrectinib"}, {"larotrectinib"}),
    "refused-then-supplied": (
        "Lorlatinib was refused by the health fund, and brigatinib was then supplied free of charge by the maker.",
        {"brigatinib"}, {"lorlatinib"}),
    "not-available-then-procured": (
        "Selpercatinib was not available in the country, and pralsetinib was procured through an expanded access "
        "scheme in May 2021.", {"pralsetinib"}, {"selpercatinib"}),
    "not-reimbursed-she-obtained": (
        "Larotrectinib was not reimbursed, and she obtained entrectinib through a compassionate programme in 2023.",
        {"entrectinib"}, {"larotrectinib"}),
    "not-available-we-secured": (
        "Osimertinib was not available, and we secured erlotinib through a donation scheme in May 2019.",
        {"erlotinib"}, {"osimertinib"}),
    # counterparts: both drugs share the refusal; a negated supply is no new predicate
    "approval-not-obtained": (
        "Insurance approval was not obtained for lorlatinib, and docetaxel was started in June 2020.",
        {"docetaxel"}, {"lorlatinib"}),
    "both-not-reimbursed": (
        "Larotrectinib and entrectinib were not reimbursed by his insurer, so carboplatin and paclitaxel were given.",
        {"carboplatin", "paclitaxel"}, {"larotrectinib", "entrectinib"}),
}


@pytest.mark.parametrize("voice", sorted(REACH))
def test_refusal_reaches_only_its_own_drug(nlp, voice):
    story, given, not_given = REACH[voice]
    check_drugs(nlp, _case(story), given, not_given)


WEIGHED = {
    "dosing-data-for": (
        "Because paediatric dosing data for lorlatinib were limited at that time, crizotinib was started in May 2020.",
        {"crizotinib"}, {"lorlatinib"}),
    "experience-with": (
        "Published experience with larotrectinib in infants was scarce, so vincristine and dactinomycin were given "
        "from June 2019.", {"vincristine", "dactinomycin"}, {"larotrectinib"}),
    "evidence-supporting-the-use-of": (
        "There was little evidence supporting the use of pralsetinib in this setting, and cabozantinib was started in "
        "April 2022.", {"cabozantinib"}, {"pralsetinib"}),
    # counterparts: the data noun names no drug, or the drug is given in its own clause
    "data-without-drug": (
        "Despite limited data in children, alectinib 300 mg twice daily was started in June 2021.",
        {"alectinib"}, set()),
    "data-on-its-response": (
        "He received alectinib from May 2020, and data on his response were collected every three months.",
        {"alectinib"}, set()),
}


@pytest.mark.parametrize("voice", sorted(WEIGHED))
def test_drug_that_data_speak_about_is_not_given(nlp, voice):
    story, given, not_given = WEIGHED[voice]
    check_drugs(nlp, _case(story), given, not_given)


_REASONED = ("Case presentation\nA 10-year-old girl had an unresectable ALK-positive inflammatory myofibroblastic "
             "tumour of the lung. Because paediatric dosing data for lorlatinib were scarce and crizotinib was approved "
             "for children with ALK-positive tumours, crizotinib 280 mg/m2 twice daily was started in March 2021. "
             "At 3 months, CT showed a partial response. At 12 months, MRI showed a complete response.\n")


def test_dated_start_after_long_reason_keeps_its_responses(nlp):
    pairs = response_pairs(nlp, _REASONED)
    assert {("crizotinib", "PR"), ("crizotinib", "CR")} <= pairs
    assert not any(d == "lorlatinib" for d, _r in pairs)


_REVIEWED = """An ALK-positive renal carcinoma treated with alectinib: case report and review

Case report
A 19-year-old man had a metastatic renal carcinoma with a TPM3::ALK fusion. Alectinib 600 mg twice daily was started
in May 2022. CT in August 2022 showed a partial response. He remains on alectinib.

Review of the literature
We searched the literature for ALK-positive renal carcinoma treated with drugs and found nine patients. Responses to
ALK inhibitors were frequent (5 of 6), whereas checkpoint inhibitors and sunitinib were mostly ineffective.

Discussion
Alectinib was active in our patient.
"""


def test_review_paragraph_responses_stay_out_of_the_case(nlp):
    assert response_pairs(nlp, _REVIEWED) == {("alectinib", "PR")}


_SHORT_FORM = """Carboplatin and pegylated liposomal doxorubicin in relapsed ovarian cancer

Abstract
A woman with relapsed ovarian cancer received carboplatin with pegylated liposomal doxorubicin (PLD) and had a partial
response.

Case presentation
A 55-year-old woman had a platinum-sensitive relapse of high-grade serous ovarian carcinoma in May 2021. Carboplatin
AUC 5 plus PLD 30 mg/m2 every 4 weeks was given from June 2021. CT in September 2021 showed a partial response. Grade 2
palmar-plantar erythrodysesthesia (PLD) occurred after the fourth cycle.
"""


def test_short_form_before_a_dose_is_the_abstract_drug(nlp):
    (case,) = cases_of(nlp, _SHORT_FORM)
    drugs = {d.label.lower() for t in case.treatments for d in t.drugs}
    assert {"carboplatin", "doxorubicin"} <= drugs
    # the section's own event short form stays the event
    assert any("erythrodysesthesia" in e.concept.label.lower() for e in case.adverse_events)
