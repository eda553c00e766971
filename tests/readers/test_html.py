"""HTML pages (issues #11, #15): a case report saved from a web page is read like the same page
copied from a browser, with the page around the article left out. The pages under
tests/fixtures/html were written for these tests (invented journals, people and ids)."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from kg.errors import EmptyInputError, InputError, NoContentError, UnsupportedFormatError
from kg.graph.iri import report_identity
from kg.model import Document
from kg.readers import read_bytes, read_path
from kg.readers.detect import sniff

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "html"
PUBLISHER = PAGES / "publisher_case.html"
PMC = PAGES / "pmc_like_case.html"
# Drugs the publisher page names only in furniture: cookie banner, site navigation, share tools,
# a figure caption, a table, the reference list, the sidebar, a "related" box, scripts.
FURNITURE_DRUGS = ["dasatinib", "imatinib", "sunitinib", "entrectinib", "ceritinib", "brigatinib", "larotrectinib",
                   "cabozantinib", "pazopanib", "regorafenib"]


def _read(path: Path) -> Document:
    [doc] = read_path(path)
    return doc


def _kinds(doc: Document) -> list[tuple[str, str]]:
    return [(s.kind, s.title) for s in doc.sections]


def _text(doc: Document, *kinds: str) -> str:
    return "\n".join(s.text_of(doc) for s in doc.sections if s.kind in kinds)


def _page(body: str, head: str = "") -> bytes:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()


CASE_P = ("<p>A 58-year-old woman with lung adenocarcinoma harbouring an EML4-ALK fusion received alectinib "
          "in May 2019 and had a partial response.</p>")


# --------------------------------------------------------------------------- publisher page ---
def test_publisher_page_sections_follow_the_headings():
    doc = _read(PUBLISHER)
    assert doc.format == "html"
    assert doc.title == "Lorlatinib for an ALK-Rearranged Inflammatory Myofibroblastic Tumor of the Lung"
    assert _kinds(doc) == [
        ("title", ""), ("front_matter", ""),
        ("abstract", "Background"), ("abstract", "Case presentation"), ("abstract", "Conclusions"),
        ("back_matter", ""),                      # the keywords line
        ("introduction", "Background"),
        ("case", "Case presentation"), ("caption", "Figure 1"), ("case", "Case presentation"), ("caption", "Table 1"),
        ("discussion", "Discussion"), ("conclusion", "Conclusions"), ("references", "References"),
    ]   # (the article's own footer, its licence, follows the references as in a copied page)


def test_publisher_page_case_text_is_the_narrative_only():
    doc = _read(PUBLISHER)
    case = _text(doc, "case")
    assert case.startswith("A 34-year-old man presented in January 2020 with cough")
    assert case.endswith("a CT in March 2021 showed a partial response, which is ongoing.")
    assert "inflammatory myofibroblastic tumor with ALK expression" in case       # <em> dissolved
    assert "an ALK rearrangement" in case                                          # <i> kept with its spaces
    for drug in FURNITURE_DRUGS:
        assert drug not in case.lower()
    # nothing of the page around the article, of scripts or of <head> is anywhere in the text
    for furniture in ("cookie", "Skip to main content", "Imatinib news", "Share on Twitter", "Related articles",
                      "You may also like", "Invented Publishing", "dataLayer", "sidebarDrug", "font-family",
                      "Privacy", "brigatinib. A", "Search"):
        assert furniture not in doc.text, furniture


def test_publisher_page_captions_references_and_front_matter():
    doc = _read(PUBLISHER)
    captions = [s.text_of(doc) for s in doc.sections if s.kind == "caption"]
    assert captions[0] == ("Figure 1. Chest CT before and after treatment. In a previous patient, a response to "
                           "entrectinib had been documented.")
    assert captions[1].splitlines() == ["Table 1. Reported ALK inhibitor treatments of IMT",
                                        "Drug | Patients | Best response", "Ceritinib | 3 | partial response",
                                        "Brigatinib | 1 | complete response"]   # (a table of other patients: a caption)
    refs = _text(doc, "references").splitlines()
    assert len(refs) == 4 and refs[1].startswith("Chen L, Ortiz P. Larotrectinib in a child with IMT.")
    assert refs[3].startswith("Copyright © 2023 Haugen and Varga.")   # the article's footer, as in a copied page
    front = _text(doc, "front_matter")
    assert "Ingrid Haugen1" in front and "Department of Pathology, Danube Medical University" in front
    # citation markers (<sup><a href="#ref1">1</a></sup>) are left out of the sentence
    assert "of intermediate malignancy. ALK inhibitors" in _text(doc, "introduction")
    assert "small series." in _text(doc, "introduction")


def test_publisher_page_metadata():
    doc = _read(PUBLISHER)
    assert doc.ids == ["doi:10.5555/jioc.2023.0417"]
    assert report_identity(doc) == "doi:10.5555/jioc.2023.0417"
    assert doc.article_type == "case-report" and doc.publication_types == ["case report"]
    assert (doc.journal, doc.year) == ("Journal of Invented Oncology Cases", 2023)


def _drugs(case) -> list[str]:
    return [d.label.lower() for t in case.treatments for d in t.drugs]


def test_publisher_page_gives_the_case_and_nothing_from_the_furniture(nlp):
    from kg.extraction.extract import extract_report

    [case] = extract_report(_read(PUBLISHER), nlp).cases
    assert (case.age, case.sex) == (34, "male")
    assert [d.concept.label for d in case.diagnoses] == ["Inflammatory Myofibroblastic Tumor"]
    assert [f.three_prime.label for f in case.fusions] == ["ALK"]
    assert _drugs(case) == ["crizotinib", "lorlatinib"]
    assert [t.start for t in case.treatments] == ["2020-02", "2020-12"]
    responses = [(d.label.lower(), r.concept.label.lower()) for t in case.treatments for d in t.drugs
                 for r in t.responses]
    assert ("lorlatinib", "partial response") in responses and ("crizotinib", "progressive disease") in responses


def test_control_the_furniture_drugs_are_recognised_in_the_case_text(nlp):
    """Control for the test above: the same drugs in the case section are found, so their absence
    there means the reader left them out, not that the pipeline does not know them."""
    from kg.extraction.extract import extract_report

    extra = "".join(f"<p>In {2014 + i} the patient received {drug} for six months.</p>"
                    for i, drug in enumerate(FURNITURE_DRUGS))
    page = PUBLISHER.read_bytes().replace(b"<h2>Discussion</h2>", b"")   # keep the inserts in the case
    page = page.replace(b'<div class="table-wrap" id="T1">', extra.encode() + b'<div class="table-wrap" id="T1">')
    [doc] = read_bytes(page, "control.html")
    [case] = extract_report(doc, nlp).cases
    assert set(FURNITURE_DRUGS) <= set(_drugs(case))


# --------------------------------------------------------------------------- PMC-like page ---
def test_pmc_like_page():
    doc = _read(PMC)
    assert doc.ids == ["doi:10.5555/crio.2021.455", "pmid:34000111", "pmcid:PMC9876543"]
    assert doc.title == "Entrectinib in an Infant with ETV6::NTRK3 Infantile Fibrosarcoma"
    assert doc.article_type == "case-report"
    assert _kinds(doc)[3:] == [
        ("abstract", "Abstract"), ("back_matter", ""), ("introduction", "Introduction"), ("case", "Case Report"),
        ("caption", "Fig. 1"), ("case", "Treatment and Outcome"), ("caption", "Table 1"),
        ("discussion", "Discussion"), ("back_matter", "Conflict of Interest Statement"), ("references", "References")]
    case = _text(doc, "case")
    assert "Entrectinib was started in May 2019." in case
    for absent in ("larotrectinib", "vincristine", "Repotrectinib", "Selitrectinib", "Lakeside",  # hidden panel
                   "official website", "Log in", "Author information", "Open in a new tab"):
        assert absent not in case, absent
    assert "Lakeside Children's Hospital" not in doc.text          # style="display: none"
    assert "Here's how you know" not in doc.text and "Follow NCBI" not in doc.text


# ----------------------------------------------------------------------------- identifiers ---
@pytest.mark.parametrize("head, body, ids", [
    ('<meta name="citation_doi" content="10.5555/ABC.2020.7">', "", ["doi:10.5555/abc.2020.7"]),
    ('<meta name="citation_doi" content="https://doi.org/10.5555/abc.2020.7">', "", ["doi:10.5555/abc.2020.7"]),
    ('<meta name="dc.identifier" content="doi:10.5555/abc.2020.7"><meta name="citation_pmid" content="31234567">', "",
     ["doi:10.5555/abc.2020.7", "pmid:31234567"]),
    ('<meta name="DC.Identifier" content="info:pmid/31234567">', "", ["pmid:31234567"]),
    ("", '<p><a href="https://doi.org/10.5555/link.2020.9">https://doi.org/10.5555/link.2020.9</a></p>',
     ["doi:10.5555/link.2020.9"]),
    ('<link rel="canonical" href="https://pmc.ncbi.nlm.nih.gov/articles/PMC7654321/">', "", ["pmcid:PMC7654321"]),
    ("", "", ["file:page.html"]),
], ids=["citation_doi", "doi-url-in-meta", "dc-identifier-and-pmid", "info-pmid", "doi-link", "pmc-canonical",
        "none"])
def test_identifiers_from_meta_and_front_links(head, body, ids):
    # the DOI links in the case text and in the reference list are other papers': never the report's id
    page = _page(f"<h1>Alectinib in a young woman</h1>{body}<h2>Case presentation</h2>{CASE_P}"
                 '<p>As described before (<a href="https://doi.org/10.5555/other.1">link</a>).</p>'
                 '<h2>References</h2><ol><li>Roe J. A paper. <a href="https://doi.org/10.5555/ref.2">'
                 "https://doi.org/10.5555/ref.2</a></li></ol>", head)
    [doc] = read_bytes(page, "page.html")
    assert doc.ids == ids
    assert report_identity(doc) == ids[0] or ids[0].startswith("file:")


def test_meta_doi_wins_over_a_doi_in_the_text():
    page = _page(f"<h1>A title of a case</h1><p>doi: 10.5555/printed.1</p><h2>Case presentation</h2>{CASE_P}",
                 '<meta name="citation_doi" content="10.5555/meta.1">')
    [doc] = read_bytes(page, "page.html")
    assert doc.ids == ["doi:10.5555/meta.1"]


def test_title_from_meta_h1_or_title_element():
    body = f"<h2>Case presentation</h2>{CASE_P}"
    assert next(read_bytes(_page(body, "<title>Site title | Journal</title>"), "a.html")).title == "Site title"
    assert next(read_bytes(_page("<h1>Heading title</h1>" + body, "<title>Site | J</title>"), "a.html")).title \
        == "Heading title"
    [doc] = read_bytes(_page("<h1>Heading title</h1>" + body, '<meta name="citation_title" content="Meta title">'),
                       "a.html")
    assert doc.title == "Meta title" and doc.sections[0].kind == "title"


# ------------------------------------------------------------------------- format sniffing ---
@pytest.mark.parametrize("data", [
    b"<!DOCTYPE html><html><body><p>x</p></body></html>",
    b"<!doctype HTML PUBLIC '-//W3C//DTD HTML 4.01//EN'><HTML><BODY><P>x</BODY></HTML>",
    b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
    b'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">',
    b"<!-- saved from url=(0040)https://journal.example.org/article/1 -->\n<html><head>",
    b"\xef\xbb\xbf<html><body>",
    "<html><body><p>x</p></body></html>".encode("utf-16"),
    b'<div class="article"><h2>Case</h2><p>x</p></div>',
    b"<p>A 50-year-old man.</p><p>He received crizotinib.</p>",
    b"<article><h1>T</h1><section><h2>Case</h2><p>x</p></section></article>",
    b"Saved from the journal site:\n<div><h1>T</h1><p>x</p><p>y</p></div>",
], ids=["html5", "html4-upper", "xhtml", "saved-from", "bom", "utf16", "div-fragment", "p-fragment",
        "html5-article", "text-then-markup"])
def test_web_pages_are_sniffed_as_html(data):
    assert sniff(data) == "html"


@pytest.mark.parametrize("data, kind", [
    (b'<?xml version="1.0"?><!DOCTYPE article PUBLIC "-//NLM//DTD JATS" "JATS.dtd"><article>', "xml"),
    (b'<article article-type="case-report" xmlns:xlink="http://www.w3.org/1999/xlink"><front>', "xml"),
    (b"<PubmedArticleSet><PubmedArticle>", "xml"),
    (b"A tumour of <5 cm and >3 cm was removed.\nThe patient <b>did well</b>.", "text"),
    (b'{"title": "<p>x</p>"}', "json"),
])
def test_jats_pubmed_text_and_json_are_not_html(data, kind):
    assert sniff(data) == kind


def test_html_in_a_txt_file_reads_like_the_html_file(tmp_path):
    txt = tmp_path / "saved_page.txt"
    txt.write_bytes(PUBLISHER.read_bytes())
    doc, ref = _read(txt), _read(PUBLISHER)
    assert doc.format == "html" and doc.text == ref.text and doc.ids == ref.ids


def test_xhtml_with_xml_declaration_and_named_entities():
    page = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'
            "<head><title>Crizotinib&nbsp;case</title></head><body><h2>Case presentation</h2><p>A 61-year-old "
            "man with ROS1&ndash;positive lung cancer received crizotinib&nbsp;250&#160;mg twice daily &amp; had a "
            "partial response.</p></body></html>").encode()
    [doc] = read_bytes(page, "page.xhtml")
    assert _text(doc, "case") == ("A 61-year-old man with ROS1–positive lung cancer received crizotinib 250 mg twice "
                                  "daily & had a partial response.")


def test_declared_charset_is_honoured():
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>'
            "<h2>Case presentation</h2><p>A 45-year-old woman from Orléans received crizotinib – 250 mg.</p>"
            "</body></html>").encode("cp1252")
    [doc] = read_bytes(page, "page.html")
    assert "from Orléans received crizotinib – 250 mg." in doc.text


# --------------------------------------------------------------------------- page structure ---
def test_structure_cues_without_headings_markup():
    """Bold lead-ins, glued labels and a page without any <h*>: the text reader's cues apply."""
    page = _page('<div class="content"><p class="title">Crizotinib in a man with ROS1 lung cancer</p>'
                 "<p><b>Case presentation</b>A 61-year-old man received crizotinib in 2018 and had a partial "
                 "response.</p><p><b>Discussion:</b> ROS1 fusions are rare.</p></div>")
    [doc] = read_bytes(page, "page.html")
    assert ("case", "Case presentation") in _kinds(doc)
    assert _text(doc, "case").startswith("A 61-year-old man received crizotinib")
    assert _text(doc, "discussion") == "ROS1 fusions are rare."


