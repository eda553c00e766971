"""Responses and line order in the wordings issue #11 lists (classes 3 and 4), one narrative each.
Sentences written for this test; each checks lines (drugs, start, end) and their responses."""
import pytest

from narrative import therapy_of


def lines(nlp, text):
    tb = therapy_of(nlp, text)
    return [([d.label.lower() for d in t.drugs], t.start, t.end,
             [(r.concept.label.lower(), r.explicit) for r in t.responses]) for t in tb.treatments()]


@pytest.mark.parametrize("text, expected", [
    # the response named between a combination and its maintenance is the combination's
    ("She received FOLFOX plus bevacizumab for eight cycles with a partial response, followed by "
     "maintenance capecitabine and bevacizumab.",
     [(["fluorouracil", "leucovorin", "oxaliplatin", "bevacizumab"], None, None, [("partial response", True)]),
      (["capecitabine", "bevacizumab"], None, None, [])]),
    ("Lorlatinib was started in June 2020. MRI showed response of the brain metastases.",
     [(["lorlatinib"], "2020-06", None, [("partial response", False)])]),
    ("After six cycles of carboplatin and pemetrexed there was no evidence of disease.",
     [(["carboplatin", "pemetrexed"], None, None, [("complete response", False)])]),
    ("Alectinib was started in 2019 and the PR is ongoing.",
     [(["alectinib"], "2019", None, [("partial response", True)])]),
    ("There was no response to crizotinib; alectinib was started and gave a complete response.",
     [(["crizotinib"], None, None, [("progressive disease", False)]),
      (["alectinib"], None, None, [("complete response", True)])]),
    ("Crizotinib was given from March 2015 to May 2016 and stopped because the disease progressed; "
     "alectinib was then started.",
     [(["crizotinib"], "2015-03", "2016-05", [("progressive disease", True)]),
      (["alectinib"], "2016-05", None, [])]),
    ("She received crizotinib in 2015, then alectinib in 2016. Re-challenge with crizotinib in 2018 "
     "gave a partial response.",
     [(["crizotinib"], "2015", None, []), (["alectinib"], "2016", None, []),
      (["crizotinib"], "2018", None, [("partial response", True)])]),
    ("She received ceritinib and achieved a PR lasting nine months, followed by progression.",
     [(["ceritinib"], None, None, [("partial response", True), ("progressive disease", True)])]),
])
def test_wording(nlp, text, expected):
    assert lines(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("He received six cycles of R-CHOP. At relapse he was treated with R-ICE.",
     [["rituximab", "cyclophosphamide", "doxorubicin", "vincristine"],  # no steroid: ALONE_ONLY_CLASS
      ["rituximab", "ifosfamide", "carboplatin", "etoposide"]]),
    ("Salvage therapy with DHAP was given in 2019.", [["cytarabine", "cisplatin"]]),
])
def test_salvage_regimens_expand_to_their_drugs(nlp, text, expected):
    assert [drugs for drugs, *_ in lines(nlp, text)] == expected


def test_progression_named_as_the_cause_of_a_new_line_ends_the_line_before(nlp):
    got = lines(nlp, "Imatinib was restarted in 2020 and a partial response was seen. "
                     "Sunitinib was given after progression in 2022.")
    assert got == [(["imatinib"], "2020", None, [("partial response", True), ("progressive disease", True)]),
                   (["sunitinib"], "2022", None, [])]


def test_given_for_a_number_of_cycles_is_not_supportive_care(nlp):
    got = lines(nlp, "Salvage chemotherapy with R-ICE was given for two cycles, complicated by grade 4 "
                     "thrombocytopenia.")
    assert [drugs for drugs, *_ in got] == [["rituximab", "ifosfamide", "carboplatin", "etoposide"]]
    assert lines(nlp, "Prednisolone for grade 3 pneumonitis was given.") == []


@pytest.mark.parametrize("text, expected", [
    # a running line holds an assessment told several sentences after its start
    ("Alectinib 600 mg twice daily was started in March 2019. Treatment was well tolerated. The response "
     "lasted 26 months. In May 2021, she reported headaches. MRI showed four new brain metastases, "
     "consistent with progressive disease. Alectinib was stopped and lorlatinib was started in June 2021.",
     [(["alectinib"], "2019-03", "2021-06", [("progressive disease", True)]),
      (["lorlatinib"], "2021-06", None, [])]),
    # a line whose end was stated with its start: the sentence right after it speaks of that time
    ("Weekly vinblastine was given from July 2019 to July 2020. MRI showed stable disease throughout.",
     [(["vinblastine"], "2019-07", "2020-07", [("stable disease", True)])]),
    # one assessment in which some sites progress is progression, not also stable disease
    ("Sunitinib was started in 2018. In 2019 CT showed new liver metastases while the thoracic lesions "
     "remained stable.",
     [(["sunitinib"], "2018", None, [("progressive disease", False)])]),
    # a slight shrinkage is short of a partial response
    ("Sunitinib was started in 2018. CT after three months showed slight shrinkage of the lung nodules.",
     [(["sunitinib"], "2018", None, [("stable disease", False)])]),
])
def test_assessments_of_a_running_line(nlp, text, expected):
    assert lines(nlp, text) == expected


