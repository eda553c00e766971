"""Any readable prose is a report: a plain-text abstract, a structured abstract with glued labels,
a narrative paragraph, a web page copied from a browser (texts written for these tests)."""
from pathlib import Path

import pytest

from kg.errors import NoContentError
from kg.readers import read_bytes, read_path
from kg.readers.textcues import BOILERPLATE, boilerplate_kind, split_labels

REPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "reports"


def _doc(name):
    return next(read_path(REPORTS / name))


def _text(doc, kind):
    return "\n".join(s.text_of(doc) for s in doc.sections if s.kind == kind)


def _read_text(doc):
    """The text the extraction reads as narrative: case sections, or else abstract/other/results."""
    kinds = {"case"} if any(s.kind == "case" for s in doc.sections) else {"abstract", "other", "results"}
    return "\n".join(s.text_of(doc) for s in doc.sections if s.kind in kinds)


def test_plain_text_abstract_is_title_and_abstract():
    doc = _doc("plain_abstract.txt")
    assert [s.kind for s in doc.sections] == ["title", "abstract"]
    assert doc.title.startswith("Complete response of an ALK-rearranged")
    assert "We report a 9-year-old girl" in _read_text(doc)


def test_glued_structured_abstract_labels_become_headed_sections():
    doc = _doc("structured_abstract_glued.txt")
    assert [(s.kind, s.title) for s in doc.sections[1:]] == [
        ("introduction", "Background"), ("case", "Case presentation"), ("conclusion", "Conclusions")]
    assert _read_text(doc).startswith("A 35-year-old man with recurrent secretory carcinoma")
    assert doc.article_type == "case-report"


def test_glued_labels_of_a_trial_abstract():
    doc = _doc("trial_abstract_glued.txt")
    kinds = [(s.kind, s.title) for s in doc.sections]
    assert ("methods", "Methods") in kinds and ("results", "Results") in kinds
    assert _text(doc, "methods").startswith("We screened 412 patients")
    assert _read_text(doc).startswith("The objective response rate")
    assert doc.article_type is None and "case" not in {s.kind for s in doc.sections}


def test_narrative_paragraph_without_title_or_heading_is_the_body():
    doc = _doc("narrative_paragraph.txt")
    assert doc.title == ""
    assert _read_text(doc) == (REPORTS / "narrative_paragraph.txt").read_text().strip()


@pytest.mark.parametrize("text", [
    "A 70-year-old woman with ALK-positive lung cancer was treated with alectinib.",
    "A 70-year-old woman with ALK-positive lung cancer was treated with alectinib.\n"
    "She had a partial response lasting two years.\n",
    # a sentence whose verbs are none of was/had/received: still a story, not a title
    "One woman with ALK-positive lung cancer enrolled in a trial of alectinib and achieved a partial response.",
    "The only treated man with ALK-positive lung cancer responded to alectinib for two years.",
])
def test_one_or_two_narrative_sentences_are_a_report(text):
    (doc,) = read_bytes(text.encode(), "short.txt")
    assert "alectinib" in _read_text(doc) and doc.title == ""


def test_web_page_copy_ids_title_type_and_front_matter():
    doc = _doc("web_case_report.txt")
    assert doc.ids == ["doi:10.5555/ocr.2021.2345", "pmid:34567890"]  # not the reference's DOI
    assert doc.title == "Lorlatinib After Alectinib Failure in an EML4-ALK Positive Lung Adenocarcinoma"
    assert doc.article_type == "case-report" and doc.publication_types == ["case report"]
    front = _text(doc, "front_matter")
    for boiler in ("Skip to main content", "Accept all cookies", "Maria Rossi1, Paul Leclerc2*",
                   "1 Department of Medical Oncology", "paul.leclerc@example.org", "Oncol Case Rep. 2021;14:2345",
                   "PMID: 34567890"):
        assert boiler in front


