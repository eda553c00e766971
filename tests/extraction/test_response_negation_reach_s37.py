"""Session 37 (resp37): how far a negation before a response reaches (kg/rules/context.jsonl resp37-* TERMINATE rows).
A cue ("no", "without") negates the thing it names; a clause of its own after it, told by a coordinator and a new
subject or a new finding ("..., and the disease progressed", "... and CT showed progression", "... and a new lesion
appeared", "... until progression"), is out of its reach. Every report was made up for this test, each class in
several voices; the negatives (the progression the cue itself names, a list the cue heads) stay negated."""
import pytest

from rule_examples import response_pairs as pairs


def report(story: str) -> str:
    return ("A case report\n\nAbstract\n\nA patient treated for cancer.\n\nCase presentation\n\n" + story
            + "\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n")


FOUND = [
    # a new subject after the coordinator: the disease (tumour, lesions) is the subject of the progression verb
    ("A 60-year-old man had melanoma. Nivolumab was started. There was no response, and the disease progressed after "
     "two cycles.", ("nivolumab", "PD")),
    ("A 58-year-old woman had ovarian cancer. Carboplatin was given. She had no symptom relief and the tumour "
     "progressed within three months.", ("carboplatin", "PD")),
    ("A 47-year-old man had sarcoma. Pazopanib was started. Without any shrinkage, his lung metastases then progressed "
     "at the second CT.", ("pazopanib", "PD")),
    # a new finding told by an imaging subject and a reporting verb
    ("A 66-year-old woman had colon cancer. FOLFIRI was given. Unfortunately, there was no improvement and CT showed "
     "disease progression.", ("irinotecan", "PD")),
    ("A 70-year-old man had gastric cancer. Ramucirumab and paclitaxel were given. No objective benefit was seen, and "
     "restaging in May revealed progressive disease.", ("ramucirumab", "PD")),
    ("A 52-year-old man had glioblastoma. Bevacizumab was added. He had no new deficits but MRI demonstrated tumour "
     "progression in June.", ("bevacizumab", "PD")),
    # a new lesion told with its own article after 'and' ("no X and a Y": the Y is there)
    ("A 60-year-old man had melanoma. Nivolumab was started. After four doses there was no further shrinkage and a new "
     "liver lesion appeared.", ("nivolumab", "PD")),
    ("A 61-year-old woman had breast cancer. Eribulin was given. The scan showed no change in the breast mass and a new "
     "liver metastasis.", ("eribulin", "PD")),
    # 'until': the time clause it opens is out of the reach of a cue before it
    ("A 60-year-old man had lung cancer. Docetaxel was given without dose reductions until progression in May 2020.",
     ("docetaxel", "PD")),
    ("A 55-year-old woman had renal cell carcinoma. Sunitinib was taken with no major toxicity until disease "
     "progression after 14 months.", ("sunitinib", "PD")),
]


@pytest.mark.parametrize("story, pair", FOUND)
def test_negation_does_not_reach_a_clause_of_its_own(nlp, story, pair):
    assert pair in pairs(nlp, report(story))


NOT_FOUND = [
    # the cue names the progression itself, or heads the list that holds it
    ("A 60-year-old man had lung cancer. Docetaxel was given. He remained without progression for ten months.",
     ("docetaxel", "PD")),
    ("A 60-year-old man had lung cancer. Osimertinib was given. There was no new lesion and no progression at one year.",
     ("osimertinib", "PD")),
    ("A 60-year-old man had lung cancer. Osimertinib was given. CT at one year showed no new lesions and no "
     "progression of the primary tumour.", ("osimertinib", "PD")),
    ("A 60-year-old man had lung cancer. Osimertinib was given. There was no sign of a new lesion or a relapse at one "
     "year.", ("osimertinib", "PD")),
]


@pytest.mark.parametrize("story, pair", NOT_FOUND)
def test_negated_progression_stays_negated(nlp, story, pair):
    assert pair not in pairs(nlp, report(story))


# an inferred wording with a negation word and only its modifiers before it (kg/rules/responses.jsonl
# resp37-negated-inferred-modifiers): the response did not happen, however the sentence goes on
NEGATED_INFERRED = [
    ("A 60-year-old man had lung cancer. Docetaxel was given, without clinical or radiological improvement.",
     ("docetaxel", "PR")),
    ("A 58-year-old woman had ovarian cancer. Carboplatin was given for four cycles, but there was no significant or "
     "sustained shrinkage of the mass.", ("carboplatin", "PR")),
    ("A 61-year-old woman had breast cancer. Eribulin was given. No marked reduction in the size of the liver "
     "metastases was seen.", ("eribulin", "PR")),
    ("A 70-year-old man had renal cell carcinoma. The lung nodules no longer responded to sunitinib after a year.",
     ("sunitinib", "PR")),
]


@pytest.mark.parametrize("story, pair", NEGATED_INFERRED)
def test_negated_inferred_wording_is_no_response(nlp, story, pair):
    assert pair not in pairs(nlp, report(story))


KEPT = [
    # a clause of its own between the negation and the wording: the response stands
    ("A 60-year-old man had lung cancer. Docetaxel was given. No adverse events occurred, and the tumour shrank "
     "markedly.", ("docetaxel", "PR")),
    ("A 60-year-old man had lung cancer. Docetaxel was given. Without any toxicity, he achieved a marked reduction in "
     "tumour size.", ("docetaxel", "PR")),
    ("A 60-year-old man had lung cancer. Docetaxel was given. There was no pain and a marked reduction of the mass.",
     ("docetaxel", "PR")),
    ("A 60-year-old man had lung cancer. Docetaxel was given. Without evidence of progression, the tumour remained "
     "stable for eight months.", ("docetaxel", "SD")),
    # the wording's own negation ("showed no further growth") is stable disease, not a negated progression
    ("A 60-year-old man had lung cancer. Docetaxel was given. The lesions showed no further growth.",
     ("docetaxel", "SD")),
]


@pytest.mark.parametrize("story, pair", KEPT)
def test_wording_after_a_clause_of_its_own_is_kept(nlp, story, pair):
    assert pair in pairs(nlp, report(story))
