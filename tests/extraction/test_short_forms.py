"""A drug's short form defined in the introduction and used in the case section (kg/extraction/short_forms.py).
Text written for this test."""
from kg.extraction.extract import extract_report
from kg.readers import read_path

REPORT = """Enfortumab vedotin after avelumab in metastatic urothelial carcinoma: a case report

Introduction

Enfortumab vedotin (EV), an antibody-drug conjugate directed at nectin-4, is active after platinum.

Case presentation

A 67-year-old man with metastatic urothelial carcinoma received gemcitabine and cisplatin from January to May 2022,
with a partial response. EV 1.25 mg/kg on days 1, 8 and 15 was started on 7 November 2022. EV was held for a grade 3
rash and resumed at 1.0 mg/kg. CT after three cycles showed marked shrinkage of the liver lesion.

Discussion

Skin reactions to EV are frequent and can be severe.
"""


def _lines(nlp, tmp_path, text):
    path = tmp_path / "report.txt"
    path.write_text(text)
    record = extract_report(next(read_path(path)), nlp)
    return [([d.label.lower() for d in t.drugs], [r.concept.label.lower() for r in t.responses])
            for c in record.cases for t in c.treatments]


def test_short_form_defined_in_introduction_names_the_drug_in_the_case(nlp, tmp_path):
    lines = _lines(nlp, tmp_path, REPORT)
    assert lines[-1] == (["enfortumab vedotin"], ["partial response"])
    assert ["gemcitabine", "cisplatin"] == lines[0][0]


def test_undefined_short_form_names_no_drug(nlp, tmp_path):
    text = REPORT.replace("Enfortumab vedotin (EV), an", "An")
    assert all("enfortumab vedotin" not in drugs for drugs, _ in _lines(nlp, tmp_path, text))


LISTED = """Doublet chemotherapy in an adult with a pleuropulmonary sarcoma: a case report

Introduction

Gemcitabine plus docetaxel (GD) and doxorubicin with ifosfamide (AI) are the usual choices for sarcomas in adults.

Case presentation

A 44-year-old woman with a synovial sarcoma of the pleura received GD from March 2021 and had stable disease.
"""


def test_short_form_of_a_list_of_drugs_names_each_of_them(nlp, tmp_path):
    lines = _lines(nlp, tmp_path, LISTED)
    assert sorted(lines[-1][0]) == ["docetaxel", "gemcitabine"], lines
    assert not any("ifosfamide" in drugs for drugs, _ in lines)


# session 18: a rare tumour's short form, defined where the disease is introduced, is all the case calls it
TUMOUR_SHORT = """Pazopanib for a recurrent pleural mass: a case report

Introduction

Solitary fibrous tumour (SFT) is a rare fibroblastic neoplasm; fewer than 1000 pleural cases have been reported [1, 2].

Case presentation

A 61-year-old woman had a 9-cm mass in the right pleural cavity. A core biopsy was diagnostic of SFT, STAT6
positive. She started pazopanib 800 mg daily in April 2021 and the mass has been stable for a year.
"""

TUMOUR_SHORT_2 = """Chemotherapy for a slowly growing thigh mass in a young man: case report

Background

Extraskeletal myxoid chondrosarcoma (EMC) is a soft tissue sarcoma that has been described as resistant to
chemotherapy in earlier series [3].

Case

A 39-year-old man had a painless swelling of the left thigh; MRI showed a lobulated mass and the resection
specimen showed EMC. He received doxorubicin from May 2020.
"""


def _diagnoses(nlp, tmp_path, text):
    path = tmp_path / "report.txt"
    path.write_text(text)
    record = extract_report(next(read_path(path)), nlp)
    return [d.concept.label.lower() for c in record.cases for d in c.diagnoses]


def test_tumour_short_form_defined_in_introduction_names_the_patients_tumour(nlp, tmp_path):
    assert _diagnoses(nlp, tmp_path, TUMOUR_SHORT) == ["solitary fibrous tumor/hemangiopericytoma"]
    assert _diagnoses(nlp, tmp_path, TUMOUR_SHORT_2) == ["extraskeletal myxoid chondrosarcoma"]