def test_web_page_copy_case_is_the_full_text_narrative_only():
    doc = _doc("web_case_report.txt")
    case = _read_text(doc)
    assert case.startswith("A 47-year-old woman, a never-smoker, presented in March 2018")
    assert case.endswith("a partial response that is ongoing.")
    for boiler in ("Download PDF", "Keywords", "cookies", "Department", "Copyright", "Shaw AT"):
        assert boiler not in case
    # the structured abstract's parts are the abstract once the full text repeats its headings
    assert [s.title for s in doc.sections if s.kind == "abstract"] == ["Background", "Case presentation", "Conclusions"]
    assert [s.title for s in doc.sections if s.kind == "introduction"] == ["Background"]
    assert "Shaw AT, Bauer TM" in _text(doc, "references")
    assert "Download PDF" in _text(doc, "front_matter")


def test_single_line_page_dump_gets_its_headings():
    nav = "Skip to main content Home Articles About Search " * 10
    text = (f"{nav}Alectinib in ALK lung cancer: a case report. Abstract Lung cancer with ALK fusions is rare. "
            "Case presentation A 50-year-old man with ALK-positive lung adenocarcinoma received alectinib "
            "and had a partial response. Discussion Alectinib is effective in ALK-positive disease. "
            "References 1. Roe J, Doe J. Alectinib. J Clin Oncol. 2019;37:1234. doi:10.1000/ref.1 " + "x " * 1000)
    (doc,) = read_bytes(text.encode(), "dump.txt")
    assert _read_text(doc).startswith("A 50-year-old man with ALK-positive lung adenocarcinoma")
    assert doc.ids == ["file:dump.txt"]  # the only DOI is a reference's


def test_reference_and_body_ids_are_not_the_document_id():
    text = ("ALK inhibitors in lung cancer\n\nA 50-year-old man received crizotinib (PMID: 12345678 describes "
            "the drug) and had a partial response.\n\nReferences\n\n1. Roe J, Doe J. Crizotinib. "
            "J Clin Oncol. 2019;37:1234. doi:10.1000/ref.1 PMID: 23456789\n")
    (doc,) = read_bytes(text.encode(), "ref.txt")
    assert doc.ids == ["file:ref.txt"]


def test_text_of_only_boilerplate_is_rejected_in_one_line():
    text = "Skip to main content\nMenu\nSearch\nHome\nDownload PDF\nCopyright © 2021 The Authors.\n"
    with pytest.raises(NoContentError) as err:
        list(read_bytes(text.encode(), "nav.txt"))
    assert "\n" not in str(err.value) and str(err.value).startswith("nav.txt: ")


@pytest.mark.parametrize("name,kind,example", [
    (name, name, ex) for name, _, _, _, examples in BOILERPLATE for ex in examples.split(" || ")])
def test_boilerplate_examples_match_their_rule(name, kind, example):
    assert boilerplate_kind(example) == kind


@pytest.mark.parametrize("prose", [
    "A 61-year-old woman presented with cough.",
    "She was treated with crizotinib 250 mg twice daily and had a partial response.",
    "In 2019, 37 patients (12%) were treated.",
    "On CT, the tumor measured 3 cm in 2019, and she",
    "She was seen at the Department of Oncology, University Hospital, where she improved.",
    "Lorlatinib After Alectinib Failure in an EML4-ALK Positive Lung Adenocarcinoma",
])
def test_prose_and_titles_are_not_boilerplate(prose):
    assert boilerplate_kind(prose) is None


def test_split_labels_glued_and_capital_words():
    assert split_labels("MethodsWe screened 5.ResultsThe rate was 3%.").split() == [
        "Methods", "We", "screened", "5.", "Results", "The", "rate", "was", "3%."]
    assert "Abstract\n\n\n\nBackground\n\nInflammatory" in split_labels("AbstractBackgroundInflammatory tumors")
    assert split_labels("CASE REPORTS\nABSTRACTS") == "CASE REPORTS\nABSTRACTS"
    assert split_labels("Resultsoriented care.") == "Resultsoriented care."


