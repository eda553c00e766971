"""Plain text (typically extracted from a PDF): recover title, front matter, abstract,
headed sections and figure/table captions, and repair PDF line/page breaks."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from kg.errors import NoContentError
from kg.model import Document
from kg.readers.builder import DocumentBuilder
from kg.readers.headings import (CARE_MARKER, bracketed_heading, care_abstract, care_part_kind, heading_kind,
                                 is_addendum_heading, is_course_heading, is_plan_heading, is_question_heading, is_timeline_heading, ae_table,
                                 course_lines, normalise_heading, opens_note, opens_visit, soap_objective)
from kg.readers.citations import drop_glued_citations
from kg.readers.ids import doi_curie, file_curie, pmcid_curie, pmid_curie, unique
from kg.readers.pubtypes import is_publication_type, publication_types
from kg.readers.textcues import ARTICLE_TYPE_LINE, article_type, boilerplate_kind, split_labels

# --- clean-up ---------------------------------------------------------------
_MARKUP = [
    (re.compile(r"\*\*(.+?)\*\*", re.S), r"\1"),                      # **Figure 4A**
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *rectus femoris*
    (re.compile(r"(?<![\w_])__?(?=[^\s_])([^_\n]+?)(?<=[^\s_])__?(?![\w_])"), r"\1"),  # Markdown _emphasis_, __bold__
    # a Markdown file's YAML front matter ("---" / "title: …" / "date: …" / "---"): its title is the title
    (re.compile(r"\A---[ \t]*\n(?:(?!---)[^\n]*\n){0,30}?title:[ \t]*[\"']?([^\n\"']+)[\"']?[ \t]*\n"
                r"(?:(?!---)[^\n]*\n){0,30}?---[ \t]*\n"), r"\1\n\n"),
    (re.compile(r"\^\{[^}\n]{0,20}\}"), ""),                          # author superscripts ^{1†}
    (re.compile(r"\$([^$\n]{1,60})\$"), r"\1"),                       # inline math $n = 12$
    (re.compile(r"^[ \t]*#{1,6}[ \t]+(\S[^\n]*?)(?:[ \t]+#+)?[ \t]*$", re.M), r"\1"),  # Markdown "## Case presentation"
    (re.compile(r"(?<!!)\[([^\]\n]{1,200})\]\((?:https?://|/|#)[^)\s]{0,300}\)"), r"\1"),  # [a link](https://…)
]
_BLANK_LINE = re.compile(r"\n[ \t\u00a0\u2000-\u200b\u3000]*\n")

# Page furniture: running heads and footers that a PDF repeats on every page.
_FURNITURE = re.compile(
    r"\d{1,4}"                                                    # bare page number
    r"|.{0,80}\|\s*(?:www\.)?[\w-]+\.(?:org|com|net)\S*"         # "Frontiers in Oncology | www.frontiersin.org"
    r"|\w+ \d{4} \| Volume \d+ \| Article \d+"                    # "June 2021 | Volume 11 | Article 658327"
    r"|(?:[A-Z]\. ?){0,3}[A-Z][\w'’-]+(?: (?:and|&) [A-Z][\w'’-]+)? et al\.?"  # "Comandini et al.", "J. Lindberg et al."
    r"|OPEN ACCESS|Page \d+ of \d+|\d+ of \d+"
    # a journal's citation line alone: capitalised name, volume, (year), article number ("Oncology Case Reports
    # 14 (2024) 100318", "Tumour Reports 3 (2021) e00412")
    r"|(?:[A-Z][\w&'.-]*\s+(?:(?:of|and|in|for|&)\s+)?){1,8}\d{1,4}\s*\((?:19|20)\d\d\)\s*e?\d{1,7}(?:[–-]\d{1,7})?"
    # ... or abbreviated with year;volume:pages ("J Clin Case Oncol. 2024;17:211–219", "Tumori Rep 2021;9(2):e14")
    r"|(?:[A-Z][A-Za-z&'-]*\.?\s+){1,8}(?:19|20)\d\d\s*;\s*\d{1,4}(?:\(\d{1,3}\))?\s*:\s*e?\d{1,7}(?:[–-]\d{1,7})?\.?"
    # a web page printed to PDF: the browser's footer (the page's address, page/pages)
    r"|(?:https?://|about:blank|file:///)\S*\s+\d{1,3}/\d{1,3}"
    # a journal's web address alone on a line of a page's foot or head ("www.karger.com/cro"; a DOI's address is the
    # article's id, kept)
    r"|www\.(?![^\s]*doi)[\w-]+(?:\.[\w-]+)+(?:/[\w./-]*)?",
    re.I)
# A journal's running head or foot: the journal's name and a citation with its year ("Oral Oncology
# Reports 6 (2023) 100041", "J Thorac Oncol Clin Res Rep. 2022;3:100378", "Journal of X · 2021 · 14:233"),
# then the page number set apart by a wide gap. Only names and numbers: a wrapped line of prose has words
# after the year, and a layout's gap before a page number never closes a sentence.
_RUNNING_HEAD = re.compile(
    r"[A-Z][A-Za-z.&'’ -]{2,90}?[ ,.·|]\s*(?:\d{1,4}\s*)?[(·]?\s*(?:19|20)\d{2}\s*[);·,]?"
    r"[\s\d():;.,·–-]{0,30}?(?:\s{3,}|\s*[·|]\s*)\d{1,4}"
    r"|[A-Z][A-Za-z.&'’ -]{2,90}?\s·\s(?:19|20)\d{2}\s·\s[\d():;.–-]+")

# A rule a PDF draws between the text and its running head or foot ("-----", "────", "————").
_RULE_LINE = re.compile(r"[-─━—–_=═~·•*]{5,}")
# A running head or foot of two cells set apart by a wide gap: a journal's citation, its (abbreviated) name, the
# page ("Page 89", "105") or the first author ("Grieco et al."): "Pediatr Oncol Rep Int      Page 89",
# "Gastrointestinal Oncology Case Journal 2024;8:145–151      Achterberg et al.". One cell must be page
# furniture or a citation with its year; the other may be a name (capitalised words only, no sentence).
# (the page may be "Page 2 of 9" or "page 2 of 8", and the citation spaced: "Child Oncol Rep 2024; 9: 215-223"; glued
# into the sentence it breaks, such a foot made the sentence a citation line and its graded events literature, session 42)
_HEAD_CELL = re.compile(r"(?:[Pp]age\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?"
                        r"|(?:[A-Z]\. ?){0,3}[A-Z][\w'’-]+(?: (?:and|&) [A-Z][\w'’-]+)? et al\.?"
                        r"|[A-Z][A-Za-z.&'’ -]{2,90}?[ ,.]\s*\(?(?:19|20)\d{2}\)?\s*[;:,]\s*[\d():;.,–-]{1,20}"
                        r"(?: [\d():;.,–-]{1,12}){0,2}")
# The first author's cell ("Okafor et al.", "M. Lindqvist-Berg et al") beside the article's short title, set apart by
# a wide gap ("Okafor et al.        Desmoid tumour on sorafenib"): a title is one line with no full stop at its end.
_ET_AL_CELL = re.compile(r"(?:[A-Z]\. ?){0,3}[A-Z][\w'’-]+(?: (?:and|&) [A-Z][\w'’-]+)? et al\.?")
_SHORT_TITLE_CELL = re.compile(r"[A-Z0-9][^.!?]{2,98}[^.!?,;:\s]")
_NAME_CELL = re.compile(r"(?:[A-Z][A-Za-z.&'’-]*\.?)(?: (?:[A-Z][A-Za-z.&'’-]*|of|and|in|&))+")


# A running head of cells set apart by bars or middle dots, maybe with the page number before or after: "CASE
# REPORTS IN UROLOGY  |  Vol 7  |  2023", "12 | Annals of Rare Tumours | 2021 | Volume 3", "Oncology Case Notes ·
# Vol 4 · 2022      17". One cell names a volume, an issue
# or a year; the others are capitalised names or numbers (a row of a table has words in lower case).
_BAR_HEAD_CELL = re.compile(r"(?:Vol(?:ume)?\.?|No\.?|Issue|Page|pp?\.)\s*\d{1,5}(?:\s*\(\d{1,3}\))?|(?:19|20)\d\d|\d{1,5}",
                            re.I)


def _bar_running_head(line: str) -> bool:
    cells = [c.strip() for c in re.split(r"\s+[|·•]\s+", re.sub(r"^\d{1,4}\s{2,}(?![|\s])|(?<![|\s])\s{2,}\d{1,4}$", "", line.strip()))]
    if not 2 <= len(cells) <= 5 or not any(re.fullmatch(r"(?:Vol(?:ume)?\.?|Issue|No\.?)\s*\d.*|(?:19|20)\d\d", c, re.I)
                                           for c in cells):
        return False
    return all(_BAR_HEAD_CELL.fullmatch(c) or (len(c) <= 80 and (c.isupper() or _NAME_CELL.fullmatch(c))) for c in cells)


def _is_furniture(line: str) -> bool:
    """A line of page furniture: a page number, a running head or foot, a rule."""
    if _FURNITURE.fullmatch(line) or _RUNNING_HEAD.fullmatch(line) or _RULE_LINE.fullmatch(line) or _bar_running_head(line):
        return True
    # the page number set apart before or after a running head: "5    Oncology Case Reports 14 (2024) 100318"
    bare = re.sub(r"^\d{1,4}\s{2,}(?=\S)|(?<=\S)\s{2,}\d{1,4}$", "", line)
    if bare != line and (_FURNITURE.fullmatch(bare) or _RUNNING_HEAD.fullmatch(bare)):
        return True
    # (and its two cells with the page number set apart too: "112     J Case Rep Oncol 2025; 7(3)     Moreau et al.")
    cells = re.split(r"\s{3,}", line)
    if len(cells) == 3 and bare != line:
        cells = re.split(r"\s{3,}", bare)
    if len(cells) == 2 and any(_ET_AL_CELL.fullmatch(c) for c in cells) and all(
            _ET_AL_CELL.fullmatch(c) or _SHORT_TITLE_CELL.fullmatch(c) for c in cells):
        return True
    if _author_title_head(bare):
        return True
    return len(cells) == 2 and any(_HEAD_CELL.fullmatch(c) for c in cells) and all(
        _HEAD_CELL.fullmatch(c) or _NAME_CELL.fullmatch(c) for c in cells)


def _author_title_head(line: str) -> bool:
    """The first author and the article's short title set apart by a bar or a middle dot, the page number (already
    cut off) set apart by a wide gap: "Bertolini et al. | Burned-out testicular seminoma", "Araújo et al. · ALK+ ALCL
    relapse on crizotinib", or by a colon after "et al." ("Lindqvist et al.: Myocarditis on pembrolizumab", a
    journal's running head on every page). Glued to the sentence it breaks, its "et al." made that sentence read as literature and its
    drugs as not the patient's (session 35, drug35: a PDF's running head on every page)."""
    cells = [c.strip() for c in re.split(r"\s+[|·•]\s+|(?<=et al\.):\s+", line.strip())]
    return len(cells) == 2 and any(_ET_AL_CELL.fullmatch(c) for c in cells) and all(
        _ET_AL_CELL.fullmatch(c) or _SHORT_TITLE_CELL.fullmatch(c) for c in cells)


_PRINT_HEAD = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?\s+\S.{0,250}")
# a bulleted line ("* 68-year-old man, ...", "• ADT since 2020") starts an item of its own, never the rest
# of the line above it
_BULLET = re.compile(r"[*•▪◦‣●■–-][ \t]+(?=\S)")
_HARD_BREAK = "\x00"  # (marks a line that keeps its line break when a paragraph's lines are joined)
# a row of cells set apart by pipes (two or more): a flattened table's row or a timeline's line (a middle cell may be
# one character: "Stomatitis | 2 | everolimus", a grade)
_ROW = re.compile(r"\S[ \t]+\|[ \t]+\S(?:.*\S)?[ \t]+\|[ \t]+\S")
# ... or by tabs (a table copied from a web page: "Stomatitis<tab>2<tab>everolimus"; lines are trimmed first, so a tab
# stands between two cells)
_TAB_ROW = re.compile(r"\S[ \t]*\t[ \t]*\S")
# ... or, under a table's caption line, by runs of two or more spaces (a PDF's table: "1  58  F  crizotinib  PR"; three
# cells or more, so a line of prose with a double space is none)
_SPACE_ROW = re.compile(r"\S(?: {2,}|\t)\S(?:.*\S)?(?: {2,}|\t)\S")
# the gap between two cells of a tab or space row: set as " | " (the pipe row's form) so the cells stay apart when a
# paragraph's spaces are joined
_CELL_GAP = re.compile(r"[ \t]*\t[ \t]*| {2,}")
# a Markdown table's rule row under its header ("|---|:--:|---|"): no row, dropped from a table's rows
_RULE_ROW = re.compile(r"\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+(?:[ \t]*:?-{2,}:?[ \t]*)?")


def _caption_line(line: str) -> bool:
    """A table's caption line over its rows ("Table 1. ...", also "Table 1 Summary of treatment")."""
    return bool(_CAPTION.match(line) or _TABLE_CAPTION.match(line))


