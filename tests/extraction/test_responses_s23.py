"""Session 23 response wordings (kg/rules/responses.jsonl resp23-* rows, percent-change 'fell by', the near-complete
qualifier on NAMED_WITH_WORDS in kg/nlp/responses.py, kg/rules/therapy.jsonl resp23-follow-up-scan read in
kg/extraction/therapy.py). Every narrative was made up for this test, each shape in more than one wording."""
import pytest

from narrative import drug_response_pairs as responses

CR, PR, SD, PD = "complete response", "partial response", "stable disease", "progressive disease"


@pytest.mark.parametrize("text, pair", [
    # a qualified class with words between: partial, not complete
    ("A man with Hodgkin lymphoma was treated. He was given brentuximab vedotin. PET after three cycles showed a "
     "near-complete metabolic response.", ("brentuximab vedotin", PR)),
    ("A woman with lymphoma was treated. Bendamustine and rituximab were given; an almost complete clinical remission "
     "followed.", ("bendamustine", PR)),
    # no disease left on imaging, told without 'evidence of'
    ("A woman with breast cancer was treated. Docetaxel was given for six cycles; MRI then showed no residual disease.",
     ("docetaxel", CR)),
    ("A man with lung cancer was treated. Lorlatinib was started. A PET-CT in March revealed no measurable tumour.",
     ("lorlatinib", CR)),
    # 'follow-up' naming the next scan after a counted course
    ("A woman with breast cancer was treated. Docetaxel was administered for six cycles. Follow-up MRI showed no "
     "residual disease.", ("docetaxel", CR)),
    ("A woman with NSCLC was treated. Pembrolizumab was started. A follow-up scan at 9 weeks revealed a partial "
     "response.", ("pembrolizumab", PR)),
    # size neither up nor down
    ("A man with cholangiocarcinoma was treated. On ivosidenib, the lesions neither grew nor shrank for nine months.",
     ("ivosidenib", SD)),
    ("A woman with kidney cancer was treated. During pazopanib the lung nodules did not change in size.",
     ("pazopanib", SD)),
    # growth told as a noun with its site
    ("A woman with breast cancer was treated. Weekly paclitaxel was given. CT then showed a further increase of the "
     "liver metastases.", ("paclitaxel", PD)),
    ("A man with pancreatic cancer was treated. Gemcitabine was given. After three cycles there was an increase in "
     "the size of the pancreatic mass.", ("gemcitabine", PD)),
    # improvement on imaging
    ("A man with lung cancer was treated. Osimertinib was begun, with dramatic radiological improvement at two months.",
     ("osimertinib", PR)),
    ("A man with lung cancer was treated. Within six weeks of alectinib there was clinical and radiographic "
     "improvement.", ("alectinib", PR)),
    # a percent change told with fell/dropped/shrank
    ("A man with melanoma was treated. Dabrafenib and trametinib were started. The tumour burden fell by 60% at 3 "
     "months.", ("dabrafenib", PR)),
    ("A man with lung cancer was treated. Dabrafenib plus trametinib shrank the tumour by 45%.", ("trametinib", PR)),
    ("A man with liver cancer was treated. Lenvatinib led to a significant tumor size reduction.", ("lenvatinib", PR)),
    # the disease came back while on the drug
    ("A woman with breast cancer was treated. Tamoxifen was prescribed. Two years later the disease recurred while she "
     "was on tamoxifen.", ("tamoxifen", PD)),
    ("A man with lung cancer was treated. Erlotinib was given first. The tumour progressed in the brain whilst "
     "receiving erlotinib.", ("erlotinib", PD)),
    # every node gone
    ("A man with lymphoma was treated. After six cycles of R-CHOP all lymphadenopathy had disappeared.",
     ("rituximab", CR)),
    # a site clearly smaller; the tumour responded; the class as a predicate
    ("A man with lung cancer was treated. He was started on entrectinib. Repeat CT showed that the brain metastases "
     "were much smaller.", ("entrectinib", PR)),
    ("A woman with sarcoma was treated. Trabectedin was given every three weeks, and the tumour responded.",
     ("trabectedin", PR)),
    ("A man with lung cancer was treated. Lorlatinib was given. The response to lorlatinib was partial.",
     ("lorlatinib", PR)),
    ("A woman with ovarian cancer was treated. Carboplatin and paclitaxel were given, and the response was complete.",
     ("carboplatin", CR)),
    # a Deauville score of 1-3
    ("A man with Hodgkin lymphoma was treated. He received ABVD. Interim PET after two cycles was negative "
     "(Deauville 2).", ("doxorubicin", CR)),
])
def test_the_patients_response_is_read_in_many_wordings(nlp, text, pair):
    assert pair in responses(nlp, text)


