"""Which line a response belongs to (session 42, attr42).

- Regimens told in alternation are partners only when named one after the other; a phase named after a step of the
  sequence ("..., followed by BEAM-conditioned autologous transplantation") is no partner of the alternating course,
  and a response dated by the induction ("PET after induction") is not shared with the phases told after it.
- Drugs of an earlier line told started on a date after the running line began ("progressive disease on niraparib.
  Second-line carboplatin was given from June 2021") are a new course of them, whose response is theirs.
- Part of a combination that progressed, told started again ("the disease progressed. High-dose ifosfamide was then
  given"), is a course of its own: its response is not the combination's.
- A progression told first and, past a clause break, the drug of a line the story opened earlier ("Month 19 |
  progression; bevacizumab", a timeline row) retells the switch: no PD of that drug.

All texts are made up for these tests."""
import pytest

from rule_examples import lines_of as _lines, response_pairs, responses_of as _responses_of

CR, PR, SD, PD = "complete response", "partial response", "stable disease", "progressive disease"


@pytest.mark.parametrize("text", [
    "A 58-year-old man with mantle cell lymphoma was treated. He received three cycles of R-CHOP alternating with three "
    "cycles of R-DHAP, followed by BEAM-conditioned autologous stem cell transplantation (carmustine, etoposide, "
    "cytarabine, melphalan). PET-CT after induction showed a complete metabolic response.",
    "A 49-year-old woman with mantle cell lymphoma was treated. Induction consisted of R-CHOP alternating with R-DHAP "
    "for six courses, followed by high-dose BEAM (carmustine, etoposide, cytarabine and melphalan) with autologous "
    "transplantation. CT at the end of induction showed a complete response.",
    "A 61-year-old man with mantle cell lymphoma was treated. Three cycles of R-CHOP alternated with three cycles of "
    "R-DHAP and were followed by autologous transplantation after conditioning with carmustine, etoposide, cytarabine "
    "and melphalan. After induction chemotherapy, PET showed a complete remission.",
])
def test_an_induction_response_is_not_the_conditioning_named_after_the_alternating_course(nlp, text):
    lines = _lines(nlp, text)
    assert CR in _responses_of(lines, "cyclophosphamide"), lines
    assert CR in _responses_of(lines, "cisplatin"), lines
    assert CR not in _responses_of(lines, "melphalan"), lines
    assert CR not in _responses_of(lines, "carmustine"), lines


def test_a_response_after_the_transplant_is_not_taken_from_the_conditioning(nlp):
    # counter-example: an assessment dated after the transplant is not the induction's alone
    text = ("A 58-year-old man with mantle cell lymphoma was treated. He received three cycles of R-CHOP alternating "
            "with three cycles of R-DHAP, followed by BEAM-conditioned autologous stem cell transplantation (carmustine, "
            "etoposide, cytarabine, melphalan). PET-CT three months after transplantation showed a complete response.")
    lines = _lines(nlp, text)
    assert CR in _responses_of(lines, "melphalan"), lines


@pytest.mark.parametrize("text, drug, cls, other", [
    ("A 55-year-old woman with high-grade serous ovarian carcinoma was treated. She received carboplatin and paclitaxel "
     "from March 2019, with a complete response. Niraparib maintenance was started in August 2019. In May 2021 CT "
     "showed new peritoneal nodules: progressive disease on niraparib. Second-line carboplatin AUC 5 every 3 weeks was "
     "given from June 2021. CT in September 2021 showed a 50% reduction (partial response).", "carboplatin", "PR", "niraparib"),
    ("A 63-year-old man with metastatic colon cancer was treated. FOLFOX was given from January 2018 and gave a partial "
     "response; it was stopped for neuropathy in July 2018. Capecitabine maintenance was started in August 2018, and CT "
     "in March 2020 showed progressive disease. Second-line FOLFOX was given from April 2020, and CT in July 2020 "
     "showed stable disease.", "oxaliplatin", "SD", "capecitabine"),
    ("A 47-year-old woman with metastatic breast cancer was treated. She received paclitaxel from 2016 with a partial "
     "response. Letrozole was started in 2017, and progression was found in 2019. In 2020 she received weekly paclitaxel "
     "from February, and CT in May 2020 showed a partial response.", "paclitaxel", "PR", "letrozole"),
])
def test_drugs_of_an_earlier_line_started_after_the_running_line_began_are_a_new_course(nlp, text, drug, cls, other):
    pairs = response_pairs(nlp, text)
    assert (drug, cls) in pairs, pairs
    assert (other, cls) not in pairs, pairs


def test_a_look_back_with_the_old_date_opens_no_new_course(nlp):
    # counter-example: the earlier line named again with its own (earlier) date is a look back
    text = ("A 55-year-old woman with high-grade serous ovarian carcinoma was treated. She received carboplatin and "
            "paclitaxel from March 2019, with a complete response. Niraparib maintenance was started in August 2019. "
            "Carboplatin, which had been given from March 2019, was well tolerated. CT in May 2020 showed stable disease.")
    lines = _lines(nlp, text)
    assert len(lines) == 2, lines
    assert SD in _responses_of(lines, "niraparib"), lines


