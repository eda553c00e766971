"""Made-up case reports as a PDF-to-text tool gives them (tests/readers/pdf_reports37.py), read through the whole
pipeline: the case, the drugs given and not given, the responses per drug, the adverse events with their grades and
the fusion must come out as from a clean text, whatever the layout left in it (session 37)."""
import pytest

from kg.extraction.extract import extract_report
from kg.readers import read_bytes
from kg.readers.citations import drop_glued_citations
from kg.readers.text import paragraphs
from pdf_reports37 import REPORTS


def _case(nlp, rid, text):
    doc = next(d for d in read_bytes(text.encode(), rid + ".txt") if hasattr(d, "ids"))
    (case,) = extract_report(doc, nlp).cases
    return doc, case


@pytest.mark.parametrize("rid,text,expected", REPORTS, ids=[r[0] for r in REPORTS])
def test_pdf_text_reads_as_clean_text(nlp, rid, text, expected):
    _, case = _case(nlp, rid, text)
    given = {d.label.lower() for t in case.treatments for d in t.drugs}
    assert expected["drugs"] <= given, f"missed {expected['drugs'] - given}"
    assert not expected["not_given"] & given, f"not given but read as given: {expected['not_given'] & given}"
    for drug, response in expected["responses"].items():
        got = {r.concept.label.lower() for t in case.treatments if drug in {d.label.lower() for d in t.drugs}
               for r in t.responses}
        assert response.lower() in got, (drug, got)
    events = {(a.concept.label, a.grade) for a in case.adverse_events}
    assert expected["aes"] <= events, f"missed {expected['aes'] - events}"
    if "fusion" in expected:
        assert expected["fusion"] in {(f.five_prime and f.five_prime.label, f.three_prime and f.three_prime.label)
                                      for f in case.fusions}


def test_evidence_of_a_word_after_a_dropped_citation_points_into_the_file(nlp):
    rid, text, _ = REPORTS[4]   # gist_imatinib: "fatigue.10,11 Regorafenib", "months.9 In 2020"
    doc, case = _case(nlp, rid, text)
    fatigue = next(a for a in case.adverse_events if a.concept.label == "Fatigue")
    span = doc.source_map.span(fatigue.evidence.mention_start, fatigue.evidence.mention_end)
    assert text[span[0]:span[1]] == "fatigue"
    sunitinib = next(t for t in case.treatments if t.drugs[0].label == "Sunitinib")
    span = doc.source_map.span(sunitinib.evidence.mention_start, sunitinib.evidence.mention_end)
    assert "sunitinib" in text[span[0]:span[1]]


@pytest.mark.parametrize("glued,clean", [
    ("then crizotinib12 was started", "then crizotinib was started"),
    ("grade 3 neutropenia15 occurred", "grade 3 neutropenia occurred"),
    ("as reported.3,4 The patient", "as reported. The patient"),
    ("grade 3 hepatitis,3,4 and", "grade 3 hepatitis, and"),
    ("immune-mediated colitis;15 the", "immune-mediated colitis; the"),
    ("in lung cancer (NSCLC).5 Then", "in lung cancer (NSCLC). Then"),
    ("as in earlier series12–14.", "as in earlier series."),
    ("grade 3 immune-mediated.3 Then", "grade 3 immune-mediated. Then"),
])
def test_glued_citation_numbers_go(glued, clean):
    assert drop_glued_citations(glued) == clean


@pytest.mark.parametrize("kept", [
    "an EGFR exon19 deletion", "BRCA1 and HER2 status", "T790M.2 was found", "Notch1 signalling", "Ingrid Haugen1, Tomas Varga2", "a brca1 carrier",
    "on cycle2 day1", "as in Fig.3 and ref.12 here", "tumour size:3 cm", "Lancet Oncol.2019;20:112", "grades 1,2 and 3",
    "covid19 infection", "75 mg/m2 every 3 weeks", "doi: 10.1002/jghcr.982", "https://doi.org/10.1002/abcd.12 x",
    "www.example.org/case12 here",
])
def test_numbers_that_belong_to_their_word_stay(kept):
    assert drop_glued_citations(kept) == kept


