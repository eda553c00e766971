"""Session 21 (leak21): a treatment the report only recommends, proposes, offers or plans and never tells given is no
drug of the case (the gold convention: a plan never said to be given was not given), wherever the plan stands: the
report's last word, before a heading, in a "Plan:" line, among next steps, ordered in case a test came back positive.
Controls: the sentences after the plan carry it out (cycles, tolerance, a response, a start), the statement itself
gives it, or the patient chose it. Texts written for this test (no benchmark page)."""
import pytest

from rule_examples import drugs_given

INTRO = ("Case report\n\nA 66-year-old man presented with bone pain. Biopsy showed a prostate adenocarcinoma with bone "
         "metastases. He was treated with leuprorelin and abiraterone and had a PSA response. ")


@pytest.mark.parametrize("text,drug", [
    ("At progression, the tumour board recommended docetaxel.", "docetaxel"),
    ("The multidisciplinary team recommended cabazitaxel. He will be reviewed in clinic in two weeks.", "cabazitaxel"),
    ("Given the progression, the board suggested switching to cabazitaxel.", "cabazitaxel"),
    ("The board recommended radium-223 for his bone metastases.\n\nDiscussion\n\nProstate cancer often "
     "spreads to bone.", "radium"),
    ("Treatment plan: second-line docetaxel.", "docetaxel"),
    ("The recommended next treatment was olaparib.", "olaparib"),
    ("He was referred to medical oncology, and enzalutamide was advised.", "enzalutamide"),
    ("Possible next steps: olaparib or cabazitaxel.", "olaparib"),
    ("Olaparib was provisionally ordered in case a BRCA2 mutation was found. Germline testing was negative.", "olaparib"),
    ("He was offered docetaxel.", "docetaxel"),
    ("Next-line therapy will be cabazitaxel.", "cabazitaxel"),
    ("The multidisciplinary board reviewed the case and favoured cabazitaxel.", "cabazitaxel"),
    # a plan lead that names no drug, then the drugs in a sentence of their own
    ("PSA rose again. The tumour board recommended a change of treatment. Cabazitaxel 20 mg/m2 every three weeks.",
     "cabazitaxel"),
    ("We proposed further systemic treatment. Olaparib with abiraterone, or cabazitaxel if he is frail.", "olaparib"),
])
def test_a_plan_never_told_given_is_no_drug_of_the_case(nlp, text, drug):
    assert not any(drug in d for d in drugs_given(nlp, INTRO + text))


@pytest.mark.parametrize("text,drug", [
    ("The tumour board recommended docetaxel. He received six cycles with a PSA decline.", "docetaxel"),
    ("The board recommended cabazitaxel. After two cycles, the PSA had fallen by half.", "cabazitaxel"),
    ("Enzalutamide was recommended. It was well tolerated for a year.", "enzalutamide"),
    ("Six cycles of docetaxel were planned. After the third cycle he developed grade 3 neutropenia.", "docetaxel"),
    ("Docetaxel was recommended and started in May.", "docetaxel"),
    ("The board recommended cabazitaxel, which he received for six months.", "cabazitaxel"),
    ("The board recommended olaparib. Olaparib was started on 3 May.", "olaparib"),
    ("He completed the planned six cycles of docetaxel.", "docetaxel"),
    ("He opted for cabazitaxel, which the board had recommended.", "cabazitaxel"),
    ("Docetaxel was planned. Three months later, imaging showed stable disease.", "docetaxel"),
    ("The board recommended chemotherapy. Docetaxel and prednisolone were administered for six cycles.", "docetaxel"),
    ("Further treatment was recommended. Six cycles of docetaxel followed, with stable disease.", "docetaxel"),
    ("Systemic therapy was proposed. He received cabazitaxel.", "cabazitaxel"),
])
def test_a_plan_carried_out_stays_a_drug_of_the_case(nlp, text, drug):
    assert any(drug in d for d in drugs_given(nlp, INTRO + text))
