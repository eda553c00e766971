"""Session 42 (hyp42): a response mention counts only when its assertion status tells it happened to the patient.

kg/extraction/responses.py reads every response row's mention by its ConText status (a worded-class or inferred row,
"the tumour kept growing", "the nodes shrank", no longer only the plain class names): one that is supposed ("if ...
would"), or a relative's, makes no pair. kg/rules/context.jsonl rows hyp42-*: a negation that only says when the
response came ("not confirmed until the 12-week CT") or that is part of "no doubt that" leaves it affirmed; "none of
the lesions progressed" negates it. Every report was made up for this test; the counter-examples keep the rows from
reaching further (a negation without a later time, "has not progressed until now", a sibling's disease).
Session 43 (scope43): a negation ends at a coordinated clause ("the rash did not return, and the disease remained
stable"), so inferred shrinkage, stability or disappearance wording obeys ConText's 'negated' too: "none of the lesions
shrank" is no partial response."""
import pytest

from rule_examples import response_pairs as pairs


def report(story: str) -> str:
    return ("A case report\n\nAbstract\n\nA patient treated for cancer.\n\nCase presentation\n\n" + story
            + "\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n")


FOUND = [
    # a negation that names the time the response was seen: it was seen then
    ("A 58-year-old woman with EGFR-mutant lung adenocarcinoma received osimertinib. A partial response was not "
     "confirmed until the 12-week CT.", ("osimertinib", "PR")),
    ("A 52-year-old man with renal cell carcinoma received sunitinib. Disease progression was not seen until the scan "
     "of March 2019.", ("sunitinib", "PD")),
    ("A 61-year-old woman with melanoma received nivolumab. Complete remission was not documented until the PET of "
     "week 24.", ("nivolumab", "CR")),
    # "no doubt that" affirms what follows
    ("A 66-year-old man with gastrointestinal stromal tumour received imatinib. There was no doubt that the disease "
     "had progressed by the second scan.", ("imatinib", "PD")),
    ("A 45-year-old woman with soft tissue sarcoma received doxorubicin. Without a doubt the pelvic mass had "
     "progressed after two cycles.", ("doxorubicin", "PD")),
]


@pytest.mark.parametrize("story, pair", FOUND)
def test_affirmed_response_is_a_pair(nlp, story, pair):
    assert pair in pairs(nlp, report(story))


NOT_FOUND = [
    # supposed, not seen: worded-class and inferred rows obey the status as the class names do
    ("A 57-year-old man with ALK-positive lung cancer received crizotinib. If the tumour kept growing, lorlatinib "
     "would be started.", ("crizotinib", "PD")),
    ("A 49-year-old woman with follicular lymphoma received bendamustine. If the nodes shrank by half, consolidation "
     "radiotherapy would follow.", ("bendamustine", "PR")),
    ("A 57-year-old man with melanoma received nivolumab. If the disease was progressing at the next scan, ipilimumab "
     "would be added.", ("nivolumab", "PD")),
    # a relative's disease
    ("A 64-year-old woman with ovarian cancer received olaparib. Her sister's tumour kept growing on chemotherapy.",
     ("olaparib", "PD")),
    # no tumour site progressed
    ("A 70-year-old man with colorectal cancer received FOLFOX. None of the lesions progressed.",
     ("oxaliplatin", "PD")),
    ("A 55-year-old woman with breast cancer received letrozole. None of the bone metastases showed progression at six "
     "months.", ("letrozole", "PD")),
    ("A 66-year-old man with renal cell carcinoma received cabozantinib. None of the pulmonary nodules grew during "
     "the first year.", ("cabozantinib", "PD")),
    # a negation up to the report's end is no later progression
    ("A 60-year-old man with melanoma received pembrolizumab. The disease has not progressed until now.",
     ("pembrolizumab", "PD")),
    ("A 58-year-old woman with EGFR-mutant lung adenocarcinoma received osimertinib. A partial response was not "
     "confirmed on the 12-week CT.", ("osimertinib", "PR")),
]


@pytest.mark.parametrize("story, pair", NOT_FOUND)
def test_response_not_affirmed_is_no_pair(nlp, story, pair):
    assert pair not in pairs(nlp, report(story))


def test_affirmed_inferred_response_stays(nlp):
    # the same wording as the supposed one, told as seen
    story = ("A 57-year-old man with ALK-positive lung cancer received crizotinib. The tumour kept growing, and "
             "lorlatinib was started.")
    assert ("crizotinib", "PD") in pairs(nlp, report(story))


def test_no_site_shrank_is_no_partial_response(nlp):
    story = "A 70-year-old man with colorectal cancer received FOLFOX. None of the lesions shrank on the restaging CT."
    assert ("oxaliplatin", "PR") not in pairs(nlp, report(story))
