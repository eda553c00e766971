"""Which line a response belongs to (session 38, attr39): a line named ahead of its time ("referred for", "scheduled
for" a cell therapy), with another line given in between (a bridge), becomes the running line when the story tells it
given ("he received X", ACTIVE_START); its assessments are its own, not the bridge's. A line that already had a
response, named again, stays a look back. All texts are made up for these tests."""
import pytest

from rule_examples import lines_of as _lines, responses_of as _responses_of


@pytest.mark.parametrize("text, given, bridge, response", [
    ("A 61-year-old man with relapsed DLBCL was referred for axicabtagene ciloleucel. While the cells were "
     "manufactured, he received two cycles of R-GemOx as bridging therapy. The lymphoma progressed during bridging. "
     "After lymphodepletion he received axicabtagene ciloleucel. PET-CT at day 30 showed a complete metabolic "
     "response.", "axicabtagene ciloleucel", "oxaliplatin", "complete response"),
    ("A 55-year-old woman with refractory large B-cell lymphoma was scheduled for tisagenlecleucel. As a bridge she "
     "was given bendamustine and polatuzumab vedotin. Restaging showed stable disease. In May 2022 she was given "
     "tisagenlecleucel. The day-28 PET showed a partial response.", "tisagenlecleucel", "bendamustine",
     "partial response"),
    ("A 70-year-old man with myeloma was referred for ciltacabtagene autoleucel. Bridging with carfilzomib and "
     "dexamethasone was given. The patient then received ciltacabtagene autoleucel in March 2023. Three months later "
     "he was in stringent complete response.", "ciltacabtagene autoleucel", "carfilzomib", "complete response"),
])
def test_a_line_named_ahead_and_given_after_a_bridge_holds_its_own_response(nlp, text, given, bridge, response):
    lines = _lines(nlp, text)
    assert response in _responses_of(lines, given), lines
    assert response not in _responses_of(lines, bridge), lines


def test_a_line_that_had_a_response_named_again_is_a_look_back(nlp):
    # "At progression she received carboplatin and paclitaxel": the first line had its response, so this is not the
    # line named ahead of its time (the retreatment's reading is left to RESUME)
    text = ("A 59-year-old woman with metastatic breast cancer was treated with carboplatin and paclitaxel. CT showed a "
            "partial response. She then received capecitabine. Restaging showed stable disease.")
    lines = _lines(nlp, text)
    assert _responses_of(lines, "carboplatin") == {"partial response"}, lines
    assert _responses_of(lines, "capecitabine") == {"stable disease"}, lines


@pytest.mark.parametrize("text, drug", [
    ("A 38-year-old woman with an oligodendroglioma had surgery in 2015. She then received radiotherapy followed by "
     "six cycles of PCV. In 2018 MRI showed a partial response. In March 2025 a new enhancing nodule appeared. "
     "Temozolomide was started in May 2025.", "lomustine"),
    ("A 52-year-old man with follicular lymphoma received six cycles of bendamustine and rituximab. PET in June 2016 "
     "showed a complete metabolic response. In 2021 CT showed new enlarged nodes, consistent with progression.",
     "bendamustine"),
    ("A 60-year-old woman with a pelvic sarcoma had radiotherapy followed by four cycles of doxorubicin and "
     "ifosfamide. CT in May 2017 showed stable disease. In September 2019 new lung nodules were found, indicating "
     "progressive disease.", "ifosfamide"),
])
def test_a_progression_dated_years_after_a_counted_course_and_its_response_is_no_pd_of_it(nlp, text, drug):
    lines = _lines(nlp, text)
    assert _responses_of(lines, drug) and "progressive disease" not in _responses_of(lines, drug), lines


def test_a_progression_placed_during_the_counted_course_stays_its_own(nlp):
    text = ("A 45-year-old woman with ovarian cancer received six cycles of carboplatin and paclitaxel. CT in March 2020 "
            "showed a partial response. In July 2020, during cycle 6, CT showed progression.")
    assert "progressive disease" in _responses_of(_lines(nlp, text), "paclitaxel")


@pytest.mark.parametrize("text, prep, cell", [
    ("A 58-year-old woman with refractory DLBCL was referred for CAR T-cell therapy. Lymphodepletion consisted of "
     "fludarabine 30 mg/m2 and cyclophosphamide 500 mg/m2 daily for three days, and axicabtagene ciloleucel was "
     "infused on day 0. The day-30 PET-CT showed a complete metabolic response.", "cyclophosphamide",
     "axicabtagene ciloleucel"),
    ("A 62-year-old man with myeloma received four cycles of bortezomib, lenalidomide and dexamethasone, with a "
     "partial response. Stem cells were collected after cyclophosphamide mobilisation, and he received high-dose "
     "melphalan with autologous transplant. The day-100 assessment showed a complete response.", "cyclophosphamide",
     "melphalan"),
    ("A 66-year-old woman with myeloma underwent stem cell mobilization with cyclophosphamide and G-CSF. She then "
     "received melphalan 200 mg/m2 and an autologous transplant. She reached a very good partial response.",
     "cyclophosphamide", "melphalan"),
])
def test_a_drug_given_to_prepare_a_cell_therapy_or_transplant_has_no_response(nlp, text, prep, cell):
    # lymphodepletion told with doses, stem-cell mobilisation: given on a line of its own, without the responses
    lines = _lines(nlp, text)
    assert any(prep in d for d, _ in lines), lines
    assert not _responses_of(lines, prep), lines
    assert _responses_of(lines, cell), lines
