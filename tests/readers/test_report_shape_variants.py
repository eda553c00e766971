"""Report shapes (tests/fixtures/report_shapes, made up by tools/make_report_shapes.py): CARE-style abstracts as text,
discharge summaries with headings in capitals, letters, meeting abstracts, image pieces, two-column PDF text, case
series, JATS and HTML pages with the treatment lines in a table, and JATS treatment tables with the facts extraction must
find in them (rows planned or declined, a response column, courses restated), and HTML pages with treatment,
adverse-event, laboratory, options and literature tables (session 15, htmltab15). For each: the title, the patient's story and its
treatment in the case narrative, the background, conclusion, trial tables and disclosures outside it.
Every text here was made up for these tests (session 14, readers13)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from kg.readers import read_bytes, read_path

ROOT = Path(__file__).resolve().parent.parent.parent
FILES = ROOT / "tests" / "fixtures" / "report_shapes"
EXPECTED = json.loads((FILES / "expected.json").read_text(encoding="utf-8"))
sys.path.insert(0, str(ROOT / "tools"))
from make_report_shapes import fact_problems, problems  # noqa: E402


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=lambda n: f"{n}-{EXPECTED[n]['shape']}")
def test_report_shape_story_in_the_case_and_nothing_else(name):
    text = (FILES / name).read_text(encoding="utf-8")
    assert problems(name, text, EXPECTED[name]) == []
    assert list(read_path(FILES / name))


FACTS = sorted(n for n in EXPECTED if EXPECTED[n].get("facts"))


@pytest.mark.parametrize("name", FACTS, ids=lambda n: f"{n}-{EXPECTED[n]['shape']}")
def test_course_table_facts(nlp, name):
    """A treatment table of the case (tools/make_report_shapes.py jats_course_facts): a row whose status, line, start
    or regimen cell says the treatment was planned, declined or never started gives no drug; each row's response
    is its own line's; a row restating a course the narrative told opens no second line."""
    text = (FILES / name).read_text(encoding="utf-8")
    assert fact_problems(text, EXPECTED[name], nlp, name) == []


def _kinds(doc, phrase):
    return {s.kind for s in doc.sections if phrase in doc.text[s.start:s.end]}


@pytest.mark.parametrize("glue", [": ", ":", ":\n"])
def test_care_abstract_labels_are_the_case_parts_all_alike(glue):
    text = (f"Nivolumab-related myocarditis in a man with renal cell carcinoma\n\nAbstract\n"
            f"RATIONALE{glue}Cardiac toxicity of checkpoint inhibitors is rare.\n"
            f"PATIENT CONCERNS{glue}A 66-year-old man with metastatic clear cell renal carcinoma had chest pain.\n"
            f"DIAGNOSES{glue}Troponin was raised and cardiac MRI showed myocarditis.\n"
            f"INTERVENTIONS{glue}Nivolumab was stopped and methylprednisolone was given.\n"
            f"OUTCOMES{glue}His symptoms resolved within two weeks.\n"
            f"LESSONS{glue}Troponin should be checked when chest pain appears on nivolumab.\n").encode()
    [doc] = read_bytes(text, "care.txt")
    case_kinds = set().union(*(_kinds(doc, p) for p in ("66-year-old", "Troponin was raised", "methylprednisolone",
                                                        "resolved within")))
    assert len(case_kinds) == 1 and case_kinds <= {"case", "abstract"}
    assert _kinds(doc, "Cardiac toxicity") != case_kinds or case_kinds == {"abstract"}


def test_discharge_summary_headings_in_capitals():
    text = (b"DISCHARGE SUMMARY\n\nHISTORY OF PRESENT ILLNESS:\nA 71-year-old woman with follicular lymphoma was admitted "
            b"with fever after her second cycle of bendamustine and rituximab.\nHOSPITAL COURSE:\nShe received cefepime "
            b"for febrile neutropenia and recovered.\nASSESSMENT AND PLAN:\nResume chemotherapy at a reduced dose next "
            b"month.\n")
    [doc] = read_bytes(text, "note.txt")
    assert _kinds(doc, "71-year-old") == {"case"} and _kinds(doc, "received cefepime") == {"case"}
    assert _kinds(doc, "Resume chemotherapy") == {"discussion"}