def test_markdown_case_text_stays_in_the_case_after_the_merge():
    text = ("# Osimertinib rechallenge in a 58-year-old man\n\n## Case\n\n### Presentation\n\n"
            "- **Biopsy:** adenocarcinoma with EGFR exon 19 deletion\n\n### Course\n\n"
            "1. **Month 3:** partial response on osimertinib.\n\n## Discussion\n\nRechallenge is an option.\n")
    (doc,) = read_bytes(text.encode(), "md_case.txt")
    case = "\n".join(s.text_of(doc) for s in doc.sections if s.kind == "case")
    assert "exon 19 deletion" in case and "partial response on osimertinib" in case


def test_markdown_headings_are_read_as_marked_headings():
    """(Session 12's merge had clean() take the "#" signs away before the headings were looked for: no heading was
    marked, and "### Course" after a bullet list was folded into the section above it.)"""
    text = ("# Osimertinib rechallenge in a 58-year-old man\n\n**Authors:** A. Writer, MD\n\n---\n\n"
            "## Background\n\nEGFR mutations occur in about 15% of lung adenocarcinomas in Europe.\n\n"
            "## Case\n\n### Presentation\n\n- **Patient:** 58-year-old man, never smoker\n"
            "- **Biopsy:** adenocarcinoma with EGFR exon 19 deletion\n\n"
            "### Course\n\n1. **Month 3:** partial response on osimertinib.\n\n"
            "> He remains well at one year.\n\n## Discussion\n\nRechallenge is an option after a break.\n")
    (doc,) = read_bytes(text.encode(), "md_case.txt")
    kinds = [(s.kind, s.title) for s in doc.sections if s.kind != "front_matter"]
    assert kinds == [("title", ""), ("introduction", "Background"), ("case", "Presentation"), ("case", "Course"),
                     ("discussion", "Discussion")]
    assert doc.title == "Osimertinib rechallenge in a 58-year-old man"
    case = "\n".join(s.text_of(doc) for s in doc.sections if s.kind == "case")
    assert "- Patient: 58-year-old man" in case and "He remains well at one year." in case
    assert "#" not in doc.text and "---" not in doc.text and "**" not in doc.text
    # one "#" line (a hashtag, a numbered line) makes no Markdown document
    (plain,) = read_bytes(b"Crizotinib in ROS1 lung cancer\n\n#1 We report a 40-year-old woman who responded to "
                       b"crizotinib. She remains well.", "one_hash.txt")
    assert plain.title == "Crizotinib in ROS1 lung cancer"


def test_an_addendum_goes_on_with_a_story_told_without_a_case_heading():
    # told in unlabelled prose, then commented, then an addendum: the addendum does not become the only case
    # section (which would leave the story itself out of the narrative)
    text = ("Lenvatinib for an iodine-refractory thyroid carcinoma\n\n"
            "A 66-year-old man with papillary thyroid carcinoma progressed after radioactive iodine in 2021. "
            "He started lenvatinib 24 mg daily and had grade 3 hypertension at week 4.\n\n"
            "Discussion\n\nLenvatinib is a standard option after iodine.\n\n"
            "Note added in proof\n\nA CT scan at 6 months showed a partial response.\n")
    (doc,) = read_bytes(text.encode(), "note.txt")
    kinds = {s.title: s.kind for s in doc.sections}
    assert kinds["Note added in proof"] == kinds[""] if "" in kinds else True
    assert not any(s.kind == "case" for s in doc.sections)
    story = [s for s in doc.sections if s.kind in ("abstract", "other")]
    assert any("lenvatinib 24 mg" in s.text_of(doc) for s in story)
    assert any("partial response" in s.text_of(doc) for s in story)
    # with a case section of its own, the addendum is a case section too
    (doc,) = read_bytes(text.replace("A 66-year-old", "Case presentation\n\nA 66-year-old").encode(), "note2.txt")
    assert [s.title for s in doc.sections if s.kind == "case"] == ["Case presentation", "Note added in proof"]


