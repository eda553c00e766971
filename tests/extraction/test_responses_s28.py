"""Session 28 responses (kg/rules/responses.jsonl resp28-* rows, kg/rules/therapy.jsonl resp28-restaging,
resp28-hold-of-stated-length, resp28-addition-joined-to; kg/extraction/therapy.py _first_restaging;
kg/extraction/responses.py responses_in). Every report was made up for this test, each mechanism in several
wordings: a tumour's change told as "N% smaller", "shrunk from A to B mm" or "almost disappeared"; leukaemic
cells coming back or the marrow clearing; the first restaging after a line stopped early for
toxicity; a hold told with its length; a drug joined to the running doublet; two assessments in one sentence.
The negatives (a transformation, a later scan off treatment, a lab value) stay out."""
import pytest

from rule_examples import response_pairs as pairs


def report(story: str) -> str:
    return ("A case report\n\nAbstract\n\nA patient treated for cancer.\n\nCase presentation\n\n" + story
            + "\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n")


SIZE_WORDINGS = [
    ("A 61-year-old man had BRAF V600E melanoma with liver metastases. Binimetinib and encorafenib were started in "
     "2021. After eight weeks the liver metastases were 44% smaller by sum of diameters and LDH had normalised.",
     ("encorafenib", "PR")),
    ("A 57-year-old woman had EGFR-mutant lung adenocarcinoma. Osimertinib was started in 2020. At the 8-week CT "
     "the primary had shrunk from 48 to 22 mm.", ("osimertinib", "PR")),
    ("A 66-year-old man had ALK-positive lung cancer with brain metastases. Alectinib was started in 2019. By the "
     "third month the brain lesions had almost disappeared.", ("alectinib", "PR")),
    ("A 49-year-old woman had a renal carcinoma. Cabozantinib was started in 2022. On the next scan the adrenal "
     "mass had grown from 3.0 to 4.4 cm.", ("cabozantinib", "PD")),
    ("A 70-year-old man had prostate cancer. Enzalutamide was started in 2018. The pelvic nodes had been stable "
     "on every scan for two years.", ("enzalutamide", "SD")),
]


@pytest.mark.parametrize("story, pair", SIZE_WORDINGS)
def test_size_wordings_give_the_running_line_its_response(nlp, story, pair):
    assert pair in pairs(nlp, report(story))


LEUKAEMIA = [
    ("A 76-year-old man had IDH2-mutated acute myeloid leukaemia. Enasidenib was started in 2021. At month 9, "
     "while still on the drug, the marrow blasts rose to 24%.", ("enasidenib", "PD")),
    ("A 55-year-old woman had hairy cell leukaemia. Vemurafenib was started in 2020. Circulating hairy cells "
     "returned after eight months of treatment.", ("vemurafenib", "PD")),
    ("A 60-year-old man had FLT3-mutated acute myeloid leukaemia. Gilteritinib was started in 2022. On day 56 the "
     "marrow contained 2% blasts with recovered counts.", ("gilteritinib", "CR")),
    ("A 47-year-old man had hairy cell leukaemia. Vemurafenib was started in 2019. At week ten the marrow "
     "contained no hairy cells.", ("vemurafenib", "CR")),
]


@pytest.mark.parametrize("story, pair", LEUKAEMIA)
def test_leukaemic_cells_returning_or_clearing_are_the_lines_response(nlp, story, pair):
    assert pair in pairs(nlp, report(story))


def test_blasts_rising_at_a_transformation_are_no_progression(nlp):
    story = ("A 68-year-old man had JAK2-mutated myelofibrosis. Ruxolitinib was started in 2020. In 2023 "
             "circulating blasts rose to 30% and the marrow showed transformation to acute myeloid leukaemia.")
    assert ("ruxolitinib", "PD") not in pairs(nlp, report(story))


STOPPED_EARLY = [
    "A 58-year-old man had metastatic melanoma. He received nivolumab with ipilimumab, but grade 3 hepatitis "
    "after the second dose led to both drugs being stopped. Restaging 12 weeks later showed new liver metastases, "
    "judged as progression.",
    "A 63-year-old woman had metastatic renal cancer. She began nivolumab and ipilimumab; grade 3 colitis after "
    "the first dose led to both drugs being discontinued. The first response assessment at ten weeks showed "
    "progressive disease.",
    "A 52-year-old man had metastatic melanoma. Nivolumab plus ipilimumab was given, and grade 3 pneumonitis "
    "after one dose led to both drugs being stopped. Re-evaluation with CT two months later showed that the "
    "lung metastases had enlarged.",
]


@pytest.mark.parametrize("story", STOPPED_EARLY)
def test_the_first_restaging_after_a_stop_for_toxicity_is_the_lines(nlp, story):
    assert ("nivolumab", "PD") in pairs(nlp, report(story))


def test_a_scan_months_after_the_stop_is_still_off_treatment(nlp):
    story = ("A 58-year-old man had metastatic melanoma. He received nivolumab with ipilimumab, but grade 3 "
             "hepatitis after the second dose led to both drugs being stopped. Eight months later CT showed new "
             "liver metastases.")
    assert ("nivolumab", "PD") not in pairs(nlp, report(story))


HOLDS = [
    "A 47-year-old woman had FGFR2-fused cholangiocarcinoma. Pemigatinib was started in 2021; grade 2 "
    "onycholysis led to a 7-day interruption. At 11 months new peritoneal nodules appeared.",
    "A 65-year-old man had renal cancer. Cabozantinib was started in 2020 and was "
    "withheld for two weeks because of grade 3 diarrhoea. CT in 2021 showed progressive disease.",
    "A 59-year-old woman had lung cancer. Amivantamab was started in 2022. The first infusion was interrupted "
    "for a grade 3 infusion-related reaction. At 13 months CT showed progressive disease.",
]