def _table_caption(par: str) -> re.Match | None:
    """The label of a caption paragraph ("Table 2."): a caption line, or a looser table caption line with rows
    under it (``_TABLE_CAPTION``)."""
    lines = par.split("\n")
    return _CAPTION.match(par) or (_TABLE_CAPTION.match(par) if len(lines) > 1 and _ROW.search(lines[1]) else None)


def _join_lines(a: str, b: str) -> str:
    """Two lines of one paragraph: a word hyphenated by the layout is joined ("treat-" + "ment"); a hyphen
    or slash at the line end before a number or a name stays, with no space after it ("46-" + "hour",
    "trifluridine/" + "tipiracil"), and so does a hyphen after a gene's symbol or a capital ("ALK-" + "positive",
    "RET-" + "rearranged": a layout never breaks a word of capitals) or after the first word of a compound
    ("well-" + "differentiated", "immune-" + "mediated", "first-" + "line")."""
    if a.endswith("-") and a[-2:-1].isalpha() and b[:1].islower() and not _kept_hyphen(a):
        return a[:-1] + b
    if a.endswith(("-", "/")) and a[-2:-1].isalnum() and b[:1].isalnum():
        return a + b
    return a + " " + b


# first words of compounds a hyphen joins to the next ("well-differentiated", "non-smoker", "treatment-related"): a
# layout that breaks the line at their hyphen keeps it (a word hyphenated by the layout is rarely split after them)
_COMPOUND_FIRST = frozenset("""well poorly moderately non self immune treatment therapy drug dose first second third
fourth fifth low high long short double triple follow life platinum steroid hormone castration radio""".split())


def _kept_hyphen(a: str) -> bool:
    """The hyphen at the end of line ``a`` belongs to the word: after a capital ("ALK-", "RET-", "Ki-") or after a
    compound's first word ("well-", "immune-")."""
    word = re.search(r"([A-Za-z]+)-$", a)
    return bool(word) and (word.group(1)[-1].isupper() or word.group(1).lower() in _COMPOUND_FIRST)


# Two columns extracted side by side: most lines of a block are a line of the left column, a wide gap,
# and a line of the right one, the right starting at (nearly) one column. Both halves are prose (several
# words), which a table's cells are not. The left column is read first, then the right one.
_COLUMN_GAP = re.compile(r"^(.*\S)\s{3,}(\S.*)$")
_WORD = re.compile(r"[a-z]+")

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
# ... and, over a table's rows only, a looser caption line: no stop after the number, or a note in brackets ("Table 1
# Summary of treatment", "Table 2 (flattened). Drug | Start | Best response"); "Table 1 shows ..." is prose
_TABLE_CAPTION = re.compile(r"^(?:TABLE|Table)\s*S?\d+[A-Za-z]?(?:\s*\([^()\n]{1,30}\))?"
                            r"\s*(?:[|.:—–-]\s*)?(?=[A-Z(])")
_CAPTION_START = re.compile(r"(?:Fig(?:ure)?|Table|Box|Supplementary)\.?\s*[A-Z]?\d", re.I)
_INLINE_HEADING = re.compile(r"^([A-Z][A-Za-z' ]{2,40}?)\s*(?:[:|]\s+(?=\S)|:(?=[A-Z0-9(]))")
_WEB_LINE = 300  # longer than any line of PDF-extracted text: the line is a whole paragraph
# Boilerplate that is recognised on a line of its own even inside a block of wrapped lines.
_ALONE = {"navigation", "cookie", "email", "doi", "ids", "copyright", "keywords", "abbreviations", "dates", "publisher", "running_header",
          "listing"}
# ... and, above the first section heading (the front area), also the lines of the article's head: a PDF
# extraction without blank lines wraps title, authors and affiliations into one block.
_ALONE_IN_FRONT = {"authors", "affiliation", "journal", "menu", "issue", "article_info", "editors", "correspondence",
                   "cite", "masthead", "author_info", "breadcrumb"}
# words no sentence ends with: a paragraph that ends with one goes on after a page break
_OPEN_END = re.compile(r"\b(?:in|of|on|at|to|with|and|or|the|a|an|from|by|for|after|before|since|until|than|was|were"
                       r"|is|are|had|has|his|her|their|its|into|onto|per|nor|but|as)$", re.I)
_TERMINAL = re.compile(r"[.!?:;\"”’)\]]$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# a letter's salutation ("Dear Dr Okafor,", "Dear Colleague", "Dear Editor:"): the letter's body follows it
_SALUTATION = re.compile(r"(?:dear|to)\s+(?:(?:dr|prof|mr|mrs|ms|miss)\.?\s+[\w'’ .-]{1,60}?|doctor\s+[\w'’ .-]{1,40}?|professor\s+"
                         r"[\w'’ .-]{1,40}?|colleagues?|(?:the\s+)?editors?|editor-in-chief|sirs?|sir\s+or\s+madam|madam)\s*[,:;]?", re.I)


@dataclass
class _Section:
    kind: str
    title: str
    paragraphs: list[str] = field(default_factory=list)
    placed: bool = False   # a marked caption kept where the page has it (see Mark)


class Mark(NamedTuple):
    """What the markup of a structured source (an HTML page) says a paragraph is, where plain text
    leaves it to the cues: ``title``; ``heading`` (``level`` 1-6); ``caption`` (paragraphs of one
    figure or table share ``group``; ``label`` "Figure"/"Table" titles it when the text has no
    label of its own); ``reference`` (an entry of a reference list); ``abstract`` (inside an
    element marked as the abstract); ``item`` (a list item: never a heading; under a heading
    "Publication types" a publication type). A marked caption stays where the markup has it (the section
    it interrupts goes on after it): the Document's text keeps the page's order, which lets
    evidence offsets be aligned to the page in linear time; plain-text captions, which a PDF's
    layout puts anywhere, move behind their section."""

    kind: str
    level: int = 0
    group: int = 0
    label: str = ""
    course: bool = False   # a caption paragraph that is a row of a table of the case's own course (read as case text)


_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})


def clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad", "").replace("\u00a0", " ")
    # Unicode's line and paragraph separators, a word processor's soft break (vertical tab), NEL
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x0b", "\n").replace("\x85", "\n")
    text = text.translate(_LIGATURES)  # "deﬁnitive": a PDF's typographic ligatures hide words from the term lists
    for regex, repl in _MARKUP:
        text = regex.sub(repl, text)
    return text


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs with PDF line breaks, hyphenation and furniture removed.

    A block with a line longer than any PDF line, or of many lines none of which continues a
    sentence on the next (a web page copied from a browser: one line per paragraph, navigation
    lines between), keeps each line as a paragraph of its own.
    """
    result = []
    front = True  # above the first section heading
    # (citation numbers a PDF glued to words and stops go: "neutropenia15", "response.4 She", kg/readers/citations.py)
    text = drop_glued_citations(clean(text))
    # a web page printed to PDF repeats the browser's header on every page: its date and time, the page's title
    heads = [ln.strip() for ln in text.split("\n") if _PRINT_HEAD.match(ln.strip())]
    printed = {h for h in heads if heads.count(h) >= 2}
    blocks = [part for block in _BLANK_LINE.split(split_labels(text)) for part in _structured_parts(block)]
    # the words the text spells whole somewhere: a word a layout hyphenated is one of them more often than not
    vocabulary = frozenset(_WORD.findall(text.lower()))
    # (a block laid out in two columns may come back as two blocks, left then right: _table_beside_prose)
    for block in (table_part for whole in blocks for part in _lift_captions(_columns_in_order(whole, vocabulary))
                  .split(_COLUMN_BREAK) for table_part in _table_apart(part).split(_COLUMN_BREAK)):
        lines = [ln.strip() for ln in block.split("\n")]
        lines = [ln for ln in lines if ln and not _is_furniture(ln) and ln not in printed]
        one_per_line = any(len(ln) > _WEB_LINE for ln in lines) or _unwrapped(lines)
        # Extractors that drop blank lines leave headings glued to the text: a line that is a
        # known heading on its own ("Case Presentation") starts a paragraph of its own, and so
        # does a line of page boilerplate ("Download PDF", "doi: 10.…", "Keywords: …").
        runs: list[list[str]] = []
        # a flattened table ("Pt | Age | Regimen | Best response"), a poster's one-line timeline: each row a line
        rows = sum(1 for ln in lines if _ROW.search(ln)) >= 2
        tab_rows = sum(1 for ln in lines if _TAB_ROW.search(ln)) >= 2
        # (under a caption line of its own block, or one just above the block: "Table 1. ..." / blank line / rows)
        space_rows = bool(lines) and (_caption_line(lines[0]) or bool(result) and "\n" not in result[-1]
                                      and _caption_line(result[-1]) and all(_SPACE_ROW.search(ln) for ln in lines)) \
            and sum(1 for ln in lines if _SPACE_ROW.search(ln)) >= 2
        list_open = False   # an abbreviations list wrapped over lines, its last line not ended yet
        for line in lines:
            if rows and _RULE_ROW.fullmatch(line):
                continue
            if list_open and len(runs) >= 2 and not runs[-1] and heading_kind(line) is None:
                # ("Abbreviations: EGFR, epidermal growth factor receptor; GEF," / "gefitinib; PR, partial response."):
                # the list's wrapped lines are the list's, up to its stop, not a story's
                runs[-2].append(line)
                list_open = not _TERMINAL.search(line)
                continue
            list_open = False
            is_row = bool(tab_rows and _TAB_ROW.search(line) or space_rows and _SPACE_ROW.search(line)) \
                and not _caption_line(line)
            if is_row:
                # a table's row: its cells set apart by pipes, as a flattened table's ("1 | 58 | F | crizotinib | PR")
                line = _CELL_GAP.sub(" | ", line)
            heading = len(line) <= 60 and (heading_kind(line) is not None or bracketed_heading(line) is not None
                                           or is_course_heading(line)) \
                and not line.endswith((",", ";")) \
                and not ((rows or tab_rows or space_rows) and _caption_line(line))   # ("Table 3. Reported cases" over
            # its rows is their caption, no heading)
            front = front and not (heading and heading_kind(line) in _BODY_KINDS
                                   and not ARTICLE_TYPE_LINE.fullmatch(line))  # "Case Report" above the title
            under_caption = bool(runs and runs[-1] and _caption_line(runs[-1][0])
                                 and (is_row or rows and _ROW.search(line)))
            alone = len(lines) > 1 and not under_caption and (   # (a table's row under its caption line is no menu)
                heading or boilerplate_kind(line, front=False) in _ALONE
                or front and (boilerplate_kind(line, front=True) in _ALONE_IN_FRONT or ARTICLE_TYPE_LINE.fullmatch(line)))
            if runs and runs[-1] and not alone and (_BULLET.match(line) or rows and _ROW.search(line) or is_row):
                # a bullet or a row stays in its paragraph (a table's rows under its caption) on a line of its own
                runs[-1].append(_HARD_BREAK + line)
                continue
            if alone or (one_per_line and not line[:1].islower()):
                runs.append([line])
                if alone:
                    runs.append([])
                    list_open = boilerplate_kind(line, front=False) == "abbreviations" and not _TERMINAL.search(line)
            else:
                if not runs:
                    runs.append([])
                runs[-1].append(line)
        for run in runs:
            if not run:
                continue
            joined = run[0]
            for line in run[1:]:
                joined = joined + "\n" + line[1:] if line[:1] == _HARD_BREAK else _join_lines(joined, line)
            result.append(re.sub(r"[ \t]+", " ", joined))
    # a table's caption line with its rows in the next block (a blank line between them): one caption paragraph
    merged: list[str] = []
    for par in result:
        if merged and _caption_line(merged[-1]) and "\n" not in merged[-1] and "\n" in par \
                and all(_ROW.search(ln) for ln in par.split("\n")):
            merged[-1] += "\n" + par
        else:
            merged.append(par)
    return merged


# "BACKGROUND: ..." / "Case description: ..." / "Conclusion: ...": a labelled part of a structured
# abstract, the label a known heading followed by a colon (at most four words)
# (also glued to its text: "PATIENT CONCERNS:A 62-year-old woman ...")
_COLON_LABEL = re.compile(r"([A-Za-z][A-Za-z'’-]*(?:[ \t]+[A-Za-z][A-Za-z'’-]*){0,3})[ \t]*:[ \t]*(?=[A-Z0-9(\[])")
# where a further part may start inside a block: a line start, or a sentence end on the same line
_PART_START = re.compile(r"(?:\n|(?<=[.!?])[ \t]+)(?=[A-Za-z])")
_PART_KINDS = {"abstract", "introduction", "case", "discussion", "conclusion", "methods", "results"}


def _part_label(text: str, at: int = 0) -> bool:
    m = _COLON_LABEL.match(text, at)
    return m is not None and not re.search(r"\d", m.group(1)) and heading_kind(m.group(1)) in _PART_KINDS


def _structured_parts(block: str) -> list[str]:
    """A block that opens with a structured abstract's label ("BACKGROUND: ...") holds that abstract's
    parts run together when a conference abstract book or an abstract page keeps no blank line between
    them ("... in phase II studies.\\nCASE: A 6-year-old girl ...", "... standard. Case: A 22-year-old
    man ..."): each further label (a known heading and a colon, after a line break or a sentence end)
    opens a paragraph of its own, which ``_split_inline_heading`` reads as that part. A labelled list
    (a tumour board summary: "Patient: ...", "Diagnosis: ...", "Recommendation: ...", one a line) also
    opens a paragraph at every line that starts with a label of its own, known or not, so that one
    label's text is not run into the sentence of the line before. A block that opens with no label is
    left alone: in running prose a "Results:" is no part of an abstract. Numbered labels ("Case 1:")
    never split: they open a patient's story inside a part."""
    lines = block.lstrip().split("\n")
    labelled = [bool(_LINE_LABEL.match(line.strip())) for line in lines]
    first = next((i for i, line in enumerate(lines) if not heading_kind(line.strip()) or len(line) > 60), 0)
    listed = sum(labelled) >= 2 and labelled[first]
    if not (_part_label(lines[first].strip()) or listed):
        return [block]
    cuts = [m.end() for m in _PART_START.finditer(block) if _part_label(block, m.end())
            or listed and block[m.start()] == "\n" and _LINE_LABEL.match(block, m.end())]
    if not cuts:
        return [block]
    bounds = [0, *cuts, len(block)]
    return [block[a:b].strip() for a, b in zip(bounds, bounds[1:]) if block[a:b].strip()]


# a line of a labelled list: a capitalised label of at most four words, a colon and its text
_LINE_LABEL = re.compile(r"[A-Z][A-Za-z'’-]*(?:[ \t]+[A-Za-z][A-Za-z'’-]*){0,3}[ \t]*:[ \t]+\S")


def _columns_in_order(block: str, vocabulary: frozenset[str] = frozenset()) -> str:
    """The block's lines with a two-column layout read column by column (left, then right); unless they read
    across (``_reads_across``; ``vocabulary``: the words the whole text spells)."""
    lines = block.split("\n")
    if len(lines) < 4:
        return block
    starts = []
    for line in lines:
        m = _COLUMN_GAP.match(line)
        if m and len(m.group(1).split()) >= 3 and len(m.group(2).split()) >= 2:
            starts.append(m.start(2))
    if len(starts) < 3:
        return _table_beside_prose(lines) or block
    column = max(set(starts), key=starts.count)
    if sum(1 for s in starts if abs(s - column) <= 6) < 0.8 * len(starts):
        return _table_beside_prose(lines) or block
    # lines whose left column runs up to the gutter (one or two spaces before the right one) sit in the
    # columns too, once wide gaps have shown where the right column starts
    starts += [column for line in lines if not _COLUMN_GAP.match(line) and (cut := _narrow_gutter(line, column))
               and len(line[:cut].split()) >= 3 and len(line[cut:].split()) >= 2]
    if len(starts) < max(4, 0.6 * len(lines)) and not (len(starts) >= 0.3 * len(lines) and all(_in_grid(ln, column)
                                                                                              for ln in lines)):
        # (fewer lines with both columns: where one column's paragraph ends early the other goes on alone; every
        # line must then sit in the grid, a left line short of the gutter or a right line indented to it)
        return _table_beside_prose(lines) or block
    left, right = [], []
    rows: list[tuple[str, str]] = []   # (left, right) of the lines that hold both halves, in order
    for line in lines:
        m = _COLUMN_GAP.match(line)
        cut = _narrow_gutter(line, column)
        if m and abs(m.start(2) - column) <= 6:
            left.append(m.group(1))
            right.append(m.group(2))
            rows.append((m.group(1).strip(), m.group(2).strip()))
        elif cut:  # the left line filled up to the gutter: one or two spaces before the right column
            left.append(line[:cut].rstrip())
            right.append(line[cut:].strip())
            rows.append((line[:cut].strip(), line[cut:].strip()))
        elif len(line) - len(line.lstrip()) >= column - 6 and line.strip():
            right.append(line.strip())  # a line of the right column only
        else:
            left.append(line)
    if _reads_across(rows, vocabulary):
        # one column of text set with a wide gap in every line ("... treated with levothyrox-      ine. During"):
        # each line reads across, its halves joined as the two lines of one paragraph are
        return "\n".join(_across(line, column) for line in lines)
    return "\n".join(left + right)


# Between the two columns of a block read as two blocks (_table_beside_prose; no character of cleaned text).
_COLUMN_BREAK = "\n\x01\n"

def _table_apart(block: str) -> str:
    """A table's caption line and its rows of cells set apart by wide gaps, inside a block of prose with no blank
    line around them ("... a partial response." / "Table 2. Adverse events" / "Event    Grade    Drug" /
    "Diarrhoea    3    cabozantinib" / "Nivolumab was not given."): a block of their own (set apart by column breaks),
    read as a table's rows under its caption as when blank lines stand around them."""
    lines = block.split("\n")
    for i in range(1, len(lines) - 2):
        if not _caption_line(lines[i].strip()):
            continue
        k = i + 1
        while k < len(lines) and _SPACE_ROW.search(lines[k].strip()):
            k += 1
        if k - i - 1 >= 2 and _COLUMN_BREAK not in block:
            parts = ["\n".join(lines[:i]), "\n".join(lines[i:k])] + (["\n".join(lines[k:])] if k < len(lines) else [])
            return _COLUMN_BREAK.join(parts)
    return block


_CAPTION_LINES = 8   # the most lines a figure's legend set between the halves of a sentence has


def _lift_captions(block: str) -> str:
    """A figure's or table's legend the layout set between two halves of a sentence, even of a word ("Maintenance
    trastuzumab was con-" / "Fig. 2. Abdominal CT before ... metastases." / "tinued until progression"), goes after
    the block (set apart by a column break), so the sentence is whole again and the legend a caption of its own."""
    lines = block.split("\n")
    for i in range(1, len(lines)):
        if not _CAPTION.match(lines[i].strip()) or _TERMINAL.search(lines[i - 1].rstrip()) or not lines[i - 1].strip():
            continue
        for j in range(i + 1, min(len(lines), i + 1 + _CAPTION_LINES)):
            if _TERMINAL.search(lines[j - 1].rstrip()) and lines[j].strip()[:1].islower():
                rest = lines[:i] + lines[j:]
                return "\n".join(rest) + _COLUMN_BREAK + "\n".join(lines[i:j]) if _COLUMN_BREAK not in block \
                    else block
        return block
    return block
# The first wide gap of a line after a few words: where a right column may start (its own cells may hold more gaps).
_FIRST_GAP = re.compile(r"^(\S.*?\S)\s{3,}(?=\S)")


def _table_beside_prose(lines: list[str]) -> str | None:
    """Two columns whose right one holds a table ("Table 2. Published patients ..." and rows "[7]  22/M  Trabectedin
    PR" beside the case's prose): the right column's own cells hold wide gaps, so the last gap of a line is no
    column (``_COLUMN_GAP``). The gutter is where most lines' first wide gap after a few words of prose ends; every
    line must sit in that grid (blank across the gutter, a left line short of it, or a right one indented to it).
    The left column is read first, then the right one; None when the block is not laid out so."""
    starts = [m.end() for ln in lines if (m := _FIRST_GAP.match(ln)) and len(m.group(1).split()) >= 4]
    if len(starts) < max(4, 0.4 * len(lines)):
        return None
    column = max(set(starts), key=starts.count)
    if starts.count(column) < 0.6 * len(starts):
        return None
    left, right = [], []
    for line in lines:
        indent = len(line) - len(line.lstrip())
        if not line.strip():
            continue
        if indent >= column - 6:
            right.append(line.strip())       # the right column alone
        elif len(line.rstrip()) <= column - 1:
            left.append(line.rstrip())       # the left column alone
        elif not line[column - 2:column].strip() and line[:column].strip():
            left.append(line[:column].rstrip())
            right.append(line[column:].strip())
        else:
            return None                      # a line across the gutter: no such layout
    # the left column is prose: most of its lines hold several words
    if sum(1 for ln in left if len(ln.split()) >= 4) < 0.7 * len(left):
        return None
    # (two blocks: the right column's table keeps its caption line first, where the table readers look for it)
    return "\n".join(left) + _COLUMN_BREAK + "\n".join(right)


def _across(line: str, column: int) -> str:
    """A line of a gapped layout read across: its two halves joined as two lines of a paragraph are."""
    m = _COLUMN_GAP.match(line)
    if m and abs(m.start(2) - column) <= 6:
        return _join_lines(m.group(1).rstrip(), m.group(2).strip())
    cut = _narrow_gutter(line, column)
    return _join_lines(line[:cut].rstrip(), line[cut:].strip()) if cut else line


def _junction(a: str, b: str, vocabulary: frozenset[str]) -> int:
    """How well line ``b`` reads as the text right after line ``a``: a word broken by a hyphen goes on in lower
    case (+3 when the joined word is spelled whole elsewhere in the text, else +1 as any lower-case word going on;
    a capital after it, -2: "pembroli-" + "Trastuzumab" is no word); a sentence's end is followed by a capital or a number (+1, a lower-case word -1); a
    sentence goes on by a lower-case word (+1), hardly by a capitalised one (-1; an acronym, "CT", may go on one)."""
    if not a or not b:
        return 0
    if a.endswith("-") and a[-2:-1].isalpha():
        if not b[:1].islower():
            return -2 if b[:1].isupper() else 0
        head, tail = _WORD.findall(a.lower()), _WORD.findall(b.lower())
        return 3 if head and tail and head[-1] + tail[0] in vocabulary else 1
    if a.endswith((".", "?", "!")):
        return 1 if b[:1].isupper() or b[:1].isdigit() else -1 if b[:1].islower() else 0
    if b[:1].islower():
        return 1
    return -1 if b[:1].isupper() and b[1:2].islower() else 0


def _reads_across(rows: list[tuple[str, str]], vocabulary: frozenset[str] = frozenset()) -> bool:
    """Do the lines of a block that looks like two columns read across instead (one column of justified text with
    a wide gap in each line, the halves of a line consecutive)? The text read across (left to right, then the next
    line's left) must join up clearly better than the text read down each column (left after left, right after
    right)."""
    if len(rows) < 3:
        return False
    across = [_junction(l, r, vocabulary) for l, r in rows] + \
        [_junction(r, nl, vocabulary) for (_, r), (nl, _) in zip(rows, rows[1:])]
    down = [_junction(l, nl, vocabulary) for (l, _), (nl, _) in zip(rows, rows[1:])] + \
        [_junction(r, nr, vocabulary) for (_, r), (_, nr) in zip(rows, rows[1:])]
    return sum(across) / len(across) > sum(down) / len(down) + 0.5


def _narrow_gutter(line: str, column: int) -> int:
    """Where the right column starts on a line whose left column runs up to the gutter, leaving one or two
    spaces before the right one ("a 64-year-old wo-  man with a cough"): a word starts at the column (or one
    character off it) right after a space, with text on both sides; 0 when the line does not cross there."""
    for at in (column, column - 1, column + 1):
        if 0 < at < len(line) and line[at - 1] == " " and line[at] != " " and line[:at].strip() \
                and len(line[:at]) - len(line[:at].rstrip()) <= 2 and len(line) - len(line.lstrip()) < column - 6:
            return at
    return 0


def _in_grid(line: str, column: int) -> bool:
    """A line of a two-column layout whose right column starts at ``column``: both columns, the left one alone
    (short of the gutter), the right one alone (indented to it) or blank."""
    if not line.strip():
        return True
    m = _COLUMN_GAP.match(line)
    cut = _narrow_gutter(line, column)
    if m and abs(m.start(2) - column) <= 6 or cut and len(line[:cut].split()) >= 2 and len(line[cut:].split()) >= 2:
        return True
    indent = len(line) - len(line.lstrip())
    # (a left line alone may run up to one space before the right column: "... testing at diagnosis.")
    return len(line.rstrip()) <= column - 1 if indent < column - 6 else True


def _unwrapped(lines: list[str]) -> bool:
    """Many lines and (almost) none continuing a sentence on the next line: a web page copied
    without blank lines, not a PDF paragraph wrapped at the column width."""
    if len(lines) < 5:
        return False
    # (a web address under a line is no wrapped sentence: "https://doi.org/..." under a citation)
    wraps = sum(1 for a, b in zip(lines, lines[1:]) if b[:1].islower() and not b.startswith(("http", "www.", "doi"))
                or a.endswith(("-", ",")))
    return wraps <= (len(lines) - 1) * 0.1


_ARTICLE_TYPE_LABEL = re.compile(r"^(?:clinical )?case reports?|^(?:original|brief) (?:research|report|article)s?$"
                                 r"|^(?:research|review) articles?$|^(?:systematic |narrative |mini[- ]?)?reviews?$"
                                 r"|^clinical images?$|^short communication$", re.I)
_ABSTRACT_PARTS = {"introduction", "case", "conclusion", "methods", "results", "abstract", "discussion"}


def _is_heading(par: str) -> str | None:
    """The kind of a heading paragraph ("other"-inheriting sub-headings return "")."""
    par = bracketed_heading(par) or par  # a poster's "[ CASE ]", "[ TREATMENT TIMELINE ]"
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


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _tells_course(par: str) -> bool:
    """A paragraph that tells the patient's course (a narrative verb, a sentence, the patient or a year named:
    "Lenvatinib was started in December 2023."), not a discussion's general statement."""
    return bool(_NARRATIVE_VERB.search(par) and _SENTENCE_END.search(par) and (_PATIENT.search(par) or _YEAR.search(par)))


def _unknown_part_heading(par: str, after: str) -> bool:
    """A short line of its own in capitalised words (no sentence, no label) above a narrative sentence about a
    patient: the heading of a part the heading words do not know ("What happened", "Diagnosis and treatment")."""
    words = par.split()
    return 1 <= len(words) <= 6 and par[:1].isupper() and not _TERMINAL.search(par) and "\n" not in par \
        and not re.search(r"\d", par) and boilerplate_kind(par, front=False) is None \
        and bool(_NARRATIVE_VERB.search(after) and _PATIENT.search(after) and _SENTENCE_END.search(after))


def _marked_heading(par: str, level: int, kind_level: int | None, in_front: bool,
                    current_kind: str | None) -> tuple[str | None, int | None]:
    """(kind, level that now names the current kind or None) of a heading the markup marked
    (<h1>-<h6>). A known heading names its kind. A CARE heading ("Clinical findings",
    "Treatment", "Follow-up") names "case" only at the level of the heading that named the
    current kind or above: a sibling of "Introduction", not a sub-heading of "Discussion". Any
    other heading is a sub-heading of its section (""), or, in the front matter, a front line;
    but an unknown sibling of the abstract's heading is not part of the abstract ("Grants and
    funding", "Comment in" on an abstract page): back matter."""
    strict = heading_kind(par)
    if strict:
        return strict, level
    sibling = kind_level is None or level <= kind_level
    loose = heading_kind(par, loose=True)
    if loose and sibling:
        return loose, level
    if in_front:
        return None, None
    if sibling and current_kind == "abstract":
        return "back_matter", level
    if sibling and current_kind == "introduction":
        return "other", level   # a part of its own after the introduction ("What happened"), not more of it
    return "", None


def _is_abstract_like(par: str) -> bool:
    if len(par) < 150 or not re.search(r"[.!?]$", par) or len(_SENTENCE_END.findall(par)) < 2:
        return False
    if par[:1].isdigit() or par[:1] in "¹²³⁴⁵⁶⁷⁸⁹*†‡" or _FRONT_START.match(par):
        return False
    return len(_AFFILIATION_WORDS.findall(par)) < 3


# a teaching case's numbered question opening its paragraph: "Question 1. Which treatment would you choose?"
_QUESTION_LABEL = re.compile(r"^((?:Question|Q)\s*\d{1,2})\s*[.:)]\s+(?=\S)")


# what a teaching question's section holds: the question (it ends with "?") and its answer options, one per line
# ("A. Regorafenib", "(b) zanubrutinib", or a short unlettered line)
_ANSWER_OPTION = re.compile(r"^\s*(?:[A-Ea-e][.)]|\([A-Ea-e]\))\s+\S")


def _is_question_part(par: str) -> bool:
    """True for a question or its answer options; False for prose that tells the case again."""
    lines = [ln.strip() for ln in par.splitlines() if ln.strip()]
    # an option may come unlettered (a web page's list item: "Lapatinib plus capecitabine"): a short line that is
    # no sentence
    return all(ln.endswith("?") or _ANSWER_OPTION.match(ln) or (len(ln.split()) <= 8 and not ln.endswith("."))
               for ln in lines)


# A run-in heading closed by a full stop, as a PDF sets a part's heading in bold at the start of its first
# paragraph ("Case presentation. A 58-year-old ...", "2.1 Case report. The patient ..."): only the parts of an
# article's body, so that a sentence that merely begins with a word ("Treatment. ") is never cut.
_RUNIN_HEADING = re.compile(r"^((?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?[A-Z][A-Za-z' ]{2,40}?)\.\s+(?=[A-Z0-9])")
_RUNIN_KINDS = {"case", "introduction", "discussion", "conclusion"}


def _question_and_story(text: str) -> tuple[str, str]:
    """A question paragraph's lines split where the prose begins: (the question and its options, the story after).
    Its first line is the question whatever its shape ("What next? (a) X (b) Y"); prose that opens with an answer
    ("Answer: (a). ...") is the question's own discussion, so nothing is split off then."""
    lines = text.splitlines()
    k = 1
    while k < len(lines) and (not lines[k].strip() or _is_question_part(lines[k])):
        k += 1
    told = "\n".join(lines[k:]).strip()
    if not told or _ANSWER_OPENING.match(told):
        return text, ""
    return "\n".join(lines[:k]).strip(), told


def _asked_with_options(par: str, following: list[str]) -> tuple[str, str, str] | None:
    """A question to the reader and its lettered answer options inside a case paragraph: (the case before it, the
    question with the options it holds, the case after), or None. The options are two or more lettered lines right
    after a line ending in "?", in the paragraph itself or as the paragraphs that follow it (a page copied one line
    per paragraph); lettered lines with no question before them are a figure's panels or a list of the patient's
    own findings, and stay."""
    lines = par.splitlines()
    for i, line in enumerate(lines):
        inline = _INLINE_OPTIONS.search(line)
        if inline:  # "What next? A. Ibrutinib B. Lenalidomide C. Venetoclax" (options joined to the question's line)
            before = "\n".join([*lines[:i], line[:inline.start()]]).strip()
            return before, line[inline.start():].strip(), "\n".join(lines[i + 1:]).strip()
        if not line.rstrip().endswith("?"):
            continue
        end = i + 1
        while end < len(lines) and _ANSWER_OPTION.match(lines[end]):
            end += 1
        rest = lines[end:]
        if end - i - 1 >= 2 or (not rest and len(following) == 2
                                 and all(_ANSWER_OPTION.match(f) and "\n" not in f.strip() for f in following)):
            return "\n".join(lines[:i]).strip(), "\n".join(lines[i:end]).strip(), "\n".join(rest).strip()
    return None


# a question sentence with its lettered options run into one line, to the line's end: "What now? A. X B. Y C. Z"
_INLINE_OPTIONS = re.compile(r"(?:^|(?<=[.!?] ))[A-Z][^.!?\n]*\?\s+\(?A[.)]\s+\S[^\n]*?\s\(?B[.)]\s+\S[^\n]*$")


# an answer, explanation or rationale that follows a teaching question ("Answer: C.", "Explanation - ...")
_ANSWER_OPENING = re.compile(r"(?:answers?|explanations?|rationale|correct answer)\b", re.I)


def _split_inline_heading(par: str) -> tuple[str, str, str] | None:
    """ "Conflict of Interest: The authors ..." -> (kind, heading, body)."""
    m = _INLINE_HEADING.match(par) or _QUESTION_LABEL.match(par)
    if not m:
        m = _RUNIN_HEADING.match(par)
        if m and heading_kind(m.group(1)) in _RUNIN_KINDS and len(m.group(1).split()) <= 4:
            return heading_kind(m.group(1)), m.group(1).strip(), par[m.end():]
        return None
    kind = heading_kind(m.group(1))
    return (kind, m.group(1).strip(), par[m.end():]) if kind else None


# Markdown: an ATX heading line ("## Case", "### Course on treatment"), a thematic break ("---"), a quote's ">"
_MD_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", re.M)
_MD_BREAK = re.compile(r"^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$", re.M)
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)
_MD_MIN_HEADINGS = 2  # one "#" line may be a hashtag or a numbered line; two or more make a Markdown document


