"""Plain text (typically extracted from a PDF): recover title, front matter, abstract,
headed sections and figure/table captions, and repair PDF line/page breaks."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.errors import NoContentError
from kg.model import Document
from kg.readers.builder import DocumentBuilder
from kg.readers.headings import heading_kind
from kg.readers.ids import doi_curie, file_curie, pmcid_curie, pmid_curie, unique

# --- clean-up ---------------------------------------------------------------
_MARKUP = [
    (re.compile(r"\*\*(.+?)\*\*", re.S), r"\1"),                      # **Figure 4A**
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *rectus femoris*
    (re.compile(r"\^\{[^}\n]{0,20}\}"), ""),                          # author superscripts ^{1†}
    (re.compile(r"\$([^$\n]{1,60})\$"), r"\1"),                       # inline math $n = 12$
]
_BLANK_LINE = re.compile(r"\n[ \t\u00a0\u2000-\u200b\u3000]*\n")

# Page furniture: running heads and footers that a PDF repeats on every page.
_FURNITURE = re.compile(
    r"\d{1,4}"                                                    # bare page number
    r"|.{0,80}\|\s*(?:www\.)?[\w-]+\.(?:org|com|net)\S*"         # "Frontiers in Oncology | www.frontiersin.org"
    r"|\w+ \d{4} \| Volume \d+ \| Article \d+"                    # "June 2021 | Volume 11 | Article 658327"
    r"|[A-Z][\w'’-]+(?: (?:and|&) [A-Z][\w'’-]+)? et al\.?"       # "Comandini et al."
    r"|OPEN ACCESS|Page \d+ of \d+|\d+ of \d+",
    re.I)

# --- classification ---------------------------------------------------------
_CAPTION = re.compile(r"^(?:FIGURE|Figure|FIG\.?|Fig\.?|TABLE|Table|Supplementary (?:Figure|Table))\s*S?\d+[A-Za-z]?"
                      r"\s*(?:\||\.|:|—|–|-)\s*")
_FRONT_LABEL = re.compile(r"^\*?\s*(Edited by|Reviewed by|Correspondence|Specialty section|Citation|"
                          r"Corresponding authors?|Academic Editor|Handling Editor)\s*:?\s*$", re.I)
_FRONT_START = re.compile(r"^\*?\s*(Received|Accepted|Published|Revised|Keywords?|Key words|Citation|doi\s*:|"
                          r"https?://|Copyright|©|Correspondence|Edited by|Reviewed by|E-?mail|Specialty section)",
                          re.I)
_AFFILIATION_WORDS = re.compile(r"\b(University|Department|Dept\.|Hospital|Institute|Unit|Cent(?:er|re)|School|"
                                r"Faculty|Clinic|IRCCS|Laboratory)\b")
_INLINE_HEADING = re.compile(r"^([A-Z][A-Za-z' ]{2,40}?)\s*[:|]\s+(?=\S)")
_TERMINAL = re.compile(r"[.!?:;\"”’)\]]$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


@dataclass
class _Section:
    kind: str
    title: str
    paragraphs: list[str] = field(default_factory=list)


def clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad", "").replace("\u00a0", " ")
    for regex, repl in _MARKUP:
        text = regex.sub(repl, text)
    return text


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs with PDF line breaks, hyphenation and furniture removed."""
    result = []
    for block in _BLANK_LINE.split(clean(text)):
        lines = [ln.strip() for ln in block.split("\n")]
        lines = [ln for ln in lines if ln and not _FURNITURE.fullmatch(ln)]
        # Extractors that drop blank lines leave headings glued to the text: a line that is a
        # known heading on its own ("Case Presentation") starts a paragraph of its own.
        runs: list[list[str]] = []
        for i, line in enumerate(lines):
            if len(lines) > 1 and len(line) <= 60 and heading_kind(line) is not None and not line.endswith((",", ";")):
                runs.append([line])
                runs.append([])
            else:
                if not runs:
                    runs.append([])
                runs[-1].append(line)
        for run in runs:
            if not run:
                continue
            joined = run[0]
            for line in run[1:]:
                if re.search(r"[a-z]-$", joined[-2:]) and line[:1].islower():  # [-2:]: linear time
                    joined = joined[:-1] + line  # "treat-" + "ment": hyphenation inserted by the layout
                else:
                    joined += " " + line
            result.append(re.sub(r"[ \t]+", " ", joined))
    return result


