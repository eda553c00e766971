"""Issue #11, class 1: the text and HTML readers find the article's real title and keep page
furniture (journal mastheads, site menus, author lists, affiliations, correspondence, keywords,
dates, copyright, DOIs, spaced-letter PDF headings) out of the title and out of the first section.
Every page here was written for these tests (invented journals, people and ids)."""
from __future__ import annotations

import pytest

from kg.readers import read_bytes
from kg.readers.htmlmeta import _article_part, _SITE_SUFFIX
from kg.readers.textcues import ARTICLE_TYPE_LINE, boilerplate_kind

ABSTRACT = ("Abstract\n"
            "Background: Targeted therapy has changed the outlook of rare fusion-driven tumours.\n"
            "Case presentation: A 9-year-old boy presented with a chest mass and received crizotinib. "
            "He achieved a partial response after three months.\n")
BODY = ("Introduction\n"
        "Inflammatory myofibroblastic tumours are rare mesenchymal neoplasms of children and young adults.\n"
        "Case presentation\n"
        "A 9-year-old boy presented with cough and fever. Imaging revealed a mass of the left lung. "
        "He received crizotinib and achieved a partial response.\n"
        "Discussion\n"
        "Kinase inhibitors are effective in fusion-positive tumours.\n")


def _read(text: str, name: str = "page.txt"):
    [doc] = read_bytes(text.encode("utf-8"), name)
    return doc


def _first_body(doc) -> str:
    first = next(s for s in doc.sections if s.kind not in ("title", "front_matter"))
    return first.text_of(doc)


FURNITURE_WORDS = ("Journal", "Reports", "Correspondence", "Keywords", "Received", "©", "doi", "Department",
                   "Menu", "Editor", "A R T I C L E", "Cite this")


def _check(doc, title: str) -> None:
    assert doc.title == title
    assert [s.text_of(doc) for s in doc.sections if s.kind == "title"] == [title]
    first = _first_body(doc)
    assert not any(word in first for word in FURNITURE_WORDS), first


# --- journal mastheads and site chrome above the title -----------------------------------------
MASTHEADS = [
    "International Journal of Paediatric Oncology Case Reports\n",
    "Thoracic Tumour Reports Online\n",
    "Frontiers in Rare Tumours\n",
    "Annals of Invented Oncology\n",
    "Paediatric Solid Tumour Medicine\n",
    "Clinical Case Reports in Haematology | Volume 7, 2023 | Article ID 5512093\n",
    "Rare Sarcoma Case Reports – Full Text HTML\n",
    "Skip to main content\nAn official website of the United States government\nHere's how you know\n",
    "Home | Journals | Submit | Log in\nSearch this journal\n",
    "Menu  Search  Sign in  Register\n",
]
AUTHOR_LISTS = [
    "Ana Ferreira1, Rui Costa2,*, Marta Lopes1\n",
    "Ana Ferreira,1 Rui Costa,1 and Marta Lopes2\n",
    "Ana Ferreira a,*, Rui Costa b, Marta Lopes a\n",
    "Ana Ferreira, MD,a Rui Costa, MD, PhDb\n",
    "Ana Ferreira MD1 | Rui Costa MD2 | Marta Lopes MD, PhD1\n",
    "Åsa Öberg1, Łukasz Nowak2\n",
]
AFTER_AUTHORS = ("1 Department of Paediatric Oncology, Invented University Hospital, Porto, Portugal\n"
                 "2 Department of Pathology, Invented University Hospital, Porto, Portugal\n"
                 "*Correspondence: ana.ferreira@example.org\n")
TITLE = "Crizotinib in an ALK-rearranged inflammatory myofibroblastic tumour of the lung in a child"


@pytest.mark.parametrize("masthead", MASTHEADS)
def test_a_journal_or_site_name_above_the_title_is_not_the_title(masthead):
    doc = _read(masthead + TITLE + "\n" + AUTHOR_LISTS[0] + AFTER_AUTHORS + ABSTRACT + BODY)
    _check(doc, TITLE)


@pytest.mark.parametrize("authors", AUTHOR_LISTS)
def test_the_line_above_an_author_list_is_the_title(authors):
    doc = _read("Journal of Invented Thoracic Medicine\n" + TITLE + "\n" + authors + AFTER_AUTHORS + ABSTRACT + BODY)
    _check(doc, TITLE)


@pytest.mark.parametrize("label", ["Case Report", "CASE REPORT", "Case Report | Open Access",
                                   "Case report | Open access | Published: 02 May 2023", "Case series",
                                   "Brief Report"])
