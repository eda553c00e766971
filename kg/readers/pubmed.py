"""PubMed/MEDLINE XML: <PubmedArticleSet> of <PubmedArticle> records (or one bare record)."""
from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from kg.errors import InputError, InvalidRecordError, NoContentError
from kg.model import Document
from kg.readers.builder import DocumentBuilder, iter_records
from kg.readers.headings import care_part_kind
from kg.readers.ids import doi_curie, pmcid_curie, pmid_curie, unique
from kg.readers.pubtypes import publication_types
from kg.readers.xmltext import flatten

RECORD_TAGS = ("PubmedArticle", "PubmedBookArticle")
ROOT_TAGS = {"PubmedArticleSet", *RECORD_TAGS}

_LABEL_KINDS = [
    # (labels of case-report abstracts as journals set them: surgical case journals "INTRODUCTION AND IMPORTANCE,
    # PRESENTATION OF CASE, CLINICAL DISCUSSION". Medicine's "PATIENT CONCERNS, DIAGNOSES, INTERVENTIONS, OUTCOMES"
    # are the case's parts, all four alike, when "PATIENT CONCERNS" is among them (label_kind's ``care``): a case
    # part beside 'abstract' ones would leave their drugs and outcomes out of the case's facts, and a trial's
    # "INTERVENTIONS" is no case)
    (r"background|introduction|context|rationale|purpose|objectives?|aims?|introduction and importance|importance",
     "introduction"),
    (r"case (presentations?|reports?|descriptions?|summary|history|details|series)|patient|clinical presentation|observations?"
     r"|presentation of (?:the )?cases?|cases?|clinical cases?|patient information"
     r"|case presentation and (?:methods|results)", "case"),
    (r"(materials? and )?methods?|design|setting|participants|patients and methods", "methods"),
    (r"results?|findings|measurements", "results"),
    (r"conclusions?|interpretation|discussion and conclusions?|lessons?(?: learned| subsections)?|conclusions? and relevance",
     "conclusion"),
    (r"discussion|clinical discussion", "discussion"),
]


def label_kind(label: str | None, care: bool = False) -> str:
    """Kind of a structured-abstract part; unlabelled or unknown parts stay 'abstract'. ``care``: the abstract has
    Medicine's "PATIENT CONCERNS" label, beside which "DIAGNOSES", "INTERVENTIONS", "OUTCOMES" are the case's parts
    and "LESSONS" its conclusion (kg.readers.headings.care_part_kind)."""
    text = re.sub(r"[\s:.]+$", "", (label or "").strip()).lower()
    care_kind = care_part_kind(text, care)
    if care_kind:
        return care_kind
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
        # a book chapter (a bookshelf case or review): BookDocument carries the PMID, title, abstract and
        # types where a journal record has MedlineCitation/Article
        article = citation = record.find("BookDocument")
        what = "PubmedBookArticle without <BookDocument> or <PMID>; expected BookDocument with PMID"
    else:
        citation = record.find("MedlineCitation")
        article = citation.find("Article") if citation is not None else None
        what = (f"PubmedArticle without {'<Article>' if citation is not None and citation.findtext('PMID') else '<PMID>'}; "
                "expected MedlineCitation with PMID and Article")
    pmid = (citation.findtext("PMID") or "").strip() if citation is not None else ""
    if article is None or not pmid.isdigit():
        raise InvalidRecordError(source, f"{what}: re-fetch the record from PubMed")

    builder = DocumentBuilder()
    title_el = article.find("ArticleTitle")
    if title_el is None:
        title_el = article.find("Book/BookTitle")
    title = _untranslated(flatten(title_el)) if title_el is not None else ""
    if not title:
        vernacular = article.find("VernacularTitle")
        title = flatten(vernacular) if vernacular is not None else ""
    builder.add("title", "", title)
    # (OtherAbstract, a second-language abstract of the same paper, is left out: it retells the same case)
    parts = list(article.iterfind("Abstract/AbstractText"))
    care = any(care_part_kind(part.get("Label") or "") == "case" for part in parts)   # ("PATIENT CONCERNS")
    for part in parts:
        label = part.get("Label") or ""
        kind = label_kind(label, care) if label else label_kind(part.get("NlmCategory"))
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


def _untranslated(title: str) -> str:
    """PubMed's English translation of a foreign-language title is set in brackets ("[Crizotinib in a child with
    an ALK-positive lymphoma]."): the title without them."""
    m = re.fullmatch(r"\[(.+)\]\.?", title.strip())
    return m.group(1).strip() if m and "[" not in m.group(1) and "]" not in m.group(1) else title


def _ids(record, article, pmid: str) -> list[str]:
    found = [pmid_curie(pmid)]
    for loc in article.iterfind("ELocationID"):
        if (loc.get("EIdType") or "").lower() == "doi":
            found.append(doi_curie(loc.text))
    for aid in [*record.iterfind("PubmedData/ArticleIdList/ArticleId"), *record.iterfind("BookDocument/ArticleIdList/ArticleId")]:
        kind = (aid.get("IdType") or "").lower()
        if kind == "doi":
            found.append(doi_curie(aid.text))
        elif kind == "pmc":
            found.append(pmcid_curie(aid.text))
    return unique(found)


# The most specific publication type decides; generic ones are only a fallback.
_GENERIC_TYPES = {"journal article", "english abstract", "comparative study"}


def _type_names(article) -> list[str]:
    return [(t.text or "").strip() for t in [*article.iterfind("PublicationTypeList/PublicationType"),
                                             *article.iterfind("PublicationType")]]   # (a book record's)


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
        date = article.find("Book/PubDate")
    if date is None:
        return None
    text = date.findtext("Year") or date.findtext("MedlineDate") or ""
    m = re.search(r"\b(1[89]\d\d|20\d\d)\b", text)
    return int(m.group(1)) if m else None
