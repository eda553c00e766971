"""Session 22 (leak22): drugs the patient was not given, and a proposal the next sentence carries out.
Not given: a drug 'not tried', deferred with no end, prescribed but never dispensed, judged too toxic, or named as
the drug a present plan adds later ('the plan is to continue X and add Y at progression'); a drug named for what
is done 'in many centres'. Given: a drug only 'proposed' whose next sentence, naming no other treatment, tells its
cycles. Texts written for this test (no benchmark page)."""
import pytest

from rule_examples import drugs_given

INTRO = ("Case report\n\nA 61-year-old woman presented with dyspnoea. Biopsy showed a lung adenocarcinoma with an "
         "ALK rearrangement and liver metastases. She was treated with alectinib and had a partial response. ")


@pytest.mark.parametrize("text,drug", [
    ("At progression, brigatinib was not tried because cross-resistance was expected.", "brigatinib"),
    ("The plan is to continue alectinib and add radiotherapy, switching to lorlatinib at further progression.",
     "lorlatinib"),
    ("Our plan is to keep her on alectinib and to add bevacizumab if the effusion recurs.", "bevacizumab"),
    ("Docetaxel was deferred because of a chest infection.", "docetaxel"),
    ("Oral vinorelbine was prescribed but never dispensed.", "vinorelbine"),
    ("Ifosfamide-based chemotherapy was judged too toxic for her.", "ifosfamide"),
    ("In most centres, pemetrexed is now added to platinum in this setting.", "pemetrexed"),
    ("Lorlatinib was obtained through a named-patient scheme, but she died before starting it.", "lorlatinib"),
    ("She now awaits lorlatinib.", "lorlatinib"),
])
def test_a_drug_not_given_is_no_drug_of_the_case(nlp, text, drug):
    assert not any(drug in d for d in drugs_given(nlp, INTRO + text))


@pytest.mark.parametrize("text,drug", [
    ("After progression, docetaxel was proposed. She received four cycles with stable disease.", "docetaxel"),
    ("Pemetrexed was proposed as second-line treatment. After three cycles, the liver lesions had shrunk.",
     "pemetrexed"),
    ("Brigatinib was tried for two months without benefit.", "brigatinib"),
    ("The second cycle of docetaxel was postponed by one week because of neutropenia.", "docetaxel"),
    ("The plan was to continue alectinib and add bevacizumab, and bevacizumab was started in May.", "bevacizumab"),
])
def test_a_drug_given_stays_a_drug_of_the_case(nlp, text, drug):
    assert any(drug in d for d in drugs_given(nlp, INTRO + text))


@pytest.mark.parametrize("text,drug", [
    # the next sentence gives the plan up, tells no cycles, or the proposal waits on a condition
    ("Docetaxel was proposed. She declined and received palliative care only.", "docetaxel"),
    ("Docetaxel was proposed. She received no further cycles because of frailty.", "docetaxel"),
    ("Docetaxel was proposed in case of progression. She received five fractions of radiotherapy to the spine.",
     "docetaxel"),
])
def test_a_proposal_not_taken_up_stays_not_given(nlp, text, drug):
    assert not any(drug in d for d in drugs_given(nlp, INTRO + text))
