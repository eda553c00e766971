"""kg/extraction/therapy.py: a response told with a regimen named again (a look back, or a treatment-table row that
restates the course) belongs to the line that gave all of the regimen's drugs, not to a later line sharing some of
them. Every text here was made up for this test (session 14, tabrow14)."""
import pytest

from narrative import therapy_of


def responses(nlp, text):
    return [(sorted(d.label.lower() for d in t.drugs), sorted(r.concept.label.lower() for r in t.responses))
            for t in therapy_of(nlp, text).treatments()]


@pytest.mark.parametrize("text, expected", [
    # a table row restating the first course after the narrative told the second, which shares two of its drugs
    ("She received FOLFOX from March 2019. In October 2019 FOLFIRI was started.\n"
     "Line: 1 | Regimen: FOLFOX | Best response: partial response",
     [(["fluorouracil", "leucovorin", "oxaliplatin"], ["partial response"]),
      (["fluorouracil", "irinotecan", "leucovorin"], [])]),
    # the same look back told in a sentence
    ("He was treated with ABVD for four cycles. Brentuximab vedotin with AVD followed. PET after ABVD had shown a "
     "partial metabolic response.",
     [(["bleomycin", "dacarbazine", "doxorubicin", "vinblastine"], ["partial response"]),
      (["brentuximab vedotin", "dacarbazine", "doxorubicin", "vinblastine"], [])]),
])
def test_a_restated_regimen_takes_its_response_to_its_own_line(nlp, text, expected):
    assert responses(nlp, text) == expected


def test_a_restating_row_opens_no_new_line(nlp):
    text = ("Carboplatin and paclitaxel were given from May 2020. Docetaxel followed in January 2021.\n"
            "Line: 1 | Regimen: Carboplatin plus paclitaxel | Best response: stable disease\n"
            "Line: 2 | Regimen: Docetaxel | Best response: progressive disease")
    assert responses(nlp, text) == [(["carboplatin", "paclitaxel"], ["stable disease"]),
                                    (["docetaxel"], ["progressive disease"])]
