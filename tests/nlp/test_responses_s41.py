"""Session 41 (resp41): response wordings kg did not recognise (kg/rules/responses.jsonl rows resp41-*, read by
kg/nlp/responses.py). Every report was made up for this test, in several voices (case section, terse abstract):
a tumour that 'was progressing' or 'kept growing', that 'responded completely' or 'partially', nodes back to normal
size, radiological stability, WHO 'no change', a tumour 'static', 'a tumour response'; and the counter-examples the
rows must leave alone: a trial's rate, a condition that is not the tumour (jaundice relieved by a stent, a rash),
another patient, a progression a drug is kept for, metastases that are the object of a regression. A worded-class
or inferred response inside a hypothetical ('if the disease was progressing ...') is no response (session 42: every
row's mention obeys its status, kg/extraction/responses.py)."""
import pytest

from rule_examples import response_pairs as pairs


def report(story: str) -> str:
    return ("A case report\n\nAbstract\n\nA patient treated for cancer.\n\nCase presentation\n\n" + story
            + "\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n")


FOUND = [
    ("A 63-year-old man with clear cell renal carcinoma started sunitinib in 2020. By March 2021 the lung metastases "
     "were clearly progressing.", ("sunitinib", "PD")),
    ("A 47-year-old woman with ALK-positive lung adenocarcinoma received crizotinib. Despite a dose increase the "
     "disease kept progressing.", ("crizotinib", "PD")),
    ("A 70-year-old man with melanoma was treated with pembrolizumab. The week-12 MRI showed progressing intracranial "
     "disease.", ("pembrolizumab", "PD")),
    ("A 56-year-old woman with a GIST received imatinib. Six months later the hepatic lesions were growing again.",
     ("imatinib", "PD")),
    ("A 39-year-old man with Hodgkin lymphoma was given ABVD. After four cycles the mediastinal adenopathy had "
     "normalised on CT.", ("doxorubicin", "CR")),
    ("A 66-year-old woman with follicular lymphoma received bendamustine. The axillary lymph nodes returned to normal "
     "size.", ("bendamustine", "CR")),
    ("A 61-year-old woman with ovarian cancer received olaparib maintenance. Restaging at 12 weeks confirmed "
     "radiological stability of the pelvic mass.", ("olaparib", "SD")),
    ("A 49-year-old man with diffuse large B-cell lymphoma received R-CHOP. The bulky abdominal mass responded "
     "completely.", ("rituximab", "CR")),
    ("A 62-year-old woman with gastric adenocarcinoma received FOLFOX. The liver metastases responded partially.",
     ("oxaliplatin", "PR")),
    ("Abstract: we report a 12-year-old boy with an ALK-rearranged inflammatory myofibroblastic tumour of the bladder "
     "that had grown on ibuprofen and then responded completely to crizotinib.", ("crizotinib", "CR")),
    ("A 51-year-old woman with metastatic breast cancer was given doxorubicin. After three courses the response was "
     "classified as no change (NC) by WHO criteria.", ("doxorubicin", "SD")),
    ("A 67-year-old man with a retroperitoneal liposarcoma received trabectedin. The disease remained static for "
     "eight months.", ("trabectedin", "SD")),
    ("Abstract: a 44-year-old woman with metastatic melanoma was treated with dacarbazine. She had a tumor response "
     "lasting ten months.", ("dacarbazine", "PR")),
]


@pytest.mark.parametrize("story, pair", FOUND)
def test_response_wording_is_found(nlp, story, pair):
    assert pair in pairs(nlp, report(story))


NOT_FOUND = [
    # a trial's rate, not this patient's assessment
    ("A 60-year-old man with melanoma received nivolumab. In the registration trial the disease was progressing in "
     "40% of the patients at six months.", ("nivolumab", "PD")),
    # a condition that is not the tumour
    ("A 64-year-old man with lung cancer received osimertinib. His dyspnoea kept progressing over two weeks.",
     ("osimertinib", "PD")),
    ("A 50-year-old woman with lymphoma received R-CHOP. The spleen returned to normal size.", ("rituximab", "CR")),
    ("A 45-year-old man with melanoma received nivolumab. The colitis responded completely to infliximab.",
     ("nivolumab", "CR")),
    ("A 45-year-old man with melanoma received nivolumab. He developed a maculopapular rash that responded completely "
     "to topical steroids.", ("nivolumab", "CR")),
    ("A 51-year-old woman with metastatic breast cancer was given doxorubicin. There was no change in the dose of "
     "doxorubicin after the first course.", ("doxorubicin", "SD")),
    ("A 54-year-old woman with metastatic breast cancer received epirubicin. In the phase 2 trial an objective tumour "
     "response was seen in 30% of the patients.", ("epirubicin", "PR")),
    # metastases that are the object of a response noun are no new metastases
    ("A 49-year-old woman with metastatic breast cancer received paclitaxel. Complete regression of the lung "
     "metastases was observed after six courses.", ("paclitaxel", "PD")),
    ("A 63-year-old man with pancreatic adenocarcinoma received gemcitabine. His jaundice resolved completely after "
     "an endoscopic stent was placed.", ("gemcitabine", "CR")),
    # another patient
    ("A 59-year-old woman with melanoma received nivolumab. Her brother, also treated for melanoma, had a tumour "
     "that kept progressing on ipilimumab.", ("nivolumab", "PD")),
    # a progression a drug is kept for has not happened
    ("A 60-year-old woman with ALK-positive lung cancer received alectinib. CT at 12 months showed stable disease. "
     "Lorlatinib has been kept in reserve for a future progression.", ("alectinib", "PD")),
]


@pytest.mark.parametrize("story, pair", NOT_FOUND)
def test_no_response_of_the_tumour(nlp, story, pair):
    assert pair not in pairs(nlp, report(story))


def test_hypothetical_progressing_is_no_response(nlp):
    story = ("A 57-year-old man with melanoma received nivolumab. If the disease was progressing at the next scan, "
             "ipilimumab would be added.")
    assert ("nivolumab", "PD") not in pairs(nlp, report(story))
