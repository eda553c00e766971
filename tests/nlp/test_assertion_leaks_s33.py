"""Session 33 (leak33): made-up probes for the wordings of the literature leaks of the opened pages (a drug told as
not given, read as given), each a pair: the drug not given stays out, and a drug given in the same shape stays in.

Wordings: a list of treatments that is the subject of the predicate after it, across 'with' and an aside ("..., and X
with Y (<aside>) or Z are reserved for progression"); a drug 'no longer available' after an appositive; a drug's other
name in the brackets right after it ("eligibility for X (X-short)"); a page's heading of the options a board weighed; a
two-column PDF page whose right column holds a table of published patients; a count of patients as the subject of a
response ("Two patients had responses to X"); a trial arm declined before a clause that gives the treatment with its
partner; a drug lined up as a later step."""
from __future__ import annotations

import pytest

from rule_examples import check_drugs, drugs_given


def _case(story: str) -> str:
    return "Case presentation\nA 57-year-old woman was treated for metastatic cancer. " + story + "\n"


# (wording, not-given story, drugs not given, given story, drugs given)
PAIRS = {
    "subject-list-reserved": (
        "She remains on abemaciclib and anastrozole, and fulvestrant with capivasertib (an AKT1 E17K variant was "
        "found in plasma) or eribulin are reserved for progression.", {"fulvestrant", "capivasertib", "eribulin"},
        "She remains on abemaciclib and anastrozole, and fulvestrant with capivasertib (an AKT1 E17K variant was "
        "found in plasma) was started at progression in 2024.", {"abemaciclib", "anastrozole", "fulvestrant",
                                                                 "capivasertib"}),
    "subject-list-kept-for-later": (
        "She continues on palbociclib with letrozole; everolimus with exemestane (her tumour kept its hormone "
        "receptors) was kept for later progression.", {"everolimus", "exemestane"},
        "She continued on palbociclib with letrozole; everolimus with exemestane (her tumour kept its hormone "
        "receptors) was started at progression.", {"palbociclib", "letrozole", "everolimus", "exemestane"}),
    "no-longer-available-appositive": (
        "Selpercatinib was started in March 2023, and pralsetinib, the other selective RET inhibitor, is no longer "
        "marketed in her country.", {"pralsetinib"},
        "Pralsetinib, the other selective RET inhibitor, was started in March 2023 and is still taken.",
        {"pralsetinib"}),
    "no-longer-an-option": (
        "Mobocertinib, approved earlier for this insertion, was no longer an option, so amivantamab was started.",
        {"mobocertinib"},
        "Mobocertinib, approved earlier for this insertion, was started in May 2021.", {"mobocertinib"}),
    "short-form-in-brackets": (
        "She was tested for HLA-A*02 to assess eligibility for afamitresgene autoleucel (afami-cel), but she did not "
        "carry the allele, and pazopanib was started.", {"afamitresgene autoleucel"},
        "She received afamitresgene autoleucel (afami-cel) after lymphodepletion in June 2024.",
        {"afamitresgene autoleucel"}),
    "trial-arm-declined-then-given-with-partner": (
        "She was offered the niraparib arm of a trial but declined, and carboplatin with paclitaxel was given.",
        {"niraparib"},
        "She was offered the niraparib arm of a trial but declined, and carboplatin with paclitaxel was given.",
        {"carboplatin", "paclitaxel"}),
    "lined-up-later": (
        "FOLFOX was given from March. Regorafenib was lined up for June, but she entered hospice in May.",
        {"regorafenib"},
        "FOLFOX was given from March. Regorafenib was lined up for June and started on 2 June.", {"regorafenib"}),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_not_given_out_given_in(nlp, name):
    not_given_story, not_given, given_story, given = PAIRS[name]
    assert not not_given & drugs_given(nlp, _case(not_given_story)), name
    check_drugs(nlp, _case(given_story), given, set())


BOARD_PAGE = """<!DOCTYPE html><html><head><title>Mesothelioma after dual checkpoint blockade: a tumour board case
</title></head><body><article>
<h1>Dual checkpoint blockade, then chemotherapy, in sarcomatoid pleural mesothelioma: a tumour board case</h1>
<h2>Case summary</h2>
<p>A 72-year-old retired plumber with asbestos exposure presented with chest pain and a left pleural effusion.
Thoracoscopic biopsy showed sarcomatoid pleural mesothelioma, and CT showed nodal disease.</p>
<h2>{heading}</h2>
<ul>
<li><b>Nivolumab plus ipilimumab.</b> Dual blockade improved survival over chemotherapy in the first-line trial, most
in non-epithelioid disease.</li>
<li><b>Carboplatin or cisplatin with pemetrexed.</b> A reasonable choice, with a lower response in sarcomatoid
histology.</li>
</ul>
<p>The board recommended nivolumab plus ipilimumab, and the patient agreed.</p>
<h2>Course</h2>
<p>Nivolumab with ipilimumab began in March 2024, and CT at 12 weeks showed a partial response. At progression in
January 2025 he received carboplatin and pemetrexed for four cycles, with stable disease.</p>
</article></body></html>
"""


@pytest.mark.parametrize("heading", ["Treatment options discussed by the tumour board",
                                     "Options considered by the multidisciplinary team"])
def test_board_options_heading(nlp, heading):
    check_drugs(nlp, BOARD_PAGE.format(heading=heading), {"nivolumab", "ipilimumab", "carboplatin", "pemetrexed"},
                {"cisplatin"})


# a two-column PDF page: the case in the left column, a table of published patients in the right one
PDF_PAGE = """Rare Tumour Reports 2026;2:14-18

Case report
A 31-year-old woman noticed a painful swelling of the right calf in 2023, and biopsy showed a BCOR-rearranged
round-cell sarcoma. She received vincristine, doxorubicin and cyclophosphamide, and the mass shrank from 6.1 to

3.4 cm), and the lung nodules were stable. Grade 3    Table 1. Published patients with BCOR-rearranged
neutropenia followed cycles 3 and 5. Wide excision    sarcoma treated with systemic therapy
after cycle 6 showed 70% necrosis. During adjuvant    (literature; best response)
cycles new lung nodules appeared: progressive
disease. Second-line gemcitabine and docetaxel        Ref  Age/sex  Regimen                   Response
gave stable disease for four months; the disease      [3]  25/F     VDC/IE                    PR
then progressed. Eribulin was considered but not      [4]  40/M     VDC/IE, then regorafenib  PD
started because of her falling performance status.    [5]  19/M     Lurbinectedin             PR
She had palliative radiotherapy and died in May       [6]  33/F     Pazopanib                 SD
2024.

Literature review
We found 18 patients in 11 reports. Most received
Ewing-type chemotherapy. Two patients had
responses to lurbinectedin, and one had a long
response to pazopanib.
"""


def test_two_column_page_with_a_table_of_published_patients(nlp):
    check_drugs(nlp, PDF_PAGE, {"vincristine", "doxorubicin", "cyclophosphamide", "gemcitabine", "docetaxel"},
                {"eribulin", "regorafenib", "lurbinectedin", "pazopanib"})


@pytest.mark.parametrize("story,given,not_given", [
    ("Two patients had responses to lurbinectedin in that series. Our patient received trabectedin and had a partial "
     "response.", {"trabectedin"}, {"lurbinectedin"}),
    ("Three published cases responded to crizotinib. She received alectinib from May 2022 with a partial response.",
     {"alectinib"}, {"crizotinib"}),
])
def test_counted_patients_responding_are_other_patients(nlp, story, given, not_given):
    check_drugs(nlp, _case(story), given, not_given)
