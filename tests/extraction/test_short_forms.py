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
