"""Session 37 (resp37): a tumour size told in two or three dimensions ("8 x 6 cm", "45 × 30 mm", "22 x 18 x 15 mm")
in the size-change wordings of kg/rules/responses.jsonl (PERCENT_CHANGE rows): the change is read from the first
dimension, as a single size is. Every report was made up for this test, in several voices; a blood count told with
'x' and no unit of length stays no response."""
import pytest

from rule_examples import response_pairs as pairs


def report(story: str) -> str:
    return ("A case report\n\nAbstract\n\nA patient treated for cancer.\n\nCase presentation\n\n" + story
            + "\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n")


FOUND = [
    ("A 9-year-old boy had a Wilms tumour. He received vincristine and dactinomycin. After six courses the tumour had "
     "decreased from 8 x 6 cm to 3 x 2 cm.", ("dactinomycin", "PR")),
    ("A 52-year-old woman had a uterine leiomyosarcoma. Doxorubicin was given. The pelvic mass had grown from "
     "4.0 × 3.2 cm to 5.6 × 4.1 cm on the May scan.", ("doxorubicin", "PD")),
    ("A 63-year-old man had renal cell carcinoma. Sunitinib was started in 2020. The liver lesion measured 45 x 30 mm "
     "at baseline and 20 x 15 mm at three months.", ("sunitinib", "PR")),
    ("A 48-year-old woman had a desmoid tumour. Sorafenib was started in 2021. On the June MRI the mass measured "
     "22 x 18 x 15 mm, down from 41 x 35 x 30 mm.", ("sorafenib", "PR")),
    ("A 58-year-old man had gastric cancer. Trastuzumab with capecitabine and oxaliplatin was given. The primary "
     "tumour shrank from 6.1 x 4.0 cm to 5.8 x 3.9 cm.", ("trastuzumab", "SD")),
]


@pytest.mark.parametrize("story, pair", FOUND)
def test_size_in_dimensions_gives_the_class(nlp, story, pair):
    assert pair in pairs(nlp, report(story))


def test_a_count_told_with_x_is_no_size(nlp):
    story = ("A 60-year-old woman had AML. Azacitidine was given. Her platelets fell from 150 x 10^9/L to 40 x 10^9/L "
             "after the first cycle.")
    assert not {p for p in pairs(nlp, report(story)) if p[0] == "azacitidine"}
