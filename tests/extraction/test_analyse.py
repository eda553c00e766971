"""kg/extraction/analyse.py: which body parts read as the case narrative when a document has no case section.
Texts written for this test."""
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
