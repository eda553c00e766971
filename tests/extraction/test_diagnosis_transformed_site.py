"""Diagnoses: a histology with no organ of its own that the patient's tumor transformed into keeps that
tumor's organ (kg/extraction/diagnoses.py _transformed_site, rows marked keeps_organ), and a title's organ-level
tumor is stated more specifically by such a histology of the narrative."""
from kg.extraction.extract import extract_report
from kg.nlp import build_pipeline
from kg.readers import read_bytes


def diagnosis_ids(narrative: str, title: str = "An Unusual Presentation") -> list[str]:
    text = f"{title}: Case Report\n\nCASE PRESENTATION\n\n{narrative}\n"
    cases = extract_report(next(read_bytes(text.encode(), "case.txt")), build_pipeline()).cases
    return [d.concept.id for c in cases for d in c.diagnoses]


def test_transformation_to_small_cell_carcinoma_keeps_the_lung():
    got = diagnosis_ids("A 50-year-old woman with EGFR-mutant lung adenocarcinoma took osimertinib for two years. "
                        "A biopsy of a new liver lesion then showed transformation to small cell carcinoma, and she "
                        "received carboplatin and etoposide.")
    assert got == ["NCIT:C3512", "NCIT:C4917"], got


def test_transformation_after_the_histology_keeps_the_prostate():
    got = diagnosis_ids("A 68-year-old man had prostate adenocarcinoma treated with enzalutamide. At progression "
                        "a node biopsy showed small cell carcinoma transformation; he received cisplatin and etoposide.")
    assert got == ["NCIT:C2919", "NCIT:C6766"], got


def test_a_second_tumour_that_is_no_transformation_takes_no_organ():
    # "developed" marks a new primary, not a transformation: the squamous cell carcinoma keeps its own words
    got = diagnosis_ids("A 61-year-old man with lung adenocarcinoma received pemetrexed. Two years later he developed "
                        "squamous cell carcinoma on the scalp, which was excised.")
    assert "NCIT:C3493" not in got, got


def test_histology_under_an_organ_level_title_is_that_organs_subtype():
    got = diagnosis_ids("A 63-year-old smoker had cough and weight loss. Bronchoscopic biopsy showed small cell "
                        "carcinoma, and he received carboplatin, etoposide and atezolizumab.",
                        title="Chemo-immunotherapy in extensive-stage lung cancer")
    assert got == ["NCIT:C4917"], got


def test_histology_under_a_title_without_an_organ_stays_as_stated():
    got = diagnosis_ids("A 63-year-old smoker had cough and weight loss. Bronchoscopic biopsy showed small cell "
                        "carcinoma, and he received carboplatin and etoposide.",
                        title="Hyponatraemia in a smoker")
    assert got == ["NCIT:C4099"], got


def test_histology_written_right_after_nsclc_states_it():
    got = diagnosis_ids("A 71-year-old former smoker had NSCLC (squamous cell carcinoma) with a PD-L1 score of 80% "
                        "and received pembrolizumab.")
    assert got == ["NCIT:C3493"], got


def test_histology_a_cohort_sentence_names_far_from_the_tumor_does_not_state_it():
    got = diagnosis_ids("A 71-year-old former smoker had NSCLC and received pembrolizumab. Such tumours arise in "
                        "smokers and never-smokers alike and come in both squamous and adenocarcinoma forms.")
    assert got == ["NCIT:C2926"], got


def test_biopsy_showing_a_histology_of_a_lung_cancer():
    got = diagnosis_ids("A 58-year-old man with non-small cell lung cancer had a CT-guided biopsy demonstrating "
                        "adenocarcinoma, and he started osimertinib.")
    assert got == ["NCIT:C3512"], got


def test_tumours_listed_as_components_are_parts_of_the_mixed_tumour():
    got = diagnosis_ids("A 24-year-old man had a right testicular mass; orchiectomy revealed a mixed germ cell tumour "
                        "with embryonal carcinoma and yolk sac tumour components. He received cisplatin and etoposide.")
    assert got == ["NCIT:C4290"], got


def test_a_with_list_without_a_component_word_is_not_read_as_parts():
    got = diagnosis_ids("A 66-year-old woman had lung adenocarcinoma with an EGFR exon 19 deletion and received "
                        "osimertinib.")
    assert got == ["NCIT:C3512"], got


def test_type_word_with_a_bracketed_alternative_names_the_tumor():
    got = diagnosis_ids("An 81-year-old woman had haemoptysis. Core biopsy: pleomorphic (sarcomatoid) carcinoma, "
                        "PD-L1 90%. She received pembrolizumab.")
    assert got == ["NCIT:C4094"], got


def test_bracketed_alternative_is_read_when_the_first_word_names_nothing():
    got = diagnosis_ids("A 70-year-old man had a pleural mass. Thoracoscopic biopsy showed biphasic "
                        "(sarcomatoid) carcinoma, and he received nivolumab and ipilimumab.")
    assert got == ["NCIT:C27004"], got