def test_care_headings_are_case_sections_but_sub_headings_of_the_discussion_are_not():
    page = _page("<h1>A title</h1><h2>Introduction</h2><p>ROS1 fusions are rare in lung cancer overall.</p>"
                 f"<h2>Clinical findings</h2>{CASE_P}<h2>Therapeutic intervention</h2><p>Lorlatinib followed in "
                 "2021.</p><h2>Discussion</h2><p>Several drugs exist.</p><h3>Treatment</h3><p>Ceritinib is another "
                 "option in the literature.</p>")
    [doc] = read_bytes(page, "page.html")
    assert _kinds(doc)[1:] == [("introduction", "Introduction"), ("case", "Clinical findings"),
                               ("case", "Therapeutic intervention"), ("discussion", "Discussion"),
                               ("discussion", "Treatment")]


def test_lists_under_furniture_headings_of_an_abstract_page_are_not_the_abstract():
    """An abstract page (PubMed-like): what follows "Similar articles", "Cited by" or an unknown
    sibling of "Abstract" is back matter up to the next heading, never abstract text (the
    narrative of a page without a case section)."""
    page = _page("<h1>Larotrectinib in a child with glioma</h1><h2>Abstract</h2><p>A 2-year-old boy with an "
                 "NTRK fusion glioma received larotrectinib in 2019 and had a partial response.</p>"
                 "<h2>Similar articles</h2><ul><li>A 7-year-old girl received entrectinib. Smith A. 2020.</li></ul>"
                 "<h2>Grants and funding</h2><ul><li>A 60-year-old donor foundation grant for imatinib work.</li></ul>"
                 "<h2>Publication types</h2><ul><li>Case Reports</li></ul>")
    [doc] = read_bytes(page, "abstract_page.html")
    abstract = _text(doc, "abstract")
    assert abstract.startswith("A 2-year-old boy") and "entrectinib" not in abstract and "imatinib" not in abstract
    assert [t for k, t in _kinds(doc) if k == "back_matter"] == ["Similar articles", "Grants and funding",
                                                                  "Publication types"]
    # the list under "Publication types" is the source's publication type (a list item is no heading)
    assert doc.publication_types == ["case report"] and doc.article_type == "case-report"


