"""Session 35 response wordings (kg/rules/responses.jsonl rmiss35-* rows and the abbreviation row, kg/rules/therapy.jsonl
rmiss35-monitoring-lasting-at-last-follow-up; kg/nlp/responses.py RECLASSED_STABLE; kg/extraction/responses.py
NAMED_APPOSITION). Every report was made up for this test, each class in more than one wording: an abbreviation as the
subject of an attainment verb or after a yielding verb, a scan with a time point told stable, a CML milestone failed by
ELN criteria, a second lesion that appeared, a shrinkage told as a fraction, a sheet of tumour thinned, a morphologic
leukaemia-free state, a response lasting to the last follow-up, growth the report calls stable, a named class out of
the reach of a negation before it. The negatives (a rate, a dose, a class still negated) stay out."""
import pytest

from rule_examples import response_pairs as pairs


def report(story: str) -> str:
    return ("A case report\n\nAbstract\n\nA patient treated for cancer.\n\nCase presentation\n\n" + story
            + "\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n")


FOUND = [
    ("A 33-year-old man had Hodgkin lymphoma. He received six cycles of ABVD and CR was obtained.", ("doxorubicin", "CR")),
    ("A 52-year-old woman had diffuse large B-cell lymphoma. Two courses of R-ICE gave PR.", ("ifosfamide", "PR")),
    ("A 40-year-old man had Hodgkin lymphoma. BEAM with autologous transplant followed; CR was documented by PET at "
     "3 months.", ("melphalan", "CR")),
    ("A 45-year-old man had glioblastoma. Temozolomide was started in 2020. The MRI after three cycles was stable.",
     ("temozolomide", "SD")),
    ("A 62-year-old woman had glioma. Temozolomide was given. After the fourth cycle a second enhancing lesion appeared "
     "in the right frontal lobe.", ("temozolomide", "PD")),
    ("A 40-year-old man had CML. Imatinib was started in 2018. At 12 months the transcript was 5% IS, a failure by ELN "
     "criteria.", ("imatinib", "PD")),
    ("A 61-year-old man had a GIST with liver metastases. Imatinib was started in 2019. After six months the liver "
     "lesions had become cystic and had shrunk by about a third.", ("imatinib", "PR")),
    ("A 58-year-old woman had ovarian cancer. Letrozole and palbociclib were started in 2021. After four months the "
     "ascites had resolved and the omental cake had thinned.", ("palbociclib", "PR")),
    ("A 60-year-old man had acute myeloid leukaemia. Venetoclax and azacitidine were started in 2021. After two cycles "
     "the marrow showed a morphologic leukaemia-free state.", ("venetoclax", "CR")),
    ("A 52-year-old woman had RET-mutant medullary thyroid cancer. She started selpercatinib 160 mg twice daily in "
     "March 2020. The liver lesions decreased by 48%, a partial response by RECIST 1.1 that was still maintained at "
     "the last follow-up in May 2023 (38 months).", ("selpercatinib", "PR")),
    ("A 64-year-old woman had renal cell carcinoma. Sunitinib was started in 2018. The lung nodules progressed slightly "
     "but this was considered stable disease.", ("sunitinib", "SD")),
    ("A 50-year-old man had hepatocellular carcinoma. Lenvatinib was started in 2020. The tumour became necrotic "
     "without shrinkage, a partial response by mRECIST.", ("lenvatinib", "PR")),
    ("A 60-year-old man had lung cancer. Pembrolizumab was started in 2020. He had no symptoms and achieved a partial "
     "response.", ("pembrolizumab", "PR")),
    ("A 60-year-old man had melanoma. Nivolumab was started in 2020. CT showed no new lesions and stable disease.",
     ("nivolumab", "SD")),
    ("A 60-year-old man had lung cancer. Pembrolizumab was started. At 12 weeks he was NED.", ("pembrolizumab", "CR")),
    ("A 60-year-old man had AML. FLAG-Ida was given at relapse. He achieved a second CR.", ("idarubicin", "CR")),
    ("A 60-year-old man had lung cancer. Pembrolizumab was started. The brain lesions had doubled in size by June.",
     ("pembrolizumab", "PD")),
]


@pytest.mark.parametrize("story, pair", FOUND, ids=[p[1][0] + "-" + p[1][1] + f"-{i}" for i, p in enumerate(FOUND)])
def test_wording_gives_the_line_its_response(nlp, story, pair):
    assert pair in pairs(nlp, report(story))


NOT_FOUND = [
    # growth the report itself calls stable is no progression
    ("A 55-year-old man had lung adenocarcinoma. Osimertinib was started in 2020. The primary tumour grew slightly but "
     "remained within stable disease by RECIST.", ("osimertinib", "PD")),
    ("A 64-year-old woman had renal cell carcinoma. Sunitinib was started in 2018. The lung nodules progressed slightly "
     "but this was considered stable disease.", ("sunitinib", "PD")),
    # a class negated in its own clause stays negated
    ("A 50-year-old man had melanoma. Nivolumab was started in 2020. The nodes did not shrink, and no partial response "
     "was seen.", ("nivolumab", "PR")),
    # a dose doubled is no tumour
    ("A 47-year-old man had GIST. Imatinib 400 mg was started in 2019. The dose of imatinib was doubled to 800 mg in "
     "2020.", ("imatinib", "PD")),
]


@pytest.mark.parametrize("story, pair", NOT_FOUND, ids=[p[1][0] + "-" + p[1][1] + f"-{i}" for i, p in enumerate(NOT_FOUND)])
def test_wording_gives_no_such_response(nlp, story, pair):
    assert pair not in pairs(nlp, report(story))


def test_progression_elsewhere_beside_stable_sites_stays_progression(nlp):
    story = ("A 55-year-old man had lung adenocarcinoma. Osimertinib was started in 2020. The liver lesions progressed "
             "but the lung nodules remained stable.")
    assert ("osimertinib", "PD") in pairs(nlp, report(story))