def markdown_marks(text: str) -> tuple[str, dict[int, Mark], str]:
    """A Markdown document's headings as marks, as an HTML page's <h1>-<h6> are: (text with each heading on a
    paragraph of its own and the Markdown signs removed, paragraph index -> Mark, title). The first level-1
    heading above any other heading is the title. Text with fewer than two ATX headings is returned as it is."""
    # (the headings are found before clean(), which takes a heading line's "#" signs away)
    raw = text.replace("\r\n", "\n").replace("\r", "\n")
    found = _MD_HEADING.findall(raw)
    if len(found) < _MD_MIN_HEADINGS:
        return text, {}, ""
    levels = {}
    for hashes, heading in found:
        levels.setdefault(re.sub(r"[ \t]+", " ", clean(heading).strip()), len(hashes))
    cleaned = clean(_MD_HEADING.sub(lambda m: "\n\n" + m.group(2).strip() + "\n\n", raw))
    cleaned = _MD_QUOTE.sub("", _MD_BREAK.sub("", cleaned))
    pars = paragraphs(cleaned)
    marks: dict[int, Mark] = {}
    title = ""
    for i, par in enumerate(pars):
        level = levels.pop(par, None)
        if level is None:
            continue
        if level == 1 and not marks and not title:
            title = par
            marks[i] = Mark("title")
        else:
            marks[i] = Mark("heading", level)
    return cleaned, marks, title


# Medicine's "Patient concerns:" label at a line start or after a sentence (also glued to its text or alone on its
# line): the text is a CARE abstract, whose "Diagnoses", "Interventions", "Outcomes", "Lessons" are known labels
_CARE_LABEL = re.compile(r"(?:^|(?<=[.!?])[ \t]+)[ \t]*(?:" + CARE_MARKER + r")[ \t]*(?::|$)", re.I | re.M)