def test_pubmed_publication_type_buttons_are_read():
    page = _page("<h1>A title</h1><h2>Abstract</h2><p>A 2-year-old boy with an NTRK fusion glioma received "
                 'larotrectinib in 2019 and had a partial response.</p><div class="publication-types keywords-section">'
                 '<h2 class="title">Publication types</h2><ul class="keywords-list"><li><button class="keyword-'
                 'actions-trigger">Case Reports</button></li></ul></div><button>Cite</button>')
    [doc] = read_bytes(page, "pubmed.html")
    assert doc.publication_types == ["case report"] and "Cite" not in doc.text


def test_a_list_of_section_names_is_navigation_not_headings():
    page = _page(f'<h1>A title</h1><h2>Case presentation</h2>{CASE_P}<ul class="outline"><li>Abstract</li>'
                 "<li>Introduction</li><li>Case presentation</li><li>Discussion</li></ul><p>She is well.</p>")
    [doc] = read_bytes(page, "page.html")
    assert _text(doc, "case") == CASE_P[3:-4] + "\nShe is well."


def test_an_element_marked_abstract_gives_the_abstract_without_its_authors():
    """An abstract without an "Abstract" heading, inside an element whose class says so, next to
    the title, authors and dates (as some publishers print it)."""
    page = _page('<div class="JournalAbstract"><div class="type">CASE REPORT article</div><div>Front. Invented '
                 "Oncol., 12 May 2022</div><h1>Brigatinib after alectinib</h1><div class='authors'>Li Wei<sup>1</sup>"
                 ", Maria Costa<sup>2</sup></div><p>We report a 51-year-old man with ALK-positive lung adenocarcinoma "
                 "who progressed on alectinib and responded to brigatinib.</p></div><div class='JournalFullText'>"
                 "<h2>Introduction</h2><p>ALK rearrangements are rare.</p></div>")
    [doc] = read_bytes(page, "page.html")
    assert _text(doc, "abstract") == ("We report a 51-year-old man with ALK-positive lung adenocarcinoma who "
                                      "progressed on alectinib and responded to brigatinib.")
    assert "Li Wei1, Maria Costa2" in _text(doc, "front_matter")


