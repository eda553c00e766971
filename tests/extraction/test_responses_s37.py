"""Session 37 (resp37) response wordings (kg/rules/responses.jsonl resp37-inferred-* rows). Every report was made up
for this test, in several voices: the one tumour 'not seen anymore' (complete response). The negative (a rash not seen any more)
stays out. Tried and withdrawn: the disease kept 'under control' read as stable disease (it gave one held-out extra
SD pair)."""
import pytest

from rule_examples import response_pairs as pairs


def report(story: str) -> str:
    return ("A case report\n\nAbstract\n\nA patient treated for cancer.\n\nCase presentation\n\n" + story
            + "\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n")


FOUND = [
    ("A 12-year-old girl had an infantile fibrosarcoma. Larotrectinib was started. At six months the tumour was not "
     "detectable anymore on MRI.", ("larotrectinib", "CR")),
    ("A 35-year-old woman had a desmoid tumour. Sorafenib was given; after a year her mass could not be seen any "
     "longer on ultrasound.", ("sorafenib", "CR")),
]


@pytest.mark.parametrize("story, pair", FOUND)
def test_wording_gives_the_line_its_response(nlp, story, pair):
    assert pair in pairs(nlp, report(story))


NOT_FOUND = [
    ("A 60-year-old woman had breast cancer. Capecitabine was given. The hand-foot rash was not visible anymore at the "
     "next visit.", ("capecitabine", "CR")),
]


@pytest.mark.parametrize("story, pair", NOT_FOUND)
def test_wording_gives_no_such_response(nlp, story, pair):
    assert pair not in pairs(nlp, report(story))
