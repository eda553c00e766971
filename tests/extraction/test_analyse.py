"""kg/extraction/analyse.py: which body parts read as the case narrative when a document has no case section.
Texts written for this test."""
import pytest

from kg.extraction.extract import extract_report
from kg.readers import read_bytes

LETTER = """<?xml version="1.0" encoding="UTF-8"?>
<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="{kind}" dtd-version="1.3">
<front><article-meta><title-group><article-title>Osimertinib after a long pause: a note</article-title></title-group>
</article-meta></front>
<body>
<p>Dear Editor,</p>
<p>EGFR-mutant lung cancer often responds again to an inhibitor after a break. Few reports describe how long such a
pause may be. The question matters for patients who stop for toxicity. Guidelines say little about it.</p>
<p>A 52-year-old man with EGFR exon 19-deleted lung adenocarcinoma stopped gefitinib in 2019 because of hepatitis.
Osimertinib 80 mg daily was begun in May 2022 when the disease progressed. A partial response was seen at three
months.</p>
</body></article>
"""


def _given(nlp, kind):
    record = extract_report(next(read_bytes(LETTER.format(kind=kind).encode(), "letter.nxml")), nlp)
    return [d.label.lower() for c in record.cases for t in c.treatments for d in t.drugs]


def test_a_letter_may_introduce_its_patient_after_its_salutation_and_a_few_sentences_on_the_disease(nlp):
    assert "osimertinib" in _given(nlp, "letter")


def test_a_research_article_opening_with_the_disease_has_no_case_narrative_there(nlp):
    assert "osimertinib" not in _given(nlp, "research-article")


# --- session 20 (lit20): the patient's story told where a part does not open with it -----------------------------

def _record(nlp, text, name="page.txt"):
    return extract_report(next(read_bytes(text.encode(), name)), nlp)


def _drugs_and_events(record):
    drugs = {d.label.lower() for c in record.cases for t in c.treatments for d in t.drugs}
    events = {(e.concept.label.lower(), e.grade) for c in record.cases for e in c.adverse_events}
    return drugs, events


LATE_INTRODUCTION = [
    ("""Hand-foot skin reaction under sunitinib in renal cancer

Abstract

Renal cell carcinoma accounts for a small share of adult malignancies. Kinase inhibitors against VEGF receptors are a
standard first-line option. Their skin toxicity is frequent and often limits the dose. Management strategies remain
poorly defined. A 61-year-old man with clear cell renal cell carcinoma and lung metastases was treated with sunitinib
50 mg daily. After two cycles, grade 3 hand-foot skin reaction appeared. Everolimus was given at progression eleven
months later.
""", "everolimus", 3),
    ("""Colitis on checkpoint blockade

Abstract

Melanoma that has spread is now often controlled for years. Antibodies against PD-1 and CTLA-4 are given together in
fit patients. Their immune toxicity can affect any organ. Its timing varies widely. A 47-year-old woman with
metastatic melanoma received ipilimumab and nivolumab. Ten days after the second dose, grade 3 colitis with bloody
stools developed. Infliximab was added when steroids did not help.
""", "nivolumab", 3),
]


@pytest.mark.parametrize("text,drug,grade", LATE_INTRODUCTION)
def test_a_part_that_introduces_its_patient_late_tells_the_story_from_there_on(nlp, text, drug, grade):
    drugs, events = _drugs_and_events(_record(nlp, text))
    assert drug in drugs
    assert grade in {g for _, g in events}


TRIAL_AND_REVIEW = [
    """Cabozantinib in papillary renal cancer: a phase II study

Abstract

Papillary renal cell carcinoma lacks effective therapy. MET alterations drive a subset of these tumours. Few
prospective data exist. We enrolled 41 patients in a single-arm phase II trial of cabozantinib 60 mg daily. The
objective response rate was 22%. A 46-year-old woman with a MET-amplified tumour had the only complete response.
Grade 3 hypertension was seen after the second month and everolimus was given at progression.
""",
    """Skin reactions to multikinase inhibitors: a review

Abstract

Multikinase inhibitors are widely used in renal and hepatic cancers. Their skin toxicity is frequent. We searched the
literature for reports of severe reactions. Forty-two publications were found. A 61-year-old man treated with
sorafenib developed grade 4 bullous reactions in one report. Everolimus was given at progression.
""",
]


@pytest.mark.parametrize("text", TRIAL_AND_REVIEW)
def test_a_trials_or_reviews_patient_met_in_passing_tells_no_story(nlp, text):
    drugs, events = _drugs_and_events(_record(nlp, text))
    assert "everolimus" not in drugs and not any(g for _, g in events)


