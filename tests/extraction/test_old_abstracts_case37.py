"""Session 37 (case37): an old terse PubMed abstract whose one patient is named only as the place of its event, with no
age and no other introduction ("<event> following <drug> in a patient with <tumour> ..."; "<event> is described in a
man with <tumour>"). Made-up abstracts in several voices and tumours, and negatives that must stay no case: a trial's
aggregate results, a review of published cases, a retrospective series, a cell-line study."""
import pytest

from rule_examples import cases_of


@pytest.mark.parametrize("text", [
    # the event first, its one patient only as its place; told in the past
    "Acute pancreatitis after L-asparaginase therapy in a child with acute lymphoblastic leukaemia resolved with "
    "supportive care. Asparaginase was not given again.",
    "Reversible cortical blindness was observed in a woman receiving cisplatin for ovarian carcinoma. Vision "
    "recovered fully within ten days.",
    # announced in the present passive, the person after or before the verb
    "Transverse myelitis after intrathecal methotrexate in a man with lymphoblastic lymphoma is described. The "
    "paraplegia did not recover, and the lymphoma was later treated with radiotherapy alone. The mechanism of this "
    "neurotoxicity is discussed.",
    "Hyperammonaemic encephalopathy is described during continuous 5-fluorouracil infusion in an elderly man with "
    "rectal carcinoma. Consciousness returned within a day of stopping the infusion, and no other cause was found. "
    "Ammonia should be measured in any confused patient given this drug.",
    "Acute tumour lysis syndrome is reported after a single dose of fludarabine in an elderly woman with chronic "
    "lymphocytic leukaemia. Haemodialysis was needed for five days, and renal function recovered. Patients with a "
    "high tumour burden should receive prophylaxis.",
])
def test_an_event_in_a_person_opens_one_patients_case(nlp, text):
    (case,) = cases_of(nlp, text)
    assert case.treatments


@pytest.mark.xfail(strict=True, reason="case37 gap: an INDEFINITE_PERSON row for '<event> following/induced by <drug> "
                   "in a patient with <tumour>' found these cases but was withdrawn: on the real check part the cases it "
                   "found carried extra response pairs (corpora check macro F1 0.755 -> 0.737), to be fixed in responses first; "
                   "session 38 (case39) re-tried it beside the EVENT_COURSE_ASIDE row case39-event-course-after-drug-in-a-person "
                   "(an event's course told after its person is no response): the same drop (0.737), so the wrong pairs and the "
                   "substituted diagnoses of those cases come from other wordings")
@pytest.mark.parametrize("text", [
    "Severe hypomagnesaemia following cisplatin in a patient with testicular teratoma was corrected with oral "
    "magnesium. Serum magnesium returned to normal within two weeks.",
    "Fatal pulmonary fibrosis induced by bleomycin in a young man with Hodgkin's disease developed after a total dose "
    "of 300 units. Autopsy confirmed diffuse alveolar damage.",
])
def test_an_event_after_a_drug_in_a_person_told_in_the_past(nlp, text):
    (case,) = cases_of(nlp, text)
    assert case.treatments


@pytest.mark.parametrize("text", [
    # a phase II trial with aggregate results
    "Forty-two patients with metastatic colorectal cancer received irinotecan every three weeks. Grade 3 diarrhoea "
    "occurred in 12 of 42 patients. Severe neutropenia following irinotecan in a patient with Gilbert's syndrome led "
    "to a dose reduction. The response rate was 18%.",
    # a review of published cases
    "Cerebellar toxicity after high-dose cytarabine was described by Winkelman in a patient with leukaemia. We "
    "review the 45 published cases and the risk factors for this complication.",
    # a retrospective series
    "We reviewed the records of 118 children treated with vincristine between 1980 and 1990. Neuropathy occurred in "
    "a majority of patients, and severe constipation after vincristine in a subset of patients. Jaw pain was "
    "recorded in 9% of the children, and the dose was capped at 2 mg in later years.",
    # a cell-line study
    "A new cell line was established from the pleural effusion of a patient with small cell lung carcinoma. "
    "Resistance to etoposide developed after exposure in vitro. The cells express neuron-specific enolase.",
])
def test_no_case_without_one_patients_story(nlp, text):
    assert cases_of(nlp, text) == []