@pytest.mark.parametrize("text, drugs", [
    # a dose schedule in brackets between two drugs is the first one's aside, not a sequence step
    ("He received trastuzumab (loading 8 mg/kg, then 6 mg/kg) and docetaxel 75 mg/m2 every three weeks "
     "from January 2020.", [["trastuzumab", "docetaxel"]]),
    ("She was treated with carboplatin (AUC 5; day 1) and paclitaxel from March 2018.", [["carboplatin", "paclitaxel"]]),
    # outside brackets the same words still make a sequence (the drug added goes on with the running one)
    ("He received trastuzumab, then docetaxel was added in 2021.", [["trastuzumab"], ["trastuzumab", "docetaxel"]]),
])
def test_a_bracketed_aside_between_two_drugs_keeps_them_one_line(nlp, text, drugs):
    assert [sorted(d) for d, *_ in lines(nlp, text)] == [sorted(g) for g in drugs]


@pytest.mark.parametrize("text, induction", [
    # an assessment during the induction (DURING_LINE: "after cycle 2"), told before the maintenance drug
    ("A woman with lung adenocarcinoma received carboplatin and pemetrexed for four cycles, followed by pemetrexed "
     "maintenance. Grade 2 anaemia occurred. CT after cycle 2 showed a partial response; maintenance pemetrexed "
     "continues at 9 months.", "carboplatin"),
    ("A man with mesothelioma was given cisplatin plus gemcitabine for six courses, then gemcitabine maintenance. "
     "A scan following course 3 showed stable disease, and gemcitabine maintenance is ongoing.", "cisplatin"),
])
def test_assessment_during_induction_told_before_the_maintenance_drug(nlp, text, induction):
    got = lines(nlp, text)
    first = next(ln for ln in got if induction in ln[0])
    assert first[3], got


@pytest.mark.parametrize("text, kept, dropped", [
    # OVERALL_BEFORE: the overall assessment of the sentence wins over a site's class
    ("A woman with ALK-positive lung cancer received alectinib. Brain MRI showed an intracranial complete response, "
     "with an overall partial response by RECIST.", "partial response", "complete response"),
    ("A man with melanoma received pembrolizumab. The neck node regressed completely, but overall progressive "
     "disease was recorded because of new lung nodules.", "progressive disease", "complete response"),
])
def test_overall_assessment_beside_a_site_response(nlp, text, kept, dropped):
    got = [r for ln in lines(nlp, text) for r, _ in ln[3]]
    assert kept in got and dropped not in got, got


def test_two_sites_without_an_overall_assessment_are_two_pairs(nlp):
    got = [r for ln in lines(nlp, "A woman with lung cancer received osimertinib. MRI showed an intracranial complete "
                                  "response and CT an extracranial partial response.") for r, _ in ln[3]]
    assert "complete response" in got and "partial response" in got, got


@pytest.mark.parametrize("text, expected", [
    ("A woman with AML received azacitidine and venetoclax. The marrow after cycle 2 showed CRi.", "complete response"),
    ("A man with melanoma received pembrolizumab. The week-16 confirmatory scan showed iCPD.", "progressive disease"),
    ("A man with lung cancer received nivolumab. After an iUPD at week 8, the week-12 scan showed iPR.",
     "partial response"),
])
def test_named_abbreviations_of_leukaemia_and_irecist_categories(nlp, text, expected):
    got = [r for ln in lines(nlp, text) for r, _ in ln[3]]
    assert expected in got, got


@pytest.mark.parametrize("text, drug", [
    # SUMMARY_RESTATEMENT: a summing-up sentence restates the story, no response of the running line
    ("A woman with melanoma received nivolumab; CT at week 12 showed progressive disease. Dabrafenib and trametinib "
     "were then started, with a partial response at 8 weeks. Thus our patient had two immune-related events and "
     "nonetheless progressed early on immunotherapy.", "dabrafenib"),
    ("A man with lung cancer received carboplatin and pemetrexed with stable disease, then osimertinib with a partial "
     "response. In summary, this patient progressed on chemotherapy but responded to targeted therapy.", "osimertinib"),
])
def test_a_summing_up_sentence_gives_the_running_line_no_response(nlp, text, drug):
    from narrative import drug_response_pairs
    assert (drug, "progressive disease") not in drug_response_pairs(nlp, text)
