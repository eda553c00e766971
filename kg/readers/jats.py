"""JATS / NLM XML: a single <article>, Europe PMC <articles>, or <pmc-articleset>."""
from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from kg.errors import InputError, NoContentError
from kg.model import Document
from kg.readers.builder import DocumentBuilder, iter_records
from kg.readers.headings import course_lines, heading_kind, is_timeline_heading, span, table_grid
from kg.readers.ids import doi_curie, file_curie, pmcid_curie, pmid_curie, unique
from kg.readers.pubtypes import is_publication_type, publication_types, says_case_report
from kg.readers.xmltext import flatten, localname

CONTAINER_ROOTS = {"articles", "pmc-articleset"}
# Floating objects are read as captions, never as part of the paragraph that cites them.
_FLOATS = {"fig", "table-wrap", "fig-group", "table-wrap-group", "boxed-text", "supplementary-material",
           "graphic", "media", "alternatives", "inline-graphic"}
_PARA = {"p", "list", "disp-quote", "def-list", "statement", "disp-formula", "speech", "verse-group"}
_BACK_MATTER = {"ack", "fn-group", "notes", "glossary", "app-group", "bio", "author-notes"}
# Abstracts not meant as a summary of the article.
_SKIP_ABSTRACT_TYPES = {"graphical", "teaser", "toc", "web-summary", "precis"}


def strip_namespaces(root: etree._Element) -> None:
    # JATS is usually namespace-free; some exports put it in a default namespace.
    for el in root.iter():
        if isinstance(el.tag, str) and "}" in el.tag:
            el.tag = localname(el)


def read_jats(root: etree._Element, source: str) -> Iterator[Document | InputError]:
    """Yield Documents; a container's broken article is yielded as an InputError."""
    strip_namespaces(root)
    if root.tag == "article":
        yield article_document(root, source)  # single article: failure is file-level
        return
    articles = [el for el in root.iter("article")]
    if not articles:
        raise NoContentError(source, f"<{root.tag}> holds no <article> element; expected one or more JATS articles")
    yield from iter_records(articles, source, article_document, what="article")


def article_document(article: etree._Element, source: str) -> Document:
    meta = article.find("front/article-meta")
    if meta is None:
        meta = article.find(".//article-meta")
    builder = DocumentBuilder()
    title = flatten(meta.find("title-group/article-title")) if meta is not None and meta.find(
        "title-group/article-title") is not None else ""
    builder.add("title", "", title)

    if meta is not None:
        lang = _lang(article) or "en"   # (JATS: an article's language is English unless stated)
        for abstract in meta.findall("abstract"):
            # (a second-language <abstract xml:lang="es"> retells the same case, as <trans-abstract> does: left out)
            if (abstract.get("abstract-type") or "").lower() not in _SKIP_ABSTRACT_TYPES \
                    and _lang(abstract) in ("", lang):
                _add_abstract(builder, abstract)
    has_abstract = builder.has("abstract")

    body = article.find("body")
    if body is not None:
        _add_container(builder, body, "other", "")
    has_body = builder.sections and any(s.kind not in ("title", "abstract") for s in builder.sections)
    if not has_abstract and not has_body:
        raise NoContentError(source, "JATS article has neither <body> text nor <abstract>; expected at least "
                             "one of them (metadata-only records cannot be read: fetch the full text)")
    floats = article.find("floats-group")
    if floats is not None:
        _add_floats(builder, floats, case_cited_floats(body) if body is not None else frozenset())
    back = article.find("back")
    if back is not None:
        _add_back(builder, back)

    types = _publication_types(article, meta)
    article_type = _article_type(article, meta)
    return builder.build(
        source=source, format="jats", ids=_ids(meta, source), title=title,
        article_type="case-report" if says_case_report(types) else article_type, license=_license(meta),
        journal=_journal(article), year=_year(meta), publication_types=types,
    )


def _lang(el) -> str:
    """The element's xml:lang as a base language ("en-GB" -> "en"), "" when unstated."""
    return (el.get("{http://www.w3.org/XML/1998/namespace}lang") or "").split("-")[0].strip().lower()


def _add_abstract(builder: DocumentBuilder, abstract) -> None:
    secs = abstract.findall("sec")
    if not secs:
        builder.add("abstract", "", flatten(abstract, skip={"title"}))
        return
    for sec in secs:  # structured abstract: keep the labels as section titles
        builder.add("abstract", _title(sec), flatten(sec, skip={"title"}))