def test_a_kicker_in_capitals_above_the_title_keeps_the_article():
    """A news or press page prints its kind in capitals above the <h1> ("NEWS RELEASE", "MEDICAL NEWS"):
    the short capitals line was a sub-heading, so the article's prose was read as part of the title
    and the page was refused as having no text."""
    for kicker in ("NEWS RELEASE", "MEDICAL NEWS"):
        page = _page(f"<article><p class='kicker'>{kicker}</p><h1>Examplinib shrinks ROS1-positive lung tumours</h1>"
                     "<p class='dateline'>BOSTON, March 3, 2026 --</p><p>Acme Oncology today announced results "
                     "of its phase 2 study of examplinib in 88 patients with ROS1-positive lung cancer.</p></article>")
        [doc] = read_bytes(page, "news.html")
        assert doc.title == "Examplinib shrinks ROS1-positive lung tumours"
        assert "announced results of its phase 2 study" in _text(doc, "other", "abstract", "introduction")


def test_largest_article_is_the_content_and_teasers_are_not():
    teaser = "<article class='teaser'><h3>Other case</h3><p>A boy received imatinib.</p></article>"
    page = _page(f"{teaser}<article><h1>Main title</h1><h2>Case presentation</h2>{CASE_P}{CASE_P}</article>{teaser}")
    [doc] = read_bytes(page, "page.html")
    assert "imatinib" not in doc.text and doc.title == "Main title"


def test_a_class_name_never_drops_most_of_the_page():
    """A wrapper whose class says "sidebar" but that holds the article is content, not furniture."""
    page = _page(f'<div class="layout-with-sidebar"><h1>A title</h1><h2>Case presentation</h2>{CASE_P}</div>'
                 '<div class="sidebar"><p>A 40-year-old man received sunitinib.</p></div>')
    [doc] = read_bytes(page, "page.html")
    assert "alectinib" in _text(doc, "case") and "sunitinib" not in doc.text


