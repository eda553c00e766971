"""Session 20 (leak20): a treatment named as prescribed, ordered, chosen or recommended and taken back in the next
sentence (not approved, refused by the payer, declined, died before it started, hospice, something else given
instead); a plan still to come when the report ends (present or future tense, or waiting on something pending);
options listed over several sentences or lines. Controls that give the drug keep it. Texts written for this test
(no benchmark page)."""
import pytest

from rule_examples import drugs_given

INTRO = ("Case report\n\nA 58-year-old man presented with haematuria. Imaging and biopsy showed a clear cell renal "
         "cell carcinoma with lung metastases. He was treated with sunitinib 50 mg daily and had a partial response. ")


@pytest.mark.parametrize("text,drug", [
    # a take-back in the sentence after the plan
    ("At progression, cabozantinib was prescribed. However, it was not approved by his health fund.", "cabozantinib"),
    ("His oncologist requested axitinib. The insurer declined to pay for it.", "axitinib"),
    ("Everolimus was ordered in April. He died of a stroke before it could be started.", "everolimus"),
    ("We applied for compassionate access to belzutifan. The application was rejected.", "belzutifan"),
    ("Nivolumab and ipilimumab were recommended by the board. He declined further treatment and went home.", "ipilimumab"),
    ("Lenvatinib was offered as the next line. He decided against it.", "lenvatinib"),
    ("A switch to tivozanib was arranged. It was never started because his bilirubin rose.", "tivozanib"),
    ("He was referred for temsirolimus. His condition declined and he was transferred to hospice.", "temsirolimus"),
    ("Pembrolizumab was planned. Because of a shortage, nivolumab was given instead.", "pembrolizumab"),
    # a plan still to come
    ("He is scheduled to start cabozantinib and nivolumab next month.", "nivolumab"),
    ("He will be treated with lenvatinib and pembrolizumab once the wound heals.", "lenvatinib"),
    ("Axitinib was planned pending approval by his insurer.", "axitinib"),
    ("The current plan is to begin belzutifan after his recovery.", "belzutifan"),
    # options over several sentences
    ("Three regimens were offered to him. Lenvatinib with everolimus. Cabozantinib. He chose cabozantinib, which was "
     "started in March.", "everolimus"),
    ("Possible regimens included axitinib and avelumab, or tivozanib. Tivozanib was given.", "avelumab"),
])
def test_a_treatment_taken_back_or_still_to_come_is_no_drug_of_the_case(nlp, text, drug):
    assert not any(drug in d for d in drugs_given(nlp, INTRO + text))


@pytest.mark.parametrize("text,drug", [
    ("At progression, cabozantinib was prescribed. He tolerated it well for eight months.", "cabozantinib"),
    ("Everolimus was ordered in April. It was started a week later.", "everolimus"),
    ("Nivolumab and ipilimumab were recommended by the board. He received four doses with stable disease.", "ipilimumab"),
    ("Lenvatinib was offered as the next line. He accepted and received it for a year.", "lenvatinib"),
    ("Axitinib was recommended and he received it for ten months. He then entered hospice.", "axitinib"),
    ("He is currently receiving axitinib and will be restaged in June.", "axitinib"),
    ("The plan was pembrolizumab. Because of a shortage, nivolumab was given instead.", "nivolumab"),
    ("Three regimens were offered to him. Lenvatinib with everolimus. Cabozantinib. He chose cabozantinib, which was "
     "started in March.", "cabozantinib"),
])
def test_a_treatment_given_stays_a_drug_of_the_case(nlp, text, drug):
    assert any(drug in d for d in drugs_given(nlp, INTRO + text))
