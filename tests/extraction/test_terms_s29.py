"""Session 29 (story29): drugs named by a brand, a code name or a combined form kg's term lists lacked
(ontology/terms/curated/overlay.tsv; decitabine-cedazuridine and nab-sirolimus in antineoplastics.tsv): an oral
combination told by its active drug ("decitabine-cedazuridine"), an albumin-bound form ("nab-sirolimus"), development
codes ("CC-486", "SL-401", "SNDX-5613"). Texts written for this test (no benchmark page)."""
import pytest

from rule_examples import check_drugs

NAMED = [
    (["decitabine"],
     "Case report\nA 77-year-old man had chronic myelomonocytic leukaemia with 11% marrow blasts. He started oral "
     "decitabine-cedazuridine on days 1 to 5 of each 28-day cycle, and the blasts fell to 3%."),
    (["decitabine"],
     "Case presentation\nA 70-year-old woman had a myelodysplastic syndrome with excess blasts. Inqovi was begun in "
     "March and she became transfusion-independent."),
    (["nab-sirolimus"],
     "Case report\nA 52-year-old woman had a malignant PEComa of the uterus with lung metastases. She received "
     "nab-sirolimus 100 mg/m2 on days 1 and 8, and the nodules shrank by 40%."),
    (["nab-sirolimus"],
     "Case presentation\nA 39-year-old man had a metastatic perivascular epithelioid cell tumour of the kidney. "
     "Fyarro was started after doxorubicin failed."),
    (["azacitidine"],
     "Case report\nA 68-year-old man in first remission of acute myeloid leukaemia was given CC-486 as maintenance "
     "for two years."),
    (["tagraxofusp"],
     "Case presentation\nA 74-year-old man had blastic plasmacytoid dendritic cell neoplasm of the skin. SL-401 was "
     "given for five days of each cycle, and the plaques faded."),
    (["revumenib"],
     "Case report\nA 9-year-old girl had relapsed KMT2A-rearranged acute leukaemia. She received SNDX-5613 within a "
     "trial and reached a remission."),
]


@pytest.mark.parametrize("given,text", NAMED)
def test_terms_brand_code_and_combined_names_give_the_drug(nlp, given, text):
    check_drugs(nlp, text, given, [])
