"""Copies of abstract-database and publisher pages (tests/fixtures/page_copies, made up by
tools/make_page_copies.py): the title, the publication types the page states, the patient's story in a body
section, and none of the page's tools or other papers' titles and snippets ("Similar articles", "Cited by",
"Recommended articles") read as the report's text. Every page was made up for these tests."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.readers import read_bytes, read_path
from kg.readers.textcues import article_type, boilerplate_kind

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "page_copies"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
BODY = {"abstract", "introduction", "case", "discussion", "conclusion", "results", "methods", "other"}


def _body(doc) -> str:
    return "\n".join(doc.text[s.start:s.end] for s in doc.sections if s.kind in BODY)


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=lambda n: f"{n}-{EXPECTED[n]['shape']}")
def test_page_copy_title_types_story_and_no_furniture_in_the_body(name):
    exp = EXPECTED[name]
    [doc] = list(read_path(PAGES / name))
    assert re.sub(r"\s+", " ", doc.title).strip() == exp["title"]
    assert set(exp["types"]) <= set(doc.publication_types)
    assert not {"review", "meta-analysis", "letter"} & (set(doc.publication_types) - set(exp["types"]))
    body = _body(doc)
    assert exp["story"] in body
    kinds = {s.kind for s in doc.sections if exp["story"] in doc.text[s.start:s.end]}
    if exp["shape"].startswith(("pub_", "pubh_", "pdf")):
        assert "case" in kinds      # a full text: the story is told in its case section
    for line in exp["forbidden"]:
        assert line not in body
    assert not [s for s in doc.sections if s.kind == "case" and s.title in exp["no_case_section_titled"]]


# ------------------------------------------------------------------------------ a PubMed page ---
PUBMED_PAGE = """Skip to main page content
Search PubMed
Advanced
Clipboard
Display options
Case Reports
Review
Gastro Onc Rep. 2025 Feb;6(1):33-38.
doi: 10.5555/gor.2025.0033. Epub 2025 Jan 9.
Regorafenib rechallenge in a rectal gastrointestinal stromal tumour after imatinib and sunitinib
Lior Abramov 1 2, Nadia Qureshi 2
Affiliations
1 Department of Surgical Oncology, Harbourview Hospital, Perth, Australia.
2 Department of Pathology, Harbourview Hospital, Perth, Australia.
PMID: 40111222
DOI: 10.5555/gor.2025.0033
Abstract
A 63-year-old man with a rectal stromal tumour progressed on imatinib and then on sunitinib. Regorafenib gave him
stable disease for eleven months, with grade 2 hand-foot skin reaction.
Keywords: GIST; regorafenib.
Similar articles
Ripretinib in fourth-line stromal tumours: a registry analysis. Moreau P, et al. Sarcoma Rep. 2024. PMID: 40000001
Median progression-free survival was 6.3 months in the registry cohort.
See all similar articles
Publication types
Case Reports
Review
Journal Article
MeSH terms
Gastrointestinal Stromal Tumors / drug therapy*
Humans
"""


def test_pubmed_page_copy_reads_title_types_and_abstract_only():
    """Copied from a browser, a PubMed page's tools became the title ("Skip to main page content"), its
    publication-type line "Case Reports" a case section, and the "Similar articles" snippets more abstract."""
    [doc] = read_bytes(PUBMED_PAGE.encode(), "pubmed_page.txt")
    assert doc.title.startswith("Regorafenib rechallenge in a rectal")
    assert doc.publication_types == ["case report", "review"]
    assert doc.ids == ["doi:10.5555/gor.2025.0033", "pmid:40111222"]
    assert [(s.kind, s.title) for s in doc.sections if s.kind in BODY] == [("abstract", "Abstract")]
    assert "stable disease for eleven months" in _body(doc)
    back = {s.title: doc.text[s.start:s.end] for s in doc.sections if s.kind == "back_matter"}
    assert "registry cohort" in back["Similar articles"] and "Humans" in back["MeSH terms"]
    assert not [s for s in doc.sections if s.kind == "case"]


def test_publication_types_list_takes_only_types():
    """A page's navigation list after "Publication types" ("MeSH terms", "Related information") names no type."""
    page = PUBMED_PAGE.replace("Journal Article\n", "Journal Article\nPage navigation\nAbstract\nSimilar articles\n"
                               "Publication types\nMeSH terms\nRelated information\n")
    [doc] = read_bytes(page.encode(), "pubmed_nav.txt")
    assert doc.publication_types == ["case report", "review"]


@pytest.mark.parametrize("line,kind", [
    ("Home > Journals > Oncology Case Reports > Current issue", "breadcrumb"),
    ("Home / Articles / Case reports", "breadcrumb"),
    ("Similar articles", "listing"), ("Cited by (4)", "listing"), ("LinkOut - more resources", "listing"),
    ("Save Email Send to", "navigation"), ("Format: AMA APA MLA NLM", "navigation"), ("Full-text available", "navigation"),
    ("Volume 41, June 2023, 100998", "issue"), ("Sec. Thoracic Oncology", "issue"),
    ("Hanna Kowalczyk 1 2, Piet de Boer 2", "authors"),
    ("A 61-year-old woman was seen in the clinic / emergency department / ward.", None),
    ("Similar responses were seen in the liver.", None),
    ("Crizotinib / alectinib / lorlatinib sequence in ALK lung cancer", None),   # a title, no breadcrumb
])
def test_page_lines(line, kind):
    assert boilerplate_kind(line) == kind


