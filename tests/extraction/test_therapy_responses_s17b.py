"""Session 17 (resp17b): a progression belongs to the line running when it was seen. An earlier line's drug
kept on as maintenance after another line (a transplant, a second regimen) runs as a line of its own; a stop
of the running line told without its drugs ends it; a drug told as what progressed is a look back; inferred
shrinkage beside a named class is no response of its own. Sentences written for this test."""
from kg.extraction.responses import responses_in

from narrative import case_sentences
from narrative import drug_response_pairs as pairs


def test_maintenance_with_an_induction_drug_after_a_transplant_takes_the_later_progression(nlp):
    got = pairs(nlp, "A 66-year-old woman with multiple myeloma was given bortezomib, lenalidomide and dexamethasone "
                     "for six cycles, with a partial response. High-dose melphalan and an autologous transplant in "
                     "June 2019 brought a complete response. Lenalidomide maintenance was begun in October 2019. "
                     "In May 2021 the light chains rose again: progressive disease.")
    assert ("melphalan", "complete response") in got
    assert ("lenalidomide", "progressive disease") in got
    assert ("melphalan", "progressive disease") not in got


def test_maintenance_with_a_first_line_antibody_after_a_second_regimen(nlp):
    got = pairs(nlp, "A man with follicular lymphoma received obinutuzumab and bendamustine in 2017, then "
                     "cyclophosphamide and doxorubicin in 2018 with a partial response. He was then maintained on "
                     "obinutuzumab from 2019. In 2020 PET showed progression.")
    assert ("obinutuzumab", "progressive disease") in got
    assert ("doxorubicin", "progressive disease") not in got


def test_a_maintenance_course_told_as_completed_takes_no_later_relapse(nlp):
    got = pairs(nlp, "A woman with HER2-positive breast cancer received docetaxel, trastuzumab and pertuzumab, then "
                     "adjuvant trastuzumab emtansine, which was stopped for thrombocytopenia; she completed one year "
                     "of trastuzumab alone. Two years later CT showed liver metastases.")
    assert not any(r == "progressive disease" for _, r in got)


def test_an_undated_stop_of_both_drugs_puts_a_later_progression_off_the_line(nlp):
    got = pairs(nlp, "A woman with melanoma started nivolumab and ipilimumab in 2020. After the third infusion both "
                     "drugs were stopped because of grade 3 hepatitis. CT in 2021 showed a partial response. In 2022 "
                     "new lung nodules appeared: progressive disease. Encorafenib and binimetinib were started.")
    assert ("nivolumab", "partial response") in got
    assert ("nivolumab", "progressive disease") not in got


def test_therapy_stopped_without_its_drug_named_ends_the_line(nlp):
    got = pairs(nlp, "A man with renal cell carcinoma received pembrolizumab and axitinib from 2019 with a partial "
                     "response. Therapy was discontinued after eight months because of grade 3 nephritis. A year "
                     "later CT showed new bone metastases, and cabozantinib was given.")
    assert ("axitinib", "partial response") in got
    assert ("axitinib", "progressive disease") not in got


def test_a_hold_and_resumption_of_the_treatment_ends_nothing(nlp):
    got = pairs(nlp, "A woman with lung cancer received osimertinib from 2018. The treatment was interrupted for two "
                     "weeks for pneumonitis and resumed at the same dose. In 2020 CT showed progressive disease.")
    assert ("osimertinib", "progressive disease") in got


def test_progression_noted_on_a_maintenance_drug_is_no_part_of_the_next_line(nlp):
    got = pairs(nlp, "A man with mesothelioma received cisplatin and pemetrexed from 2019, then pemetrexed "
                     "maintenance. In 2020 progression was documented on pemetrexed, and vinorelbine was started. "
                     "After four months CT showed further progression.")
    assert ("pemetrexed", "progressive disease") in got
    assert ("vinorelbine", "progressive disease") in got


def test_shrinkage_beside_a_named_complete_response_is_no_partial_response(nlp):
    s = case_sentences(nlp, "The pelvic mass regressed quickly, and PET at four months showed a complete "
                            "metabolic response.")[0]
    assert [f.cls for f in responses_in(s)] == ["CR"]


def test_shrinkage_told_before_a_later_named_class_stays(nlp):
    s = case_sentences(nlp, "The nodules shrank after two cycles; later a complete response was recorded.")[0]
    assert {f.cls for f in responses_in(s)} == {"PR", "CR"}