def read_text(text: str, source: str) -> Document:
    """Any readable prose is a report: PDF text, an abstract, a narrative paragraph, a web page
    copied from a browser, a Markdown document (its headings read as an HTML page's are). Only text
    without a sentence of prose is refused."""
    with care_abstract(bool(_CARE_LABEL.search(text))):
        text, marks, title = markdown_marks(text)
        pars = paragraphs(text)
        if not pars:
            raise NoContentError(source, "text holds no readable paragraphs; expected a case report as plain text")
        doc = read_paragraphs(pars, source, marks, title) if marks else read_paragraphs(pars, source)
    if doc is None:
        raise NoContentError(source, "text holds no prose, only a title, headings or page boilerplate "
                             "(navigation, authors, ids); expected the report's sentences")
    return doc


def read_paragraphs(pars: list[str], source: str, marks: dict[int, Mark] | None = None,
                    title: str = "") -> Document | None:
    """The Document of ``paragraphs(...)`` output, None when none of it is body text. ``marks``
    (paragraph index -> Mark) and ``title`` come from markup (kg/readers/html.py); the cues of
    plain text decide everything the markup does not say."""
    return (_read(pars, source, False, marks or {}, title)
            or _read(pars, source, True, marks or {}, title))


# Finite verbs of a narrative sentence: a first paragraph with one of them is prose, not a title.
_NARRATIVE_VERB = re.compile(r"\b(?:was|were|had|presented|received|underwent|developed|showed|revealed"
                             r"|achieved|enrolled|responded|relapsed|progressed|remained|died|began|started|continued"
                             r"|recurred|admitted|(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )found"
                             r"|we (?:report|present|describe))\b", re.I)
# who a case's narrative sentence is about
_PATIENT = re.compile(r"\b(?:\d{1,3}[- ](?:years?|months?|weeks?|days?)[- ]old|\d{1,3}\s?(?:yo|y/o)|patient|man|woman|boy|girl"
                      r"|infant|he|she)\b",
                      re.I)
_BODY_KINDS = {"abstract", "introduction", "case", "discussion", "conclusion", "methods", "results", "other"}
# the kinds of a section that can tell the case's story: its case section, or, without one, the abstract or
# unlabelled body that does (kg.extraction.analyse.NARRATIVE_WITHOUT_CASE)
_STORY_KINDS = {"case", "abstract", "other", "results"}
# In the body only these are boilerplate: a citation-shaped line there is a sentence citing a paper.
# what a side list of other papers holds besides their titles and snippets (any other front line ends the list)
_IN_FRONT_LIST = {"citation", "reference", "navigation", "cookie"}
_BODY_BOILERPLATE = {"navigation", "cookie", "email", "doi", "ids", "copyright", "keywords", "abbreviations", "publisher", "reference",
                     "running_header", "masthead", "listing"}
_DOI = re.compile(r"\bdoi\b|doi\.org/", re.I)
_PUBLICATION_TYPES_HEADING = re.compile(r"publication types?$", re.I)
_PUBLICATION_TYPE_LINE = re.compile(r"^publication types?\b\s*:?\s*(.+)$", re.I)  # not "Publication type|s"


def _is_prose(par: str) -> bool:
    """A sentence or more of running text (not a menu, a name list or a label)."""
    words = par.split()
    if len(words) < 6:
        return False
    if par.isupper() and len(words) >= 10 and _SENTENCE_END.search(par):
        return True   # a story typed in capitals (an old record, a discharge summary): sentences all the same
    lower = sum(1 for w in words if w[:1].islower())
    return lower >= len(words) * 0.3 and (bool(_SENTENCE_END.search(par)) or len(words) >= 15)


def _front_line(par: str) -> bool:
    """A line of an article's head that is no sentence of text, though it may hold ". " (a citation "Oncol Rep.
    2024 May;12(3):40-6.", "doi: 10.1000/x. Epub 2024 Jan 3."), or a further publication-type line."""
    return boilerplate_kind(par, front=True) in ("citation", "doi", "ids", "dates", "issue", "journal", "navigation") \
        or ARTICLE_TYPE_LINE.fullmatch(par) is not None \
        or len(par.split()) < 6 and re.search(r"\b(?:19|20)\d\d\b", par) is not None \
        and not re.search(r"[a-z][.!?]$", par)   # "Front. Oncol., 12 May 2023"


def _is_sentences(par: str) -> bool:
    return len(par.split()) >= 4 and bool(re.search(r"[a-z][.!?]$|[.!?]\s", par))


def _title_like(par: str, min_words: int = 3) -> bool:
    """A title: a few words, no front-matter label, no narrative sentence. ``min_words`` 2 where the
    position says title (under an article-type label, above the author list): "Vincristine-induced SIADH"."""
    if len(par.split()) < min_words or len(par) > 300 or _FRONT_START.match(par) or _FRONT_LABEL.match(par):
        return False
    # titles may hold several "sentences" ("… cancer. Lung Cancer Study Group."), never a narrative one
    return not (_SENTENCE_END.search(par + " ") and _NARRATIVE_VERB.search(par))


# the fewest words of a line in capitals that is a meeting abstract's title (not "OPEN ACCESS", "POSTER P3-117")
_CAPS_TITLE_WORDS = 5
# a title in capitals cut at the end of its line: it ends on a word no title ends on (parsing, not a cue)
_CAPS_TITLE_CUT = re.compile(r"\b(?:OF|THE|AND|WITH|IN|FOR|A|AN|TO|AFTER|AT|ON|BY|FROM|OR|INTO|DURING|FOLLOWING)\s*$")


def _caps_title_after_first(par: str, title: str, origin: str) -> bool:
    """Is front paragraph ``par`` the article's title in capitals, below a line in ordinary case read first as the
    title (a meeting's or an abstract book's name: "Annual Congress of the European Lymphoma Forum 2026 | Abstract
    Book")? A meeting abstract prints its title in capitals; the page's running head does not (parsing: the case of
    the letters, no cue). Not a heading, an article-type line or boilerplate (ids, authors, navigation)."""
    return origin == "first" and bool(title) and _case_style(title) != "upper" and _case_style(par) == "upper" \
        and len(re.findall(r"[A-Z][A-Z0-9'’-]*", par)) >= _CAPS_TITLE_WORDS and _title_like(par) \
        and not _is_heading(par) and not ARTICLE_TYPE_LINE.fullmatch(par) and boilerplate_kind(par, front=True) is None


# an article type written before a title, set off by a colon ("Case Report: ...", "Clinical Image: ...")
_TYPE_PREFIX = re.compile(r"^(?P<type>[^:|]{4,40}?)\s*:\s*(?P<title>\S.*)$", re.S)


def _typed_title(par: str) -> tuple[str, str] | None:
    """(article type, title) of a title line that opens with its article type ("Case report: Durable response to
    vemurafenib in hairy cell leukemia"), else None: the words before the colon are an article-type line
    (``article_type``) and the rest is a title, not a narrative sentence ("Case report: A 55-year-old man presented
    ..." opens a case section)."""
    m = _TYPE_PREFIX.match(par.strip())
    if m is None or "\n" in par.strip():
        return None
    kind = article_type(m.group("type"))
    rest = m.group("title").strip()
    if kind is None or not _title_like(rest) or _is_sentences(rest) and _NARRATIVE_VERB.search(rest) \
            or boilerplate_kind(rest, front=True) is not None or ARTICLE_TYPE_LINE.fullmatch(rest) or re.search(r"\s[|·•]\s", rest):
        return None   # ("Case Report: Open Access | Published 2 May 2023": badges, no title)
    return kind, rest


def _case_style(par: str) -> str:
    """ "upper" (ALL CAPS), "title" (Title Case: every longer word capitalised) or "sentence"."""
    if par.isupper():
        return "upper"
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", par) if len(w) > 3]
    return "title" if words and all(w[:1].isupper() for w in words) else "sentence"


def _tab_rows(pars: list[str], heads: list[bool]) -> set[int]:
    """A page's row of tabs or links copied one a line, some of them heading words ("Abstract" / "Free full text" /
    "Full text links" / "Citations & impact" / "Similar Articles" / "Funding"): a run of three or more short lines,
    each a heading or a line of navigation or the heading of a list, with two headings or more and a heading followed
    by a tool line (not "Abstract" / "Background", a heading and the first label under it), or a heading between two
    tool lines ("Home" / "Questions" / "Jobs"), is the page's menu."""
    # (not a line in capitals: "PMID: 1234"; nor an article-type line, "Case report" between "Skip to main content" and
    # "Recommended articles")
    known = [heads[i] and bool(_is_heading(p)) and not ARTICLE_TYPE_LINE.fullmatch(p) for i, p in enumerate(pars)]
    tools = [known[i] or len(p) <= 60 and boilerplate_kind(p, front=False) in ("navigation", "listing")
             for i, p in enumerate(pars)]
    out: set[int] = set()
    i = 0
    while i < len(pars):
        j = i
        while j < len(pars) and tools[j]:
            j += 1
        if j - i >= 3 and (sum(known[i:j]) >= 2 and any(known[k] and not known[k + 1] for k in range(i, j - 1))
                           or any(known[k] and not known[k - 1] and not known[k + 1] for k in range(i + 1, j - 1))):
            out.update(range(i, j))
        i = max(j, i + 1)
    return out


def _title_after_side_list(pars: list[str], marks: dict[int, Mark], toc: set[int]) -> int | None:
    """The article's title read inside a side list of other papers that a page prints above its article ("Cited by
    (4)" / entry title / "Wu J, et al. Journal 2024;3:1-9." / snippet / ... / the article's title / its authors). An
    entry is a title, then its citation line(s), then maybe a snippet; the first title-like line followed, before any
    snippet, by a line that is neither a citation nor a snippet (the authors, a DOI, "Authors:") is the article's own
    title. None when there is no such list above the body or no entry breaks that pattern."""
    def shape(par: str) -> str:
        kind = boilerplate_kind(par, front=True)
        if kind is None and _title_like(par, min_words=3) and not _TERMINAL.search(par):
            return "t"
        if kind in ("citation", "reference"):
            return "c"   # (an entry's "Wu J, et al. Journal. 2024;3:1-9.")
        if len(par.split()) >= 4 and _TERMINAL.search(par) and kind not in _ARTICLE_HEAD:
            return "s"
        return kind or "?"

    for i, par in enumerate(pars[:80]):
        if marks.get(i) is not None or i not in toc and _is_heading(par) in _BODY_KINDS \
                and not ARTICLE_TYPE_LINE.fullmatch(par):
            return None   # (markup says where the title is; a body heading, not a menu's, ends the page's top)
        kinds = [shape(p) for p in pars[i + 1:i + 60]]
        if boilerplate_kind(par, front=False) != "listing" or kinds[:1] != ["t"]:
            continue   # (a tab "Similar Articles" in a row of tools heads no list)
        starts = [k for k, x in enumerate(kinds) if x == "t"]
        # (the line above the list, unless an author list came already: the title was above it)
        before = i - 1 if i and shape(pars[i - 1]) == "t" and i - 1 not in toc and not any(
            boilerplate_kind(p, front=True) == "authors" for p in pars[1:i]) else None
        for a, b in zip(starts, starts[1:] + [len(kinds)]):
            snippet = False
            for x in kinds[a + 1:b]:
                if x == "s":
                    snippet = True
                elif x != "c" and snippet:
                    return before   # the list ended after an entry's snippet: the title was the line above it
                elif x != "c":
                    # (after one entry at least that has its citation line)
                    return i + 1 + a if "c" in kinds[:a] else None
        return None
    return None


# the lines of an article's head (never an entry of a list of other papers)
_ARTICLE_HEAD = {"authors", "affiliation", "doi", "ids", "navigation", "dates", "correspondence", "author_info",
                 "breadcrumb", "menu", "article_info"}


def _toc(pars: list[str], marked=()) -> set[int]:
    """Paragraphs in a run of three or more headings with nothing between: a table of contents.
    A paragraph the markup marked (a real heading, a caption; list items are the exception) is
    never part of one."""
    heads = [i not in marked and _is_heading(p) is not None for i, p in enumerate(pars)]
    out: set[int] = _tab_rows(pars, heads)
    i = 0
    while i < len(pars):
        j = i
        while j < len(pars) and heads[j]:
            j += 1
        if j - i >= 3:
            out.update(range(i, j))
        i = max(j, i + 1)
    return out