@pytest.mark.parametrize("story", HOLDS)
def test_a_hold_of_stated_length_does_not_end_the_line(nlp, story):
    assert any(cls == "PD" for _, cls in pairs(nlp, report(story)))


JOINED = [
    ("A 54-year-old woman had lung adenocarcinoma. Carboplatin and pemetrexed were started in May 2021. "
     "Amivantamab was therefore joined to the doublet from cycle 2. Restaging after cycle 4 showed a partial "
     "response.", {("amivantamab", "PR"), ("carboplatin", "PR")}),
    ("A 60-year-old man had gastric cancer. Oxaliplatin and capecitabine were started in 2020. Nivolumab was "
     "then combined with the doublet from the third cycle. CT after six cycles showed a partial response.",
     {("nivolumab", "PR"), ("oxaliplatin", "PR")}),
    ("A 58-year-old woman had biliary cancer. Gemcitabine and cisplatin were started in 2021. Durvalumab was "
     "brought in to the regimen at cycle 3. After six cycles the disease was stable.",
     {("durvalumab", "SD"), ("cisplatin", "SD")}),
]


@pytest.mark.parametrize("story, expected", JOINED)
def test_a_drug_joined_to_the_running_doublet_shares_its_response(nlp, story, expected):
    assert expected <= pairs(nlp, report(story))


@pytest.mark.parametrize("story", [
    "A 44-year-old man had NK/T-cell lymphoma. Pembrolizumab was started in 2021. A PET-CT after four doses was "
    "read as a partial metabolic response; after eight doses the uptake had fallen to background (Deauville 3).",
    "A 50-year-old woman had Hodgkin lymphoma. Nivolumab was started in 2020. PET after three cycles showed a "
    "partial metabolic response, and after six cycles Deauville 2.",
    "A 39-year-old man had Hodgkin lymphoma. Brentuximab vedotin was started in 2022. Interim PET after two "
    "cycles showed a partial metabolic response; after four cycles the scan was scored Deauville 1.",
])
def test_a_class_reached_at_a_later_time_point_of_the_sentence_stands(nlp, story):
    got = pairs(nlp, report(story))
    assert {cls for _, cls in got} >= {"PR", "CR"}


@pytest.mark.parametrize("story, pair", [
    ("A 64-year-old woman had gallbladder cancer. Durvalumab maintenance was started in 2022, until new ascites "
     "with malignant cells appeared at nine months.", ("durvalumab", "PD")),
    ("A 34-year-old woman had an NTRK-fused sarcoma. Larotrectinib was started in 2019. After 26 months on "
     "larotrectinib, one lung nodule reappeared and grew to 14 mm.", ("larotrectinib", "PD")),
    ("A 60-year-old woman had HER2-amplified gallbladder cancer. Trastuzumab and pertuzumab were started in "
     "2023. At seven months the peritoneal disease grew and she developed bowel obstruction.",
     ("trastuzumab", "PD")),
])
def test_progression_wordings_of_a_site(nlp, story, pair):
    assert pair in pairs(nlp, report(story))


def test_a_lab_value_falling_is_no_response(nlp):
    story = ("A 58-year-old man had prostate cancer. Olaparib was started in 2021. His haemoglobin fell from 12 "
             "to 8 g/dL during the second month.")
    assert not pairs(nlp, report(story))


@pytest.mark.parametrize("story", [
    "A 44-year-old woman had HER2-positive breast cancer. Trastuzumab and pertuzumab were given as maintenance "
    "from 2020. At month 9 the ejection fraction fell to 46%, and both were held for 4 weeks until it recovered. "
    "At 22 months MRI showed three new brain metastases.",
    "A 61-year-old man had renal cancer. Sunitinib was started in 2019. In the fifth month it was withheld for "
    "two weeks until the hand-foot syndrome settled. CT at 14 months showed progressive disease.",
    "A 58-year-old woman had ovarian cancer. Olaparib maintenance was started in 2021. Olaparib was held for ten "
    "days until her anaemia recovered. In 2023 CT showed progressive disease.",
])
def test_until_that_ends_a_hold_of_stated_length_is_no_stop(nlp, story):
    assert any(cls == "PD" for _, cls in pairs(nlp, report(story)))


@pytest.mark.parametrize("story, maintenance, induction", [
    ("A 47-year-old woman had cholangiocarcinoma. Gemcitabine, cisplatin and durvalumab were given for six "
     "cycles in 2021. She progressed 5 months into durvalumab maintenance.", "durvalumab", "cisplatin"),
    ("A 66-year-old man had lung adenocarcinoma. Carboplatin, pemetrexed and pembrolizumab were given for four "
     "cycles in 2020. The disease progressed eight months into pembrolizumab maintenance.", "pembrolizumab",
     "carboplatin"),
    ("A 59-year-old man had myeloma. Bortezomib, lenalidomide and dexamethasone were given in 2019. He had a "
     "relapse two years into lenalidomide maintenance.", "lenalidomide", "bortezomib"),
])
def test_progression_months_into_maintenance_is_the_maintenance_lines(nlp, story, maintenance, induction):
    got = pairs(nlp, report(story))
    assert (maintenance, "PD") in got and (induction, "PD") not in got
