"""A notice that corrects or withdraws another article (erratum, correction, retraction) retells
that article's case: its patient, drugs and responses are no case of its own (kg/extraction/cases.py
is_notice: the publication type, or a NOTICE_TITLE row of kg/rules/patient.jsonl on the title).
Texts written for this project."""
import pytest

from kg.extraction.extract import extract_report
from kg.readers import read_bytes

PUBMED = """<?xml version="1.0"?>
<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>99000001</PMID><Article>
<ArticleTitle>{title}</ArticleTitle>
<Abstract><AbstractText>{body}</AbstractText></Abstract>
<PublicationTypeList><PublicationType>{ptype}</PublicationType></PublicationTypeList>
</Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"""

STORY = ("A 9-year-old boy with ALK-positive anaplastic large cell lymphoma received crizotinib "
         "and achieved a complete response.")
CORRECTION = ("In the article, the dose of crizotinib should read 165 mg/m2 twice daily, and "
              "\"a complete response\" should read \"a partial response\". The authors apologise for the error.")


def cases_of(data: str, source: str, nlp):
    [doc] = [d for d in read_bytes(data.encode(), source) if hasattr(d, "ids")]
    return extract_report(doc, nlp).cases


def test_a_case_report_abstract_is_a_case(nlp):
    # the control: the same patient in the report itself
    xml = PUBMED.format(title="Crizotinib in a 9-year-old boy with ALK-positive lymphoma", body=STORY,
                        ptype="Case Reports")
    assert len(cases_of(xml, "report.xml", nlp)) == 1


@pytest.mark.parametrize("ptype", ["Published Erratum", "Retraction of Publication"])
def test_a_notice_by_publication_type_has_no_case(nlp, ptype):
    xml = PUBMED.format(title="Crizotinib in a 9-year-old boy with ALK-positive lymphoma",
                        body=STORY + " " + CORRECTION, ptype=ptype)
    assert cases_of(xml, "notice.xml", nlp) == []


@pytest.mark.parametrize("title", [
    "Erratum: Crizotinib in a 9-year-old boy with ALK-positive lymphoma",
    "Correction to: Crizotinib in a 9-year-old boy with ALK-positive lymphoma",
    "Retraction Note: Crizotinib in a 9-year-old boy with ALK-positive lymphoma"])
def test_a_notice_by_title_has_no_case(nlp, title):
    xml = PUBMED.format(title=title, body=STORY + " " + CORRECTION, ptype="Journal Article")
    assert cases_of(xml, "notice.xml", nlp) == []


def test_a_text_page_titled_as_a_correction_has_no_case(nlp):
    text = ("Corrigendum to \"Pembrolizumab in a 61-year-old woman with MSI-high endometrial cancer\"\n\n"
            "In the original article, the Case presentation stated that the patient received pembrolizumab "
            "for 12 cycles and achieved a complete response; it should read 18 cycles. "
            "The authors regret the error.\n")
    assert cases_of(text, "notice.txt", nlp) == []
