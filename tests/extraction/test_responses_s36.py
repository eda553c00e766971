"""Session 36 response wordings (kg/rules/responses.jsonl resp36-* rows; kg/extraction/responses.py
METABOLIC_CR_RULES). Every report was made up for this test, each class in more than one wording: a PET told without a
named class (metabolically inactive, PET-negative, uptake normalised or at background, no uptake), an MIBG scan turned
negative, a PET's complete response beside the shrinkage of the residual mass, a tumour barely visible, a size told
'down from' an earlier one, marrow blasts below 5% told apart from the marrow, a tumour increased without 'in size',
larger or smaller on a follow-up scan, a new enhancing focus, a fusion transcript no longer detectable, a tumour that could
no longer be seen, a shrinkage told as complete. The negatives (a slight change, a staging finding, an organ's own uptake, a size threshold) stay out."""
import pytest

from rule_examples import response_pairs as pairs


def report(story: str) -> str:
    return ("A case report\n\nAbstract\n\nA patient treated for cancer.\n\nCase presentation\n\n" + story
            + "\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n")


FOUND = [
    # a PET told without a named class
    ("A 60-year-old man had melanoma. Pembrolizumab was started in 2020. PET-CT after six months showed that all "
     "lesions were metabolically inactive.", ("pembrolizumab", "CR")),
    ("A 55-year-old woman had Hodgkin lymphoma. Nivolumab was started in 2021. The residual mediastinal mass was "
     "metabolically inactive on PET at 3 months.", ("nivolumab", "CR")),
    ("A 30-year-old man had a testicular germ cell tumour. He received three cycles of BEP (bleomycin, etoposide, "
     "cisplatin). The residual 2-cm mass was PET-negative.", ("etoposide", "CR")),
    ("A 30-year-old man had Hodgkin lymphoma. He received six cycles of ABVD. FDG uptake normalised in all nodal sites "
     "on the end-of-treatment PET.", ("doxorubicin", "CR")),
    ("A 66-year-old woman had diffuse large B-cell lymphoma. She received six cycles of R-CHOP. The end-of-treatment "
     "PET showed normalisation of FDG uptake.", ("rituximab", "CR")),
    ("A 25-year-old woman had Hodgkin lymphoma. She received brentuximab vedotin with AVD. After cycle 6, FDG uptake "
     "had fallen to background in all sites.", ("brentuximab vedotin", "CR")),
    ("A 66-year-old woman had diffuse large B-cell lymphoma. She received six cycles of R-CHOP. The residual mass "
     "showed no FDG uptake at the end of treatment.", ("rituximab", "CR")),
    # MIBG
    ("A 4-year-old girl had neuroblastoma. She received dinutuximab with isotretinoin. The MIBG scan became negative "
     "after five cycles.", ("dinutuximab", "CR")),
    ("A 3-year-old boy had neuroblastoma. Topotecan and cyclophosphamide were given. After four cycles there was no "
     "residual MIBG uptake.", ("topotecan", "CR")),
    # barely visible; a size told 'down from'
    ("A 60-year-old man had ALK-positive lung cancer. Alectinib was given; the brain metastases were barely visible "
     "on the June MRI.", ("alectinib", "PR")),
    ("A 60-year-old woman had lung adenocarcinoma. Osimertinib was started in 2020. After three months the primary "
     "tumour measured 21 mm, down from 54 mm.", ("osimertinib", "PR")),
    # marrow blasts told apart from the marrow
    ("A 72-year-old woman had AML. Azacitidine and venetoclax were started in 2021. The bone marrow after two cycles "
     "showed 2% blasts with count recovery.", ("venetoclax", "CR")),
    ("A 72-year-old woman had AML. Azacitidine and venetoclax were started in 2021. After two cycles the blasts in the "
     "marrow had fallen to 3%.", ("azacitidine", "CR")),
    # growth and shrinkage told without 'in size' or 'than'
    ("A 64-year-old woman had renal cell carcinoma. Sunitinib was started in 2018. The lung lesions increased at the "
     "six-month CT.", ("sunitinib", "PD")),
    ("A 64-year-old woman had renal cell carcinoma. Sunitinib was started in 2018. By six months the pulmonary "
     "nodules had increased further.", ("sunitinib", "PD")),
    ("A 60-year-old man had renal cell carcinoma. Nivolumab was started. The lung metastases were larger on the June "
     "CT.", ("nivolumab", "PD")),
    ("A 55-year-old man had GIST. Imatinib was started. The liver metastases became hypodense and smaller.",
     ("imatinib", "PR")),
    ("A 45-year-old man had glioblastoma. Temozolomide was started in 2020. MRI in May showed a new enhancing focus "
     "in the corpus callosum.", ("temozolomide", "PD")),
    ("A 50-year-old man had CML. Imatinib was started in 2018. At 18 months BCR-ABL1 transcripts were no longer "
     "detectable.", ("imatinib", "CR")),
    ("A 30-year-old man had an ALK-positive IMT. Crizotinib was started. Six months later the mass could no longer be "
     "identified on MRI.", ("crizotinib", "CR")),
    ("A 66-year-old woman had follicular lymphoma. Rituximab was given weekly for four weeks. The lymphadenopathy "
     "regressed completely.", ("rituximab", "CR")),
]


