"""'No evidence of disease' (an inferred CR of an ``absence`` row in kg/rules/responses.jsonl) is a
response of the drugs only while no surgery or radiotherapy has treated the tumour locally."""
from kg.extraction.extract import extract_report
from kg.readers import read_bytes


def case_of(nlp, narrative: str):
    text = ("A sarcoma treated with chemotherapy: a case report\n\nCASE PRESENTATION\n\n" + narrative
            + "\n\nDISCUSSION\n\nNothing to add.\n")
    (case,) = extract_report(next(read_bytes(text.encode(), "case.txt")), nlp).cases
    return case


def responses(case):
    return [(t.line, r.concept.label.lower()) for t in case.treatments for r in t.responses]


def test_no_evidence_of_disease_after_resection_is_no_response_of_consolidation(nlp):
    case = case_of(nlp, "A 27-year-old man had a Ewing sarcoma of the back. He received vincristine, ifosfamide, "
                        "doxorubicin and etoposide from July 2020; MRI showed a partial response. Wide resection "
                        "in November 2020 achieved R0 margins. Eight cycles of vincristine, dactinomycin and "
                        "ifosfamide were given as consolidation until May 2021. End-of-treatment imaging showed "
                        "no evidence of disease.")
    assert [c for _, c in responses(case)] == ["partial response"]


def test_no_evidence_of_disease_after_chemotherapy_alone_is_its_complete_response(nlp):
    case = case_of(nlp, "A 60-year-old woman had a metastatic sarcoma. Doxorubicin was started in March 2019. "
                        "After six cycles, CT showed no evidence of disease.")
    assert responses(case) == [(1, "complete response")]


def test_no_evidence_of_disease_after_resection_told_with_the_drugs_is_no_response(nlp):
    # the surgery shares its sentence with the drugs it is followed by: still a local treatment
    case = case_of(nlp, "A 55-year-old man had a glioblastoma. He underwent gross total resection in 2019, followed "
                        "by radiotherapy with concurrent temozolomide and six cycles of adjuvant temozolomide. MRI "
                        "after completion showed no evidence of disease.")
    assert responses(case) == []