# a flattened table's row split into its cells (pipes; a tab or space row was set so by ``paragraphs``), with the
# outer pipes of a Markdown table dropped
_CELL_SPLIT = re.compile(r"[ \t]*\|[ \t]*")


def _tells_own_case(sec: _Section) -> bool:
    """A section whose flattened course table is the case's own: the case section, or the body of a report told under
    no heading (prose under no recognised heading, read as the case narrative when the report has no case section)."""
    return sec.kind == "case" or (sec.kind == "abstract" and not sec.title)


def _course_table(par: str) -> tuple[str, list[str]] | None:
    """A caption paragraph whose lines under the caption are the rows of a table of the case's own course or of a
    series' own patients (``headings.course_lines``, the HTML and JATS readers' test): (the caption and header
    line, the rows as "header: cell | ..." lines), or None for any other table (literature, a cohort, laboratory
    values, options, adverse events: the last are read by ``ae_table``)."""
    lines = par.split("\n")
    caption: list[str] = []
    rows: list[list[str]] = []
    for line in lines:
        if _RULE_ROW.fullmatch(line.strip()):
            continue
        cells = _CELL_SPLIT.split(line.strip().strip("|").strip()) if "|" in line[1:] else [line]
        glued = re.match(r"(.*[.:])\s+(\S.*)$", cells[0]) if not rows and not caption and _caption_line(line) else None
        if glued and len(cells) >= 3:
            # the header row glued to its caption ("Table 1 (flattened). Drug | Start | Best response")
            caption.append(glued.group(1))
            cells[0] = glued.group(2)
        if len(cells) >= 2 and not (not rows and _CAPTION.match(line) and len(cells) <= 2):
            rows.append([c.strip() for c in cells])
        elif rows:
            return None          # prose under the rows: no table of rows alone
        else:
            caption.append(line)
    if not caption or len(rows) < 2 or ae_table(par):
        return None
    out = course_lines(rows, " ".join(caption))
    if not out:
        return None
    return " ".join(caption) + "\n" + " | ".join(c for c in rows[0] if c), out