@pytest.mark.parametrize("lines,joined", [
    ("a RET-\nrearranged carcinoma", "a RET-rearranged carcinoma"),
    ("an ALK-\npositive tumour", "an ALK-positive tumour"),
    ("a well-\ndifferentiated carcinoma", "a well-differentiated carcinoma"),
    ("grade 3 immune-\nmediated colitis", "grade 3 immune-mediated colitis"),
    ("the anti-\nPD-1 antibody", "the anti-PD-1 antibody"),
    ("an EML4-\nALK fusion", "an EML4-ALK fusion"),
    ("carbo-\nplatin and pembro-\nlizumab", "carboplatin and pembrolizumab"),
    ("a dose re-\nduction", "a dose reduction"),
])
def test_line_end_hyphens(lines, joined):
    assert paragraphs(lines) == [joined]


@pytest.mark.parametrize("text,sentence,caption", [
    ("Maintenance trastuzumab was con-\nFig. 2. Abdominal CT before and after six cycles.\ntinued until progression.\n",
     "Maintenance trastuzumab was continued until progression.", "Fig. 2. Abdominal CT before and after six cycles."),
    ("The rash resolved and osimertinib was\nFigure 3: Skin of the forearm at week 4 (a) and at\nweek 8 (b), "
     "after topical steroids.\nresumed at 40 mg daily.\n",
     "The rash resolved and osimertinib was resumed at 40 mg daily.",
     "Figure 3: Skin of the forearm at week 4 (a) and at week 8 (b), after topical steroids."),
])
def test_a_legend_between_the_halves_of_a_sentence_goes_after_it(text, sentence, caption):
    assert paragraphs(text) == [sentence, caption]


def test_a_legend_after_a_whole_sentence_stays_where_it_is():
    text = "Osimertinib was resumed.\nFigure 3. Skin of the forearm.\nthe rash resolved.\n"
    assert paragraphs(text) == ["Osimertinib was resumed. Figure 3. Skin of the forearm. the rash resolved."]


@pytest.mark.parametrize("caption,lines,cells", [
    ("Table 2. Adverse events",
     ["Event          Grade    Drug", "Diarrhoea      3        cabozantinib", "Hypertension   2        pazopanib"],
     ["Event | Grade | Drug", "Diarrhoea | 3 | cabozantinib", "Hypertension | 2 | pazopanib"]),
    ("Table 1 Treatment-related adverse events (CTCAE v5.0)",
     ["Adverse event      CTCAE grade    Onset", "Rash               2              week 3",
      "Stomatitis         1              week 5"],
     ["Adverse event | CTCAE grade | Onset", "Rash | 2 | week 3", "Stomatitis | 1 | week 5"]),
])
def test_a_space_table_inside_prose_is_read_as_rows_under_its_caption(caption, lines, cells):
    text = "\n".join(["She then received cabozantinib from 2020 with a", "partial response.", caption, *lines,
                      "Nivolumab was not given."]) + "\n"
    assert paragraphs(text) == ["She then received cabozantinib from 2020 with a partial response.",
                                "\n".join([caption, *cells]), "Nivolumab was not given."]


ABBREVIATIONS = "Abbreviations: EGFR, epidermal growth factor receptor; TKI, tyrosine kinase inhibitor; AFA, afatinib; GEF,\n" \
                "gefitinib; PR, partial response.\n"
STORY = "Case presentation\nA 63-year-old woman with EGFR exon 19 deleted lung adenocarcinoma started osimertinib\n" \
        "80 mg daily in 2021, with a partial response at three months. Grade 2 paronychia occurred.\n"
TITLE = "Osimertinib in EGFR-Mutant Lung Adenocarcinoma With Brain Metastases: A Case Report\n"


@pytest.mark.parametrize("text", [TITLE + ABBREVIATIONS + STORY, TITLE + STORY + ABBREVIATIONS + "Discussion\n"
                                  "Osimertinib is preferred over gefitinib.\n"], ids=["under the title", "after the case"])
def test_an_abbreviations_list_is_neither_title_nor_story(nlp, text):
    doc, case = _case(nlp, "abbr", text)
    assert doc.title == TITLE.strip()
    assert {d.label.lower() for t in case.treatments for d in t.drugs} == {"osimertinib"}
    assert not any("gefitinib; PR" in s.text_of(doc) for s in doc.sections if s.kind in ("case", "title"))