def test_the_line_under_an_article_type_label_is_the_title(label):
    doc = _read("Paediatric Blood & Tumour Reports\n" + label + "\n" + TITLE + "\n"
                "First published: 14 February 2024\n" + ABSTRACT + BODY)
    _check(doc, TITLE)
    assert "case report" in doc.publication_types or not label.lower().startswith("case report")


@pytest.mark.parametrize("title", ["Vincristine-induced SIADH", "Crizotinib-responsive IMT"])
def test_a_short_title_is_read_as_the_title_where_its_place_says_so(title):
    above_authors = _read("Invented Oncology Letters\n" + title + "\n" + AUTHOR_LISTS[1] + AFTER_AUTHORS
                          + ABSTRACT + BODY)
    _check(above_authors, title)
    under_label = _read("Case Report\n" + title + "\n" + ABSTRACT + BODY)
    _check(under_label, title)


def test_a_title_in_capitals_is_the_title():
    title = "CRIZOTINIB IN AN ALK-REARRANGED INFLAMMATORY MYOFIBROBLASTIC TUMOUR OF THE LUNG IN A CHILD"
    doc = _read("Thoracic Tumour Reports Online\n" + title + "\n" + AUTHOR_LISTS[2] + AFTER_AUTHORS + ABSTRACT + BODY)
    _check(doc, title)


def test_a_two_line_pdf_title_without_blank_lines_is_joined_and_parted_from_its_authors():
    text = ("Invented Oral Oncology Reports 4 (2023) 100077\n"
            "Contents lists available at ScienceDirect\n"
            "Invented Oral Oncology Reports\n"
            "journal homepage: www.example.org/ioor\n"
            "Case Report\n"
            "Pembrolizumab rechallenge after immune-related pneumoni-\n"
            "tis in recurrent oropharyngeal carcinoma\n"
            "Rui Costa a,*, Ana Ferreira b, Marta Lopes a\n"
            "a Department of Oncology, Invented University Hospital, Porto, Portugal\n"
            "b Department of Radiology, Invented University Hospital, Porto, Portugal\n"
            "https://doi.org/10.5555/ioor.2023.100077\n"
            "A R T I C L E I N F O\n"
            "Keywords: Pembrolizumab; Pneumonitis\n"
            "1. Introduction\n"
            "Recurrent oropharyngeal carcinoma has a poor prognosis and few options.\n"
            "2. Case report\n"
            "A 59-year-old man received pembrolizumab and developed grade 2 pneumonitis. "
            "He was rechallenged and achieved a partial response.\n")
    doc = _read(text)
    _check(doc, "Pembrolizumab rechallenge after immune-related pneumonitis in recurrent oropharyngeal carcinoma")


def test_front_matter_lines_stay_out_of_the_first_section():
    text = ("Annals of Invented Oncology\n" + TITLE + "\n" + AUTHOR_LISTS[0] + AFTER_AUTHORS +
            "Monitoring Editor: Jane Roe and John Doe\n"
            "Received 2021 Oct 2; Accepted 2022 Jan 19.\n"
            "© 2023 The Authors. Published by Invented Press.\n"
            "Cite this article as: Ferreira A, Costa R. Crizotinib in IMT. Ann Inv Oncol. 2023;4:12-15.\n"
            "doi: 10.5555/aio.2023.0012\n"
            "Keywords: inflammatory myofibroblastic tumour; ALK; crizotinib\n" + ABSTRACT + BODY)
    doc = _read(text)
    _check(doc, TITLE)
    front = "\n".join(s.text_of(doc) for s in doc.sections if s.kind == "front_matter")
    for line in ("Monitoring Editor", "Received 2021", "© 2023", "Cite this article", "Keywords:"):
        assert line in front


# --- the cues themselves ------------------------------------------------------------------------
@pytest.mark.parametrize("title", [
    TITLE, "Vincristine-induced SIADH", "Everolimus for Platinum-Refractory Type B3 Thymoma: A Case Report",
    "Two Case Reports of Immune-Related Colitis", "Extraskeletal Ewing Sarcoma in a 27-Year-Old Man",
    "CRIZOTINIB IN ROS1-REARRANGED INFLAMMATORY MYOFIBROBLASTIC TUMOUR"])
def test_titles_are_no_page_furniture(title):
    assert boilerplate_kind(title, front=True) is None
    assert ARTICLE_TYPE_LINE.fullmatch(title) is None


