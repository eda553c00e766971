"""Session 40 (resp40): a response verb whose subject is an adverse event or a non-tumour condition (kg/rules/responses.jsonl
resp40-event-course-bare-verb). Every report was made up for this test, in several voices (abstract, case section, terse
older abstract): the condition that 'progressed' is no progression of the tumour; a tumour told by its site or a second
clause with the tumour as subject keeps its response. Known gap (xfail): signs of an event told without the event's
name ('the pulmonary infiltrates regressed after steroids' in a pneumonitis story) still read as a tumour's shrinkage."""
import pytest

from rule_examples import response_pairs as pairs


def report(story: str) -> str:
    return ("A case report\n\nAbstract\n\nA patient treated for cancer.\n\nCase presentation\n\n" + story
            + "\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n")


NOT_FOUND = [
    ("A 45-year-old woman with metastatic gastric adenocarcinoma received mitomycin. She developed haemolytic uraemic "
     "syndrome. The haemolytic uraemic syndrome progressed despite plasma exchange.", ("mitomycin", "PD")),
    ("A 50-year-old man with renal cell carcinoma received sunitinib. Hepatitis progressed to acute liver failure.",
     ("sunitinib", "PD")),
    ("A 55-year-old woman with ovarian cancer received olaparib. The anaemia progressed and required transfusion.",
     ("olaparib", "PD")),
    ("A 44-year-old man with CML received dasatinib. His pleural effusion progressed despite diuretics.",
     ("dasatinib", "PD")),
    ("A 66-year-old woman with NSCLC received gefitinib. The interstitial lung disease regressed after steroids.",
     ("gefitinib", "PR")),
    ("Background: melanoma on nivolumab. Results: the organising pneumonia regressed within weeks of prednisone.",
     ("nivolumab", "PR")),
    ("A 71-year-old man with prostate cancer received enzalutamide. The cardiac failure worsened and the oedema "
     "progressed.", ("enzalutamide", "PD")),
    ("A 60-year-old man with lymphoma received ibrutinib. The pulmonary opacities resolved completely after antifungal "
     "therapy.", ("ibrutinib", "CR")),
    ("A 66-year-old man with Hodgkin lymphoma received nivolumab. The pleural effusion from heart failure resolved with "
     "furosemide.", ("nivolumab", "CR")),
    ("A 30-year-old man with acute myeloid leukaemia received azacitidine. The thrombocytopenia worsened despite "
     "transfusions.", ("azacitidine", "PD")),
]


@pytest.mark.parametrize("story, pair", NOT_FOUND)
def test_condition_course_is_no_tumour_response(nlp, story, pair):
    assert pair not in pairs(nlp, report(story))


FOUND = [
    ("A 62-year-old woman with breast cancer received docetaxel. The peripheral oedema improved after diuretics, and "
     "the liver metastases regressed on CT.", ("docetaxel", "PR")),
    ("A 52-year-old woman with cholangiocarcinoma received gemcitabine. The pleural effusion cleared and the tumour "
     "shrank.", ("gemcitabine", "PR")),
    ("A 59-year-old woman with lymphoma received rituximab. Her herpes zoster infection worsened, and the tumour "
     "progressed.", ("rituximab", "PD")),
    ("A 58-year-old woman with NSCLC received osimertinib. The pulmonary opacities cleared, and the lung metastases "
     "resolved completely.", ("osimertinib", "CR")),
    ("A 57-year-old man with renal cell carcinoma received sunitinib. The lung metastases progressed after four months.",
     ("sunitinib", "PD")),
    ("A 60-year-old woman with ovarian cancer received carboplatin. The malignant pleural effusion progressed after two "
     "cycles.", ("carboplatin", "PD")),
    ("A 61-year-old man with hepatocellular carcinoma received sorafenib. The hand-foot skin reaction improved after "
     "dose reduction, and the tumour shrank by 40%.", ("sorafenib", "PR")),
]


@pytest.mark.parametrize("story, pair", FOUND)
def test_tumour_beside_a_condition_keeps_its_response(nlp, story, pair):
    assert pair in pairs(nlp, report(story))


@pytest.mark.xfail(strict=True, reason="signs of an event told without its name still read as the tumour's shrinkage")
def test_signs_of_an_event_regressing_are_no_response(nlp):
    story = ("A 70-year-old man with lung adenocarcinoma received osimertinib. He developed drug-induced pneumonitis. "
             "The pulmonary infiltrates regressed after steroids.")
    got = pairs(nlp, report(story))
    assert ("osimertinib", "PR") not in got and ("osimertinib", "CR") not in got
