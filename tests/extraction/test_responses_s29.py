"""Session 29: which line a response belongs to (kg/extraction/therapy.py, kg/rules/therapy.jsonl resp29-* rows).
Every report was made up for this test, each mechanism in several wordings:
- chemotherapy named as the lymphodepletion before CAR T cells is given, but the remission is the cell therapy's;
- in a retelling that lists one response per treatment ("a partial response to X, stable disease on Y"), a drug
  named after a later response wording is that response's, not the first one's;
- a maintenance made of drugs given before (not all of the running line's) is a line of its own, so its end is the
  end of the story's treatment and a relapse told after it is no progression of an earlier line;
- a time told after the end of a course ("five months after maintenance ended") puts the running line over.
The negatives keep what was right before: a progression on the drugs, a response right after a course."""
import pytest

from rule_examples import drugs_given, response_pairs as pairs


def report(story: str, discussion: str = "The optimal sequence of treatment remains unclear.") -> str:
    return ("A case report\n\nAbstract\n\nA patient treated for cancer.\n\nCase presentation\n\n" + story
            + "\n\nDiscussion\n\n" + discussion + "\n")


LYMPHODEPLETION = [
    ("A 9-year-old boy had relapsed B-cell acute lymphoblastic leukaemia. Tisagenlecleucel was infused after "
     "lymphodepletion with fludarabine and cyclophosphamide. The day 28 marrow showed a complete remission.",
     "tisagenlecleucel", "CR"),
    ("A 58-year-old man had refractory diffuse large B-cell lymphoma. He received lymphodepleting chemotherapy "
     "with fludarabine and cyclophosphamide, and axicabtagene ciloleucel was infused two days later. PET at one "
     "month showed a complete metabolic response.", "axicabtagene ciloleucel", "CR"),
    ("A 63-year-old woman had relapsed diffuse large B-cell lymphoma. Fludarabine and cyclophosphamide were given "
     "as lymphodepletion before tisagenlecleucel. At day 90, PET-CT showed a partial response.",
     "tisagenlecleucel", "PR"),
    ("A 24-year-old woman had relapsed B-cell acute lymphoblastic leukaemia. After lymphodepleting fludarabine "
     "and cyclophosphamide, tisagenlecleucel was infused in May 2024. The marrow on day 28 was in complete "
     "remission.", "tisagenlecleucel", "CR"),
]


@pytest.mark.parametrize("story, product, cls", LYMPHODEPLETION)
def test_lymphodepleting_chemotherapy_is_given_but_the_remission_is_the_cell_therapys(nlp, story, product, cls):
    text = report(story)
    found = pairs(nlp, text)
    assert (product, cls) in found
    assert ("fludarabine", cls) not in found and ("cyclophosphamide", cls) not in found
    assert {"fludarabine", "cyclophosphamide"} <= {d.lower() for d in drugs_given(nlp, text)}


RETELLING = [
    ("A 66-year-old man had metastatic lung adenocarcinoma. He received carboplatin and pemetrexed, then "
     "docetaxel, then nivolumab.",
     "Our patient had a partial response to chemotherapy, stable disease on docetaxel and progression on nivolumab.",
     ("docetaxel", "SD"), ("docetaxel", "PR")),
    ("A 52-year-old woman had metastatic breast cancer. She was treated with capecitabine, then eribulin.",
     "In our patient there was a complete response to the first treatment and only stable disease with eribulin.",
     ("eribulin", "SD"), ("eribulin", "CR")),
    ("A 48-year-old man had metastatic colon cancer. FOLFOX was given first, and irinotecan later.",
     "Our patient achieved a partial response with FOLFOX and then progressive disease on irinotecan.",
     ("irinotecan", "PD"), ("irinotecan", "PR")),
]


@pytest.mark.parametrize("story, discussion, kept, wrong", RETELLING)
def test_a_drug_named_after_a_later_response_in_a_retelling_is_that_responses(nlp, story, discussion, kept, wrong):
    found = pairs(nlp, report(story, discussion))
    assert kept in found
    assert wrong not in found


MAINTENANCE_OF_EARLIER_DRUGS = [
    "A 19-year-old man had T-cell acute lymphoblastic leukaemia. Induction with vincristine, daunorubicin and "
    "intrathecal methotrexate gave a complete remission. Consolidation with cyclophosphamide, cytarabine and "
    "mercaptopurine followed. Maintenance with mercaptopurine, methotrexate and vincristine ran for two years and "
    "ended in March 2022. In October 2022 the marrow showed relapse. Nelarabine was given.",
    "A 7-year-old girl had B-cell acute lymphoblastic leukaemia. Induction with vincristine, daunorubicin and "
    "pegaspargase led to a complete remission. She then received cyclophosphamide and cytarabine as "
    "consolidation. Maintenance therapy with mercaptopurine, methotrexate and vincristine was completed in June "
    "2021. A marrow relapse was found in January 2022. Blinatumomab was started.",
    "A 15-year-old boy had acute lymphoblastic leukaemia. Vincristine, doxorubicin and pegaspargase were given as "
    "induction, with a complete remission. Cyclophosphamide and cytarabine consolidation followed. Oral "
    "methotrexate and vincristine pulses as maintenance were stopped in April 2020. Relapse was diagnosed in "
    "December 2020. Inotuzumab ozogamicin was given.",
]


@pytest.mark.parametrize("story", MAINTENANCE_OF_EARLIER_DRUGS)
def test_a_relapse_after_a_maintenance_of_earlier_drugs_ended_is_no_progression(nlp, story):
    found = pairs(nlp, report(story))
    assert ("cyclophosphamide", "PD") not in found and ("cytarabine", "PD") not in found
    assert ("vincristine", "PD") not in found
    assert ("vincristine", "CR") in found


