"""Diagnoses and case detection on report shapes of session 22 (made-up texts written for this test):
a histology term read with the organ of the title's organ-level tumor, a congress abstract whose BACKGROUND
cites a trial cohort, a leukaemia named without the qualifier of its "with ..." subtypes."""
from kg.extraction.extract import extract_report
from kg.nlp import build_pipeline
from kg.readers import read_bytes
from narrative import report_cases


def _cases(text: str):
    return extract_report(next(read_bytes(text.encode(), "case.txt")), build_pipeline()).cases


def diagnosis_ids(narrative: str, title: str) -> list[str]:
    return [d.concept.id for c in report_cases(build_pipeline(), narrative, title) for d in c.diagnoses]


def test_histology_term_in_a_diagnosis_sentence_takes_the_titles_organ():
    got = diagnosis_ids("A 58-year-old man had anaemia and a caecal mass. After right hemicolectomy, pathology showed "
                        "a moderately differentiated mucinous adenocarcinoma. He received capecitabine and oxaliplatin.",
                        title="Long remission after adjuvant chemotherapy in a young patient with colon cancer")
    assert got == ["NCIT:C7966"], got


def test_histology_term_with_no_organ_term_keeps_its_own_words():
    # "thyroid mucinous adenocarcinoma" names no term: the histology stays as the text states it
    got = diagnosis_ids("A 41-year-old woman had a neck swelling. Pathology showed a mucinous adenocarcinoma. She "
                        "received carboplatin.", title="An unusual neck mass in a woman with thyroid cancer")
    assert "NCIT:C7966" not in got and got, got


def test_histology_outside_a_diagnosis_sentence_takes_no_organ():
    got = diagnosis_ids("A 66-year-old man with hepatic metastases was treated with irinotecan; mucinous "
                        "adenocarcinoma is frequent in such patients.",
                        title="Liver metastases in colon cancer")
    assert "NCIT:C7966" not in got, got


CONGRESS = """Regional Oncology Meeting 2026 | Poster abstracts

PA-12 Sustained response to a second-line kinase inhibitor in a woman with lung adenocarcinoma

Background: Agents of this class gave an objective response rate of 38% in a phase 2 cohort of 90 patients.

Case: A 62-year-old woman was diagnosed with stage IV lung adenocarcinoma in 2023. Carboplatin and pemetrexed gave
a partial response, and osimertinib was started at progression.

Conclusions: A second inhibitor may still help after chemotherapy.
"""


def test_background_of_a_congress_abstract_reports_no_own_cohort():
    cases = _cases(CONGRESS)
    assert len(cases) == 1
    assert [d.concept.id for d in cases[0].diagnoses] == ["NCIT:C3512"]


def test_a_results_part_with_its_own_cohort_is_still_a_cohort():
    text = CONGRESS.replace("Case: A 62-year-old woman was diagnosed with stage IV lung adenocarcinoma in 2023. "
                            "Carboplatin and pemetrexed gave\na partial response, and osimertinib was started at "
                            "progression.",
                            "Results: Forty patients were enrolled in our trial. The objective response rate was 35% "
                            "and the median progression-free survival was 7 months.")
    assert _cases(text) == []


def test_a_leukaemia_named_without_its_subtype_is_not_a_with_subtype():
    # "B-lymphoblastic leukemia" is the general B-Lymphoblastic Leukemia/Lymphoma, never one of the
    # "B-Lymphoblastic Leukemia/Lymphoma with ..." subtypes whose label begins with the same words
    got = diagnosis_ids("A 27-year-old woman had bruising. The marrow aspirate showed B-lymphoblastic leukemia "
                        "with 80% blasts. She received vincristine and prednisone.", title="Severe bruising")
    assert got == ["NCIT:C8936"], got


def test_slash_names_with_a_qualifier_give_no_part_names():
    from kg.nlp.terms_index import _slash_parts
    assert _slash_parts("b-lymphoblastic leukemia/lymphoma with tcf3-pbx1 fusion") == set()
    assert _slash_parts("t-lymphoblastic leukemia/lymphoma") == {"t-lymphoblastic leukemia"}
