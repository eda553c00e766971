"""Chemoradiation: an event put down to the radiotherapy ("radiation dermatitis") that the text sizes
with a severity word while a drug line runs is a toxicity of the case; without a size it stays a
finding of the radiotherapy. An event said to be managed conservatively/symptomatically happened.
Texts are made up for this test."""
import pytest
from rule_examples import case_of


TEXTS = {
    "sized.txt": ("A 58-year-old woman with cervical squamous cell carcinoma received chemoradiation with weekly "
                  "cisplatin in 2020. She developed severe radiation dermatitis and cystitis, both treated conservatively. A "
                  "complete response was seen at 3 months.", {"Dermatitis radiation", "Cystitis noninfective"}),
    "moderate.txt": ("A 63-year-old man with anal squamous cell carcinoma received radiotherapy with mitomycin and "
                     "capecitabine in 2021. In the last week he developed moderate radiation proctitis. A complete "
                     "response was seen at 6 months.", {"Proctitis"}),
    # counter-example: no size, no grade: a finding of the radiotherapy
    "unsized.txt": ("A 63-year-old man with anal squamous cell carcinoma received radiotherapy with mitomycin and "
                    "capecitabine in 2021. Radiation proctitis was noted on sigmoidoscopy. A complete response was "
                    "seen at 6 months.", set()),
}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_sized_events_of_chemoradiation(nlp, name):
    text, expected = TEXTS[name]
    case = case_of(nlp, "Case Report\n\nCASE PRESENTATION\n\n" + text + "\n")
    assert {a.concept.label for a in case.adverse_events} == expected
