"""Session 37 (resp37) response wordings (kg/rules/responses.jsonl resp37-inferred-* rows). Every report was made up
for this test, in several voices: the disease told as kept 'under control' (stable disease), the one tumour 'not seen
anymore' (complete response). The negatives (a symptom or a blood pressure under control, a rash not seen any more)
stay out."""
import pytest

from rule_examples import response_pairs as pairs


def report(story: str) -> str:
    return ("A case report\n\nAbstract\n\nA patient treated for cancer.\n\nCase presentation\n\n" + story
            + "\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n")


FOUND = [
    ("A 60-year-old man had lung adenocarcinoma. Osimertinib was started in 2020. The disease remained under control "
     "for 18 months.", ("osimertinib", "SD")),
    ("A 66-year-old woman had breast cancer. Fulvestrant was started in 2021; her liver metastases have been well "
     "under control since then.", ("fulvestrant", "SD")),
    ("A 71-year-old man had colon cancer. Low-dose capecitabine kept the disease under control for another year.",
     ("capecitabine", "SD")),
    ("A 12-year-old girl had an infantile fibrosarcoma. Larotrectinib was started. At six months the tumour was not "
     "detectable anymore on MRI.", ("larotrectinib", "CR")),
    ("A 35-year-old woman had a desmoid tumour. Sorafenib was given; after a year her mass could not be seen any "
     "longer on ultrasound.", ("sorafenib", "CR")),
]


@pytest.mark.parametrize("story, pair", FOUND)
def test_wording_gives_the_line_its_response(nlp, story, pair):
    assert pair in pairs(nlp, report(story))


NOT_FOUND = [
    ("A 60-year-old man had lung adenocarcinoma. Osimertinib was started in 2020. His blood pressure remained under "
     "control on amlodipine.", ("osimertinib", "SD")),
    ("A 60-year-old woman had breast cancer. Capecitabine was given. The hand-foot rash was not visible anymore at the "
     "next visit.", ("capecitabine", "CR")),
]


@pytest.mark.parametrize("story, pair", NOT_FOUND)
def test_wording_gives_no_such_response(nlp, story, pair):
    assert pair not in pairs(nlp, report(story))