@pytest.mark.parametrize("text, part, dropped", [
    ("A 40-year-old woman with synovial sarcoma was treated. Doxorubicin and ifosfamide gave a partial response after "
     "three cycles, but the disease progressed after the sixth cycle. High-dose ifosfamide was then given, with stable "
     "disease for 5 months.", "ifosfamide", "doxorubicin"),
    ("A 66-year-old man with lung adenocarcinoma was treated. Carboplatin and pemetrexed gave a partial response, and "
     "CT in March 2021 showed progressive disease. Pemetrexed was then given at full dose, and CT after three "
     "cycles showed stable disease.", "pemetrexed", "carboplatin"),
    ("A 52-year-old woman with ovarian carcinoma was treated. She received carboplatin and gemcitabine with a partial "
     "response, and the disease progressed in October 2022. She then received gemcitabine 1000 mg/m2, and CT in January "
     "2023 showed stable disease.", "gemcitabine", "carboplatin"),
])
def test_part_of_a_progressed_combination_started_again_is_a_course_of_its_own(nlp, text, part, dropped):
    pairs = response_pairs(nlp, text)
    assert (part, "SD") in pairs, pairs
    assert (dropped, "SD") not in pairs, pairs


def test_part_of_a_running_combination_named_before_any_progression_stays_on_it(nlp):
    # counter-example: no progression was told yet, so the drug named again goes on within the combination
    text = ("A 40-year-old woman with synovial sarcoma was treated. Doxorubicin and ifosfamide were started in May "
            "2020. Ifosfamide was given with mesna at each cycle, and CT after three cycles showed stable disease.")
    pairs = response_pairs(nlp, text)
    assert ("doxorubicin", "SD") in pairs and ("ifosfamide", "SD") in pairs, pairs


TIMELINE = """Erdafitinib in recurrent glioblastoma: a case report

Case presentation
A 60-year-old man with glioblastoma was treated. He received temozolomide from March 2020. In October 2020 MRI showed \
progression, and erdafitinib was started. MRI after eight weeks showed a partial response.

After 11 months, MRI showed disease progression. {later} was then given with some benefit for three months; he died \
27 months after diagnosis.

Table 1. Timeline
Month 0 | resection; glioblastoma
Month 8-19 | erdafitinib; PR at 8 weeks
Month 19 | {row}
Month 27 | death

Discussion
FGFR3 fusions are rare in glioblastoma.
"""


@pytest.mark.parametrize("later, row", [
    ("Bevacizumab", "progression; bevacizumab"),
    ("Lomustine", "progressive disease; lomustine started"),
    ("Regorafenib", "disease progression; regorafenib"),
])
def test_a_timeline_row_telling_progression_then_the_next_drug_gives_that_drug_no_pd(nlp, later, row):
    pairs = response_pairs(nlp, TIMELINE.format(later=later, row=row))
    assert ("erdafitinib", "PD") in pairs, pairs
    assert (later.lower(), "PD") not in pairs, pairs


@pytest.mark.parametrize("text, drug, cls, other", [
    ("A 48-year-old man with metastatic salivary duct carcinoma responded to carboplatin and paclitaxel and had "
     "prolonged stable disease on pembrolizumab. He received radiotherapy with weekly cisplatin after surgery. In "
     "February 2021 CT showed lung metastases. He received six cycles of carboplatin and paclitaxel every three weeks. "
     "CT after the third cycle showed a partial response.", "carboplatin", "PR", "cisplatin"),
    ("A 57-year-old woman with uterine leiomyosarcoma had a partial response to gemcitabine and docetaxel and later "
     "stable disease on pazopanib. Adjuvant doxorubicin was given after hysterectomy. Lung metastases were found in "
     "2020. She was given four cycles of gemcitabine and docetaxel. CT after two cycles showed a partial response.",
     "gemcitabine", "PR", "doxorubicin"),
    ("A 39-year-old man with metastatic seminoma reached a complete response to etoposide and cisplatin after "
     "relapsing on carboplatin. He had first received carboplatin after orchiectomy. Retroperitoneal nodes enlarged in "
     "2019. He then received three cycles of etoposide and cisplatin. CT after the third cycle showed a complete "
     "response.", "etoposide", "CR", "carboplatin"),
])
def test_a_line_summed_up_in_an_opening_sentence_told_given_later_takes_its_assessment(nlp, text, drug, cls, other):
    pairs = response_pairs(nlp, text)
    assert (drug, cls) in pairs, pairs
    assert (other, cls) not in pairs, pairs


@pytest.mark.xfail(strict=True, reason="known gap: a course told completed for a stated time as its line opens is not "
                   "ended by it (session 42: ending the line there lost a held-out progression; withdrawn)")
def test_a_course_told_completed_as_its_line_opens_gets_no_later_progression(nlp):
    text = ("A 52-year-old woman with hormone receptor-positive breast cancer had a lumpectomy in 2015. She completed "
            "five years of letrozole in 2021 and was then followed on surveillance. In 2025 CT showed progression.")
    assert ("letrozole", "PD") not in response_pairs(nlp, text)