def test_meeting_abstract_disclosures_are_back_matter():
    text = (b"P211\nPoster session: Sarcoma\n\nPazopanib in a recurrent solitary fibrous tumour\nIrene Vasquez, Piotr Nowak\n\n"
            b"Background: Solitary fibrous tumours seldom respond to chemotherapy.\nCase: A 58-year-old man with a "
            b"recurrent pleural tumour received pazopanib and had stable disease for a year.\nConclusion: Pazopanib "
            b"may control this disease.\n\nDisclosures: I. Vasquez has consulted for a maker of kinase inhibitors.\n")
    [doc] = read_bytes(text, "meeting.txt")
    assert _kinds(doc, "consulted for") == {"back_matter"}


ARTICLE = b"""<article article-type="case-report"><front><article-meta><title-group><article-title>Sequential therapy in
EGFR lung cancer</article-title></title-group></article-meta></front><body>
<sec><title>Case presentation</title><p>A 63-year-old woman had EGFR-mutant lung adenocarcinoma (Table 1).</p>
<table-wrap id="T1"><label>Table 1</label><caption><p>Lines of therapy.</p></caption><table>
<thead><tr><th>Line</th><th>Regimen</th><th>Best response</th></tr></thead><tbody>
<tr><td>1</td><td>Gefitinib</td><td>Partial response</td></tr><tr><td>2</td><td>Osimertinib</td><td>Stable disease</td></tr>
</tbody></table></table-wrap>
<table-wrap id="T2"><label>Table 2</label><caption><p>Blood counts.</p></caption><table>
<tr><th>Parameter</th><th>Value</th></tr><tr><td>Platelets</td><td>95</td></tr></table></table-wrap>
<boxed-text><caption><title>Key points</title></caption><p>Rebiopsy found a resistance mutation.</p></boxed-text>
<boxed-text><caption><title>Timeline</title></caption><p>June 2022: osimertinib begun.</p></boxed-text></sec>
<sec><title>Discussion</title><p>Trials are listed in <xref ref-type="table" rid="T3">Table 3</xref>.</p></sec></body>
<floats-group><table-wrap id="T3"><label>Table 3</label><caption><p>Trials.</p></caption><table><tr><th>Trial</th>
<th>Treatment</th><th>Response</th></tr><tr><td>Trial X</td><td>Afatinib</td><td>ORR 56%</td></tr></table></table-wrap>
</floats-group></article>"""


def test_jats_treatment_table_and_timeline_box_in_the_case_are_case_text():
    [doc] = read_bytes(ARTICLE, "t.xml")
    cases = [doc.text[s.start:s.end] for s in doc.sections if s.kind == "case"]
    assert "Line: 1 | Regimen: Gefitinib | Best response: Partial response" in cases[1]
    assert "Line: 2 | Regimen: Osimertinib | Best response: Stable disease" in cases[1]
    assert "June 2022: osimertinib begun." in cases[2]
    captions = [doc.text[s.start:s.end] for s in doc.sections if s.kind == "caption"]
    # laboratory values, a key-points box and a trial table cited from the Discussion stay captions
    assert not any("Platelets" in c or "Afatinib" in c for c in cases)
    assert any("Blood counts" in c for c in captions) and any("Trials." in c for c in captions)


def test_jats_floats_group_table_cited_from_the_case_is_case_text():
    data = ARTICLE.replace(b"(Table 1)", b'(<xref ref-type="table" rid="T9">Table 4</xref>)').replace(
        b"</floats-group>", b'<table-wrap id="T9"><label>Table 4</label><caption><p>Treatment course.</p></caption>'
        b'<table><tr><th>Date</th><th>Treatment</th></tr><tr><td>2023</td><td>Amivantamab</td></tr></table></table-wrap>'
        b'</floats-group>')
    [doc] = read_bytes(data, "t.xml")
    assert any("Date: 2023 | Treatment: Amivantamab" in doc.text[s.start:s.end] for s in doc.sections if s.kind == "case")