def test_a_breadcrumb_above_the_title_is_no_title_and_its_last_crumb_names_the_type():
    text = ("Home / Oncology / Case reports\n\nCabozantinib Response in a Papillary Renal Cell Carcinoma\n\n"
            "Tomas Ferreira, Ines Lund\n\nCase presentation\n\nA 58-year-old man with papillary renal cell carcinoma "
            "received cabozantinib and had a partial response after three months.\n")
    [doc] = read_bytes(text.encode(), "crumb.txt")
    assert doc.title == "Cabozantinib Response in a Papillary Renal Cell Carcinoma"
    assert doc.publication_types == ["case report"]


@pytest.mark.parametrize("line,expected", [
    ("Open AccessCase Report", "Case Report"), ("CASE REPORT article", "CASE REPORT"), ("Meta-Analysis", "Meta-Analysis"),
    ("Case Report | Open Access", "Case Report"), ("Clinical Trial, Phase II", "Clinical Trial, Phase II"),
    ("Case reports of lung cancer were reviewed.", None),
])
def test_article_type_lines(line, expected):
    assert article_type(line) == expected


def test_a_row_of_tabs_is_no_heading():
    """Europe PMC's tabs ("Abstract", "Free full text", ..., "Funding") copied one a line: "Funding" was read as the
    heading of the back matter that the title and the article then fell into."""
    text = ("Europe PMC\nShare this article\nAbstract\nFree full text\nCitations & impact\nSimilar Articles\nFunding\n\n"
            "Pazopanib in a Recurrent Solitary Fibrous Tumour of the Pleura\n\nKarin Olsen 1, Yusuf Demir 2\n\n"
            "Abstract\n\nA 66-year-old woman with a recurrent solitary fibrous tumour of the pleura received pazopanib "
            "and had stable disease for fourteen months.\n")
    [doc] = read_bytes(text.encode(), "tabs.txt")
    assert doc.title == "Pazopanib in a Recurrent Solitary Fibrous Tumour of the Pleura"
    assert "stable disease for fourteen months" in _body(doc)
    assert not [s for s in doc.sections if s.title == "Funding"]


@pytest.mark.parametrize("where", ["before the title", "after the title"])
def test_a_side_list_of_other_papers_above_the_article_is_no_story_and_no_title(where):
    """A publisher's "Recommended articles" copied above the article: an entry's snippet about another paper's patient
    was read as the story above the first heading, and an entry's title as the title."""
    side = ("Recommended articles\nSunitinib rechallenge in renal cancer: a short series\nVarga L, et al. Kidney Onc Lett. "
            "2022;5:40-44.\nA 49-year-old woman had a second partial response to sunitinib after a two-year break.\n")
    title = "Everolimus Response in a Perivascular Epithelioid Cell Tumour of the Uterus\n"
    head = "Skip to main content\nCase report\n" + (side + title if where == "before the title" else title + side)
    text = (head + "Olga Petrenko 1, Marc Dubois 2\n\nIntroduction\n\nPEComas are rare mesenchymal tumours.\n\n"
            "Case presentation\n\nA 44-year-old woman with a uterine PEComa and TSC2 loss received everolimus and had a "
            "partial response after four months.\n")
    [doc] = read_bytes(text.encode(), "side.txt")
    assert doc.title == title.strip()
    assert "second partial response to sunitinib" not in _body(doc)
    assert "partial response after four months" in _body(doc)


def test_the_title_after_a_side_list_breaks_the_pattern_of_its_entries():
    """A side list (entry title / citation / snippet, ...) directly above the article's title: the title is followed
    by its authors and DOI instead of a citation and a snippet, so it ends the list (session 14)."""
    text = ("Site of Example Papers\nSearch\n\nCited by (3)\nTrametinib in a histiocytic sarcoma: a short series\n"
            "Obi C, et al. Histiocyte Lett. 2021;2:10-14.\nTwo of three patients responded for more than a year.\n"
            "Capmatinib for MET exon 14 lung cancer in the elderly\nLund P, Ortiz M. Thorac Onc Notes. 2022;5(1):3-8.\n"
            "Median progression-free survival was 9.1 months in 41 patients.\n"
            "Selumetinib in an Adult with a Plexiform Neurofibroma\nHana Sato, Leo Brandt Oncology Case Reports, 3 May "
            "2024, 15(2):101-104\nhttps://doi.org/10.5555/ocr.2024.101\n\nAbstract\n\nA 34-year-old man with "
            "neurofibromatosis type 1 received selumetinib and his plexiform neurofibroma shrank by a third.\n")
    [doc] = read_bytes(text.encode(), "side_after.txt")
    assert doc.title == "Selumetinib in an Adult with a Plexiform Neurofibroma"
    assert "Two of three patients responded" not in _body(doc)


def test_the_title_above_a_side_list_that_the_author_list_follows():
    text = ("Journal List\nOncol Case Rep\n\nRegorafenib in a Recurrent Desmoid Tumour of the Abdominal Wall\n\n"
            "Similar articles\nSorafenib for desmoid tumours: a review\nPatel R, et al. Sarcoma Rev. 2020;7:1-9.\n"
            "Sorafenib gave disease control in most of the reviewed patients.\n"
            "Tamoxifen and sulindac in desmoids\nMoreau A, et al. Fibromatosis J. 2019;3:44-50.\n"
            "Half of the patients had stable disease.\n\nAnika Roy, Jonas Falk\n\nAbstract\n\nA 29-year-old woman with "
            "a recurrent desmoid tumour received regorafenib and had stable disease for two years.\n")
    [doc] = read_bytes(text.encode(), "side_before.txt")
    assert doc.title == "Regorafenib in a Recurrent Desmoid Tumour of the Abdominal Wall"
    assert "stable disease for two years" in _body(doc)
