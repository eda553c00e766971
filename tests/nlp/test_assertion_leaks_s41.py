"""Session 41 (leak41): made-up short reports for the ways a case report says a drug was NOT given to this patient,
each paired with a report in the same shape where the drug WAS given (later, or after all).

The checklist goes beyond the two voices of the session's readable leaks (a regimen offered, then "the patient
preferred targeted therapy and declined further chemotherapy"; "X and Y were both available; Y was chosen"): a
treatment requested and refused by the patient or the payer, a trial's drugs discussed as literature in the case
section, alternatives weighed against each other, contraindication, death before the first dose, no approval in the
country, 'instead of', cost, trial ineligibility, a drug kept in reserve, a guideline statement, a relative's
treatment, a counterfactual, a deferral with no start, a relative clause of refusal, resistance named in general,
another author's patient, and a choice told as a preference for another kind of treatment or for waiting.

Which voices kg already read before this session and which needed a new row of kg/rules/context.jsonl is said per
group below (NEW: a leak41 row); the last group (a plan, then another drug started and its course) needed code
(kg/nlp/assertion.py _starts_other)."""
from __future__ import annotations

import pytest

from rule_examples import check_drugs


def _case(story: str) -> str:
    return "Case presentation\nA 58-year-old woman was treated for metastatic cancer. " + story + "\n"


