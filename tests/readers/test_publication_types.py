"""Publication types as signals for case detection: PubMed PublicationType, JATS article-type and
article-categories subject, a "Case Report" label line in text; and XML sniffed past a prolog."""
import pytest

from kg.readers import read_bytes
from kg.readers.detect import sniff
from kg.readers.pubtypes import publication_types

PUBMED = """<?xml version="1.0"?>
<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>123456</PMID><Article>
<Journal><Title>J Test Oncol</Title><JournalIssue><PubDate><Year>2020</Year></PubDate></JournalIssue></Journal>
<ArticleTitle>Crizotinib in ROS1 lung cancer.</ArticleTitle>
<Abstract><AbstractText>We treated 50 patients with crizotinib; the response rate was 70%.</AbstractText></Abstract>
<PublicationTypeList>{types}</PublicationTypeList>
</Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"""

JATS = """{prolog}<article article-type="{type}"><front><article-meta>
<article-categories><subj-group subj-group-type="heading"><subject>{subject}</subject></subj-group>
<subj-group subj-group-type="discipline"><subject>Oncology</subject></subj-group></article-categories>
<title-group><article-title>Alectinib in ALK lung cancer</article-title></title-group>
<abstract><p>A 50-year-old man received alectinib and had a partial response.</p></abstract>
</article-meta></front></article>"""


def _types(xml):
    return "".join(f"<PublicationType>{t}</PublicationType>" for t in xml)


@pytest.mark.parametrize("types,expected,article_type", [
    (["Journal Article", "Case Reports"], ["case report"], "case-report"),
    (["Clinical Trial, Phase II", "Journal Article", "Research Support, N.I.H., Extramural"],
     ["clinical trial, phase ii", "clinical trial"], "clinical-trial-phase-ii"),
    (["Review", "Journal Article"], ["review"], "review"),
])
def test_pubmed_publication_types(types, expected, article_type):
    (doc,) = read_bytes(PUBMED.format(types=_types(types)).encode(), "p.xml")
    assert doc.publication_types == expected and doc.article_type == article_type


def test_jats_subject_case_report_overrides_research_article():
    (doc,) = read_bytes(JATS.format(prolog="", type="research-article", subject="Case Report").encode(), "a.xml")
    assert doc.publication_types == ["research article", "case report"]  # not the discipline "Oncology"
    assert doc.article_type == "case-report"


def test_jats_article_type_only():
    (doc,) = read_bytes(JATS.format(prolog="", type="review-article", subject="Oncology").encode(), "a.xml")
    assert doc.publication_types == ["review"] and doc.article_type == "review-article"


def test_text_case_report_label_line():
    text = b"Case Report\n\nAlectinib in ALK Lung Cancer\n\nA 50-year-old man received alectinib. He responded.\n"
    (doc,) = read_bytes(text, "t.txt")
    assert doc.publication_types == ["case report"] and doc.article_type == "case-report"
    assert doc.title == "Alectinib in ALK Lung Cancer"


@pytest.mark.parametrize("chrome", ["ISSN 2036-3605\n\nAbout | Browse | Submit", "ABOUT  ARTICLES  SUBMISSION  CONTACT"])
def test_case_report_label_after_site_chrome_is_no_case_section(chrome):
    # a journal name read as the title, then a menu that ends the front matter early: the
    # "Case Report" label is still the article type and the line under it the article's title
    text = (f"Oncology Case Journal\n\n{chrome}\n\nCase Report\n\n"
            "Sarcoma with RANBP2-ALK fusion: progression on doxorubicin, response to crizotinib\n\n"
            "Authors: A. Benali, C. Dubois\n\nAbstract\n\nA 34-year-old man received crizotinib. He responded.\n\n"
            "Case report\n\nA 34-year-old man presented with ascites. He progressed on doxorubicin.\n").encode()
    (doc,) = read_bytes(text, "t.txt")
    assert doc.article_type == "case-report"
    assert doc.title.startswith("Sarcoma with RANBP2-ALK fusion")
    kinds = [(s.kind, doc.text[s.start:s.end]) for s in doc.sections]
    assert ("title", "Oncology Case Journal") not in kinds
    case_texts = [t for k, t in kinds if k == "case"]
    assert case_texts and all(t.startswith("A 34-year-old man presented") for t in case_texts)


def test_normalisation_and_families():
    assert publication_types(["Case Reports", "case-report", "Randomized Controlled Trial", "Systematic Review",
                              "Journal Article", "other"]) == [
        "case report", "randomized controlled trial", "clinical trial", "systematic review", "review"]


@pytest.mark.parametrize("prolog", [
    '<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="jats.xsl"?>\n',
    '<?xml-stylesheet href="a.css"?><!-- exported -->\n<?page 1?>\n',
    '<?xml version="1.0" encoding="UTF-8"?>\n<!-- one --><!-- two -->\n',
])
def test_processing_instructions_and_comments_before_the_root_are_xml(prolog):
    data = JATS.format(prolog=prolog, type="case-report", subject="Case Report").encode()
    assert sniff(data) == "xml"
    (doc,) = read_bytes(data, "s.xml")
    assert doc.format == "jats" and doc.article_type == "case-report"


def test_a_comment_longer_than_the_sniffed_head_is_xml():
    assert sniff(b"<!-- " + b"x" * 10000 + b" -->\n<article/>") == "xml"


def test_text_mentioning_markup_later_is_text():
    assert sniff(b"Case report <b>not xml</b>") == "text"
    assert sniff(b"<!-- a comment --> and then prose") == "text"