INTRODUCTION_STORY = [
    """Late pneumonitis during osimertinib therapy

Abstract

A 58-year-old never-smoker with EGFR-mutant lung adenocarcinoma developed pneumonitis after fourteen months of
osimertinib. She recovered with corticosteroids and later received chemotherapy.

Introduction

EGFR mutations are found in many never-smokers with lung adenocarcinoma. Third-generation inhibitors have become the
first-line standard. Interstitial lung disease is an uncommon but serious complication of these agents. In March 2019,
she was diagnosed with exon 19-deleted lung adenocarcinoma with bone metastases. Osimertinib 80 mg daily was started.
After fourteen months, grade 3 pneumonitis with hypoxia led to admission. Osimertinib was stopped and prednisolone was
given. Carboplatin and pemetrexed followed with stable disease.

Discussion

Pneumonitis has been described in a few per cent of patients treated with osimertinib in trials.
""",
    """Severe neutropenia on a PARP inhibitor

Abstract

A 63-year-old woman with BRCA2-mutated ovarian carcinoma developed severe neutropenia on niraparib maintenance. She
was switched to olaparib.

Introduction

PARP inhibitors are a maintenance standard after platinum response. Their marrow toxicity is dose-related. Few
reports describe how to rechallenge. Our patient had been treated with carboplatin and paclitaxel for stage IIIC
disease in 2020. Niraparib 200 mg daily was then begun as maintenance. At week six, grade 4 neutropenia was found and
the drug was stopped. Olaparib was introduced a month later without recurrence.
""",
]


@pytest.mark.parametrize("text", INTRODUCTION_STORY)
def test_an_introduction_that_runs_on_into_the_patients_story_is_the_reports_body(nlp, text):
    drugs, events = _drugs_and_events(_record(nlp, text))
    assert {"carboplatin"} <= drugs
    assert any(g in (3, 4) for _, g in events)


def test_an_introduction_without_the_patient_names_drugs_of_the_literature(nlp):
    text = """Late pneumonitis during osimertinib therapy

Abstract

A 58-year-old never-smoker with EGFR-mutant lung adenocarcinoma developed pneumonitis after fourteen months of
osimertinib. She recovered with corticosteroids.

Introduction

EGFR mutations are found in many never-smokers with lung adenocarcinoma. Carboplatin and pemetrexed were the usual
first line before the inhibitors. Interstitial lung disease is an uncommon complication of these agents.
"""
    drugs, _ = _drugs_and_events(_record(nlp, text))
    assert "osimertinib" in drugs and "carboplatin" not in drugs


BLOG_PARTS = [
    ("""<html><head><title>A long road with lung cancer</title></head><body><article>
<h1>A long road with lung cancer</h1>
<p>A 52-year-old teacher was diagnosed with ALK-positive lung adenocarcinoma in 2018. Alectinib 600 mg twice daily was
started.</p>
<h2>Looking back</h2>
<p>Targeted drugs have changed this disease. In 2020 she received lorlatinib after the brain lesions grew. Grade 3
hypertriglyceridaemia developed and atorvastatin was added.</p>
<h2>What I took from it</h2>
<p>Brigatinib is another option that some centres prefer.</p>
</article></body></html>""", "lorlatinib", "brigatinib"),
    ("""<html><head><title>Notes from clinic: a man and his marrow</title></head><body><article>
<h1>Notes from clinic: a man and his marrow</h1>
<p>A 70-year-old farmer was found to have myelodysplastic syndrome with excess blasts. Azacitidine was started in
May.</p>
<h2>Months four to nine</h2>
<p>Blood counts are hard to predict on this drug. After the fourth course he was given venetoclax as well. Grade 4
neutropenia followed, with a fever that needed admission.</p>
<h2>The lesson</h2>
<p>Decitabine can be used in the same way.</p>
</article></body></html>""", "venetoclax", "decitabine"),
]


@pytest.mark.parametrize("html,given,other", BLOG_PARTS)
def test_an_untitled_part_after_the_story_goes_on_from_its_first_sentence_about_the_patient(nlp, html, given, other):
    drugs, events = _drugs_and_events(_record(nlp, html, "post.html"))
    assert given in drugs and other not in drugs
    assert any(g in (3, 4) for _, g in events)


TOLD_PARTS = [
    ("""Oncology Case Notes - Issue 14 - Gastrointestinal

A 64-year-old woman on capecitabine for rectal cancer was admitted with diarrhoea.

Enteritis during capecitabine: an unusual course

Fluoropyrimidines are the backbone of rectal cancer treatment. Diarrhoea is a common effect. Grade 3 diarrhoea with
dehydration began on day 10 of the second cycle. Capecitabine was stopped and oxaliplatin was added later at a
reduced dose. Irinotecan is an alternative partner in other schedules.
""", "oxaliplatin", "irinotecan"),
    ("""Ward round notes - haematology

A 71-year-old man with follicular lymphoma was treated with bendamustine and rituximab.

A late infection

Lymphopenia after bendamustine can last for years. Grade 3 pneumonia with a low CD4 count was diagnosed ten months
after the last cycle. Obinutuzumab was used for maintenance after recovery. Lenalidomide may be combined with
rituximab in relapse.
""", "obinutuzumab", "lenalidomide"),
]


@pytest.mark.parametrize("text,given,general", TOLD_PARTS)
def test_a_part_after_the_story_goes_on_with_what_it_tells_in_the_past(nlp, text, given, general):
    drugs, events = _drugs_and_events(_record(nlp, text))
    assert given in drugs and general not in drugs
    assert any(g == 3 for _, g in events)