@pytest.mark.parametrize("text, pair", [
    # a dated follow-up scan years after a course that ended
    ("A man with sarcoma was treated. He received doxorubicin and ifosfamide for six cycles, completed in June 2019. "
     "Follow-up MRI in 2021 showed stable disease.", ("doxorubicin", SD)),
    # a relapse after a completed adjuvant course stays off it
    ("A woman with breast cancer was treated. She completed six cycles of adjuvant docetaxel in 2018. Follow-up CT in "
     "2020 showed new liver metastases.", ("docetaxel", PD)),
    # during follow-up: a time off treatment
    ("A woman with NSCLC was treated. Pembrolizumab was stopped after two years. During follow-up CT showed stable "
     "disease.", ("pembrolizumab", SD)),
    # the tumour responding poorly; a slightly smaller lesion; Deauville 4; the predicate 'complete' of an event
    ("A man with bladder cancer was treated. Cisplatin was given, but the disease responded poorly.", ("cisplatin", PR)),
    ("A man with lung cancer was treated. Crizotinib was started. The lesions were slightly smaller.", ("crizotinib", PR)),
    ("A man with Hodgkin lymphoma was treated. He received ABVD. PET after two cycles showed Deauville 4 uptake.",
     ("doxorubicin", CR)),
    # a drug's dose reduced by a percent is no shrinkage
    ("A man with lung cancer was treated. Gemcitabine was given; gemcitabine was reduced by 40% for neutropenia.",
     ("gemcitabine", PR)),
    # literature, another patient, a plan, a refused drug
    ("A man with lung cancer was treated with alectinib, with a partial response. Previous reports described complete "
     "responses to lorlatinib.", ("lorlatinib", CR)),
    ("A man with lung cancer had stable disease on osimertinib. If progression occurs, amivantamab will be considered.",
     ("amivantamab", PD)),
    ("A woman with breast cancer was treated. She declined chemotherapy with doxorubicin. The tumour grew over 6 "
     "months, and the disease responded to letrozole.", ("doxorubicin", PD)),
    ("A man with melanoma was treated with nivolumab. The colitis resolved completely with steroids.",
     ("nivolumab", CR)),
])
def test_other_wordings_stay_out(nlp, text, pair):
    assert pair not in responses(nlp, text)


def test_an_abbreviation_alone_in_a_table_row_is_the_rows_response(nlp):
    got = responses(nlp, "A man with lung cancer was treated.\nLine | Drug | Cycles | Best response\n"
                         "1st | Cisplatin + pemetrexed | 4 | PR (RECIST)\n2nd | Docetaxel | 3 | PD |")
    assert {("cisplatin", PR), ("pemetrexed", PR), ("docetaxel", PD)} <= got
    got = responses(nlp, "A woman with ovarian cancer was treated.\nLine | Regimen | Best response\n"
                         "1 | carboplatin + paclitaxel | CR\n2 | olaparib | SD")
    assert {("carboplatin", CR), ("olaparib", SD)} <= got


def test_a_receptor_row_names_no_response(nlp):
    got = responses(nlp, "A woman with breast cancer was treated with letrozole from 2019.\nMarker | ER | PR | HER2\n"
                         "Status | positive | positive | negative")
    assert got == set()