# (voice, not-given story, drugs given, drugs not given, given story, drugs given there)
PAIRS = {
    # NEW (leak41-plan-cancelled-declined-after-own-predicate): the refusal after a first predicate of the patient
    "offered-then-own-predicate-and-declined": (
        "Modified FOLFIRI was offered as second-line chemotherapy, but given her neuropathy, the patient preferred oral treatment "
        "and declined further chemotherapy. Capecitabine was started. She developed grade 2 hand-foot syndrome.",
        {"capecitabine"}, {"irinotecan", "fluorouracil"},
        "Modified FOLFIRI was offered at progression and started in May. She developed grade 2 diarrhoea.",
        {"irinotecan", "fluorouracil"}),
    "recommended-considered-then-declined": (
        "Carboplatin with paclitaxel was recommended; she considered it for a week and then declined. Tamoxifen was "
        "started. She had grade 1 hot flushes.", {"tamoxifen"}, {"carboplatin", "paclitaxel"},
        "Carboplatin with paclitaxel was recommended; she considered it for a week and then agreed. She received six "
        "cycles with grade 2 neuropathy.", {"carboplatin", "paclitaxel"}),
    "suggested-read-about-then-refused": (
        "Adjuvant capecitabine was suggested. The patient read about its side effects and ultimately refused further "
        "treatment. She remains under surveillance.", set(), {"capecitabine"},
        "Adjuvant capecitabine was suggested. The patient read about its side effects and received eight cycles.",
        {"capecitabine"}),
    # NEW (leak41-plan-cancelled-preferred-another): another kind of treatment, or waiting, preferred
    "offered-but-preferred-another-kind": (
        "Docetaxel was offered as second-line chemotherapy, but because of her neuropathy the patient preferred "
        "hormonal therapy. Letrozole was started. She had grade 1 arthralgia.", {"letrozole"}, {"docetaxel"},
        "Docetaxel was offered at progression, and the patient received six cycles before letrozole was started.",
        {"docetaxel", "letrozole"}),
    "recommended-then-preferred-surveillance": (
        "Adjuvant sunitinib was recommended. He preferred active surveillance. CT every three months showed no "
        "recurrence.", set(), {"sunitinib"},
        "Adjuvant sunitinib was recommended. He started it in June and stayed on it for a year.", {"sunitinib"}),
    # NEW (leak41-hypothetical-alternatives-equally-available-after): alternatives told equally available
    "both-available-one-chosen": (
        "Lorlatinib and brigatinib were both available at relapse; lorlatinib was chosen for its brain penetration.",
        {"lorlatinib"}, {"brigatinib"},
        "Lorlatinib and brigatinib were both available at relapse; lorlatinib was given first and brigatinib after "
        "its failure.", {"lorlatinib", "brigatinib"}),
    "either-could-have-been-used": (
        "Either cabozantinib or lenvatinib could have been used; cabozantinib was started in June.",
        {"cabozantinib"}, {"lenvatinib"},
        "Cabozantinib was started in June, and lenvatinib was used after progression in 2022.",
        {"cabozantinib", "lenvatinib"}),
    # NEW (leak41-hypothetical-weighed-against-before / -after): alternatives weighed against each other
    "weighed-against-then-chose": (
        "The tumour board weighed cabozantinib against lenvatinib and chose cabozantinib.",
        {"cabozantinib"}, {"lenvatinib"},
        "Cabozantinib was given for a year, and lenvatinib was given at progression.", {"cabozantinib", "lenvatinib"}),
    "passive-weighed-against": (
        "Niraparib was weighed against olaparib; olaparib was started because of her platelets.",
        {"olaparib"}, {"niraparib"},
        "Niraparib was started, and olaparib followed after a platelet drop.", {"niraparib", "olaparib"}),
    # already read before this session: requested, then refused by the patient
    "requested-refused-by-patient": (
        "Pembrolizumab was requested by her oncologist, but she refused immunotherapy because of her lupus. "
        "Carboplatin and paclitaxel were given for four cycles.", {"carboplatin", "paclitaxel"}, {"pembrolizumab"},
        "Pembrolizumab was requested by her oncologist; she first refused but accepted it after counselling and "
        "received six cycles.", {"pembrolizumab"}),
    # already read: the payer refused
    "prescribed-insurer-refused": (
        "Nivolumab was prescribed, but the insurer refused to cover it. Paclitaxel was started weekly.",
        {"paclitaxel"}, {"nivolumab"},
        "Nivolumab was prescribed; the insurer covered it after an appeal and it was started in May.", {"nivolumab"}),
    # already read: a trial's drugs discussed as literature in the case section
    "trial-comparator-as-literature": (
        "She received osimertinib 80 mg daily. In the FLAURA trial, osimertinib was compared with gefitinib or "
        "erlotinib.", {"osimertinib"}, {"gefitinib", "erlotinib"},
        "She received osimertinib 80 mg daily after earlier gefitinib. In the FLAURA trial, osimertinib was compared "
        "with gefitinib or erlotinib.", {"osimertinib", "gefitinib"}),
    # already read: contraindicated
    "contraindicated": (
        "Cisplatin was contraindicated by her renal function, so carboplatin was given with etoposide.",
        {"carboplatin", "etoposide"}, {"cisplatin"},
        "Cisplatin was given despite her borderline renal function, with etoposide.", {"cisplatin", "etoposide"}),
    # already read: died before the first dose
    "died-before-first-dose": (
        "Cabozantinib was prescribed, but he died of pneumonia before the first dose.", set(), {"cabozantinib"},
        "Cabozantinib was prescribed, and he took it for five months before he died of pneumonia.", {"cabozantinib"}),
    # already read: not approved in the country
    "not-approved-in-country": (
        "Tebentafusp was not approved in our country at that time, so she received ipilimumab and nivolumab.",
        {"ipilimumab", "nivolumab"}, {"tebentafusp"},
        "Tebentafusp became available in 2022 and was started in March 2022.", {"tebentafusp"}),
    # already read: instead of
    "instead-of": (
        "Instead of sunitinib, pazopanib was given because of her thrombocytopenia.", {"pazopanib"}, {"sunitinib"},
        "Pazopanib was given first and sunitinib instead of it after her rash.", {"pazopanib", "sunitinib"}),
    # already read: cost
    "could-not-afford": (
        "The family could not afford larotrectinib, and vincristine with actinomycin was given.",
        {"vincristine"}, {"larotrectinib"},
        "The family could not afford larotrectinib at first, but a charity paid for it and larotrectinib was started "
        "in June.", {"larotrectinib"}),
    # already read: screened for a trial, ineligible
    "trial-ineligible": (
        "She was screened for a trial of tarlatamab but was ineligible because of brain metastases. Topotecan was "
        "given.", {"topotecan"}, {"tarlatamab"},
        "She enrolled in a trial of tarlatamab and received it every two weeks.", {"tarlatamab"}),
    # already read: kept in reserve
    "kept-in-reserve": (
        "Osimertinib was started; amivantamab is kept in reserve for progression.", {"osimertinib"}, {"amivantamab"},
        "Osimertinib was started; amivantamab was added at progression in 2023.", {"osimertinib", "amivantamab"}),
    # already read: a guideline statement
    "guideline-statement": (
        "Current guidelines recommend trastuzumab deruxtecan after progression on trastuzumab. She received "
        "trastuzumab with pertuzumab and docetaxel.", {"trastuzumab", "docetaxel"}, {"trastuzumab deruxtecan"},
        "She received trastuzumab with pertuzumab and docetaxel, then trastuzumab deruxtecan after progression.",
        {"trastuzumab", "trastuzumab deruxtecan"}),
    # already read: a relative's treatment
    "relative-treated": (
        "Her sister had received tamoxifen for breast cancer. The patient was treated with anastrozole.",
        {"anastrozole"}, {"tamoxifen"},
        "The patient was treated with tamoxifen, as her sister had been.", {"tamoxifen"}),
    # already read: a counterfactual
    "counterfactual": (
        "Had the tumour been HER2-positive, trastuzumab would have been added. She received docetaxel and "
        "cyclophosphamide.", {"docetaxel", "cyclophosphamide"}, {"trastuzumab"},
        "Because the tumour was HER2-positive, trastuzumab was added to docetaxel and cyclophosphamide.",
        {"trastuzumab", "docetaxel"}),
    # already read: resistance named in general
    "resistance-in-general": (
        "The T790M mutation confers resistance to gefitinib and erlotinib. She received osimertinib.",
        {"osimertinib"}, {"gefitinib", "erlotinib"},
        "She had received gefitinib before the T790M mutation appeared. Osimertinib was then started.",
        {"gefitinib", "osimertinib"}),
    # already read: another author's patient
    "other-authors-patient": (
        "A similar patient described by Lee et al. responded to entrectinib. Our patient received larotrectinib.",
        {"larotrectinib"}, {"entrectinib"},
        "Our patient received larotrectinib and later entrectinib, as in a similar case described by Lee et al.",
        {"larotrectinib", "entrectinib"}),
    # already read: a drug the patient wished to avoid, another given
    "wished-to-avoid": (
        "She wished to avoid doxorubicin because of her heart, so docetaxel and cyclophosphamide were given.",
        {"docetaxel", "cyclophosphamide"}, {"doxorubicin"},
        "She received doxorubicin and cyclophosphamide despite her heart disease.", {"doxorubicin", "cyclophosphamide"}),
    # already read: the other arm of a randomised trial
    "other-trial-arm": (
        "She was randomised to the docetaxel arm of the trial rather than the pembrolizumab arm. She received four "
        "cycles.", {"docetaxel"}, {"pembrolizumab"},
        "She was randomised to the pembrolizumab arm and received it every three weeks.", {"pembrolizumab"}),
    # already read: refused by the parents on the child's behalf
    "parents-declined-on-behalf": (
        "Her parents declined vincristine on her behalf, and she was observed.", set(), {"vincristine"},
        "Her parents agreed to vincristine on her behalf, and she received twelve doses.", {"vincristine"}),
    # already read: not reimbursed
    "not-reimbursed": (
        "Regorafenib was not reimbursed at that time; she received best supportive care.", set(), {"regorafenib"},
        "Regorafenib was reimbursed from 2019, and she received it for eight months.", {"regorafenib"}),
    # already read: judged unsuitable for this patient
    "judged-inappropriate": (
        "Because of her ECOG 3, docetaxel was judged inappropriate and she was referred to palliative care.", set(),
        {"docetaxel"},
        "Despite her ECOG 2, docetaxel was judged appropriate and she received four cycles.", {"docetaxel"}),
}