def test_a_form_wrapping_the_whole_page_and_an_embed_keep_the_article():
    """ASP.NET pages wrap the body in a <form>; libxml2 does not know <embed> is void and puts
    the rest of the page inside it."""
    page = _page(f'<form id="aspnetForm"><nav><a>Home</a></nav><h1>A title</h1><embed src="movie.swf">'
                 f'<h2>Case presentation</h2>{CASE_P}<form class="search"><button>Search</button></form></form>')
    [doc] = read_bytes(page, "page.html")
    assert "alectinib" in _text(doc, "case") and "Home" not in doc.text and "Search" not in doc.text


def test_layout_table_is_text_not_a_caption():
    page = _page(f"<table><tr><td><h1>Old page</h1><h2>Case presentation</h2>{CASE_P}</td>"
                 "<td><p>Menu</p></td></tr></table>")
    [doc] = read_bytes(page, "page.html")
    assert "alectinib" in _text(doc, "case")


def test_reference_list_without_heading_is_the_references():
    page = _page(f'<h1>T</h1><h2>Case presentation</h2>{CASE_P}<ol class="c-article-references">'
                 "<li>Roe J, Doe J. Brigatinib in ALK lung cancer. J Invented Oncol. 2019;3:1-9.</li></ol>")
    [doc] = read_bytes(page, "page.html")
    assert _text(doc, "references").startswith("Roe J, Doe J. Brigatinib")
    assert "Brigatinib" not in _text(doc, "case")


# ------------------------------------------------------------------------ evidence offsets ---
def _strip(fragment: str) -> str:
    """What a reader of the HTML file sees of a span: tags out, character references resolved."""
    return " ".join(html.unescape(re.sub(r"<[^<>]*>", " ", fragment)).split())


@pytest.mark.parametrize("path", [PUBLISHER, PMC], ids=["publisher", "pmc"])
def test_offsets_point_into_the_html_file(path):
    doc = _read(path)
    source = path.read_text(encoding="utf-8")
    assert doc.source_map is not None
    checked = 0
    for sec in doc.sections:
        if sec.kind not in ("case", "abstract", "caption", "references"):
            continue
        for m in re.finditer(r"[A-Za-z][\w-]*[A-Za-z0-9]", sec.text_of(doc)):   # every word
            start, end = sec.start + m.start(), sec.start + m.end()
            span = doc.source_map.span(start, end)
            assert span is not None, m.group(0)
            assert _strip(source[span[0]:span[1]]).replace(" ", "") == m.group(0)
            checked += 1
    assert checked > 100


def test_offsets_of_evidence_through_the_graph(nlp):
    """kg:offsetsInto "file": the mention is found at its offsets in the HTML file."""
    from kg.extraction.extract import extract_report
    from kg.graph.build import source_offsets

    doc = _read(PUBLISHER)
    report = extract_report(doc, nlp)
    source = PUBLISHER.read_text(encoding="utf-8")
    evidences = [t.evidence for c in report.cases for t in c.treatments] + \
                [a.evidence for c in report.cases for t in c.treatments for a in t.administrations]
    evidences = [e for e in evidences if e is not None]
    assert evidences
    for ev in evidences:
        basis, (ss, se), (ms, me) = source_offsets(doc, ev)
        assert basis == "file"
        assert _strip(source[ms:me]) == ev.mention
        assert re.sub(r"\s", "", _strip(source[ss:se])) == re.sub(r"\s", "", ev.sentence)
        assert source[ss] not in "< \n" and source[se - 1] not in "> \n"   # never starts or ends in markup


