"""A retreatment opens its own line (session 43, retx43).

- "she was retreated with X", "X was restarted at relapse", "rechallenged with X", "X was reintroduced": a resumption
  (RESUME rows of kg/rules/therapy.jsonl) of drugs of an earlier, finished line opens a line of its own. A relapse told
  in the sentence that opens it made the drugs given again: it is no PD of the earlier line (a relapse after a line
  ended) nor of "the drugs that went on" from a counted course (_still_given), since they did not go on; the response
  told after it is the retreatment's.
- A drug's short form defined in another section ("brentuximab vedotin (BV)" in the abstract, "retreated with BV" in
  the case) gets the cues read around it (kg/extraction/analyse.py _add_cues_of_short_forms): kg_cues ran before
  the short form was known there, so the resumption went unread and the retreatment opened no line.
- Counter-examples: a drug that continued, a dose resumed after a hold inside its line, a retreatment only planned.

All texts are made up for these tests."""
import pytest

from rule_examples import lines_of as _lines, responses_of as _responses_of

PD = "progressive disease"


def _retreatment(lines, drug):
    """The line giving ``drug`` alone after the first line that gave it with others."""
    alone = [r for d, r in lines if d == [drug]]
    assert alone, lines
    return set(alone[-1])


@pytest.mark.parametrize("text, drug, first_drug, response", [
    ("A 47-year-old man with Hodgkin lymphoma received six cycles of brentuximab vedotin with doxorubicin, vinblastine "
     "and dacarbazine, and PET in 2019 showed a complete metabolic response. In 2021 the disease relapsed in the neck; "
     "since the relapse came two years after brentuximab vedotin, he was retreated with brentuximab vedotin. PET after "
     "four cycles showed a partial response.", "brentuximab vedotin", "dacarbazine", "partial response"),
    ("A 52-year-old woman with a gastrointestinal stromal tumour received six cycles of imatinib with doxorubicin in "
     "2016, which gave a partial response. In 2019 CT showed relapse in the liver, long after imatinib, and imatinib "
     "was restarted at relapse. At six months CT showed stable disease.", "imatinib", "doxorubicin", "stable disease"),
    ("A 66-year-old man with small cell lung cancer had four cycles of etoposide with carboplatin and atezolizumab, "
     "with a partial response in 2020. A year after atezolizumab, CT in 2021 showed progression in the liver, and "
     "atezolizumab was reintroduced. CT at three months showed stable disease.", "atezolizumab", "carboplatin",
     "stable disease"),
])
def test_a_relapse_told_with_the_retreatment_is_no_pd_and_its_response_goes_to_the_retreatment(nlp, text, drug,
                                                                                                 first_drug, response):
    lines = _lines(nlp, text)
    assert PD not in _responses_of(lines, drug), lines
    assert PD not in _responses_of(lines, first_drug), lines
    assert response in _retreatment(lines, drug), lines


@pytest.mark.parametrize("text, drug, response", [
    ("Abstract\nWe describe retreatment with brentuximab vedotin (BV) in a man with anaplastic large cell lymphoma.\n"
     "Case presentation\nA 39-year-old man with anaplastic large cell lymphoma received six cycles of BV with "
     "cyclophosphamide, doxorubicin and prednisone. PET in 2020 showed a complete response. In 2022 PET showed relapse "
     "in the groin. As the relapse came a year after BV, he was retreated with BV every three weeks. PET after four "
     "cycles showed a partial response.\n", "brentuximab vedotin", "partial response"),
    ("Abstract\nA woman with urothelial carcinoma responded twice to enfortumab vedotin (EV).\nCase presentation\nA "
     "64-year-old woman with metastatic urothelial carcinoma received EV with pembrolizumab from 2021. CT in 2022 "
     "showed a partial response. EV was stopped in 2022 for grade 3 neuropathy. After the neuropathy improved, EV was "
     "resumed at a reduced dose in 2023. CT three months later showed stable disease.\n", "enfortumab vedotin",
     "stable disease"),
])
def test_a_short_form_retreatment_opens_its_own_line(nlp, text, drug, response):
    lines = _lines(nlp, text)
    assert response in _retreatment(lines, drug), lines
    assert response not in _responses_of([(d, r) for d, r in lines if d != [drug]], drug), lines


def test_a_rechallenge_after_toxicity_gets_its_own_response(nlp):
    lines = _lines(nlp, "A 58-year-old man with melanoma received four cycles of nivolumab with ipilimumab in 2019, "
                        "stopped for grade 3 colitis, and CT showed a partial response. In 2021 new lung nodules "
                        "appeared, a year after nivolumab, and he was rechallenged with nivolumab. CT after three "
                        "months showed a complete response.")
    assert "complete response" in _retreatment(lines, "nivolumab"), lines
    assert "complete response" not in _responses_of(lines, "ipilimumab"), lines


@pytest.mark.parametrize("text, drug, expected_lines, response", [
    # counter-examples: no retreatment line
    ("A 61-year-old man with renal cell carcinoma started cabozantinib in 2020. Cabozantinib was held for two weeks for "
     "diarrhoea and resumed at 40 mg. CT in 2021 showed a partial response.", "cabozantinib", 1, "partial response"),
    ("A 55-year-old woman with a gastrointestinal stromal tumour began imatinib in 2018. Imatinib was interrupted for "
     "a month for a rash and restarted at 300 mg daily. CT in 2019 showed stable disease.", "imatinib", 1,
     "stable disease"),
    ("A 49-year-old woman with Hodgkin lymphoma received six cycles of brentuximab vedotin with doxorubicin, "
     "vinblastine and dacarbazine with a complete response in 2019. In 2021 PET showed relapse; retreatment with "
     "brentuximab vedotin was planned, but she received pembrolizumab. PET after three months showed a partial "
     "response.", "pembrolizumab", 2, "partial response"),
])
def test_no_retreatment_line_without_a_retreatment(nlp, text, drug, expected_lines, response):
    lines = _lines(nlp, text)
    assert len(lines) == expected_lines, lines
    assert response in _responses_of(lines, drug), lines


def test_a_drug_that_continued_keeps_its_progression(nlp):
    lines = _lines(nlp, "A 55-year-old woman with breast cancer received six cycles of trastuzumab with docetaxel in "
                        "2019 with a partial response; trastuzumab was continued alone. In 2020 CT showed progression "
                        "in the liver while trastuzumab continued.")
    assert PD in _responses_of(lines, "trastuzumab"), lines
    assert PD not in _responses_of(lines, "docetaxel"), lines
