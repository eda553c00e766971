"""Session 42 (miss42): response wordings kg did not recognise (kg/rules/responses.jsonl rows miss42-*, read by
kg/nlp/responses.py). Every report was made up for this test, in several voices (case section, terse abstract):
progression told as the end of an earlier response or stability ('stable for five months before progressing',
'responded until progressing'), a drug told as failing with a verb ('crizotinib failed', 'osimertinib stopped
working'), lesions told as added to the known ones ('additional lesions', 'further metastases'), hyperprogression, a
tumour that had regrown, pleural implants gone; and the
counter-examples the rows must leave alone: a symptom or an adverse event that worsened 'before progressing', a
trial's patients, a drug that failed to gain reimbursement, lesions that were resected, a count of nodules at diagnosis."""
import pytest

from rule_examples import response_pairs as pairs


def report(story: str) -> str:
    return ("A case report\n\nAbstract\n\nA patient treated for cancer.\n\nCase presentation\n\n" + story
            + "\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n")


FOUND = [
    # progression after an earlier state, told with the gerund after a word of sequence
    ("A 58-year-old man with BRAF-mutant colon cancer received encorafenib and cetuximab; the disease was stable for "
     "five months before progressing.", ("encorafenib", "PD")),
    ("A 61-year-old woman with clear cell renal carcinoma was given sunitinib. The lung nodules shrank for a year "
     "before progressing.", ("sunitinib", "PD")),
    ("A 55-year-old woman with EGFR-mutant lung adenocarcinoma started osimertinib and responded for 14 months until "
     "progressing in the liver.", ("osimertinib", "PD")),
    ("A 47-year-old man with a gastric GIST received imatinib, with stable disease for two years prior to "
     "progressing.", ("imatinib", "PD")),
    ("Abstract: a 52-year-old woman with synovial sarcoma received pazopanib and had a partial response before "
     "eventually progressing at nine months.", ("pazopanib", "PD")),
    # the earlier state keeps its own class beside the progression
    ("A 58-year-old man with BRAF-mutant colon cancer received encorafenib and cetuximab; the disease was stable for "
     "five months before progressing.", ("encorafenib", "SD")),
    # a drug told as failing with a verb
    ("A 50-year-old man with ROS1-positive lung cancer received crizotinib. Crizotinib failed after nine months.",
     ("crizotinib", "PD")),
    ("A 59-year-old woman with EGFR-mutant lung cancer received osimertinib from 2019. Osimertinib stopped working in "
     "2021, and carboplatin was started.", ("osimertinib", "PD")),
    ("A 63-year-old man with a small bowel GIST was treated with imatinib. Imatinib eventually lost its efficacy "
     "after three years.", ("imatinib", "PD")),
    # lesions added to the known ones
    ("A 69-year-old man with castration-resistant prostate cancer received docetaxel. After four cycles the bone "
     "scan showed additional lesions in the pelvis.", ("docetaxel", "PD")),
    ("A 57-year-old woman with colorectal cancer received FOLFIRI. The June CT showed further liver metastases.",
     ("irinotecan", "PD")),
    # hyperprogression is progression with a name of its own
    ("A 70-year-old man with lung adenocarcinoma received pembrolizumab. Hyperprogression occurred within six weeks.",
     ("pembrolizumab", "PD")),
    ("Abstract: a 58-year-old woman with urothelial carcinoma developed hyperprogressive disease on atezolizumab.",
     ("atezolizumab", "PD")),
    # a tumour that had regrown; pleural implants as a site gone (one site: at least partial)
    ("A 52-year-old man with clear cell renal carcinoma received sunitinib. Ten months later the tumour had regrown.",
     ("sunitinib", "PD")),
    ("A 41-year-old man with a thymoma received cisplatin, doxorubicin and cyclophosphamide. After four courses the "
     "pleural implants were no longer seen.", ("cisplatin", "PR")),
]


@pytest.mark.parametrize("story, pair", FOUND)
def test_response_wording_is_found(nlp, story, pair):
    assert pair in pairs(nlp, report(story))


NOT_FOUND = [
    # a symptom that worsened, not the tumour
    ("A 60-year-old woman with lung cancer received osimertinib. Her dyspnoea worsened for two weeks before "
     "progressing to respiratory failure.", ("osimertinib", "PD")),
    # an adverse event's course
    ("A 55-year-old woman with ovarian cancer received paclitaxel. The neuropathy was grade 1 for six cycles before "
     "progressing to grade 3.", ("paclitaxel", "PD")),
    # a trial's patients, not this one
    ("A 9-year-old girl with an ALK-positive IMT received crizotinib. In trials, most patients respond to crizotinib "
     "for about a year before progressing.", ("crizotinib", "PD")),
    # hyperprogression in other patients
    ("A 66-year-old man with melanoma received nivolumab with a partial response. Hyperprogression has been reported "
     "in about a tenth of patients treated with PD-1 inhibitors.", ("nivolumab", "PD")),
    # failing to gain reimbursement is no failure of the drug in the patient
    ("A 64-year-old man with melanoma received pembrolizumab from May 2020, with a complete response. Pembrolizumab "
     "had failed to gain reimbursement in 2019, which delayed its start.", ("pembrolizumab", "PD")),
    # lesions that were resected are the object of an operation
    ("A 49-year-old woman with colorectal cancer received FOLFOX with a partial response. Additional lesions were "
     "resected during the same operation.", ("oxaliplatin", "PD")),
    # a count, the same as at diagnosis
    ("A 33-year-old man with metastatic osteosarcoma received cisplatin and doxorubicin. After two cycles the CT "
     "counted more than twenty lung nodules, as at diagnosis.", ("cisplatin", "PD")),
]


@pytest.mark.parametrize("story, pair", NOT_FOUND)
def test_not_a_response_of_the_patient(nlp, story, pair):
    assert pair not in pairs(nlp, report(story))
