"""Document shapes whose patient is told without a "Case presentation" section, and a document type
whose quoted patient is no case (issue #11): a case told only as a dated timeline table under a
"Clinical timeline" heading, a referral or second-opinion letter ("Thank you for referring ...", "I
saw your patient"), two primaries under "Case - <subtitle>" headings, and a narrative review (by its
title) that quotes one published patient. Texts written for this project (none is a benchmark page)."""
from kg.extraction.extract import extract_report
from kg.readers import read_bytes


def cases_of(nlp, text: str, name: str = "report.txt"):
    [doc] = [d for d in read_bytes(text.encode(), name) if hasattr(d, "ids")]
    return extract_report(doc, nlp).cases


def drugs(case):
    return sorted({d.label.lower() for t in case.treatments for d in t.drugs})


TIMELINE = """Head and Neck Case Notes | 2031;3:e0042

Twelve years of a recurrent salivary duct carcinoma

Background
Salivary duct carcinoma is rare. Trastuzumab and docetaxel gave responses in 70% of patients in a phase 2 study;
enzalutamide is another option for androgen receptor-positive tumours.

Clinical timeline (month | event)
06/2019 | Man, 63, painful swelling of the left parotid gland.
07/2019 | Parotidectomy: salivary duct carcinoma, HER2 3+ by immunohistochemistry.
09/2020 | Lung metastases. Trastuzumab and docetaxel started.
12/2020 | CT: partial response.
08/2022 | Progression in the lungs.

Discussion
The patient had two years of disease control.
"""


def test_a_case_told_only_as_a_dated_timeline_table_is_a_case(nlp):
    [case] = cases_of(nlp, TIMELINE)
    assert drugs(case) == ["docetaxel", "trastuzumab"]   # not enzalutamide, an option of the background


LETTER = """Letters in Clinical Oncology | 2031

Second opinion: relapsed seminoma

Dear Dr Halvorsen,

Many thanks for referring Mr Tobias Renner (38 years old) to the germ cell clinic; he came last Thursday.

As you know, he had an orchidectomy for a stage I seminoma in 2028 and relapsed in the para-aortic nodes in 2030.
Your team gave him three cycles of bleomycin, etoposide and cisplatin, and his markers normalised. He had grade 2
tinnitus on cisplatin.

If the disease relapses again, I would recommend high-dose carboplatin with stem cell rescue rather than
pembrolizumab. Nivolumab has also been studied.

With best wishes,
Dr Imogen Castellanos
"""


def test_a_second_opinion_letter_tells_the_referred_patients_case(nlp):
    [case] = cases_of(nlp, LETTER)
    assert drugs(case) == ["bleomycin", "cisplatin", "etoposide"]   # the advice and the studied drug are not given


TWO_PRIMARIES = """Two primaries in one woman: melanoma and follicular lymphoma

Introduction
Second primaries are frequent after the age of 60.

Case - the melanoma
A 71-year-old woman had a nodular melanoma of the back, BRAF V600E mutated, with nodal metastases. She received
dabrafenib and trametinib, with a partial response.

Case - the lymphoma
A groin node biopsy then showed follicular lymphoma grade 2. She received obinutuzumab and bendamustine, with a
complete response.

Discussion
Both tumours were treated by different teams.
"""


def test_case_headings_with_a_subtitle_open_the_case(nlp):
    [case] = cases_of(nlp, TWO_PRIMARIES)
    assert drugs(case) == ["bendamustine", "dabrafenib", "obinutuzumab", "trametinib"]


REVIEW = """<html><head><title>Targeting RET in thyroid cancer: a narrative review | Endocrine Tumour Reviews</title></head>
<body><article><h1>Targeting RET in thyroid cancer: a narrative review</h1>
<h2>Abstract</h2><p>We review the biology and treatment of RET-altered thyroid cancers.</p>
<h2>Treatment</h2><p>Selpercatinib gave a response rate of 69% and pralsetinib 71% in their registration trials.
Cabozantinib and vandetanib are multikinase options. One published patient, a 51-year-old man, had a complete
response lasting three years on selpercatinib.</p>
<h2>Conclusion</h2><p>All advanced thyroid cancers should be tested for RET alterations.</p>
</article></body></html>"""


def test_a_review_by_its_title_quoting_one_published_patient_is_no_case(nlp):
    # (its "Treatment" heading is marked up: read as a case section, as a case report's would be)
    assert cases_of(nlp, REVIEW, "review.html") == []


def test_a_case_report_that_reviews_the_literature_is_still_a_case(nlp):
    text = REVIEW.replace(": a narrative review", " in a 51-year-old man: a case report and review of the literature")
    assert len(cases_of(nlp, text, "review.html")) == 1


DASH_TIMELINE = """Paediatric Oncology Notes 2031;2:e12

Eleven months with an infantile fibrosarcoma

Background
Infantile fibrosarcoma usually carries an ETV6::NTRK3 fusion; vincristine and actinomycin D are used in Europe.

Timeline of the case
Jan 2030 - Girl, 3 months, rapidly growing mass of the left thigh.
Feb 2030 - Biopsy: infantile fibrosarcoma with ETV6::NTRK3 fusion.
Mar 2030 - Larotrectinib 100 mg/m2 twice daily started.
Jun 2030 - MRI: partial response (-64%).
"""


def test_a_timeline_rows_date_and_dash_before_a_drug_is_no_end_of_the_line(nlp):
    # "Mar 2030 - Larotrectinib 100 mg/m2": a row's date, not a range "Mar 2030 - May 2031" ending the line
    [case] = cases_of(nlp, DASH_TIMELINE)
    assert [(d.label.lower(), r.concept.label.lower()) for t in case.treatments for d in t.drugs
            for r in t.responses] == [("larotrectinib", "partial response")]


HTML_TIMELINE = """<html><head><title>A timeline of ROS1-positive lung cancer | Chest Case Pages</title></head><body><article>
<h1>Nine years with ROS1-positive lung adenocarcinoma: a timeline</h1>
<h2>Introduction</h2><p>ROS1 fusions occur in 1-2% of lung adenocarcinomas. Entrectinib is approved.</p>
<h2>Case timeline</h2>
<table><tr><th>Date</th><th>Event</th></tr>
<tr><td>05/2021</td><td>Man, 52, never-smoker; lung adenocarcinoma with CD74::ROS1 fusion, bone metastases.</td></tr>
<tr><td>06/2021</td><td>Crizotinib 250 mg twice daily started.</td></tr>
<tr><td>09/2021</td><td>CT: partial response.</td></tr>
</table>
<h2>Discussion</h2><p>Three years of benefit.</p>
<h2>Table 2</h2><table><tr><th>Study</th><th>Drug</th><th>ORR</th></tr><tr><td>TRIDENT-1</td><td>repotrectinib</td><td>79%</td></tr></table>
</article></body></html>"""


def test_a_case_told_as_an_html_table_under_its_timeline_heading_is_a_case(nlp):
    # the table's rows are the case's text; another table (of trials) stays a table, out of the facts
    [case] = cases_of(nlp, HTML_TIMELINE, "timeline.html")
    assert drugs(case) == ["crizotinib"]
    assert [(f.five_prime.label, f.three_prime.label) for f in case.fusions] == [("CD74", "ROS1")]
