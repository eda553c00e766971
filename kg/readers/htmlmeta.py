"""What a web page says about the article in its <head>: the Highwire/Google Scholar
``citation_*`` tags most journal sites carry, Dublin Core, Open Graph, the canonical link."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.readers.ids import doi_curie, pmcid_curie, pmid_curie
from kg.readers.pubtypes import is_publication_type
from kg.readers.textcues import boilerplate_kind

_TITLE = ("citation_title", "dc.title", "dcterms.title", "prism.title")
_SOCIAL_TITLE = ("og:title", "twitter:title")
_DOI = ("citation_doi", "prism.doi", "dc.identifier.doi", "bepress_citation_doi", "doi")
_PMID = ("citation_pmid", "dc.identifier.pmid")
_PMCID = ("citation_pmcid",)
_IDENTIFIER = ("dc.identifier", "dcterms.identifier", "citation_id")
_TYPE = ("citation_article_type", "dc.type", "dcterms.type", "prism.section")
_JOURNAL = ("citation_journal_title", "prism.publicationname", "dc.source")
_DATE = ("citation_publication_date", "citation_date", "citation_online_date", "dc.date", "dcterms.issued",
         "prism.publicationdate", "article:published_time")
_PMC_URL = re.compile(r"/(PMC\d{4,9})(?:/|$|[?#])", re.I)
_PMID_VALUE = re.compile(r"^(?:info:)?pmid[:/]\s*(\d{1,9})$", re.I)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# "Title | Journal | Full Text", "Title - PMC": the site's name follows a spaced separator.
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+|\s+::\s+")


@dataclass
class PageMeta:
    title: str = ""                   # citation_title / Dublin Core title
    social_title: str = ""            # og:title / twitter:title (may carry the site name)
    page_title: str = ""              # <title>, the site's name cut off
    ids: list[str] = field(default_factory=list)   # CURIEs, doi first
    types: list[str] = field(default_factory=list)  # publication types as written
    journal: str | None = None
    year: int | None = None


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _article_part(parts: list[str], journal: str) -> str:
    """The article's title among the parts of a <title>: "Title - PMC" and "Site name | Title" both occur,
    so the parts that name the site or the journal ("PMC", a journal's name, a menu word) are dropped and
    the longest of the others is the title."""
    named = [p for p in parts if p and p.casefold() != journal.casefold()
             and boilerplate_kind(p, front=True) not in ("journal", "navigation", "menu", "issue")
             and len(p.split()) > 1]
    return max(named, key=len) if named else (parts[0] if parts else "")


def page_meta(root) -> PageMeta:
    """Meta data of the parsed page ``root`` (every <meta>, also ones misplaced in <body>; the
    first value of a name wins)."""
    values: dict[str, list[str]] = {}
    for el in root.iter("meta"):
        name = (el.get("name") or el.get("property") or el.get("itemprop") or "").strip().lower()
        content = _one_line(el.get("content"))
        if name and content:
            values.setdefault(name, []).append(content)

    def first(names) -> str:
        return next((values[n][0] for n in names if n in values), "")

    meta = PageMeta(title=first(_TITLE), social_title=first(_SOCIAL_TITLE))
    title_el = root.find("head/title")
    if title_el is not None:
        meta.page_title = _article_part(_SITE_SUFFIX.split(_one_line("".join(title_el.itertext()))),
                                        first(_JOURNAL))
    social = re.sub(r"\W+", "", meta.social_title).casefold()
    page = re.sub(r"\W+", "", meta.page_title).casefold()
    if len(meta.page_title.split()) >= 3 and social != page and social.startswith(page):
        meta.social_title = meta.page_title   # "Title - Site name" in og:title, "Title | Site name" in <title>
    doi = doi_curie(first(_DOI))
    pmid = pmid_curie(first(_PMID))
    pmcid = pmcid_curie(first(_PMCID)) if first(_PMCID) else None
    for value in (v for n in _IDENTIFIER for v in values.get(n, [])):
        if doi is None and re.search(r"\b10\.\d{4,9}/", value):
            doi = doi_curie(value)
        m = _PMID_VALUE.match(value)
        if pmid is None and m:
            pmid = pmid_curie(m.group(1))
    if pmcid is None:
        for link in root.iter("link"):
            if (link.get("rel") or "").strip().lower() == "canonical":
                m = _PMC_URL.search(link.get("href") or "")
                pmcid = pmcid_curie(m.group(1)) if m else None
                break
    if pmcid is None and _PMC_URL.search(first(("og:url",))):
        pmcid = pmcid_curie(_PMC_URL.search(first(("og:url",))).group(1))
    meta.ids = [i for i in (doi, pmid, pmcid) if i]
    meta.types = [v for n in _TYPE for v in values.get(n, []) if is_publication_type(v)]
    meta.journal = first(_JOURNAL) or None
    year = _YEAR.search(first(_DATE))
    meta.year = int(year.group(1)) if year else None
    return meta