AFTER_THE_END = [
    "A 14-year-old boy had alveolar rhabdomyosarcoma. Vinorelbine with oral cyclophosphamide was given as "
    "maintenance for 24 weeks. Five months after maintenance ended, CT showed four lung nodules, and a biopsy "
    "confirmed relapse.",
    "A 60-year-old woman had ovarian cancer. She received carboplatin and paclitaxel for six cycles. Two years "
    "after her chemotherapy had finished, new peritoneal nodules appeared, consistent with progression.",
    "A 45-year-old man had Hodgkin lymphoma. Brentuximab vedotin was given as consolidation. Eight months after "
    "the treatment was stopped, PET showed relapse in the mediastinum.",
]


@pytest.mark.parametrize("story", AFTER_THE_END)
def test_a_time_after_the_course_ended_puts_the_line_over(nlp, story):
    assert not any(cls == "PD" for _, cls in pairs(nlp, report(story)))


def test_a_progression_during_the_maintenance_is_still_its_own(nlp):
    story = ("A 14-year-old boy had alveolar rhabdomyosarcoma. Vinorelbine with oral cyclophosphamide was given as "
             "maintenance. Five months after maintenance began, CT showed new lung nodules, consistent with "
             "progression.")
    assert ("vinorelbine", "PD") in pairs(nlp, report(story))


WEEKLY_DOSES = [
    "A 55-year-old woman had follicular lymphoma. She received four weekly doses of rituximab; the nodes were "
    "stable in size at 6 months. Fourteen months later the disease progressed with a rising LDH.",
    "A 70-year-old man had marginal zone lymphoma. He received four weekly infusions of rituximab in 2019, and his "
    "lymphadenopathy remained stable. In 2021 new nodes appeared, consistent with progression.",
    "A 62-year-old woman had small lymphocytic lymphoma. Four weekly doses of rituximab were given in 2020; her lymph "
    "nodes remained stable in size. Two years later CT showed progressive disease.",
]


@pytest.mark.parametrize("story", WEEKLY_DOSES)
def test_a_progression_long_after_a_counted_dose_course_is_no_progression_of_it(nlp, story):
    found = pairs(nlp, report(story))
    assert ("rituximab", "SD") in found
    assert ("rituximab", "PD") not in found


THE_TUMOUR_GONE = [
    ("A 31-year-old woman had an ALK-rearranged inflammatory myofibroblastic tumour. Alectinib 600 mg twice daily was "
     "started in 2020. The tumour disappeared on CT by the sixth month.", "alectinib"),
    ("A 2-month-old girl had infantile fibrosarcoma of the forearm. Larotrectinib was started in 2023, and the mass "
     "had disappeared on MRI four months later.", "larotrectinib"),
    ("A 44-year-old man had ROS1-rearranged lung adenocarcinoma. Crizotinib was begun in 2018. By month four his "
     "tumour had vanished on CT.", "crizotinib"),
]


@pytest.mark.parametrize("story, drug", THE_TUMOUR_GONE)
def test_the_one_tumour_gone_is_a_complete_response(nlp, story, drug):
    found = pairs(nlp, report(story))
    assert (drug, "CR") in found and (drug, "PR") not in found


def test_a_sites_lesion_gone_stays_a_partial_response(nlp):
    story = ("A 61-year-old man had metastatic colon cancer. FOLFOX was started in 2021. After 3 cycles, the liver "
             "lesion had disappeared on MRI, and the lung nodules were smaller.")
    found = pairs(nlp, report(story))
    assert ("oxaliplatin", "PR") in found and ("oxaliplatin", "CR") not in found


GVHD_COURSE = [
    ("A 19-year-old man had T-cell acute lymphoblastic leukaemia. Nelarabine gave a second complete remission. He "
     "underwent allogeneic transplantation after etoposide conditioning. Acute skin graft-versus-host disease "
     "responded to topical steroids.", "PR"),
    ("A 50-year-old woman had acute myeloid leukaemia. Azacitidine and venetoclax gave a complete remission. After "
     "busulfan and fludarabine conditioning she received an allogeneic graft. Her gut GVHD responded to ruxolitinib.",
     "PR"),
    ("A 35-year-old man had Hodgkin lymphoma. Brentuximab vedotin gave a partial metabolic response. An allogeneic "
     "transplant followed melphalan conditioning. His skin GVHD resolved completely "
     "with budesonide.", "CR"),
]


@pytest.mark.parametrize("story, cls", GVHD_COURSE)
def test_graft_versus_host_disease_responding_is_no_tumour_response(nlp, story, cls):
    assert not any(c == cls for _, c in pairs(nlp, report(story)))


FUTURE_EVENT = [
    "A 56-year-old woman had high-grade serous ovarian cancer. Carboplatin with pegylated liposomal doxorubicin was "
    "given for six cycles, with a partial response. Mirvetuximab soravtansine was proposed for the next relapse.",
    "A 62-year-old man had ALK-positive lung cancer. Alectinib gave a partial response in 2021. Lorlatinib is kept "
    "in reserve for a future progression.",
    "A 59-year-old woman had follicular lymphoma. Obinutuzumab with bendamustine gave a partial response. "
    "Mosunetuzumab has been discussed with her in case of relapse.",
]


@pytest.mark.parametrize("story", FUTURE_EVENT)
def test_a_relapse_a_drug_is_kept_for_has_not_happened(nlp, story):
    found = pairs(nlp, report(story))
    assert any(c == "PR" for _, c in found)
    assert not any(c == "PD" for _, c in found)
