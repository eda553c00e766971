"""Structured abstracts whose labelled parts run together without blank lines (a conference abstract
book, an abstract page copied as one block): each label opens a part of its own, so a BACKGROUND
that tells the disease in general is kept apart from the CASE that tells the patient. Texts written
for this project."""
import pytest

from kg.readers import read_bytes
from kg.readers.headings import heading_kind, is_plan_heading

CONFERENCE_ABSTRACT = """Annual Paediatric Oncology Meeting 2025 - Abstract Book
Poster session 2: Bone tumours                                                    Abstract P2-044

OSTEOSARCOMA WITH LUNG METASTASES RESPONDING TO CABOZANTINIB AFTER MAP CHEMOTHERAPY
Ana Ferreira1, Tomasz Wolny2. 1Paediatric Oncology, Riverside Children's Hospital; 2Radiology, Riverside
Children's Hospital

BACKGROUND: Relapsed osteosarcoma has a poor outlook. Multikinase inhibitors gave responses in about a fifth
of patients in phase II trials. CASE: A 13-year-old boy presented with knee pain and a distal femoral mass.
He received MAP chemotherapy and limb-sparing surgery. Lung metastases appeared after 10 months and
cabozantinib was started; CT at 3 months showed a partial response.
CONCLUSION: Cabozantinib is an option after MAP failure.
"""

ONE_LINE_PARTS = """Background: Cardiac angiosarcoma is rare. Case report: A 41-year-old woman had dyspnoea and a right atrial mass; biopsy showed angiosarcoma and weekly paclitaxel gave stable disease. Conclusions: Taxanes may control the disease.
"""

PROSE = """Tumour response in our series

We treated the patients as described above. Results: not all patients had a second scan, so the responses
below are those of the 12 patients with two scans. Discussion: of the series follows.
"""


def sections(text):
    [doc] = list(read_bytes(text.encode(), "abstract.txt"))
    return [(s.kind, s.title, doc.text[s.start:s.end]) for s in doc.sections]


def test_run_together_labels_open_parts_of_the_abstract():
    parts = [(kind, title, text[:14]) for kind, title, text in sections(CONFERENCE_ABSTRACT) if kind == "abstract"]
    assert parts == [("abstract", "BACKGROUND", "Relapsed osteo"), ("abstract", "CASE", "A 13-year-old "),
                     ("abstract", "CONCLUSION", "Cabozantinib i")]


def test_labels_after_a_sentence_end_on_one_line():
    titles = [title for kind, title, _ in sections(ONE_LINE_PARTS) if kind == "abstract"]
    assert titles == ["Background", "Case report", "Conclusions"]


def test_a_label_inside_prose_opens_no_part():
    # the block does not open with a label: "Results:" in running prose is no abstract part
    assert not any(title in ("Results", "Discussion") for _, title, _ in sections(PROSE))


BOARD = """TUMOUR BOARD SUMMARY

Patient: 52-year-old man, ECOG PS 0
Diagnosis: gastric adenocarcinoma, HER2 3+
Recommendation: trastuzumab deruxtecan at progression.
"""


def test_a_labelled_list_opens_a_paragraph_at_every_labelled_line():
    parts = sections(BOARD)
    patient = next(text for kind, title, text in parts if title == "Patient")
    assert patient.split("\n") == ["52-year-old man, ECOG PS 0", "Diagnosis: gastric adenocarcinoma, HER2 3+"]
    # the board's recommendation is its plan: no part of the patient's story
    assert ("discussion", "Recommendation") in [(kind, title) for kind, title, _ in parts]


@pytest.mark.parametrize("heading", ["3. Our patient", "Illustrative patient", "The present case", "Index patient"])
def test_a_reviews_own_patient_heading(heading):
    assert heading_kind(heading) == "case"


@pytest.mark.parametrize("heading", ["Board recommendation", "Recommendations", "Proposed plan", "Question to the board"])
def test_a_boards_plan_is_no_case_heading(heading):
    assert heading_kind(heading) == "discussion" and is_plan_heading(heading)



UNSTRUCTURED_ABSTRACT_THEN_BODY = """Journal of Made-up Oncology Cases          Vol. 3 (2026)
CASE REPORT
Sustained remission on niraparib after platinum chemotherapy in a BRCA2-mutated ovarian carcinoma
Ingrid Solberg 1, Paolo Ferrante 2
1 Department of Oncology, Fjordside Hospital, Norway

ABSTRACT
We describe a woman with a BRCA2-mutated ovarian carcinoma who received platinum chemotherapy and
niraparib maintenance.

CASE SUMMARY
A 57-year-old woman presented with bloating in 2020. Biopsy showed a high-grade serous carcinoma.
She received six cycles of carboplatin and paclitaxel, then niraparib as maintenance.

Treatment course since relapse
In 2024 CT showed a nodal recurrence, and carboplatin was given again.

DISCUSSION
PARP inhibitors prolong remission in BRCA-mutated disease.
"""


def test_headings_after_an_abstract_in_one_piece_open_the_body():
    # an "Abstract" followed by unlabelled prose is no structured abstract: the case headings after it (a
    # case heading coming round again) are the body's, not parts of the abstract
    kinds = [(kind, title) for kind, title, _ in sections(UNSTRUCTURED_ABSTRACT_THEN_BODY)
             if kind in ("abstract", "case", "discussion")]
    assert kinds == [("abstract", "ABSTRACT"), ("case", "CASE SUMMARY"), ("case", "Treatment course since relapse"),
                     ("discussion", "DISCUSSION")]