# --------------------------------------------------------------------- malformed and empty ---
MALFORMED = {
    "unclosed": b"<html><body><h2>Case presentation<p>A 50-year-old man received crizotinib and had a partial "
                b"response.<p>He is well.<div><span>",
    "stray-closers": b"</div></p></body><h2>Case presentation</h2></td><p>A 50-year-old man received crizotinib "
                     b"and had a partial response.</p></html></html>",
    "truncated-in-tag": PUBLISHER.read_bytes()[:6000] + b'<a href="https://exa',
    "angle-soup": b"<html><<<p>>> A 50-year-old man <<received>> crizotinib & had a partial response. </p <p",
    "bad-attrs": b'<html><body <p class="a"b"c=d e=\'f>A 50-year-old man received crizotinib and had a partial '
                 b"response after two months.</p></body></html>",
    "cp1252-in-utf8-page": b"<meta charset='utf-8'><p>A 50-year-old man from Orl\xe9ans received crizotinib and had"
                           b" a partial response.</p>",
    "cdata-and-pi": b"<html><body><![CDATA[ x ]]><?php echo 1; ?><p>A 50-year-old man received crizotinib and had a"
                    b" partial response.</p></body></html>",
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_html_is_read_or_refused_in_one_line(name):
    try:
        docs = list(read_bytes(MALFORMED[name], f"{name}.html"))
    except InputError as exc:
        message = str(exc)
        assert message.startswith(f"{name}.html: ") and "\n" not in message
        return
    [doc] = docs
    assert doc.format == "html" and doc.ids
    assert "crizotinib" in doc.text or "Lorlatinib" in doc.text


def test_truncated_page_keeps_what_it_has():
    [doc] = read_bytes(MALFORMED["truncated-in-tag"], "cut.html")
    assert "Inflammatory myofibroblastic tumors (IMT) are rare" in _text(doc, "abstract")


@pytest.mark.parametrize("data, error", [
    (b"", EmptyInputError),
    (b"   \n ", EmptyInputError),
    (b"<html></html>", NoContentError),
    (b"<!DOCTYPE html><html><head><title>Only a title</title></head><body></body></html>", NoContentError),
    (_page("<nav><a>Home</a><a>Journals</a></nav><div class='cookie-banner'><p>We use cookies.</p></div>"
           "<script>var x = 'A 50-year-old man received crizotinib and had a partial response.';</script>"),
     NoContentError),
    (b"%PDF-1.7\n<html>", UnsupportedFormatError),
    (b"<html>\x00\x00\x00<body>", UnsupportedFormatError),
], ids=["empty", "blank", "no-body", "title-only", "furniture-only", "pdf", "binary"])
def test_empty_binary_and_furniture_only_pages_are_refused(data, error):
    with pytest.raises(error) as info:
        list(read_bytes(data, "page.html"))
    assert str(info.value).startswith("page.html: ") and "\n" not in str(info.value)


# --------------------------------------------------------------------- tables of the case (session 15, htmltab15) ---
# Made-up pages: an HTML table inside the case section that sets out the patient's own course is read as the case's
# text, one "header: cell | ..." line a row (as JATS's, kg.readers.headings.course_lines); an adverse-event table keeps
# its header line and bare rows (graded by kg_context); tables of measurements, options or published patients stay
# captions.
def _rcc_page(case_tables: str, discussion_tables: str = "") -> bytes:
    return ("<!DOCTYPE html><html><head><title>Sequential kinase inhibitors in a metastatic renal cell carcinoma: a "
            "case report</title></head><body><article><h1>Sequential kinase inhibitors in a metastatic renal cell "
            "carcinoma: a case report</h1><h2>Case presentation</h2><p>A 59-year-old man was diagnosed with "
            "metastatic clear cell renal cell carcinoma in 2019 and started sunitinib 50 mg daily in March 2019.</p>"
            f"{case_tables}<p>He remains on follow-up in our clinic.</p><h2>Discussion</h2><p>Sequencing of kinase "
            f"inhibitors is common in this disease.</p>{discussion_tables}</article></body></html>").encode()


_LINES_TABLE = ('<div class="table-wrap" id="T1"><div class="caption"><b>Table 1.</b> Systemic treatment.</div><table>'
                '<thead><tr><th>Line</th><th>Drug</th><th>Start</th><th>Best response</th><th>Status</th></tr></thead>'
                '<tbody><tr><td>1</td><td>Sunitinib</td><td>03/2019</td><td>Partial response</td><td>Stopped</td></tr>'
                '<tr><td>2</td><td>Cabozantinib</td><td>05/2021</td><td>Stable disease</td><td>Ongoing</td></tr>'
                '<tr><td>3</td><td>Lenvatinib plus everolimus</td><td>-</td><td>-</td><td>Declined by the patient</td>'
                '</tr><tr><td>4</td><td>Tivozanib</td><td>-</td><td>-</td><td>Planned at next progression</td></tr>'
                '</tbody><tfoot><tr><td colspan="5">PD, progressive disease; CR, complete response.</td></tr></tfoot>'
                '</table></div>')


def _sections(doc, kind):
    return [doc.text[s.start:s.end] for s in doc.sections if s.kind == kind]


def test_a_course_table_in_the_case_section_is_case_text_one_line_a_row():
    [doc] = read_bytes(_rcc_page(_LINES_TABLE), "lines.html")
    case = "\n".join(_sections(doc, "case"))
    assert "Line: 2 | Drug: Cabozantinib | Start: 05/2021 | Best response: Stable disease | Status: Ongoing" in case
    assert "Line: 3 | Drug: Lenvatinib plus everolimus | Start: - | Best response: - | Status: Declined by the patient" \
        in case.splitlines()
    # the caption and the table's foot stay captions; the prose after the table is the case's still, in page order
    captions = _sections(doc, "caption")
    assert any("Table 1. Systemic treatment." in c for c in captions)
    assert any("PD, progressive disease" in c for c in captions) and "progressive disease;" not in case
    assert doc.text.index("Line: 1 |") < doc.text.index("PD, progressive disease") < doc.text.index("He remains on")
    assert "He remains on follow-up in our clinic." in case


def test_course_table_rows_give_the_lines_given_and_not_the_rows_declined_or_planned(nlp):
    from kg.extraction.extract import extract_report
    [doc] = read_bytes(_rcc_page(_LINES_TABLE), "lines.html")
    [case] = extract_report(doc, nlp).cases
    lines = {frozenset(d.label.lower() for d in t.drugs): {r.concept.label.lower() for r in t.responses}
             for t in case.treatments}
    assert lines[frozenset({"sunitinib"})] == {"partial response"}
    assert lines[frozenset({"cabozantinib"})] == {"stable disease"}
    given = set().union(*lines)
    assert not given & {"lenvatinib", "everolimus", "tivozanib"}


def test_a_row_fact_has_its_offsets_in_the_html_file(nlp):
    from kg.extraction.extract import extract_report
    from kg.graph.build import source_offsets
    data = _rcc_page(_LINES_TABLE)
    [doc] = read_bytes(data, "lines.html")
    [case] = extract_report(doc, nlp).cases
    [line] = [t for t in case.treatments if {d.label.lower() for d in t.drugs} == {"cabozantinib"}]
    basis, _, (ms, me) = source_offsets(doc, line.evidence)
    assert basis == "file" and data.decode()[ms:me] == line.evidence.mention == "Cabozantinib"


def test_an_adverse_event_table_keeps_its_header_and_grades_each_row(nlp):
    from kg.extraction.extract import extract_report
    table = ('<table><caption>Table 2. Toxicities.</caption><tr><th>Adverse event</th><th>Grade</th><th>Onset</th>'
             '<th>Attributed drug</th></tr><tr><td>Hypertension</td><td>3</td><td>week 3</td><td>sunitinib</td></tr>'
             '<tr><td>Hypothyroidism</td><td>2</td><td>month 4</td><td>sunitinib</td></tr><tr><td>Stomatitis</td>'
             '<td>1</td><td>week 6</td><td>sunitinib</td></tr></table>')
    [doc] = read_bytes(_rcc_page(table), "ae.html")
    case = "\n".join(_sections(doc, "case"))
    assert "Adverse event | Grade | Onset | Attributed drug\nHypertension | 3 | week 3 | sunitinib" in case
    [report_case] = extract_report(doc, nlp).cases
    events = {(e.concept.label.lower(), e.grade) for e in report_case.adverse_events}
    assert {("hypertension", 3), ("hypothyroidism", 2)} <= events
    assert any(label.startswith(("mucositis", "stomatitis")) and g == 1 for label, g in events)


@pytest.mark.parametrize("table", [
    # measurements over time: a date column beside values, a status column naming remissions and relapses
    '<table><caption>Table 2. Marrow findings.</caption><tr><th>Date</th><th>Blasts</th><th>Status</th></tr>'
    '<tr><td>05/2020</td><td>1%</td><td>complete remission</td></tr><tr><td>11/2020</td><td>19%</td><td>relapse</td>'
    '</tr></table>',
    # laboratory values
    '<table><caption>Table 2. Blood counts.</caption><tr><th>Cycle</th><th>Haemoglobin</th><th>Platelets</th></tr>'
    '<tr><td>2</td><td>8.1</td><td>64</td></tr></table>',
    # options to choose from
    '<table><caption>Table 2. Options at progression.</caption><tr><th>Regimen</th><th>Rationale</th><th>Median '
    'PFS</th></tr><tr><td>Axitinib plus pembrolizumab</td><td>phase III data</td><td>15 months</td></tr></table>',
])
def test_tables_of_measurements_or_options_in_the_case_stay_captions(nlp, table):
    from kg.extraction.extract import extract_report
    [doc] = read_bytes(_rcc_page(table), "t.html")
    case = "\n".join(_sections(doc, "case"))
    assert "Table 2." not in case and " | " not in case
    assert any("Table 2." in c for c in _sections(doc, "caption"))
    [report_case] = extract_report(doc, nlp).cases
    assert {frozenset(d.label.lower() for d in t.drugs) for t in report_case.treatments} == {frozenset({"sunitinib"})}
    assert not any(r.concept.label.lower() == "progressive disease" for t in report_case.treatments for r in t.responses)


def test_a_table_of_published_patients_in_the_discussion_is_no_case_text(nlp):
    from kg.extraction.extract import extract_report
    review = ('<table><caption>Table 3. Published patients treated in sequence.</caption><tr><th>Author, year</th>'
              '<th>Line</th><th>Regimen</th><th>Best response</th></tr><tr><td>Example et al., 2020</td><td>2</td>'
              '<td>Belzutifan</td><td>Partial response</td></tr></table>')
    course = ('<table><caption>Table 4. Lines of treatment.</caption><tr><th>Line</th><th>Regimen</th><th>Best '
              'response</th></tr><tr><td>2</td><td>Axitinib</td><td>Partial response</td></tr></table>')
    [doc] = read_bytes(_rcc_page("", review + course), "review.html")
    assert not any("Belzutifan" in c or "Axitinib" in c for c in _sections(doc, "case"))
    [report_case] = extract_report(doc, nlp).cases
    assert not {d.label.lower() for t in report_case.treatments for d in t.drugs} & {"belzutifan", "axitinib"}


def test_a_cell_spanning_rows_stands_in_each_and_a_row_with_a_response_was_given(nlp):
    """A line number spanning an induction and its maintenance: both rows carry it; the maintenance row's dash under
    "Cycles" says nothing of it not being given, since its response cell names what it gave."""
    from kg.extraction.extract import extract_report
    table = ('<table><caption>Table 1. Lines of treatment.</caption><tr><th>Line</th><th>Regimen</th><th>Cycles</th>'
             '<th>Best response</th></tr><tr><td rowspan="2">1</td><td>Carboplatin and etoposide</td><td>4</td>'
             '<td>Partial response</td></tr><tr><td>Durvalumab maintenance</td><td>-</td><td>Stable disease</td></tr>'
             '<tr><td>2</td><td>Lurbinectedin</td><td>-</td><td>-</td></tr></table>')
    [doc] = read_bytes(_rcc_page(table), "span.html")
    case = "\n".join(_sections(doc, "case")).splitlines()
    assert "Line: 1 | Regimen: Durvalumab maintenance | Cycles: - | Best response: Stable disease" in case
    [report_case] = extract_report(doc, nlp).cases
    lines = {frozenset(d.label.lower() for d in t.drugs): {r.concept.label.lower() for r in t.responses}
             for t in report_case.treatments}
    assert lines[frozenset({"durvalumab"})] == {"stable disease"}
    assert "lurbinectedin" not in set().union(*lines)   # its row: no cycles, no response


def test_a_long_page_with_a_course_table_keeps_its_offsets_into_the_file():
    """The words the reader puts into a row (" | ", each cell's column header) are passed over where they stand: the
    alignment to the page no longer searches the whole file for them (a long page lost its map, session 15)."""
    rows = "".join(f"<tr><td>{i}</td><td>Regimen {i} with carboplatin</td><td>0{i % 9 + 1}/2020</td><td>Stable "
                   f"disease</td></tr>" for i in range(1, 16))
    table = (f"<table><caption>Table 1. Lines of treatment.</caption><thead><tr><th>Line</th><th>Regimen</th>"
             f"<th>Start</th><th>Best response</th></tr></thead><tbody>{rows}</tbody></table>")
    prose = "".join(f"<p>Paragraph {i} of the discussion weighs other work on kinase inhibitors in practice.</p>"
                    for i in range(2500))
    page = _rcc_page(table, prose)
    [doc] = read_bytes(page, "long.html")
    assert doc.source_map is not None
    at = doc.text.index("Line: 7 | Regimen: Regimen 7") + len("Line: 7 | Regimen: ")
    start, end = doc.source_map.span(at, at + len("Regimen 7"))
    assert page.decode()[start:end] == "Regimen 7"


@pytest.mark.parametrize("head,row,expected", [
    # other wordings of the columns (kg/rules/adverse_events.jsonl AE_TABLE_*_COLUMN): the grade in another column's
    # words, and the grade in the event column's brackets
    (["Toxicity", "CTCAE v5 grade", "Drug held?"], ["Hypothyroidism", "2", "no"], ("hypothyroidism", 2)),
    (["Event", "Day of onset", "Grade"], ["Hypertension", "20", "3"], ("hypertension", 3)),
    (["Side effect (grade)", "Onset", "Outcome"], ["Hypertension (2)", "week 3", "controlled"], ("hypertension", 2)),
])
def test_an_adverse_event_table_in_other_wordings_is_case_text_and_graded(nlp, head, row, expected):
    from kg.extraction.extract import extract_report
    cells = lambda tag, texts: "<tr>" + "".join(f"<{tag}>{t}</{tag}>" for t in texts) + "</tr>"
    table = f"<table><caption>Table 2. Side effects.</caption>{cells('th', head)}{cells('td', row)}</table>"
    [doc] = read_bytes(_rcc_page(table), "ae.html")
    assert f"{' | '.join(head)}\n{' | '.join(row)}" in "\n".join(_sections(doc, "case"))
    [report_case] = extract_report(doc, nlp).cases
    assert expected in {(e.concept.label.lower(), e.grade) for e in report_case.adverse_events}


def test_a_cohorts_table_of_rates_per_grade_stays_a_caption():
    table = ('<table><caption>Table 3. Adverse events in the phase 2 cohort.</caption><tr><th>Adverse event</th>'
             '<th>Grade 1-2 (%)</th><th>Grade 3-4 (%)</th></tr><tr><td>Hypertension</td><td>12 (30)</td><td>4 (10)</td>'
             '</tr></table>')
    [doc] = read_bytes(_rcc_page(table), "ae.html")
    assert "Hypertension" not in "\n".join(_sections(doc, "case"))


def test_a_laboratory_table_with_graded_cells_grades_each_cell_not_its_baseline(nlp):
    """A table of blood values over time whose cells carry their CTCAE grade: each graded cell is an event of the
    patient at that grade; the baseline column's grade is the patient before treatment (session 18, acc18w16)."""
    from kg.extraction.extract import extract_report
    table = ('<table><caption>Table 2. Blood values on sunitinib (CTCAE grade).</caption><tr><th>Analyte</th>'
             '<th>Baseline</th><th>Week 4</th><th>Week 10</th></tr><tr><td>Platelets (x10^9/L)</td><td>70 (grade 1)'
             '</td><td>44 (grade 3)</td><td>80 (grade 1)</td></tr><tr><td>ALT (U/L)</td><td>25</td><td>190 (grade 2)'
             '</td><td>40</td></tr><tr><td>Sodium (mmol/L)</td><td>139</td><td>131</td><td>137</td></tr></table>')
    [doc] = read_bytes(_rcc_page(table), "labs.html")
    case = "\n".join(_sections(doc, "case")).splitlines()
    assert "Platelets: 44 (grade 3), Week 4." in case and not any("70 (grade 1)" in line for line in case)
    [report_case] = extract_report(doc, nlp).cases
    events = {(e.concept.label.lower(), e.grade) for e in report_case.adverse_events}
    assert {("platelet count decreased", 3), ("platelet count decreased", 1),
            ("alanine aminotransferase increased", 2)} <= events


def test_a_table_of_graded_values_of_other_patients_stays_a_caption():
    table = ('<table><caption>Table 3. Worst neutrophil counts of published patients.</caption><tr><th>Study</th>'
             '<th>Week 2</th><th>Week 6</th></tr><tr><td>Example 2019</td><td>0.8 (grade 3)</td><td>1.2 (grade 2)</td>'
             '</tr></table>')
    [doc] = read_bytes(_rcc_page(table), "others.html")
    assert not any("grade 3" in c for c in _sections(doc, "case"))
