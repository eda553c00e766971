"""A tumour whose parts are listed right after it ("mixed germ cell tumour (embryonal carcinoma 70%,
teratoma 30%)", or after a colon) keeps its name as the diagnosis when one of its parts is found
again later ("the residual mass showed mature teratoma"): the part is still that tumour's.
Texts are made up for this test."""
import pytest
from rule_examples import case_of


TEXTS = {
    "gct_colon.txt": ("A 24-year-old man had a left orchidectomy. Pathology showed a mixed germ cell tumour of the "
                      "testis: 70% embryonal carcinoma, 20% seminoma and 10% teratoma. He received four cycles of "
                      "bleomycin, etoposide and cisplatin in 2021. The resected residual retroperitoneal mass showed "
                      "mature teratoma only.", "mixed germ cell tumor"),
    "gct_bracket.txt": ("A 31-year-old man was diagnosed with a mixed germ cell tumour (yolk sac tumour 50%, teratoma "
                        "50%) after orchidectomy. Etoposide and cisplatin were given in 2019; the lung nodule removed "
                        "afterwards revealed mature teratoma.", "mixed germ cell tumor"),
}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_a_listed_part_found_again_is_no_diagnosis_of_its_own(nlp, name):
    text, expected = TEXTS[name]
    case = case_of(nlp, "Case Report\n\nCASE PRESENTATION\n\n" + text + "\n")
    assert [d.concept.label.lower() for d in case.diagnoses] == [expected]