def test_a_short_narrative_line_after_unlabelled_prose_stays_in_it():
    # a page of one paragraph a line, without headings: a short last sentence is the story's, not front matter;
    # a labelled line ("Student note: ...") is not taken along
    text = ("Weekly Haematology Rounds - Case 12\n\n"
            "A 41-year-old man presented with fatigue and a white cell count of 88 x10^9/L; BCR::ABL1 was detected and chronic phase CML diagnosed. "
            "Imatinib 400 mg daily was started the next day, allopurinol was given for two weeks, and a major molecular "
            "response was reached at 12 months and has been kept since then on the same dose.\n"
            "Grade 2 muscle cramps on imatinib were managed with magnesium.\n"
            "Tutor's note: In one registry, cramps were reported by a third of patients on imatinib.\n")
    (doc,) = read_bytes(text.encode(), "rounds.txt")
    story = "\n".join(s.text_of(doc) for s in doc.sections if s.kind == "abstract")
    assert "Grade 2 muscle cramps on imatinib were managed" in story
    assert "Tutor's note" not in story


def test_a_records_findings_and_impression_under_its_history_are_the_case():
    text = ("Teaching file: restaging CT\n\nCLINICAL HISTORY\n\n"
            "59-year-old woman with metastatic colorectal cancer on FOLFIRI since March, restaging after cycle 6.\n\n"
            "FINDINGS\n\nLiver: the segment 7 metastasis measures 2.1 cm (previously 3.4 cm).\n\n"
            "IMPRESSION\n\nPartial response by RECIST 1.1.\n")
    (doc,) = read_bytes(text.encode(), "ct.txt")
    assert [(s.kind, s.title) for s in doc.sections if s.title] == [
        ("case", "CLINICAL HISTORY"), ("case", "FINDINGS"), ("case", "IMPRESSION")]
    # a study's results (after its methods) stay results
    study = ("Sunitinib in thyroid cancer: a cohort\n\nMethods\n\nWe reviewed 40 patients treated with sunitinib.\n\n"
             "Case presentation\n\nOne 70-year-old man had a long response.\n\nResults\n\nThe response rate was 30%.\n")
    (doc,) = read_bytes(study.encode(), "study.txt")
    assert ("results", "Results") in [(s.kind, s.title) for s in doc.sections]


def test_prose_abstract_then_numbered_cases_keep_their_case_kind():
    # an "Abstract" heading over one paragraph of prose is the whole abstract: the "Introduction" and the
    # series' "Case 1" / "Case 2" after it are the article's sections, not parts of a structured abstract
    text = ("Journal of Made-up Oncology 2031; 2: 10-14\n\n"
            "Two adults with desmoid tumours on sorafenib: a short series\n\n"
            "Abstract\nDesmoid tumours rarely metastasise. We describe two adults treated with sorafenib.\n\n"
            "Introduction\nDesmoid tumours are locally aggressive fibroblastic neoplasms.\n\n"
            "Case 1\nA 33-year-old woman had a growing abdominal wall mass. Sorafenib gave grade 2 rash.\n\n"
            "Case 2\nA 51-year-old man had a mesenteric mass. Sorafenib gave grade 1 diarrhoea.\n\n"
            "Discussion\nBoth patients tolerated sorafenib.\n")
    doc = next(read_bytes(text.encode(), "series.txt"))
    kinds = [(s.kind, s.title) for s in doc.sections if s.title]
    assert ("introduction", "Introduction") in kinds
    assert ("case", "Case 1") in kinds and ("case", "Case 2") in kinds


