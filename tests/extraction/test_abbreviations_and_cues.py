"""A report's own abbreviation definitions beat our term lists; symptom 'remission/progression' is not a response;
'anaplastic lymphoma kinase (ALK)-rearranged' is an ALK fusion."""
import pytest

from kg.extraction.extract import extract_report
from kg.readers import read_bytes


def case_of(nlp, text):
    (case,) = extract_report(next(read_bytes(text.encode(), "case.txt")), nlp).cases
    return case


def test_extraction_abbreviation_defined_in_the_abstract_is_not_our_drug(nlp):
    case = case_of(nlp, "Cerebrotendinous Xanthomatosis in a Young Woman: Case Report\n\nAbstract\n\n"
                        "Cerebrotendinous xanthomatosis (CTX) is a rare lipid storage disease.\n\nCASE PRESENTATION\n\n"
                        "A 38-year-old woman had diarrhea. Gene sequencing confirmed the diagnosis of CTX. "
                        "Chenodeoxycholic acid was started in 2015.\n")
    assert not any(d.label.lower() == "cyclophosphamide" for t in case.treatments for d in t.drugs)


def test_extraction_undefined_short_form_used_as_a_diagnosis_is_not_our_drug(nlp):
    case = case_of(nlp, "A Rare Metabolic Disease: Case Report\n\nCASE PRESENTATION\n\nA 38-year-old woman had "
                        "diarrhea. Gene sequencing confirmed the diagnosis of CTX. Later, CTX was treated with "
                        "chenodeoxycholic acid.\n")
    assert not any(d.label.lower() == "cyclophosphamide" for t in case.treatments for d in t.drugs)


def test_extraction_abbreviation_defined_as_the_drug_itself_is_kept(nlp):
    case = case_of(nlp, "Lung Cancer: Case Report\n\nCASE PRESENTATION\n\nA 38-year-old woman with lung "
                        "adenocarcinoma received cyclophosphamide (CTX) in May 2019. CTX was stopped in June 2019.\n")
    assert [d.label.lower() for t in case.treatments for d in t.drugs] == ["cyclophosphamide"]


def test_extraction_spelled_out_gene_then_symbol_rearranged_is_a_fusion(nlp):
    case = case_of(nlp, "Lung Cancer: Case Report\n\nCASE PRESENTATION\n\nA 38-year-old woman had anaplastic "
                        "lymphoma kinase (ALK)-rearranged lung adenocarcinoma and received crizotinib in May 2019.\n")
    assert [(f.five_prime, f.three_prime.label) for f in case.fusions] == [(None, "ALK")]


@pytest.mark.parametrize("sentence,expected", [
    ("Treatment was introduced with remission of diarrhea.", []),
    ("Due to progression of spastic paraparesis, the dose was raised.", []),
    ("CT showed progression of the lung metastases.", ["progression"]),
    ("Remission of the lymphoma was achieved.", ["Remission"]),
    ("Progression was noted in May.", ["Progression"]),
])
def test_nlp_one_word_response_cue_about_a_symptom_is_not_a_response(nlp, sentence, expected):
    assert [e.text for e in nlp(sentence).ents if e.label_ == "RESPONSE"] == expected


def test_extraction_again_received_opens_a_retreatment_line(nlp):
    case = case_of(nlp, "Fibrosarcoma of the Arm: Case Report\n\nCASE PRESENTATION\n\nIn 1985 a 40-year-old man "
                        "received neoadjuvant chemotherapy with epirubicin and ifosfamide before surgery. In 1991 he "
                        "developed a local recurrence and again received chemotherapy with epirubicin and ifosfamide.\n")
    assert [sorted(d.label.lower() for d in t.drugs) for t in case.treatments] == [
        ["epirubicin", "ifosfamide"], ["epirubicin", "ifosfamide"]]


@pytest.mark.parametrize("sentence,expected", [
    ("After two months, CT showed a 45% reduction in the sum of target lesion diameters.", ["partial response"]),
    ("After two months, CT showed a 15% decrease of the tumor.", ["stable disease"]),
    ("After two months, the mass had shrunk by 60%.", ["partial response"]),
    ("After two months, the tumor had grown by 35%.", ["progressive disease"]),
    # a response without its class is recorded as an inferred PR (dev gold: "responded" -> PR or CR)
    ("After two months, CT showed a dramatic response.", ["partial response"]),
    ("After two months, CT showed no 40% reduction.", []),
    ("After two months, the crizotinib dose was reduced by 50% for nausea.", []),
    ("After two months, CEA levels decreased by 60%.", []),
])
def test_extraction_percent_change_follows_recist(nlp, sentence, expected):
    case = case_of(nlp, "IMT: Case Report\n\nCASE PRESENTATION\n\nA 30-year-old man with an ALK-rearranged "
                        "inflammatory myofibroblastic tumor started crizotinib in May 2019. " + sentence + "\n")
    got = [(r.concept.label.lower(), r.explicit) for t in case.treatments for r in t.responses]
    assert got == [(label, False) for label in expected]


@pytest.mark.parametrize("sentence", [
    "In 2018 she was switched from crizotinib to alectinib because of progression.",
    "Upon failure of crizotinib, alectinib was started in 2018.",
    "Alectinib was started after crizotinib failure in 2018.",
])
def test_extraction_progression_that_causes_a_switch_belongs_to_the_line_that_ended(nlp, sentence):
    case = case_of(nlp, "Lung Cancer: Case Report\n\nCASE PRESENTATION\n\nA 50-year-old woman with ALK-rearranged lung "
                        "adenocarcinoma received crizotinib in 2017. " + sentence + "\n")
    assert [([a.drug.label.lower() for a in t.administrations], [r.concept.label for r in t.responses])
            for t in case.treatments] == [(["crizotinib"], ["progressive disease"]), (["alectinib"], [])]


@pytest.mark.parametrize("sentence", ["She died of respiratory failure in 2018.", "In 2018, she developed acute renal failure."])
def test_extraction_organ_failure_is_not_progression(nlp, sentence):
    case = case_of(nlp, "Lung Cancer: Case Report\n\nCASE PRESENTATION\n\nA 50-year-old woman with lung adenocarcinoma "
                        "received crizotinib in 2017. " + sentence + "\n")
    assert [r.concept.label for t in case.treatments for r in t.responses] == []


def test_extraction_response_wording_names_its_drug(nlp):
    case = case_of(nlp, "IMT: Case Report\n\nCASE PRESENTATION\n\nA 27-year-old woman with an ALK-rearranged "
                        "inflammatory myofibroblastic tumor progressed on alectinib after 14 months. Lorlatinib was "
                        "started in March 2022 and a partial response was observed.\n")
    assert [([a.drug.label.lower() for a in t.administrations], [r.concept.label for r in t.responses])
            for t in case.treatments] == [(["alectinib"], ["progressive disease"]), (["lorlatinib"], ["partial response"])]


@pytest.mark.parametrize("sentence,expected", [
    ("The disease remained stable on crizotinib for 12 months.", ["stable disease"]),
    ("The lesions were radiologically stable in March 2020.", ["stable disease"]),
    ("Her blood pressure remained stable.", []),
])
def test_extraction_remained_stable_is_stable_disease(nlp, sentence, expected):
    case = case_of(nlp, "IMT: Case Report\n\nCASE PRESENTATION\n\nA 30-year-old man with an ALK-rearranged "
                        "inflammatory myofibroblastic tumor started crizotinib in May 2019. " + sentence + "\n")
    assert [r.concept.label.lower() for t in case.treatments for r in t.responses] == expected
