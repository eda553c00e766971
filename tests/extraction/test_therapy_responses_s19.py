"""Session 19 (responses on unseen text, classes found across the open halves): a progression named as the occasion
of a treatment decision, a progression dated after a named drug ended, a remission that goes on into maintenance, a
response dated by the phase it came in, a site's stability told after a semicolon beside progression, a relapse after
the treatment as a whole ended or after a single course, an adverse event's course told with its day, a letter's
published patient, a response phrase before the drug with its line order. Sentences written for this test."""
from narrative import drug_response_pairs as pairs


def test_a_progression_named_as_the_occasion_of_an_offer_is_no_response(nlp):
    got = pairs(nlp, "A man with soft-tissue sarcoma was treated. Pazopanib gave stable disease for eight months. "
                     "Eribulin was offered at further progression, and he preferred home care.")
    assert ("pazopanib", "stable disease") in got
    assert ("pazopanib", "progressive disease") not in got


def test_a_drug_started_at_progression_keeps_the_progression_of_the_line_before(nlp):
    got = pairs(nlp, "A woman with lung adenocarcinoma was treated. Osimertinib was started in 2019. "
                     "Amivantamab was started at progression in 2021.")
    assert ("osimertinib", "progressive disease") in got


def test_progression_dated_after_the_named_drug_ended_is_no_progression_of_it(nlp):
    got = pairs(nlp, "A man with leiomyosarcoma was treated. Gemcitabine was given for six cycles from May 2022, "
                     "with stable disease. Five months after gemcitabine was stopped the nodules grew by 40%, "
                     "progressive disease.")
    assert ("gemcitabine", "stable disease") in got
    assert ("gemcitabine", "progressive disease") not in got


def test_a_bare_remission_going_on_into_maintenance_is_no_response_of_the_maintenance(nlp):
    got = pairs(nlp, "A woman with ovarian carcinoma was treated. Carboplatin and paclitaxel gave a partial "
                     "response, followed by interval debulking. Niraparib was started as maintenance, and remission "
                     "persisted for 20 months.")
    assert ("carboplatin", "partial response") in got
    assert not any(d == "niraparib" for d, _ in got)


def test_a_complete_response_reached_during_maintenance_stays_the_maintenances(nlp):
    got = pairs(nlp, "A man with myeloma was treated. Bortezomib and lenalidomide were given from 2019. "
                     "Lenalidomide maintenance followed, and he achieved a complete remission after a year.")
    assert ("lenalidomide", "complete response") in got


def test_a_progression_dated_by_the_maintenance_phase_is_the_maintenances(nlp):
    got = pairs(nlp, "A woman with ovarian carcinoma was treated. Carboplatin, paclitaxel and bevacizumab were given "
                     "for six cycles, followed by bevacizumab alone. Pegylated doxorubicin was started in 2021 and gave "
                     "stable disease. The disease had progressed after 14 months of maintenance.")
    assert ("bevacizumab", "progressive disease") in got
    assert ("doxorubicin", "progressive disease") not in got


def test_a_sites_stability_after_a_semicolon_beside_progression_is_no_response(nlp):
    got = pairs(nlp, "A man with ALK-positive lung cancer was treated. Alectinib was started in June 2021. By March "
                     "2024 new bone lesions had appeared and progressive disease was recorded; the pulmonary disease "
                     "was unchanged.")
    assert ("alectinib", "progressive disease") in got
    assert ("alectinib", "stable disease") not in got


def test_stability_then_progression_across_a_semicolon_are_two_assessments(nlp):
    got = pairs(nlp, "A woman with GIST was treated. Imatinib was started in 2019. The disease remained stable for "
                     "14 months; progression in the liver followed in 2021.")
    assert ("imatinib", "stable disease") in got and ("imatinib", "progressive disease") in got


def test_a_relapse_after_the_end_of_therapy_and_a_resection_is_no_progression_of_the_course(nlp):
    got = pairs(nlp, "A girl with osteosarcoma was treated. She received methotrexate, doxorubicin and cisplatin, "
                     "and surgery showed 60% necrosis. Ten months after the end of therapy two lung nodules were "
                     "resected. A second lung relapse followed a year later.")
    assert not any(c == "progressive disease" for _, c in got)


def test_a_relapse_years_after_a_single_course_with_its_remission_is_no_progression_of_it(nlp):
    got = pairs(nlp, "A man with hairy cell leukaemia was treated. He received a second course of pentostatin in "
                     "2016, with a second complete remission. In 2022 his neutrophils fell and the spleen enlarged, "
                     "indicating a further relapse.")
    assert ("pentostatin", "complete response") in got
    assert ("pentostatin", "progressive disease") not in got


def test_an_adverse_event_that_responded_to_supportive_drugs_is_no_tumour_response(nlp):
    got = pairs(nlp, "A man with CLL was treated. Venetoclax with obinutuzumab was started in 2021. Obinutuzumab "
                     "caused a grade 2 infusion reaction on day 1 that responded to antihistamines.")
    assert not any(c == "partial response" for _, c in got)


def test_a_patient_of_a_published_report_retold_in_a_letter_gives_no_response(nlp):
    got = pairs(nlp, "Dear Editor, we read with much interest the report of a girl with ALK-positive IMT who "
                     "achieved a complete response to crizotinib. Our patient, a boy of 12, received crizotinib, and "
                     "CT after 8 weeks showed a partial response.")
    assert ("crizotinib", "partial response") in got
    assert ("crizotinib", "complete response") not in got


def test_progression_on_a_first_line_regimen_told_before_it_is_that_regimens(nlp):
    got = pairs(nlp, "A 47-year-old man showed progressive disease on first-line carboplatin and pemetrexed "
                     "elsewhere. Osimertinib then gave a partial response.")
    assert ("carboplatin", "progressive disease") in got and ("pemetrexed", "progressive disease") in got
    assert ("osimertinib", "progressive disease") not in got