def _title(sec) -> str:
    t = sec.find("title")
    return flatten(t) if t is not None else ""


def _sec_kind(sec, parent_kind: str) -> str:
    title_kind = heading_kind(_title(sec), loose=True)
    type_kind = None
    for part in re.split(r"[|\s]+", sec.get("sec-type") or ""):
        # ("case-report", "case_description", "materials|methods": the words of a heading)
        type_kind = type_kind or heading_kind(re.sub(r"[-_]+", " ", part))
    kind = title_kind or type_kind
    # Sub-sections inherit ("Case report" > "Imaging") unless they name a kind of their own.
    return kind or parent_kind


def _course_rows(fl) -> list[str] | None:
    """The rows of a table of the case's own course of treatment, each a line of "header: cell" pairs set apart by
    " | " (kg.readers.headings.course_lines), or None for any other table. Only for a table inside the case section
    (or first cited from it): there a row is the patient's facts set out in cells."""
    if localname(fl) != "table-wrap":
        return None
    rows = table_grid([[(flatten(c), span(c.get("rowspan")), span(c.get("colspan"))) for c in tr
                        if localname(c) in ("td", "th")] for tr in fl.iter("tr")])
    caption = fl.find("caption")
    return course_lines(rows, flatten(caption) if caption is not None else "")


def _box_timeline(fl) -> list[str] | None:
    """The paragraphs of a box titled as the case's timeline ("Timeline", "Case timeline"), or None."""
    if localname(fl) != "boxed-text":
        return None
    caption = fl.find("caption")
    title = fl.find("title") if caption is None else caption.find("title")
    name = flatten(title) if title is not None else (flatten(caption) if caption is not None else "")
    if not is_timeline_heading(name.strip().rstrip(".:")):
        return None
    lines = [flatten(p) for p in fl.iter("p", "list-item", "tr") if p.find("p") is None]
    return [x for x in lines if x] or None


def _add_container(builder: DocumentBuilder, el, kind: str, title: str) -> None:
    """Paragraphs directly in ``el`` form one section; nested <sec>s follow as their own."""
    paragraphs: list[str] = []
    floats: list = []
    pending_secs: list = []
    for child in el:
        name = localname(child)
        if name == "sec":
            pending_secs.append(child)
        elif name in _FLOATS:
            floats.append(child)
        elif name in _PARA:
            floats.extend(f for f in child.iter(*_FLOATS) if f is not child)
            text = flatten(child, skip=_FLOATS)
            if text:
                paragraphs.append(text)
    builder.add(kind, title, "\n".join(paragraphs))
    for f in floats:
        _add_float(builder, f, in_case=kind == "case")
    for sec in pending_secs:
        _add_container(builder, sec, _sec_kind(sec, kind), _title(sec))


def case_cited_floats(body, kind: str = "other") -> frozenset:
    """The ids of floats cited (<xref rid>) from the case section's own paragraphs (for a floats-group's tables)."""
    found: set[str] = set()
    for child in body:
        name = localname(child)
        if name == "sec":
            found |= case_cited_floats(child, _sec_kind(child, kind))
        elif kind == "case" and name in _PARA:
            found |= {x.get("rid") for x in child.iter("xref") if x.get("ref-type") in ("table", "boxed-text")}
    return frozenset(f for r in found if r for f in r.split())


def _timeline_rows(fl) -> list[str] | None:
    """The rows of a table whose caption names the case's timeline ("Case timeline", "Timeline of the patient"),
    one line a row with its cells joined by " | " (as an HTML page's timeline table is read), or None."""
    if localname(fl) != "table-wrap":
        return None
    caption = fl.find("caption")
    if caption is None:
        return None
    title = caption.find("title")
    name = flatten(title) if title is not None else flatten(caption)
    name = re.split(r"(?<=[a-z)])\.\s", name.strip())[0].strip().rstrip(".:")
    if not is_timeline_heading(name):
        return None
    rows = []
    for tr in fl.iter("tr"):
        cells = [flatten(c) for c in tr if localname(c) in ("td", "th")]
        cells = [c for c in cells if c]
        if cells:
            rows.append(" | ".join(cells))
    return rows or None