def test_two_columns_whose_paragraphs_end_at_different_lines_are_read_column_by_column():
    left = ["2. Case presentation", "A 52-year-old woman with a uterine", "leiomyosarcoma received doxorubicin and",
            "had stable disease for eight months.", "", ""]
    right = ["3. Discussion", "Uterine leiomyosarcomas respond poorly", "to most drugs, and trials of newer",
             "agents have been disappointing so far.", "Few patients live five years after", "relapse."]
    rows = "\n".join((a.ljust(46) + b).rstrip() if a else " " * 46 + b for a, b in zip(left, right))
    text = f"Doxorubicin in a uterine leiomyosarcoma\n\nJana Novak, Elif Kaya\n\n{rows}\n".encode()
    [doc] = read_bytes(text, "columns.txt")
    assert "leiomyosarcoma received doxorubicin and had stable disease for eight months." in " ".join(
        doc.text[s.start:s.end] for s in doc.sections if s.kind == "case").replace("\n", " ")


def test_a_case_series_heading_holds_its_numbered_cases():
    text = (b"Two sarcomas of the scalp\n\nLena Berg, Omar Haddad\n\nIntroduction\nThese tumours are rare.\n\n"
            b"Case series\nCase 1: A 70-year-old man had an angiosarcoma of the scalp and received paclitaxel.\n\n"
            b"Case 2: An 81-year-old woman had the same tumour and was given radiotherapy alone.\n\n"
            b"Discussion\nBoth tumours recurred.\n")
    [doc] = read_bytes(text, "series.txt")
    assert _kinds(doc, "received paclitaxel") == {"case"} and _kinds(doc, "radiotherapy alone") == {"case"}


PAGE = """<!DOCTYPE html><html><head><title>T</title></head><body><article><h1>Sequential therapy in a
GIST</h1><h2>Case presentation</h2><p>A 61-year-old man had a gastric stromal tumour with a KIT exon 11 mutation.</p>
<table><caption>Table 1. Lines of therapy.</caption><thead><tr><th>Line</th><th>Drug</th><th>Best response</th></tr>
</thead><tbody><tr><td>1</td><td>Imatinib</td><td>Partial response</td></tr><tr><td>2</td><td>Sunitinib</td>
<td>Stable disease</td></tr></tbody></table>
<table><caption>Table 2. Reported cases.</caption><tr><th>Drug</th><th>Patients</th><th>Best response</th></tr>
<tr><td>Ripretinib</td><td>4</td><td>Partial response</td></tr></table>
<h2>Discussion</h2><p>Such tumours respond to several kinase inhibitors.</p></article></body></html>"""


def test_an_html_course_table_in_the_case_is_case_text_and_a_table_of_other_patients_a_caption():
    """An HTML table of treatment lines in the case section reads as JATS's does, one "header: cell" line a row
    (session 15, htmltab15); a table of reported cases stays a caption, its cells set apart by " | "."""
    [doc] = read_bytes(PAGE.encode(), "page.html")
    case = " ".join(doc.text[s.start:s.end] for s in doc.sections if s.kind == "case")
    captions = [doc.text[s.start:s.end] for s in doc.sections if s.kind == "caption"]
    assert "Line: 2 | Drug: Sunitinib | Best response: Stable disease" in case
    assert "Ripretinib" not in case
    assert any("Ripretinib | 4 | Partial response" in c for c in captions)
    assert any("Table 1. Lines of therapy." in c for c in captions)


def test_a_table_of_treatment_options_cited_from_the_case_stays_a_caption():
    """A molecular board's table of matched drugs, cited from the case, names drugs the patient may never get
    (made up, session 14, tabrow14)."""
    data = ARTICLE.replace(b"(Table 1)", b'(<xref ref-type="table" rid="T8">Table 5</xref>)').replace(
        b"</floats-group>", b'<table-wrap id="T8"><label>Table 5</label><caption><p>Molecular findings.</p></caption>'
        b'<table><tr><th>Alteration</th><th>Matched therapy</th><th>Evidence tier</th></tr><tr><td>MET exon 14 '
        b'skipping</td><td>Capmatinib</td><td>I</td></tr></table></table-wrap></floats-group>')
    [doc] = read_bytes(data, "t.xml")
    assert not any("Capmatinib" in doc.text[s.start:s.end] for s in doc.sections if s.kind == "case")
    assert any("Molecular findings" in doc.text[s.start:s.end] for s in doc.sections if s.kind == "caption")