def _read(pars: list[str], source: str, prose_is_body: bool, marks: dict[int, Mark],
          title: str) -> Document | None:
    sections: list[_Section] = []
    captions: list[_Section] = []
    caption_group = -1                     # the marked figure/table the last caption belongs to
    timeline_group = -1                    # the marked table read as the case's timeline (its rows are the case's text)
    kind_level: int | None = None          # level of the marked heading that named the current kind
    type_labels: list[str] = []
    in_front = True
    next_is_front = False
    letter = False                         # a salutation was read in the front: the letter's prose is its body
    body: _Section | None = None           # the last section of body text (prose resumes there)
    interrupted: tuple[str, str] | None = None   # the case section a teaching question interrupted
    abstract_block: list[_Section] | None = []  # parts of a structured abstract (see _close_abstract)
    explicit_abstract = False
    toc = _toc(pars, {i for i, m in marks.items() if m.kind != "item"})
    side_title = None if title else _title_after_side_list(pars, marks, toc)
    front_text: list[str] = []
    late_ids: list[str] = []
    title_after_label = False              # the paragraph after an article-type label is the title
    # how the title was found: "marked" (markup), "label" (under an article-type label), "first" (the first
    # title-like paragraph: a journal's or site's name may come before the real one, see the author list)
    title_origin = "marked" if title else ""

    def retitle(par: str, origin: str) -> None:
        """``par`` is the title: a title found before it becomes front matter."""
        nonlocal title, title_origin
        for sec in sections:
            if sec.kind == "title":
                sec.kind = "front_matter"
        title, title_origin = par, origin

    def current() -> _Section | None:
        return next((sec for sec in reversed(sections) if not sec.placed), None)

    def add(kind: str, heading: str, par: str, new: bool = False) -> None:
        nonlocal body
        sec = current()
        if new or sec is None or sec is not sections[-1] or sec.kind != kind or sec.title != heading:
            sections.append(_Section(kind, heading, []))
            sec = sections[-1]
            if abstract_block is not None and kind in _BODY_KINDS:
                abstract_block.append(sec)
        if par:
            sec.paragraphs.append(par)
        if kind in _BODY_KINDS:
            body = sec

    def ask_then_resume(question: tuple[str, str], asked: str, told: str, case: tuple[str, str]):
        """A teaching question inside a case: the question (and its options) in a section of its own, then the story
        told after it back in the case; with nothing told yet, the case the next prose paragraph resumes (returned)."""
        add(*question, asked, new=True)
        if told:
            add(*case, told, new=True)
            return None
        return case

    def flush_captions() -> None:
        sections.extend(captions)
        captions.clear()

    for i, par in enumerate(pars):
        mark = marks.get(i)
        if mark is not None and mark.kind == "caption":
            if sections and not sections[-1].placed and sections[-1].kind == "case" and mark.label == "Table" and (
                    timeline_group == mark.group or not sections[-1].paragraphs and is_timeline_heading(sections[-1].title)
                    or ae_table("\n".join(p for j, p in enumerate(pars) if j >= i and marks.get(j) is not None
                                           and marks[j].kind == "caption" and marks[j].group == mark.group))):
                # a case told as a table of dated events right under its "Case timeline" heading: the rows
                # are the case's text (each row a line), not a table kept out of the facts; so are the rows of a
                # table of the patient's adverse events with their grades (session 15, ae15: headings.ae_table)
                sections[-1].paragraphs.append(par)
                caption_group = timeline_group = mark.group
                continue
            sec = current()
            if mark.course and sec is not None and sec.kind == "case":
                # a row of a table of the case's own course inside the case section (marked by the HTML reader:
                # "Line: 2 | Regimen: osimertinib | Best response: stable disease"): the case's text, kept where the
                # page has it (the case section goes on after the table)
                if sections[-1].placed and sections[-1].kind == "case" and caption_group == mark.group:
                    sections[-1].paragraphs.append(par)
                else:
                    sections.append(_Section("case", sec.title, [par], placed=True))
                caption_group = mark.group
                continue
            if sections and sections[-1].placed and sections[-1].kind == "caption" and caption_group == mark.group:
                sections[-1].paragraphs.append(par)
            else:
                label = _CAPTION.match(par)
                sections.append(_Section("caption", label.group(0).strip(" |.:—–-") if label else mark.label, [par],
                                         placed=True))
            caption_group = mark.group
            continue
        if mark is None and _table_caption(par) and sections and not sections[-1].placed \
                and sections[-1].kind == "case" and "\n" in par and ae_table(par):
            # a table of the patient's adverse events with their grades in the case section: its rows are the case's
            sections[-1].paragraphs.append(par)
            continue
        if mark is None and _table_caption(par) and sections and not sections[-1].placed \
                and "\n" in par and (_tells_own_case(sections[-1]) or (
                    sections[-1].kind in _STORY_KINDS and not any(sec.kind == "case" for sec in sections))):
            # (a story told without a case heading, an abstract's or an unlabelled body's, holds its table as a case
            # section does)
            table = _course_table(par)
            if table is not None:
                # a flattened table of the case's own course or of the series' own patients in the case section
                # (headings.course_lines decides, as for an HTML or JATS table): each row is the case's text, a
                # sentence of its own ("Patient: 2 | Age: 47 | Treatment: crizotinib | Best response: PR"), moved
                # behind the case section as a caption is (a PDF puts a table anywhere: the last row's drug is no drug
                # of the prose after the table); its caption and header line stay a caption
                caption, rows = table
                captions.append(_Section("caption", _table_caption(par).group(0).strip(" |.:—–-"), [caption]))
                captions.append(_Section(sections[-1].kind, sections[-1].title, rows, placed=True))
                continue
        if mark is None and _table_caption(par):
            captions.append(_Section("caption", _table_caption(par).group(0).strip(" |.:—–-"), [par]))
            continue
        sec = current()
        # inside a side list of other papers the page prints above its article (a titled front-matter section)
        front_list = in_front and sec is not None and sec is sections[-1] and sec.kind == "front_matter" \
            and bool(sec.title) and boilerplate_kind(sec.title, front=False) == "listing"
        if mark is not None and mark.kind == "title":
            front_text.append(par)
            add("title", "", par)
            title_after_label = False   # the markup said which paragraph is the title
            if not any(s.paragraphs for s in sections if s.kind in _BODY_KINDS):
                # a kicker in capitals above the title ("PRESS RELEASE", "NEWS") was read as a sub-heading:
                # nothing of the body has come yet, so what follows the title is still the article's top
                in_front = True
            continue
        if mark is not None and mark.kind == "reference":
            add("references", sec.title if sec is not None and sec.kind == "references" else "", par)
            continue
        if mark is not None and mark.kind == "abstract" and in_front and _is_prose(par) \
                and boilerplate_kind(par, front=True) is None:   # (authors, dates inside the element: front)
            add("abstract", "", par)
            continue
        # A page's foot between the halves of a sentence ("... developed grade 4 myocarditis and" / "DOI: 10.1159/..." /
        # "pembrolizumab was stopped"): its DOI line is the article's id and its copyright line nothing, and the
        # sentence goes on after them
        if (not marks and sec and sec.paragraphs and sec.kind in _BODY_KINDS and not _TERMINAL.search(sec.paragraphs[-1])
                and boilerplate_kind(par) in ("doi", "ids", "copyright")):
            if boilerplate_kind(par) != "copyright":
                late_ids.append(par)
            continue
        # A PDF page or column break split a sentence: "... a second" / [figure] / "opinion from ...".
        # (Not in marked-up sources: their paragraph boundaries are the author's.)
        if (not marks and sec and sec.paragraphs and sec.kind not in ("title", "front_matter", "back_matter")
                and not _TERMINAL.search(sec.paragraphs[-1])
                # (a teaching question's last answer option ends with no stop: "C. Venetoclax" / "She started ...")
                and not (interrupted is not None and is_question_heading(sec.title))
                # (a table's last row ends with no stop: "Rash | 2 | cetuximab" / "Leukopenia G2 docetaxel" under an
                # adverse-event table's header line; the prose after the table is no part of it)
                and not _ROW.search(sec.paragraphs[-1].rsplit("\n", 1)[-1])
                and not ("\n" in sec.paragraphs[-1] and ae_table(sec.paragraphs[-1]))

                and (par[:1].islower() or _OPEN_END.search(sec.paragraphs[-1][-12:]) and _is_heading(par) is None
                     # ("... carried a germline" / [page foot] / "BRCA2 mutation and ...": a line of prose cut off
                     # in mid-sentence goes on with the next page's prose, whatever its first word)
                     or len(sec.paragraphs[-1].split()) >= 8 and sec.paragraphs[-1][-1:].isalnum() and _is_prose(par)
                     and sec.kind in _BODY_KINDS and _is_heading(par) is None and _split_inline_heading(par) is None
                     and not _CAPTION_START.match(par))):
            # ("... and died in" / [running foot] / "05/2024.": a sentence never ends on "in", whatever
            # the next page starts with)
            sec.paragraphs[-1] = _join_lines(sec.paragraphs[-1], par)
            continue
        if title_origin == "caps" and mark is None and sec is not None and sec.kind == "title" \
                and sec.paragraphs == [title] and _case_style(par) == "upper" and _CAPS_TITLE_CUT.search(title):
            # the rest of a title in capitals set on two lines ("... PILOCYTIC ASTROCYTOMA OF THE" / "OPTIC PATHWAY"):
            # a title never ends on "OF THE", so the next line in capitals is no heading but its end
            title = sec.paragraphs[0] = f"{title} {par}"
            front_text.append(par)
            continue
        typed = _typed_title(par) if in_front and mark is None and title_origin in ("", "first") else None
        if typed is not None:
            # "Case Report: Durable response to vemurafenib in hairy cell leukaemia" (a publisher's title with its
            # article type before a colon): the type is the article's, the rest its title, no case section
            type_labels.append(typed[0])
            retitle(typed[1], "label")
            front_text.append(par)
            add("title", "", typed[1], new=True)
            continue
        head_kind = None if i in toc or (mark is not None and mark.kind == "item") else _is_heading(par)
        if head_kind is None and mark is None and sec is not None and sec.kind == "introduction" and sec.paragraphs \
                and i + 1 < len(pars) and _unknown_part_heading(par, pars[i + 1]):
            head_kind = "other"   # "What happened" / the patient's story: a part of its own after the introduction
        if head_kind is None and mark is None and sec is not None and sec.kind in ("discussion", "conclusion") \
                and i + 1 < len(pars) and is_course_heading(par) and _tells_course(pars[i + 1]):
            head_kind = "case"   # "Outcome" after a tumour board's discussion: the patient's story goes on
        if head_kind == "" and in_front and mark is None and body is None and len(par.split()) >= 3 \
                and _title_like(par):
            # an unknown line of words in capitals above any body text is no sub-heading but a short title
            # ("CRIZOTINIB IN ROS1-REARRANGED IMT"; one word such as "PATHOLOGY" still heads what follows)
            head_kind = None
        if head_kind == "" and in_front and mark is None and body is None and not title and i + 1 < len(pars) \
                and not _ARTICLE_TYPE_LABEL.match(par) and not ARTICLE_TYPE_LINE.fullmatch(par) \
                and _title_like(pars[i + 1]) and not _is_sentences(pars[i + 1]) \
                and (_is_heading(pars[i + 1]) is None or _is_heading(pars[i + 1]) == "" and len(pars[i + 1].split()) >= 3):
            # a kicker in capitals above the title ("NEWS", "ONCOLOGY"): the top of the page, not a section
            front_text.append(par)
            add("front_matter", "", par)
            continue
        if sec is not None and _PUBLICATION_TYPES_HEADING.match(sec.title) and (
                mark is not None and mark.kind == "item" or mark is None and sec.kind == "back_matter" and is_publication_type(par)):
            type_labels.append(par)   # the list under a "Publication types" heading (PubMed page)
            if mark is None:          # (in plain text "Case Reports" there is a type, not a case heading)
                add(sec.kind, sec.title, par)
                continue
        if mark is not None and mark.kind == "heading":
            head_kind, level = _marked_heading(par, mark.level, kind_level, in_front,
                                               sec.kind if sec is not None else None)
            kind_level = level if level is not None else kind_level
        type_line = in_front and not marks.get(i) and ARTICLE_TYPE_LINE.fullmatch(par) is not None
        badges = type_line and re.search(r"\s[|·•–—]\s", par) is not None  # "Case Report | Open Access": no heading
        if (head_kind is not None and _ARTICLE_TYPE_LABEL.match(par) or type_line) and (
                i + 1 < len(pars) and (badges or not _is_sentences(pars[i + 1]) or _front_line(pars[i + 1]))) and (
                in_front or not any(_is_sentences(p) for sec in sections if sec.kind in _BODY_KINDS for p in sec.paragraphs)):
            # "Case Report" printed above the title (or above "Open Access" and the title of a web
            # page) is the article type, not a section: a section heading is followed by sentences.
            # Also after site chrome ("About | Browse", a menu in capitals) that ended the front
            # matter early: no sentence of body text has been read yet, so this is still the article's top.
            front_text.append(par)
            type_labels.append(article_type(par) or re.split(r"\s*[|·•–—]\s*", par)[0])
            title_after_label = title_origin != "marked"
            continue
        if title_after_label and (mark is None or mark.kind != "heading") \
                and (boilerplate_kind(par, front=True) in ("navigation", "menu", "dates", "doi", "ids", "citation", "issue")
                     or ARTICLE_TYPE_LINE.fullmatch(par)):
            # "Case Report" / "Open Access" / "Published: 2 May 2023" / the title: still above the title (an abstract
            # page puts its publication types, one a line, and the citation between them: "Case Reports" / "Review" /
            # "Oncol Rep. 2024;12(3):40-6." / the title)
            if ARTICLE_TYPE_LINE.fullmatch(par) and mark is None:
                type_labels.append(article_type(par))
            front_text.append(par)
            add("front_matter", "", par)
            continue
        elif title_after_label:
            title_after_label = False
            if _title_like(par, min_words=2) and not _is_heading(par) and boilerplate_kind(par, front=True) is None:
                # the line under the type label is the article's title (a journal or site name
                # read as the title above the label is front matter)
                retitle(par, "label")
                in_front = True
                front_text.append(par)
                add("title", "", par, new=True)
                continue
        types = _PUBLICATION_TYPE_LINE.match(par)
        if types:  # "Publication type: Case Reports" (PubMed web page)
            type_labels.extend(re.split(r"\s*[;,]\s*", types.group(1)))
        boiler = None
        if head_kind in (None, "") and not (sec is not None and sec.kind == "references"):
            boiler = boilerplate_kind(par, front=in_front)
            if i in toc and (boiler != "listing" or in_front and i + 1 in toc):   # (after the article, a list's
                # heading in a row of tools still heads its list; above it, a tab such as "Similar Articles" heads
                # nothing, unless the list follows it: "... | Funding" / "Cited by (4)" / the first entry)
                boiler = "navigation"
            if not in_front and boiler not in _BODY_BOILERPLATE and not (boiler == "citation" and _DOI.search(par)):
                boiler = None  # a citation-shaped line in the body is a sentence citing a paper, unless it has a DOI
        elif sec is not None and sec.kind == "references" and not in_front and boilerplate_kind(par, front=False) == "listing":
            boiler = "listing"   # "References" then "Publication types" (an abstract page's lists, one after another)
        # a list of other papers or index terms under its heading ("Similar articles", "MeSH terms"): its lines
        # stay in it, a stray tool line too ("See all similar articles", "Full Text Sources")
        listing = sec is not None and sec.kind == "back_matter" and bool(sec.title) and (
            boilerplate_kind(sec.title, front=False) == "listing")
        if boiler == "reference" and not in_front:
            add("references", sec.title if sec is not None and sec.kind == "references" else "", par)
            continue
        if boiler == "breadcrumb" and in_front and article_type(re.split(r"\s*[>/»›→]\s*", par.strip(" >»›→"))[-1]):
            # "Home > Articles > Case reports": the trail ends in the article's type
            type_labels.append(article_type(re.split(r"\s*[>/»›→]\s*", par.strip(" >»›→"))[-1]))
        if boiler:
            head_kind = None  # "PMID: 34567890" is an id line, not an all-caps sub-heading
            above = sections[-1].paragraphs[-1] if sections and sections[-1].paragraphs else ""
            above_is_title = bool(above) and sections[-1].kind == "front_matter" and _title_like(above, min_words=2) \
                and boilerplate_kind(above, front=True) is None and not _FRONT_LABEL.match(above) \
                and not (sections[-1].title and boilerplate_kind(sections[-1].title, front=False) == "listing"
                         and _TERMINAL.search(above))   # (in a side list: a title, not an entry's snippet)
            if boiler == "authors" and in_front and above_is_title and title_origin in ("", "first", "label") \
                    and len(sections[-1].paragraphs) == 1 and len(sections) >= 2 and sections[-2].kind == "title" \
                    and not _TERMINAL.search(title) and len(title) + len(above) < 300 \
                    and (above[:1].islower() or _case_style(title) == _case_style(above) != "sentence"):
                # a title of two lines (a web page keeps each line apart: "… Inflammatory Myofibroblastic" /
                # "Tumour of the Lung in a Child"): the line between the title and the author list ends it
                sections.pop()
                title = f"{title} {above}"
                sections[-1].paragraphs[-1] = title
            elif boiler == "authors" and in_front and front_list and title_origin in ("", "first") \
                    and len(sections) >= 2 and sections[-2].kind == "front_matter" and sections[-2].paragraphs \
                    and _title_like(sections[-2].paragraphs[-1], min_words=2) \
                    and not _TERMINAL.search(sections[-2].paragraphs[-1]) \
                    and boilerplate_kind(sections[-2].paragraphs[-1], front=True) is None:
                # the author list right after a side list of other papers: the title is the line above that list
                # (title / "Recommended articles" / entries / authors), not a journal's name read first
                retitle(sections[-2].paragraphs.pop(), "authors")
                sections.insert(len(sections) - 1, _Section("title", "", [title]))
                sections.append(_Section("front_matter", "", []))   # (the author list ends the side list)
            elif boiler == "authors" and in_front and above_is_title and title_origin in ("", "first"):
                # the line above the author list is the title (a journal's or site's name taken for it is not)
                retitle(sections[-1].paragraphs.pop(), "authors")
                sections.insert(len(sections) - 1, _Section("title", "", [title]))
            if in_front and boiler == "listing" and body is not None and any(_is_sentences(p) for p in body.paragraphs):
                in_front = False   # an abstract page without headings: its abstract read, "Similar articles" follow it
            if in_front and (boiler == "listing" or front_list and boiler in _IN_FRONT_LIST):
                # a page's side list of other papers above the article ("Recommended articles", their titles, authors,
                # snippets): none of it is the title, the ids or a story (see front_list below)
                add("front_matter", par.rstrip(":. ") if boiler == "listing" else sec.title, "" if boiler == "listing" else par,
                    new=boiler == "listing")
                continue
            if in_front or body is None:
                front_text.append(par)
                add("front_matter", "", par)
            elif listing and boiler != "listing" and not (mark is not None and mark.kind == "heading"):
                add(sec.kind, sec.title, par)   # (and no other paper's DOI is taken for the article's)
            else:
                if boiler in ("doi", "ids", "citation"):
                    late_ids.append(par)  # a running footer's citation line: the article's own ids
                if mark is not None and mark.kind == "heading" or boiler == "listing":
                    # a marked heading such as "Similar articles" or "Cited by", or a line of plain text that heads such a
                    # list ("MeSH terms", "Cited by (3)"): what follows it is that list, up to the next heading (not body
                    # text resuming after a stray line)
                    add("back_matter", par.rstrip(":. "), "", new=True)
                else:
                    add("back_matter", "", par)
            continue
        resumed = _resume_story_after_plan(sections, sec, par, head_kind) if not in_front else None
        if resumed is not None:
            # a clinical note's "Plan:" covers its own visit: the next visit's heading or a dated line that tells
            # what happened is the patient's story again, in the story's section before the plan (session 42)
            add(*resumed, par if head_kind is None else "", new=True)
            if head_kind == "":
                sections[-1].title = par.rstrip(":. ")
            continue
        if head_kind == "case" and sec is not None and sec.kind == "methods" and not sec.paragraphs \
                and _PATIENTS_HEADING.fullmatch(normalise_heading(par)):
            continue  # "Methods" / "Patients": the study's patients, a sub-heading inside its methods
        if head_kind is not None and not (in_front and head_kind == "front_matter"):
            sub_heading = head_kind == ""
            if sub_heading:  # stays in its section ("other" before the first one)
                head_kind = sec.kind if sec is not None and not in_front else "other"
            flush_captions()
            in_front = False
            if head_kind == "abstract" and abstract_block is not None and not explicit_abstract:
                abstract_block, explicit_abstract = [], True
            elif not (sub_heading and mark is not None):
                # (a marked sub-heading continues its section: its kind does not "come round again")
                abstract_block = _close_abstract(abstract_block, head_kind, explicit_abstract, par)
            # a question interrupts the case: the prose after its question and options goes back to the case
            interrupted = (body.kind, body.title) if body is not None and body.kind == "case" \
                and is_question_heading(par) else None
            add(head_kind, par.rstrip(":. "), "", new=True)
            continue
        inline = _split_inline_heading(par)
        if inline and sec is not None and sec.kind in _STORY_KINDS and sec.paragraphs \
                and soap_objective(inline[1], sec.paragraphs[-1]):
            # a SOAP note's "Objective:" under its "Subjective:" line: the patient's findings, no study's aim
            add(sec.kind, sec.title, par)
            continue
        # (a structured abstract's later parts, "Conclusion: ...", stay in it, above the body too)
        if inline and (not in_front or inline[0] in ("front_matter", "abstract", "introduction", "case")
                       or sec is not None and sec.kind == "abstract" and sec.title
                       and (inline[0] in _ABSTRACT_PARTS or inline[0] == "back_matter")):
            # (a meeting abstract's "Disclosures: ..." after its labelled parts is its back matter)
            kind, heading, text = inline
            if sec is not None and sec.kind == "abstract" and kind in _ABSTRACT_PARTS and not is_plan_heading(heading):
                kind = "abstract"  # "Abstract" / "Background: ..." / "Case presentation: ..."
            elif in_front and kind in ("introduction", "case", "abstract"):
                kind = "abstract"  # a labelled part of a structured abstract ("Background: ...")
            elif kind != "front_matter":
                flush_captions()
                in_front = False
            if in_front:
                front_text.append(par)
            if body is not None and body.kind == "case" and is_question_heading(heading):
                # "Question 1. What regimen would you choose?" with the story going on in the same paragraph
                # (a page copied with single line breaks): the question and its options are asked, the prose
                # after them is the case again (an answer told after them stays with the question), as the prose
                # paragraph after a question set as a heading is
                interrupted = ask_then_resume((kind, heading), *_question_and_story(text), (body.kind, body.title))
                continue
            add(kind, heading, text, new=kind != "abstract")
            continue
        if in_front and i == side_title:
            # the line that breaks the side list's pattern of entries is the article's own title (see
            # _title_after_side_list)
            retitle(par, "label")
            front_text.append(par)
            add("title", "", par, new=True)
            continue
        if in_front and front_list:
            add("front_matter", sec.title, par)   # an entry of a side list of other papers: no title, no story
            continue
        if in_front:
            if not title and _title_like(par):
                title, title_origin = par, "first"
                front_text.append(par)
                add("title", "", par)
                continue
            if _caps_title_after_first(par, title, title_origin):
                # a meeting abstract's title in capitals under the meeting's or abstract book's name, which was
                # read first as the title ("Annual Congress of ... 2026 | Abstract Book" / "P3-117 | Poster" /
                # "ALECTINIB INDUCES ... IN ALK-POSITIVE LARGE B-CELL LYMPHOMA")
                retitle(par, "caps")
                front_text.append(par)
                add("title", "", par, new=True)
                continue
            if sec is not None and sec is sections[-1] and sec.kind == "abstract" and not _FRONT_LABEL.match(par) \
                    and not next_is_front and (sec.title or _is_prose(par) and _NARRATIVE_VERB.search(par)
                                               and not _COLON_LABEL.match(par)
                                               and boilerplate_kind(par, front=True) is None):
                # the next paragraph of a labelled part ("Patient: ..." then a flattened table of treatment
                # lines in a tumour board summary; "Case: ..." told in two paragraphs): no boilerplate, so it
                # goes on with the part rather than falling back into the front matter; so does a short narrative
                # sentence of its own after unlabelled abstract prose ("A grade 2 rash on X was managed with Y.";
                # not a labelled line: "Reviewer's note: ...")
                add("abstract", sec.title, par)
            elif _FRONT_LABEL.match(par):
                next_is_front = True
                front_text.append(par)
                add("front_matter", "", par)
            elif not next_is_front and (_is_abstract_like(par) or letter and _is_prose(par)):
                # (a letter's body opens after its salutation, with a sentence of one line: "Thank you for
                # referring Mr X, whom I saw on Monday.")
                add("abstract", "", par)
            elif not next_is_front and _is_prose(par) and (
                    prose_is_body or _NARRATIVE_VERB.search(par) and _PATIENT.search(par) and _SENTENCE_END.search(par)
                    or sec is not None and sec is sections[-1] and sec.kind == "other"):
                # running prose above the first heading (a page's short story paragraphs, then "Discussion"): a
                # narrative sentence about a patient is body text, and so is the prose that goes on after it
                add("other", "", par)
            else:
                next_is_front = False
                letter = letter or bool(_SALUTATION.fullmatch(par))
                front_text.append(par)
                add("front_matter", "", par)
            continue
        if sec is not None and sec.kind in ("back_matter", "front_matter") and body is not None and not sec.title:
            add(body.kind, body.title, par, new=True)  # prose after a boilerplate line resumes the body
        elif interrupted is not None and sec is not None and sec is sections[-1] and sec.paragraphs \
                and is_question_heading(sec.title) and not _is_question_part(par):
            add(*interrupted, par, new=True)
            interrupted = None
        elif sec is not None and sec.kind == "case" and (block := _asked_with_options(par, pars[i + 1:i + 3])):
            # a question put to the reader inside the case, with its lettered options ("Which treatment would you
            # choose? A. ... B. ..."): what the reader is asked to choose is no treatment given (as under a
            # "Question" heading); the prose after it is the case again
            before, asked, after = block
            if before:
                add(sec.kind, sec.title, before)
            interrupted = ask_then_resume(("discussion", "Question"), asked, after, (sec.kind, sec.title))
        else:
            add(sec.kind, sec.title, par)
    flush_captions()
    if not any(sec.kind == "case" and not is_addendum_heading(sec.title) for sec in sections):
        # a story told without a case heading (an unlabelled body, a board's summary) and its "Addendum" or
        # "Follow-up (added before publication)": the addendum goes on with the story's kind, which stays the
        # narrative (a lone case section would leave the story itself out of it)
        story = next((sec.kind for sec in sections if sec.kind in ("abstract", "other", "results") and sec.paragraphs), None)
        for sec in sections:
            if story and sec.kind == "case":
                sec.kind = story

    if not any(sec.kind == "methods" for sec in sections):
        # a clinical record's "FINDINGS" / "IMPRESSION" under its "CLINICAL HISTORY" (a radiology or pathology
        # report printed as the case): with no methods, results that follow the case are the patient's own
        prev = None
        for sec in sections:
            if sec.kind == "results" and prev == "case":
                sec.kind = "case"
            if sec.kind in _BODY_KINDS:
                prev = sec.kind

    if not any(sec.kind in _BODY_KINDS and sec.paragraphs for sec in sections):
        _legend_as_story(sections)
    builder = DocumentBuilder()
    for sec in sections:
        builder.add(sec.kind, sec.title, "\n".join(sec.paragraphs))
    if not any(s.kind in _BODY_KINDS for s in builder.sections):
        return None
    front = "\n".join(front_text)
    headings = " ".join(s.title for s in builder.sections if s.kind == "case")
    types = publication_types(type_labels + (["case report"] if re.search(r"\bcase reports?\b", title, re.I) else []))
    # a case heading says the text presents its own case; not "Case reports" (plural), a review's account of the
    # published cases (a series of its own is read from its case sections all the same)
    is_case = "case report" in types or re.search(r"case (?:report\b(?!s)|presentation|description)", headings, re.I)
    return builder.build(
        source=source, format="text", ids=_ids(front + "\n" + "\n".join(late_ids), source), title=title,
        article_type="case-report" if is_case else None,
        year=_year(front), license=_license(builder), publication_types=types,
    )