def _add_float(builder: DocumentBuilder, fl, in_case: bool = False) -> None:
    label = fl.find("label")
    caption = fl.find("caption")
    rows = _timeline_rows(fl) or _box_timeline(fl)
    if rows:
        # a case told as a table of dated events: its rows are the case's text, not a caption kept out of the facts
        builder.add("case", flatten(caption).strip().rstrip(".") if caption is not None else "Timeline", "\n".join(rows))
        return
    rows = _course_rows(fl) if in_case else None
    if rows:
        # the case's own treatment lines set out in a table (a trial table of the Discussion stays a caption)
        name = " ".join(p for p in (flatten(label) if label is not None else "",
                                    flatten(caption) if caption is not None else "") if p)
        builder.add("case", name.strip().rstrip("."), "\n".join(rows))
        return
    parts = [flatten(label) if label is not None else "", flatten(caption) if caption is not None else ""]
    foot = fl.find("table-wrap-foot")
    if foot is not None:
        parts.append(flatten(foot))
    text = " ".join(p for p in parts if p)
    builder.add("caption", parts[0], text)


def _add_floats(builder: DocumentBuilder, group, case_ids: frozenset = frozenset()) -> None:
    for fl in group:
        if localname(fl) in _FLOATS:
            _add_float(builder, fl, in_case=fl.get("id") in case_ids)


def _add_back(builder: DocumentBuilder, back) -> None:
    for child in back:
        name = localname(child)
        if name == "ref-list":
            refs = [flatten(r) for r in child.iter("ref")]
            builder.add("references", _title(child) or "References", "\n".join(r for r in refs if r))
        elif name == "sec":
            kind = _sec_kind(child, "back_matter")
            # Back sections never produce patient facts, whatever their title says.
            builder.add("back_matter" if kind not in ("references",) else kind, _title(child),
                        flatten(child, skip={"title"} | _FLOATS))
        elif name in _BACK_MATTER:
            builder.add("back_matter", _title(child), flatten(child, skip={"title"}))
        elif name in _FLOATS:
            _add_float(builder, child)


def _ids(meta, source: str) -> list[str]:
    found: list[str | None] = []
    if meta is not None:
        for aid in meta.findall("article-id"):
            kind = (aid.get("pub-id-type") or "").lower()
            value = (aid.text or "").strip()
            if kind == "doi":
                found.append(doi_curie(value))
            elif kind == "pmid":
                found.append(pmid_curie(value))
            elif kind in ("pmc", "pmcid"):
                found.append(pmcid_curie(value))
    ids = unique(found)
    return ids or [file_curie(source)]


def _article_type(article, meta) -> str | None:
    declared = (article.get("article-type") or "").strip().lower() or None
    if declared in (None, "other", "article") and meta is not None:
        subjects = [flatten(s).lower() for s in meta.iterfind("article-categories//subject")]
        if any(s in ("case report", "case reports", "case study") for s in subjects):
            return "case-report"
    return declared


def _publication_types(article, meta) -> list[str]:
    """article-type, then the <subject>s of article-categories that name a publication type
    ("Case Report"; not the discipline subjects such as "Oncology")."""
    found = [article.get("article-type") or ""]
    if meta is not None:
        found += [flatten(s) for s in meta.iterfind("article-categories//subject")
                  if is_publication_type(flatten(s))]
    return publication_types(found)


def _license(meta) -> str | None:
    if meta is None:
        return None
    lic = meta.find("permissions/license")
    if lic is not None:
        href = lic.get("{http://www.w3.org/1999/xlink}href")
        text = flatten(lic)
        return text or href
    statement = meta.find("permissions/copyright-statement")
    return flatten(statement) if statement is not None else None


def _journal(article) -> str | None:
    for path in ("front/journal-meta/journal-title-group/journal-title", "front/journal-meta/journal-title",
                 "front/journal-meta/journal-id"):
        el = article.find(path)
        if el is not None and flatten(el):
            return flatten(el)
    return None


def _year(meta) -> int | None:
    if meta is None:
        return None
    dates = meta.findall("pub-date")
    preferred = sorted(dates, key=lambda d: (d.get("pub-type") or d.get("publication-format") or "") not in
                       ("epub", "ppub", "electronic", "print"))
    for d in preferred:
        y = d.findtext("year")
        if y and y.strip().isdigit():
            return int(y.strip())
    return None
