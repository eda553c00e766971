"""Tumours whose everyday name is their defining fusion or chromosome ("NUT carcinoma", "Ph+ ALL")
while the term lists carry the OncoTree label ("NUT Midline Carcinoma of the Head and Neck",
"B-Lymphoblastic Leukemia/Lymphoma with BCR-ABL1 Fusion"): the report's wording must reach the
specific term, not a generic histology or the parent leukaemia. Texts are made up for this test."""
import pytest

from kg.extraction.extract import extract_report
from kg.readers import read_path

NUT = "nut midline carcinoma of the head and neck"
PH_ALL = "b-lymphoblastic leukemia/lymphoma with bcr-abl1 fusion"

TEXTS = {
    "nut_sinus.txt": ("A 31-year-old woman presented with a mass of the maxillary sinus. Biopsy showed "
                      "undifferentiated cells with abrupt keratinisation and diffuse nuclear NUT staining, "
                      "and the diagnosis was NUT carcinoma. She received cisplatin and etoposide in March 2021.",
                      NUT),
    "nut_lung.txt": ("A 40-year-old man was diagnosed with a NUT-rearranged carcinoma of the lung after "
                     "sequencing found a BRD4-NUTM1 fusion. He was treated with carboplatin and paclitaxel.",
                     NUT),
    "ph_all_long.txt": ("A 58-year-old woman was diagnosed with Philadelphia chromosome-positive acute "
                        "lymphoblastic leukemia in June 2020 and started dasatinib with prednisone.", PH_ALL),
    "ph_all_short.txt": ("A 35-year-old man with Ph+ ALL (p190 BCR-ABL1) received ponatinib in 2022; "
                         "the marrow showed complete remission after one cycle.", PH_ALL),
}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_fusion_named_tumour_reaches_the_specific_term(nlp, tmp_path, name):
    text, expected = TEXTS[name]
    path = tmp_path / name
    path.write_text("Case Report\n\nCASE PRESENTATION\n\n" + text + "\n")
    [doc] = [d for d in read_path(path) if hasattr(d, "ids")]
    [case] = extract_report(doc, nlp).cases
    assert [d.concept.label.lower() for d in case.diagnoses] == [expected]