def _resume_story_after_plan(sections: list[_Section], sec: _Section | None, par: str,
                             head_kind: str | None) -> tuple[str, str] | None:
    """(kind, title) of the story a paragraph goes back to when it opens another visit after a clinical note's plan
    (``headings.opens_visit``), or None. Only a plan that follows the story straight away ends so (a note told visit
    after visit); a plan after a discussion (a review's "Recommendations") keeps its dated lines. Notes read under a
    labelled part of another kind are moved into a case section of their own (``_notes_apart``)."""
    if sec is None or sec is not sections[-1] or sec.kind != "discussion" or not is_plan_heading(sec.title) \
            or not sec.paragraphs or head_kind not in (None, "") or not opens_visit(par) \
            or head_kind is None and _split_inline_heading(par) is not None:
        return None
    before = next((s for s in reversed(sections[:-1]) if s.kind in _BODY_KINDS and not s.placed), None)
    if before is None or before.kind not in _STORY_KINDS or not before.paragraphs:
        return None
    if before.title and heading_kind(before.title) not in (None, "case"):
        # the notes were read under a labelled part of another kind ("Intro: ..." above "NOTE 1 - clinic, 03/2025"):
        # the notes from their first heading on, and what follows the plan, are the patient's story all the same
        _notes_apart(sections, before)
        return "case", ""
    return before.kind, before.title


def _notes_apart(sections: list[_Section], part: _Section) -> None:
    """Move a labelled part's paragraphs from its first note heading on ("NOTE 1 - clinic, 03/2025") into a case
    section of their own right after it, before the plan that follows."""
    first = next((k for k, par in enumerate(part.paragraphs) if k and opens_note(par)), None)
    if first is None:
        return
    at = next(k for k, sec in enumerate(sections) if sec is part)
    sections.insert(at + 1, _Section("case", "", part.paragraphs[first:]))
    del part.paragraphs[first:]


def _legend_as_story(sections: list[_Section]) -> None:
    """A page with no prose but its figure's legend (an "Images in ..." note: "Figure 1. A 74-year-old man with
    Sezary syndrome presented with ... After six cycles of mogamulizumab ..."): a legend that tells of a patient is
    the report's story, its only body."""
    for sec in sections:
        text = " ".join(sec.paragraphs)
        if sec.kind == "caption" and _NARRATIVE_VERB.search(text) and _PATIENT.search(text) \
                and len(_SENTENCE_END.findall(text)) >= 2:
            sec.kind = "other"


_PATIENTS_HEADING = re.compile(r"patients?")
_ABSTRACT_PARTS_MAX = 12  # more headed parts than any structured abstract has: the full text
# "Case 2", "Patient 3", "Case II": one case of a series (parsing of a heading, not a cue)
_NUMBERED_CASE = re.compile(r"(?:case|patient)\s*(?:\d{1,2}|[ivx]{1,4})", re.I)


def _close_abstract(block: list[_Section] | None, kind: str, explicit: bool, heading: str = "") -> list[_Section] | None:
    """A structured abstract's parts are headed like the article's sections ("Background",
    "Case presentation"). When a kind comes round again after the abstract's conclusion (or
    after an "Abstract" heading), the full text has begun: the parts were the abstract. Without
    a second round (an abstract-only page, a case series' "Case 1", "Case 2": a numbered case
    after numbered cases is the next case, not a second round) they keep their kinds."""
    if block is None or kind in ("references", "back_matter") or len(block) > _ABSTRACT_PARTS_MAX:
        return None
    if explicit and block[0].kind == "abstract" and block[0].paragraphs and kind != "abstract":
        # "Abstract" followed by unlabelled prose is an abstract in one piece, not a structured one: the next
        # heading ("Case summary", "Case report", "Introduction") opens the body, whatever comes round later
        return None
    cases = [s for s in block if s.kind == "case"]
    if kind == "case" and cases and all(_NUMBERED_CASE.fullmatch(normalise_heading(h)) for h in
                                        [heading.rstrip(":. ")] + [s.title for s in cases]):
        return block
    if kind in ("case", "conclusion") and care_part_kind(heading.rstrip(":. ")) and cases \
            and all(care_part_kind(s.title) for s in cases):
        return block   # a CARE abstract's "Patient concerns", "Diagnoses", "Interventions", "Outcomes", "Lessons"
    seen = {s.kind for s in block}
    if kind in seen and kind in _BODY_KINDS and (explicit or "conclusion" in seen):
        for s in block:
            s.kind = "abstract"
        return None
    return block


def _license(builder: DocumentBuilder) -> str | None:
    m = re.search(r"(?:distributed )?under the terms of the (Creative Commons[^.()]*(?:\([^)]*\))?)", builder.text)
    return m.group(1).strip() if m else None


def _ids(front: str, source: str) -> list[str]:
    doi = re.search(r"(?:\bdoi\s*:?\s*\[?\s*|https?://(?:dx\.)?doi\.org/)(10\.\d{4,9}/[^\s\]]+)", front, re.I)
    pmid = re.search(r"\bPMID\s*:?\s*(\d{4,9})\b", front)
    pmcid = re.search(r"\bPMCID\s*:?\s*(PMC\d{4,9})\b|(?<![/\w])(PMC\d{4,9})\b", front)
    ids = unique([doi_curie(doi.group(1)) if doi else None, pmid_curie(pmid.group(1)) if pmid else None,
                  pmcid_curie(pmcid.group(1) or pmcid.group(2)) if pmcid else None])
    return ids or [file_curie(source)]


def _year(front: str) -> int | None:
    m = re.search(r"Published(?: online)?\s*:?\s*(?:\d{1,2} \w+ )?((?:19|20)\d\d)", front)
    return int(m.group(1)) if m else None