@pytest.mark.parametrize("voice", sorted(PAIRS))
def test_not_given(nlp, voice):
    story, given, not_given, _story, _given = PAIRS[voice]
    check_drugs(nlp, _case(story), given, not_given)


@pytest.mark.parametrize("voice", sorted(PAIRS))
def test_given_counterpart(nlp, voice):
    _story, _given, _not_given, story, given = PAIRS[voice]
    check_drugs(nlp, _case(story), given, set())


# Known gaps on the given side (kg reads the drug as not given where it was): a plan told carried out only in the
# clause after ';' of its own sentence, or in a relative clause, or after a deferral told with its end.
GIVEN_GAPS = {
    "plan-carried-out-after-semicolon": (
        "Adjuvant FOLFOX was recommended; the patient received eight cycles and declined further chemotherapy.",
        {"oxaliplatin", "fluorouracil"}),
    "offer-taken-up-in-relative-clause": ("She was offered olaparib, which she took for two years.", {"olaparib"}),
    "deferred-then-started": ("Tamoxifen was deferred until after delivery and started two weeks post partum.",
                              {"tamoxifen"}),
}


@pytest.mark.xfail(reason="a plan carried out in its own sentence's later clause or relative clause is read as a "
                          "plan only (kg/nlp/assertion.py _plans_never_carried_out reads the next sentences)", strict=True)