_ARTICLE_TYPE_LABEL = re.compile(r"^(?:clinical )?case reports?|^(?:original|brief) (?:research|report|article)s?$"
                                 r"|^(?:research|review) articles?$|^clinical images?$|^short communication$", re.I)
_ABSTRACT_PARTS = {"introduction", "case", "conclusion", "methods", "results", "abstract", "discussion"}


def _is_heading(par: str) -> str | None:
    """The kind of a heading paragraph ("other"-inheriting sub-headings return "")."""
    if len(par) > 80 or "\n" in par or not par[:1].isupper() and not par[:1].isdigit():
        return None
    kind = heading_kind(par)
    if kind:
        return kind
    words = re.sub(r"^\d+(\.\d+)*\.?\s+", "", par).split()
    # An unknown ALL-CAPS short line is a sub-heading (e.g. "PATHOLOGY" inside the case).
    if 1 <= len(words) <= 6 and par.isupper() and sum(c.isalpha() for c in par) >= 4 and not par.endswith("."):
        return ""
    return None


def _is_abstract_like(par: str) -> bool:
    if len(par) < 150 or not re.search(r"[.!?]$", par) or len(_SENTENCE_END.findall(par)) < 2:
        return False
    if par[:1].isdigit() or par[:1] in "¹²³⁴⁵⁶⁷⁸⁹*†‡" or _FRONT_START.match(par):
        return False
    return len(_AFFILIATION_WORDS.findall(par)) < 3


def _split_inline_heading(par: str) -> tuple[str, str, str] | None:
    """ "Conflict of Interest: The authors ..." -> (kind, heading, body)."""
    m = _INLINE_HEADING.match(par)
    if not m:
        return None
    kind = heading_kind(m.group(1))
    return (kind, m.group(1).strip(), par[m.end():]) if kind else None


