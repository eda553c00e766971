"""Which line a response belongs to (session 37, attr37): a relapse or recurrence told after the line had reached a
complete response, neither during that line nor on it, came after the remission (any schedule: daily, plain,
maintenance, cycled), so it is no progression of the line; a relapse told during the line or on its drug stays
the line's. All texts are made up for these tests."""
import pytest

from rule_examples import lines_of as _lines, responses_of as _responses_of


@pytest.mark.parametrize("text, drug", [
    ("In March 2018 a 47-year-old woman with metastatic melanoma began nivolumab. The CT in January 2019 showed a "
     "complete response. A nodal recurrence was then found in the left axilla.", "nivolumab"),
    ("A 70-year-old woman with DLBCL received rituximab maintenance after R-CHOP induction. A complete metabolic "
     "response was confirmed on PET. She subsequently relapsed.", "doxorubicin"),
    ("The patient, a 58-year-old man with acute myeloid leukaemia, received venetoclax with azacitidine. Bone marrow "
     "showed complete remission. Relapse was diagnosed in August 2022.", "venetoclax"),
])
def test_a_relapse_after_the_lines_complete_response_is_no_progression_of_it(nlp, text, drug):
    lines = _lines(nlp, text)
    assert "complete response" in _responses_of(lines, drug), lines
    assert "progressive disease" not in _responses_of(lines, drug), lines


@pytest.mark.parametrize("text, drug", [
    ("A 50-year-old man with CML took dasatinib. A complete molecular response was reached. During dasatinib "
     "therapy, he relapsed.", "dasatinib"),
    ("A 66-year-old man with metastatic renal cell carcinoma received sunitinib. CT showed a partial response. "
     "Fourteen months later the disease progressed.", "sunitinib"),
    ("A 40-year-old woman with DLBCL was treated with R-ICE, and restaging CT showed no evidence of disease. At "
     "relapse in 2021 she was given polatuzumab vedotin.", "ifosfamide"),
])
def test_a_relapse_during_the_line_after_a_partial_response_or_starting_the_next_stays_the_lines(nlp, text, drug):
    assert "progressive disease" in _responses_of(_lines(nlp, text), drug)


@pytest.mark.parametrize("text, drug, response", [
    ("A 62-year-old woman with DLBCL had a complete response to six cycles of R-CHOP.", "doxorubicin",
     "complete response"),
    ("A 58-year-old man with lung adenocarcinoma had a partial response to four cycles of carboplatin plus "
     "pemetrexed.", "pemetrexed", "partial response"),
    ("Case presentation\nA 41-year-old woman with metastatic colorectal cancer showed stable disease on three "
     "months of FOLFIRI with bevacizumab.", "irinotecan", "stable disease"),
])
def test_a_response_to_a_counted_course_of_a_drug_is_that_drugs(nlp, text, drug, response):
    assert response in _responses_of(_lines(nlp, text), drug)