def test_split_labels_puts_any_known_heading_glued_at_a_line_start_on_its_own_line():
    """A page copied without its heading's line break: "The caseA 27-year-old ..." (any heading
    kg.readers.headings knows, not only the structured-abstract labels)."""
    assert split_labels("The caseA 58-year-old woman had a cough.") == "The case\n\nA 58-year-old woman had a cough."
    assert split_labels("Patient storyHe was 61 when the lump appeared.").startswith("Patient story\n\nHe was 61")
    assert split_labels("Case historyIn 2021 a man was referred.").startswith("Case history\n\nIn 2021")
    # glued capitals that are no heading stay as written
    for text in ("McKenzie and colleagues reported it.", "The iPhone app was used.", "DeVita wrote the textbook."):
        assert split_labels(text) == text


TEACHING_CASE_SINGLE_BREAKS = """Teaching Cases in Oncology | Clinic Lessons
https://doi.org/10.9999/tco.2026.031

Stopping a drug for lung toxicity: a made-up teaching case

The caseA 33-year-old man had a testicular mass; orchiectomy showed a seminoma with lung metastases.
Question 1. Which regimen would you give?
Bleomycin, etoposide and cisplatin were started. After three cycles he developed pneumonitis, grade 2.
Question 2. What would you give next? (a) carboplatin (b) etoposide and cisplatin alone
Answer: (b). Carboplatin alone is weaker in metastatic disease.

References
1. A made-up reference. 2020.
"""


def test_a_teaching_question_with_the_story_going_on_in_its_paragraph_gives_the_story_back_to_the_case():
    (doc,) = read_bytes(TEACHING_CASE_SINGLE_BREAKS.encode(), "teaching.txt")
    kinds = [(s.kind, s.title) for s in doc.sections if s.kind in ("case", "discussion")]
    assert kinds[:3] == [("case", "The case"), ("discussion", "Question 1"), ("case", "The case")]
    case = _text(doc, "case")
    assert "Bleomycin, etoposide and cisplatin were started" in case
    assert "Which regimen" not in case
    # a question whose options follow on its own line keeps them: what the reader is asked to choose is not the story
    assert ("discussion", "Question 2") in kinds
    assert "(a) carboplatin" in _text(doc, "discussion") and "(a) carboplatin" not in case


BOARD_CASE_UNLABELLED_QUESTION = """Oncology Board Review 2026;3:41
doi:10.9999/obr.2026.041

A made-up board review: relapsed mantle cell lymphoma

The case
A 66-year-old woman with mantle cell lymphoma had six cycles of bendamustine and rituximab in 2021. She relapsed in 2024 with splenomegaly.

What would the board recommend now?
A. Ibrutinib
B. Lenalidomide plus rituximab
C. Venetoclax

She started acalabrutinib in March 2024 and reached a partial response.
"""


@pytest.mark.parametrize("text", [
    BOARD_CASE_UNLABELLED_QUESTION,
    # the question and its options in one paragraph
    BOARD_CASE_UNLABELLED_QUESTION.replace("now?\nA. Ibrutinib", "now?\nA. Ibrutinib").replace("\n\nWhat would", "\nWhat would"),
])
def test_a_question_to_the_reader_with_lettered_options_inside_a_case_is_no_part_of_it(text):
    (doc,) = read_bytes(text.encode(), "board.txt")
    case = _text(doc, "case")
    assert "bendamustine and rituximab in 2021" in case and "She started acalabrutinib" in case
    assert "Ibrutinib" not in case and "Lenalidomide" not in case and "would the board" not in case
    assert "A. Ibrutinib" in _text(doc, "discussion")


def test_lettered_lines_with_no_question_before_them_stay_in_the_case():
    text = BOARD_CASE_UNLABELLED_QUESTION.replace("What would the board recommend now?\n", "Figure 1.\n")
    (doc,) = read_bytes(text.encode(), "board.txt")
    assert "Ibrutinib" in _text(doc, "case") or "Ibrutinib" in _text(doc, "caption")
    assert "A. Ibrutinib" not in _text(doc, "discussion")
