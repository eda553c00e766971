"""PubMed/MEDLINE XML: <PubmedArticleSet> of <PubmedArticle> records (or one bare record)."""
from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from kg.errors import InputError, InvalidRecordError, NoContentError
from kg.model import Document
from kg.readers.builder import DocumentBuilder, iter_records
from kg.readers.ids import doi_curie, pmcid_curie, pmid_curie, unique
from kg.readers.pubtypes import publication_types
from kg.readers.xmltext import flatten

RECORD_TAGS = ("PubmedArticle", "PubmedBookArticle")
ROOT_TAGS = {"PubmedArticleSet", *RECORD_TAGS}

_LABEL_KINDS = [
    (r"background|introduction|context|rationale|purpose|objectives?|aims?", "introduction"),
    (r"case (presentation|reports?|description|summary|history)|patient|clinical presentation|observations?", "case"),
    (r"(materials? and )?methods?|design|setting|participants|patients and methods", "methods"),
    (r"results?|findings|measurements", "results"),
    (r"conclusions?|interpretation|discussion and conclusions?", "conclusion"),
    (r"discussion", "discussion"),
]


def label_kind(label: str | None) -> str:
    """Kind of a structured-abstract part; unlabelled or unknown parts stay 'abstract'."""
    text = re.sub(r"[\s:.]+$", "", (label or "").strip()).lower()
    for pattern, kind in _LABEL_KINDS:
        if re.fullmatch(pattern, text):
            return kind
    return "abstract"


def read_pubmed(root: etree._Element, source: str) -> Iterator[Document | InputError]:
    if root.tag in RECORD_TAGS:
        yield record_document(root, source)  # a bare record: failure is file-level
        return
    records = [el for el in root if el.tag in RECORD_TAGS]
    if not records:
        raise NoContentError(source, "<PubmedArticleSet> holds no <PubmedArticle>; expected at least one record "
                             "(check the efetch query returned results)")
    yield from iter_records(records, source, record_document, what="PubMed record")


def record_document(record: etree._Element, source: str) -> Document:
    if record.tag == "PubmedBookArticle":
        raise InvalidRecordError(source, "PubMed book record (PubmedBookArticle); expected a journal "
                                 "<PubmedArticle>: skip book chapters")
    citation = record.find("MedlineCitation")
    article = citation.find("Article") if citation is not None else None
    pmid = (citation.findtext("PMID") or "").strip() if citation is not None else ""
    if article is None or not pmid.isdigit():
        raise InvalidRecordError(source, f"PubmedArticle without {'<Article>' if pmid else '<PMID>'}; expected "
                                 "MedlineCitation with PMID and Article: re-fetch the record from PubMed")

    builder = DocumentBuilder()
    title_el = article.find("ArticleTitle")
    title = flatten(title_el) if title_el is not None else ""
    if not title:
        vernacular = article.find("VernacularTitle")
        title = flatten(vernacular) if vernacular is not None else ""
    builder.add("title", "", title)
    for part in article.iterfind("Abstract/AbstractText"):
        label = part.get("Label") or ""
        kind = label_kind(label) if label else label_kind(part.get("NlmCategory"))
        builder.add(kind, label.title() if label.isupper() else label, flatten(part))
    if len(builder.sections) <= 1:
        raise NoContentError(source, f"PubMed record pmid:{pmid} has no abstract; expected <Abstract> text "
                             "(title-only records carry nothing to extract)")

    return builder.build(
        source=source, format="pubmed", ids=_ids(record, article, pmid), title=title,
        article_type=_article_type(article), license=_license(article),
        journal=(article.findtext("Journal/Title") or "").strip() or None, year=_year(article),
        publication_types=publication_types(_type_names(article)),
    )


def _ids(record, article, pmid: str) -> list[str]:
    found = [pmid_curie(pmid)]
    for loc in article.iterfind("ELocationID"):
        if (loc.get("EIdType") or "").lower() == "doi":
            found.append(doi_curie(loc.text))
    for aid in record.iterfind("PubmedData/ArticleIdList/ArticleId"):
        kind = (aid.get("IdType") or "").lower()
        if kind == "doi":
            found.append(doi_curie(aid.text))
        elif kind == "pmc":
            found.append(pmcid_curie(aid.text))
    return unique(found)


# The most specific publication type decides; generic ones are only a fallback.
_GENERIC_TYPES = {"journal article", "english abstract", "comparative study"}


def _type_names(article) -> list[str]:
    return [(t.text or "").strip() for t in article.iterfind("PublicationTypeList/PublicationType")]


def _article_type(article) -> str | None:
    types = _type_names(article)
    lowered = [t.lower() for t in types if t]
    if "case reports" in lowered:
        return "case-report"
    specific = [t for t in lowered if t not in _GENERIC_TYPES and not t.startswith("research support")]
    chosen = specific[0] if specific else (lowered[0] if lowered else None)
    return re.sub(r"[^a-z0-9]+", "-", chosen).strip("-") if chosen else None


def _license(article) -> str | None:
    text = article.findtext("Abstract/CopyrightInformation")
    return text.strip() if text and text.strip() else None


def _year(article) -> int | None:
    date = article.find("Journal/JournalIssue/PubDate")
    if date is None:
        return None
    text = date.findtext("Year") or date.findtext("MedlineDate") or ""
    m = re.search(r"\b(1[89]\d\d|20\d\d)\b", text)
    return int(m.group(1)) if m else None