@pytest.mark.parametrize("gap", sorted(GIVEN_GAPS))
def test_given_gap(nlp, gap):
    story, given = GIVEN_GAPS[gap]
    check_drugs(nlp, _case(story), given, set())



# A plan, then another drug of the tumour started, then a sentence of effects that names no drug: the effects are the
# started drug's course, not the plan carried out (kg/nlp/assertion.py _starts_other cuts the plan's reach there).
# Given counterparts: the partner of a combination added, a supportive drug given in between, a component of the
# planned regimen started by its own name.
PLAN_THEN_OTHER_DRUG = {
    "drug-plan-then-other-drug-course": (
        "Irinotecan was recommended by the board. Regorafenib 160 mg daily was started in May. She developed grade 2 "
        "hand-foot syndrome.", {"regorafenib"}, {"irinotecan"}),
    "regimen-plan-then-other-drug-course": (
        "R-CHOP was offered as first-line chemotherapy. Ibrutinib was started in May. He developed grade 2 diarrhoea.",
        {"ibrutinib"}, {"rituximab", "doxorubicin"}),
    "partner-added": (
        "Carboplatin was recommended by the board. Pemetrexed was added. After four cycles, the tumour had shrunk.",
        {"carboplatin", "pemetrexed"}, set()),
    "steroid-in-between": (
        "Pembrolizumab was recommended. Dexamethasone was given for brain oedema. She received eight cycles.",
        {"pembrolizumab"}, set()),
    "carried-out-before-the-other-drug": (
        "Irinotecan was recommended by the board. She received four cycles, and regorafenib was started in May. She "
        "developed grade 2 hand-foot syndrome.", {"irinotecan", "regorafenib"}, set()),
    "glossed-component-started": (
        "FOLFOX (oxaliplatin, leucovorin and fluorouracil) was recommended. Oxaliplatin was started at 85 mg/m2. She "
        "developed grade 2 neuropathy.", {"oxaliplatin", "fluorouracil"}, set()),
}


@pytest.mark.parametrize("voice", sorted(PLAN_THEN_OTHER_DRUG))
def test_plan_then_other_drug(nlp, voice):
    story, given, not_given = PLAN_THEN_OTHER_DRUG[voice]
    check_drugs(nlp, _case(story), given, not_given)