@pytest.mark.parametrize("story, pair", FOUND, ids=[p[1][0] + "-" + p[1][1] + f"-{i}" for i, p in enumerate(FOUND)])
def test_wording_gives_the_line_its_response(nlp, story, pair):
    assert pair in pairs(nlp, report(story))


NOT_FOUND = [
    # a PET's complete response beside the shrinkage of the residual mass: the residue is no partial response
    ("A 30-year-old man had a testicular germ cell tumour. He received three cycles of BEP (bleomycin, etoposide, "
     "cisplatin). Eight weeks later the mass had shrunk to a 2-cm residue, and FDG-PET showed no uptake.",
     ("etoposide", "PR")),
    # a slight change is no class of its own
    ("A 64-year-old woman had renal cell carcinoma. Sunitinib was started in 2018. The lung lesions increased "
     "slightly but remained within stable disease.", ("sunitinib", "PD")),
    ("A 60-year-old man had renal cell carcinoma. Nivolumab was started. The lung metastases were slightly larger on "
     "the June CT.", ("nivolumab", "PD")),
    # an organ's own uptake, and a staging scan's negative finding
    ("A 60-year-old man had melanoma. Pembrolizumab was started in 2020. The follow-up PET showed no uptake in the "
     "brain.", ("pembrolizumab", "CR")),
    # a size threshold is no comparison
    ("A 60-year-old man had lung cancer. Pembrolizumab was started in 2020. The new nodules were larger than 1 cm.",
     ("pembrolizumab", "PR")),
]


@pytest.mark.parametrize("story, pair", NOT_FOUND, ids=[p[1][0] + "-" + p[1][1] + f"-{i}" for i, p in enumerate(NOT_FOUND)])
def test_wording_gives_no_such_response(nlp, story, pair):
    assert pair not in pairs(nlp, report(story))


def test_pet_complete_response_beside_the_residue_is_kept(nlp):
    story = ("A 30-year-old man had a testicular germ cell tumour. He received three cycles of BEP (bleomycin, "
             "etoposide, cisplatin). Eight weeks later the mass had shrunk to a 2-cm residue, and FDG-PET showed no "
             "uptake.")
    assert ("etoposide", "CR") in pairs(nlp, report(story))


# a negation's scope read past a clause of its own ("no further shrinkage and a new liver lesion appeared"): the
# 'and a' terminator (context.jsonl resp37-terminate-and-article, session 37) ends the negation's reach
def test_new_lesion_after_a_negated_clause(nlp):
    story = ("A 60-year-old man had melanoma. Nivolumab was started. After four doses there was no further shrinkage "
             "and a new liver lesion appeared.")
    assert ("nivolumab", "PD") in pairs(nlp, report(story))
