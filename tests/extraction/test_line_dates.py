"""Therapy lines get dates from relative phrases and are ordered by time, not only by text."""
import pytest

from kg.extraction.dates import shift_date
from kg.extraction.extract import extract_report
from kg.nlp import build_pipeline
from kg.readers import read_bytes


def case_of(narrative: str):
    text = ("Crizotinib after chemotherapy in an ALK-rearranged tumor: a case report\n\nCASE PRESENTATION\n\n"
            + narrative + "\n\nDISCUSSION\n\nNothing to add.\n")
    doc = next(read_bytes(text.encode(), "case.txt"))
    (case,) = extract_report(doc, build_pipeline()).cases
    return case


@pytest.fixture(scope="module")
def relative():
    return case_of("In March 2020 a 60-year-old man started crizotinib. Three months later, progression was "
                   "documented and alectinib was started. In the same month, he developed grade 2 constipation.")


def test_extraction_relative_phrase_dates_the_next_line(relative):
    starts = [(t.administrations[0].drug.label.lower(), t.start) for t in relative.treatments]
    assert starts == [("crizotinib", "2020-03"), ("alectinib", "2020-06")]


def test_extraction_flashback_is_ordered_by_date():
    case = case_of("In May 2021 a 45-year-old woman started lorlatinib for a new progression. She had "
                   "received carboplatin and pemetrexed in 2019 and crizotinib in June 2020.")
    order = [[a.drug.label.lower() for a in t.administrations] for t in case.treatments]
    assert order == [["carboplatin", "pemetrexed"], ["crizotinib"], ["lorlatinib"]]
    assert [t.line for t in case.treatments] == [1, 2, 3]


def test_extraction_switch_from_one_drug_to_another_is_two_lines():
    case = case_of("In March 2020 a 60-year-old man started crizotinib. In June 2021 he was switched from "
                   "crizotinib to alectinib because of progression.")
    assert [[a.drug.label.lower() for a in t.administrations] for t in case.treatments] == [["crizotinib"], ["alectinib"]]
    assert case.treatments[1].start == "2021-06"


def test_extraction_recist_abbreviations_and_unaffordable_drug():
    case = case_of("A 47-year-old man was given oral crizotinib (250 mg bid) from February 2019. After 2 months, "
                   "CT showed PR according to RECIST 1.1. In October 2019 treatment was changed to alectinib 600 mg "
                   "bid. The best response was SD. The patient could not afford lorlatinib and received ensartinib "
                   "from April 2021. ER/PR status was not assessed.")
    got = [([a.drug.label.lower() for a in t.administrations], [r.concept.id for r in t.responses]) for t in case.treatments]
    assert got == [(["crizotinib"], ["NCIT:C18058"]), (["alectinib"], ["NCIT:C18213"]), (["ensartinib"], [])]
    assert case.treatments[0].administrations[0].schedule == "bid"


def test_extraction_supportive_care_for_a_side_effect_is_not_a_line():
    case = case_of("In March 2020 a 60-year-old man started lorlatinib. He developed grade 2 hypertriglyceridemia, "
                   "and atorvastatin was given for the dyslipidemia. In June 2020 he developed grade 3 pneumonitis "
                   "and received prednisolone for the pneumonitis. Crizotinib for the ROS1-rearranged tumor was "
                   "started in August 2020.")
    assert [[a.drug.label.lower() for a in t.administrations] for t in case.treatments] == [["lorlatinib"], ["crizotinib"]]


def test_extraction_start_date_is_the_one_the_start_verb_governs():
    case = case_of("A 7-month-old boy received vincristine in June 2020. Because of local progression in October "
                   "2020, entrectinib (300 mg/m2 daily) was started in November 2020.")
    assert [(t.administrations[0].drug.label.lower(), t.start) for t in case.treatments] == [
        ("vincristine", "2020-06"), ("entrectinib", "2020-11")]