@pytest.mark.parametrize("line", ["Case Report", "CASE REPORT", "Case Report | Open Access", "Case series",
                                  "Case Report | Published: 11 July 2022", "Brief Report", "Images in Oncology"])
def test_article_type_lines(line):
    assert ARTICLE_TYPE_LINE.fullmatch(line)


# --- HTML: <title> "Site | Title", citation_title, a logo as <h1> --------------------------------
@pytest.mark.parametrize("page_title, expected", [
    ("Invented Oncology Case Reports | Crizotinib in ROS1-rearranged IMT", "Crizotinib in ROS1-rearranged IMT"),
    ("Crizotinib in ROS1-rearranged IMT - PMC", "Crizotinib in ROS1-rearranged IMT"),
    ("Vincristine-induced SIADH | Journal of Invented Paediatrics", "Vincristine-induced SIADH"),
])
def test_the_article_part_of_a_page_title(page_title, expected):
    assert _article_part(_SITE_SUFFIX.split(page_title), "") == expected


HTML_BODY = ("<p>Ana Ferreira<sup>1</sup>, Rui Costa<sup>2</sup></p>"
             "<h2>Case presentation</h2><p>A 9-year-old boy presented with cough. He received crizotinib and "
             "achieved a partial response after three months of treatment.</p>"
             "<h2>Discussion</h2><p>Kinase inhibitors are effective in fusion-positive tumours of children.</p>")


@pytest.mark.parametrize("head, top", [
    ("<title>Invented Oncology Case Reports | Vincristine-induced SIADH in a child</title>", ""),
    ("<title>Invented Site</title><meta name='citation_title' content='Vincristine-induced SIADH in a child'>",
     "<h1>Invented Site</h1>"),
    ("<title>Vincristine-induced SIADH in a child - Journal of Invented Paediatrics</title>",
     "<h1>Journal of Invented Paediatrics</h1><p>Case Report</p><h1>Vincristine-induced SIADH in a child</h1>"),
])
def test_html_title_is_the_articles(head, top):
    page = f"<html><head>{head}</head><body>{top}{HTML_BODY}</body></html>"
    [doc] = read_bytes(page.encode(), "page.html")
    assert doc.title == "Vincristine-induced SIADH in a child"
    assert [s.text_of(doc) for s in doc.sections if s.kind == "title"] == ["Vincristine-induced SIADH in a child"]


def test_a_title_with_a_question_under_a_badged_label():
    title = "Lymphoma relapse? No — tuberculous lymphadenitis in a survivor of Hodgkin lymphoma"
    doc = _read("Invented Infectious Disease Case Reports\n"
                "Case Report | Published 21 June 2022 | https://doi.org/10.5555/iidcr.2022.0155\n"
                + title + "\nAna Ferreira, Rui Costa\n" + ABSTRACT + BODY)
    _check(doc, title)
    assert "case report" in doc.publication_types


@pytest.mark.parametrize("top, title", [
    ("Annals of Invented Oncology\nCrizotinib for a Progressive Inflammatory Myofibroblastic\nTumour of the Lung in a Child\n",
     "Crizotinib for a Progressive Inflammatory Myofibroblastic Tumour of the Lung in a Child"),
    ("Case Report\nCRIZOTINIB FOR A PROGRESSIVE INFLAMMATORY MYOFIBROBLASTIC\nTUMOUR OF THE LUNG IN A CHILD\n",
     "CRIZOTINIB FOR A PROGRESSIVE INFLAMMATORY MYOFIBROBLASTIC TUMOUR OF THE LUNG IN A CHILD"),
    ("Thoracic Tumour Reports Online\nCrizotinib for a progressive inflammatory myofibroblastic\ntumour of the lung in a child\n",
     "Crizotinib for a progressive inflammatory myofibroblastic tumour of the lung in a child"),
    # a site's tagline above a title of another case style is no first half of it
    ("Search this journal\nA Site Tagline For Everyone\nCrizotinib for a progressive IMT of the lung in a child\n",
     "Crizotinib for a progressive IMT of the lung in a child"),
])
def test_a_two_line_title_of_a_web_copy_is_one_title(top, title):
    doc = _read(top + AUTHOR_LISTS[0] + AFTER_AUTHORS + ABSTRACT + BODY)
    _check(doc, title)


def test_a_short_title_in_capitals_is_no_sub_heading():
    title = "CRIZOTINIB IN ROS1-REARRANGED IMT"
    doc = _read("Thoracic Tumour Reports Online\n" + title + "\n" + AUTHOR_LISTS[0] + AFTER_AUTHORS + ABSTRACT + BODY)
    _check(doc, title)