def read_text(text: str, source: str) -> Document:
    pars = paragraphs(text)
    if not pars:
        raise NoContentError(source, "text holds no readable paragraphs; expected a case report as plain text")

    sections: list[_Section] = []
    captions: list[_Section] = []
    front_text: list[str] = []
    title = ""
    type_label = ""
    in_front = True
    next_is_front = False

    def current() -> _Section | None:
        return sections[-1] if sections else None

    def add(kind: str, heading: str, par: str, new: bool = False) -> None:
        sec = current()
        if new or sec is None or sec.kind != kind or sec.title != heading:
            sections.append(_Section(kind, heading, []))
            sec = sections[-1]
        if par:
            sec.paragraphs.append(par)

    def flush_captions() -> None:
        sections.extend(captions)
        captions.clear()

    for par in pars:
        if _CAPTION.match(par):
            captions.append(_Section("caption", _CAPTION.match(par).group(0).strip(" |.:—–-"), [par]))
            continue
        sec = current()
        # A PDF page or column break split a sentence: "... a second" / [figure] / "opinion from ...".
        if (sec and sec.paragraphs and sec.kind not in ("title", "front_matter") and par[:1].islower()
                and not _TERMINAL.search(sec.paragraphs[-1])):
            sec.paragraphs[-1] += " " + par
            continue
        head_kind = _is_heading(par)
        if in_front and not title and head_kind is not None and _ARTICLE_TYPE_LABEL.match(par):
            # "Case Report" printed above the title is the article type, not a section
            front_text.append(par)
            type_label = par
            continue
        if head_kind is not None and not (in_front and head_kind == "front_matter"):
            if head_kind == "":  # sub-heading: stays in its section ("other" before the first one)
                head_kind = sec.kind if sec is not None and not in_front else "other"
            flush_captions()
            in_front = False
            add(head_kind, par.rstrip(":. "), "", new=True)
            continue
        inline = _split_inline_heading(par)
        if inline and (not in_front or inline[0] in ("front_matter", "abstract", "introduction", "case")):
            kind, heading, body = inline
            if sec is not None and sec.kind == "abstract" and kind in _ABSTRACT_PARTS:
                kind = "abstract"  # "Abstract" / "Background: ..." / "Case presentation: ..."
            elif in_front and kind in ("introduction", "case", "abstract"):
                kind = "abstract"  # a labelled part of a structured abstract ("Background: ...")
            elif kind != "front_matter":
                flush_captions()
                in_front = False
            if in_front:
                front_text.append(par)
            add(kind, heading, body, new=kind != "abstract")
            continue
        if in_front:
            front_text.append(par)
            if not title:
                if len(par.split()) >= 3 and not _FRONT_START.match(par) and not _FRONT_LABEL.match(par):
                    title = par
                    add("title", "", par)
                continue
            if _FRONT_LABEL.match(par):
                next_is_front = True
                add("front_matter", "", par)
            elif next_is_front or not _is_abstract_like(par):
                next_is_front = False
                add("front_matter", "", par)
            else:
                add("abstract", "", par)
            continue
        add(sec.kind, sec.title, par)
    flush_captions()

    builder = DocumentBuilder()
    for sec in sections:
        builder.add(sec.kind, sec.title, "\n".join(sec.paragraphs))
    if not any(s.kind not in ("title", "front_matter") for s in builder.sections):
        raise NoContentError(source, "text has a title/front matter but no body, abstract or headed section; "
                             "expected the article text (was only the first page extracted?)")
    front = "\n".join(front_text)
    if not re.search(r"\bdoi\b|doi\.org/", front, re.I):
        # page furniture (running footers, "Citation:" boxes) often carries the DOI: look in the
        # raw text before the reference list, never inside it (those are other articles' DOIs)
        refs = re.search(r"^\s*(?:\d+\.?\s*)?(?:references|bibliography|literature cited)\s*$", text, re.I | re.M)
        front += "\n" + (text[: refs.start()] if refs else text)
    headings = " ".join(s.title for s in builder.sections if s.kind == "case")
    is_case = re.search(r"case (report|presentation|description)", f"{type_label} {title} {headings}", re.I)
    return builder.build(
        source=source, format="text", ids=_ids(front, source), title=title,
        article_type="case-report" if is_case else None,
        year=_year(front), license=_license(builder),
    )


def _license(builder: DocumentBuilder) -> str | None:
    m = re.search(r"(?:distributed )?under the terms of the (Creative Commons[^.()]*(?:\([^)]*\))?)", builder.text)
    return m.group(1).strip() if m else None


def _ids(front: str, source: str) -> list[str]:
    doi = re.search(r"(?:\bdoi\s*:?\s*|https?://(?:dx\.)?doi\.org/)(10\.\d{4,9}/\S+)", front, re.I)
    pmid = re.search(r"\bPMID\s*:?\s*(\d{4,9})\b", front)
    pmcid = re.search(r"\b(PMC\d{4,9})\b", front)
    ids = unique([doi_curie(doi.group(1)) if doi else None, pmid_curie(pmid.group(1)) if pmid else None,
                  pmcid_curie(pmcid.group(1)) if pmcid else None])
    return ids or [file_curie(source)]


def _year(front: str) -> int | None:
    m = re.search(r"Published(?: online)?\s*:?\s*(?:\d{1,2} \w+ )?((?:19|20)\d\d)", front)
    return int(m.group(1)) if m else None