def test_extraction_a_response_date_does_not_date_the_line():
    case = case_of("A 58-year-old woman received carboplatin in 2017. In April 2018 she was enrolled in a phase II "
                   "trial and received lorlatinib 100 mg daily, with a partial response in July 2018.")
    line = case.treatments[-1]
    assert (line.administrations[0].drug.label.lower(), line.start) == ("lorlatinib", "2018-04")
    assert [(r.concept.label.lower(), r.date) for r in line.responses] == [("partial response", "2018-07")]


def test_extraction_response_after_a_duration_is_dated_from_the_line_start():
    case = case_of("A 27-year-old woman received crizotinib in 2017. Lorlatinib was started in March 2022 and a "
                   "partial response was observed after 3 months.")
    line = case.treatments[-1]
    assert [(r.concept.label.lower(), r.date) for r in line.responses] == [("partial response", "2022-06")]


@pytest.mark.parametrize("iso,days,expected", [
    ("2019-06-03", 8 * 30, "2020-02"),   # "eight months later": a calendar month, not 2020-01-29
    ("2019-11", 2 * 30, "2020-01"),
    ("2019-12", 365, "2020-12"),
    ("2019-11-10", 14, "2019-11-24"),     # days and weeks keep the day
    ("2019", 400, "2020"),
])
def test_shift_by_whole_months_moves_calendar_months(iso, days, expected):
    assert shift_date(iso, days) == expected


@pytest.mark.parametrize("narrative,dates", [
    ("A 60-year-old man received crizotinib from February to June 2019, when the disease progressed.",
     ("2019-02", "2019-06", "2019-06")),
    ("A 60-year-old man received crizotinib (February–June 2019) until the disease progressed.",
     ("2019-02", "2019-06", "2019-06")),
    ("A 60-year-old man received crizotinib from November 2018 to February, when the disease progressed.",
     ("2018-11", "2019-02", "2019-02")),
    # relative to the last date of the narrative, or to the line's start
    ("A 60-year-old man started crizotinib in March 2019. Crizotinib was stopped 3 months later because of "
     "progression.", ("2019-03", "2019-06", "2019-06")),
    ("A 60-year-old man started crizotinib in March 2019. After 3 months of therapy, crizotinib was stopped "
     "because of progression.", ("2019-03", "2019-06", "2019-06")),
    ("A 60-year-old man started crizotinib in March 2019. A partial response was seen in May 2019. Four months "
     "later the disease progressed.", ("2019-03", None, "2019-09")),
])
def test_extraction_line_and_response_dates_from_ranges_and_relative_phrases(narrative, dates):
    (line,) = case_of(narrative).treatments
    pd = [r.date for r in line.responses if r.concept.id == "NCIT:C35571"]
    assert (line.start, line.end, pd[0] if pd else None) == dates


@pytest.mark.parametrize("narrative,start", [
    ("A 16-year-old girl had a metastatic tumor. In February 2012, a local progression and new hepatic lesions "
     "were observed. Crizotinib was initiated, leading to tumor stabilization.", "2012-02"),
    # a dated sentence that reports no progression or response does not date the next line
    ("A 16-year-old girl had a metastatic tumor. In February 2012, she moved to another city. Crizotinib was "
     "initiated, leading to tumor stabilization.", None),
])
def test_a_line_opened_right_after_a_dated_progression_starts_then(narrative, start):
    (line,) = case_of(narrative).treatments
    assert line.start == start


def test_extraction_date_range_before_the_drug_starts_at_its_first_date():
    # "From 2018 to 2020, X": the range's first date starts the line, its second ends it
    case = case_of("A 58-year-old woman had lung adenocarcinoma with an ALK fusion. From 2018 to 2020, "
                   "ceritinib was given with a partial response. From May 2021 to February 2023, she "
                   "received brigatinib. In 2023 lorlatinib was started.")
    got = [([a.drug.label.lower() for a in t.administrations], t.start, t.end) for t in case.treatments]
    assert got == [(["ceritinib"], "2018", "2020"), (["brigatinib"], "2021-05", "2023-02"), (["lorlatinib"], "2023", None)]
