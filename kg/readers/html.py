"""HTML pages: a case report saved from a journal site, PubMed Central or a publisher (also an
XHTML file, an HTML fragment, or a page saved with a .txt name).

1. The bytes are decoded (byte-order mark, the page's declared charset, UTF-8, Windows-1252)
   and parsed by the hardened HTML parser (kg/readers/xmlsafe.parse_html): nothing is fetched,
   nothing is run.
2. The article is the largest <article> (else <main> or role="main") holding a fair share of the
   page's text, else <body>. Inside it, code and embedded things are left out (scripts, styles,
   iframes, objects, SVG, form controls), and so is page furniture: forms, buttons, navigation,
   asides, hidden elements, a site <header>/<footer> (one outside <article>/<main>), and
   elements whose class, id or role says navigation, menu, cookie, banner, share, related,
   sidebar, breadcrumb... (``NOISE_TOKENS``, ``NOISE_ROLES``); but an element holding more than
   half of the article's text is never furniture, whatever its tag or class says.
3. Block elements become paragraphs (p, li, table rows, dt/dd, text directly in a div; <br>
   ends a line), marked with what the markup says (kg.readers.text.Mark): h1-h6 are headings
   with their level; a figure, a figure caption or a table is one caption section (no facts),
   except a table of the case's own course (kg.readers.headings.course_lines: its rows, one
   "header: cell | ..." line each, are marked ``course`` and read as the case's text where the
   table stands in the case section);
   entries inside a reference list (class or id references, ref-list, bibliography) are the
   references; paragraphs inside an element marked "abstract" are the abstract; a list item is
   never taken for a heading. Citation markers (``<sup><a href="#B3">3</a></sup>``) are left out.
4. kg.readers.text.read_paragraphs does the rest with the plain-text cues, so a page reads like
   the same page copied from a browser: section kinds from the heading words ("Case
   presentation" -> case), structured abstracts, authors, affiliations and ids in the front
   matter, boilerplate lines.
5. Title, identifiers, publication type, journal and year come from the page's meta data first
   (kg/readers/htmlmeta.py), then from DOI links before the body, then from the text.
6. Evidence offsets point into the HTML file's text (kg/readers/htmlsource.py, origin.align).
"""
from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import unquote

from kg.errors import NoContentError
from kg.model import Document
from kg.readers.decode import decode_text
from kg.readers.headings import ae_table_columns, course_lines, heading_kind, span, table_grid
from kg.readers.htmlmeta import page_meta
from kg.readers.htmlsource import CITATION_MARK, declared_charset, mask_markup, unmap_markup_spaces
from kg.readers.ids import doi_curie
from kg.readers.origin import align
from kg.readers.pubtypes import publication_types, says_case_report
from kg.readers.text import _TERMINAL, Mark, _join_lines, paragraphs, read_paragraphs
from kg.readers.textcues import boilerplate_kind
from kg.readers.xmlsafe import parse_html

_BLOCK = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup html li listing main menu nav ol p pre section summary table "
    "tbody thead tfoot tr caption ul legend option xmp".split())
_BREAKS = frozenset({"br", "hr"})
_CELLS = frozenset({"td", "th"})
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
# Never article text: code, embedded documents and media, form controls, document metadata.
# (Not <embed>: libxml2 does not know it is void and would put the rest of the page inside it.)
_CODE = frozenset(
    "script style noscript template svg iframe frame frameset object canvas select input textarea video "
    "audio map area head link meta base".split())
# Page furniture by its tag; left out unless it holds most of the article (an ASP.NET page wraps
# the whole body in a <form>).
_FURNITURE = frozenset("nav aside form button dialog".split())
# Class/id words (split at - _ and camelCase; two neighbouring words are also tried joined, so
# "side-bar" and "SideBar" are "sidebar") and ARIA roles of page furniture.
NOISE_TOKENS = frozenset({
    "nav", "navbar", "navigation", "menu", "menubar", "submenu", "megamenu", "cookie", "cookies", "consent", "gdpr",
    "banner", "share", "sharing", "social", "related", "sidebar", "breadcrumb", "breadcrumbs", "toolbar", "skiplink",
    "advert", "advertisement", "ads", "popup", "newsletter", "signin", "login", "similar", "recommended", "citedby",
    "comments", "commentlist", "disqus", "subscribe"})
NOISE_ROLES = frozenset({"navigation", "banner", "menu", "menubar", "menuitem", "search", "complementary",
                         "contentinfo", "dialog", "alertdialog", "toolbar", "tablist"})
_LOGO_TOKENS = frozenset({"logo", "brand", "branding", "sitetitle", "sitename", "sitelogo", "masthead"})
# furniture that follows the article and may be longer than it: readers' comments, other stories
_AFTER_TOKENS = frozenset({"comments", "commentlist", "disqus", "related", "similar", "recommended", "citedby"})
_CAPTION_TOKENS = frozenset({"figure", "fig", "figcaption", "caption", "tablewrap", "tw", "table"})
_TABLE_TOKENS = frozenset({"table", "tablewrap", "tw"})
_FLOAT_ID = re.compile(r"(?:(f|fig|figure)|(t|tab|tbl|table))[-_]?\d{1,3}", re.I)   # id="F1", id="T2"
_LABEL_TOKENS = frozenset({"keywords", "kwd", "publicationtypes", "publicationtype"})
_REF_TOKENS = frozenset({"references", "reference", "refs", "reflist", "bibliography", "bibl", "citations"})
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_DOI_LINK = re.compile(r"\s*https?://(?:dx\.)?doi\.org/(10\.\d{4,9}/\S+)", re.I)
_BODY_HEADINGS = {"abstract", "introduction", "case", "discussion", "conclusion", "methods", "results", "references"}
_FURNITURE_SHARE = 0.5   # an element with more of the article's text than this is content
_ARTICLE_SHARE = 0.3     # an <article>/<main> with less of the page's text than this is a teaser
_OPEN = object()


def read_html(data: bytes, source: str) -> Document:
    """The Document of an HTML page (binary and empty input are refused before this)."""
    text = decode_text(data, source, declared=declared_charset(data))
    root = parse_html(text, source)
    body = root if root.tag == "body" else root.find("body")
    if body is None:
        raise NoContentError(source, "HTML page has no <body>; expected a web page with the report's text")
    lengths = _text_lengths(body)
    meta = page_meta(root)
    content = _titled_article(body, lengths, meta)
    content = _article_root(body, lengths) if content is None else content
    walker = _Walker(lengths, lengths.get(content, 0) * _FURNITURE_SHARE, in_article=content is not body)
    walker.title_h1 = next(content.iter("h1"), None)
    walker.order = {el: i for i, el in enumerate(content.iter())}
    walker.teasers = _teasers(body, lengths) if content is body else set()
    walker.walk(content)
    blocks = _rejoin_wrapped(walker.blocks)
    link_doi = _front_doi(blocks, walker.doi_links)
    title = meta.title or _named_heading(blocks, meta) or _first_h1(blocks) or meta.social_title or meta.page_title
    blocks = _mark_title(blocks, title)

    pars: list[str] = []
    marks: dict[int, Mark] = {}
    for mark, block in blocks:
        for par in paragraphs(block):
            if mark is not None:
                marks[len(pars)] = mark
            pars.append(par)
    doc = read_paragraphs(pars, source, marks, title) if pars else None
    if doc is None:
        raise NoContentError(source, "HTML page holds no readable text of a report, only navigation, headings or "
                             "boilerplate; expected the article's text (save the full article page)")
    doc.format = "html"
    doc.ids = _merge_ids(meta.ids, [link_doi], doc.ids) or doc.ids
    doc.publication_types = publication_types(meta.types + doc.publication_types)
    if says_case_report(doc.publication_types):
        doc.article_type = "case-report"
    doc.journal = meta.journal or doc.journal
    doc.year = meta.year or doc.year
    # evidence offsets into the HTML file's text
    doc.source_map = unmap_markup_spaces(align(doc.text, mask_markup(text), glued=True), doc.text, text)
    return doc


class _State(NamedTuple):
    caption: int | None = None   # the figure/table being read (its group number)
    label: str = ""              # "Figure" or "Table"
    reference: bool = False      # inside a reference list
    abstract: bool = False       # inside an element marked as the abstract
    heading: int = 0             # inside <hN>: N
    article: bool = False        # inside <article>/<main>: its <header>/<footer> belong to it
    item: bool = False           # inside a list item (<li>, <dt>, <dd>)
    labels: bool = False         # inside a keyword or publication-type list (its <button>s are the labels)


def _tokens(el) -> set[str]:
    raw = f"{el.get('class') or ''} {el.get('id') or ''}"[:400]
    if not raw.strip():
        return set()
    words = [w.lower() for w in _WORD.findall(raw)]
    return set(words) | {a + b for a, b in zip(words, words[1:])}


def _text_lengths(root) -> dict:
    """Characters of visible text under each element (scripts, objects... count nothing), computed
    once bottom-up: linear in the page."""
    lengths: dict = {}
    for el in reversed(list(root.iter())):   # every element after its descendants
        if not isinstance(el.tag, str) or el.tag in _CODE:
            lengths[el] = 0
            continue
        n = len((el.text or "").strip())
        for child in el:
            n += lengths.get(child, 0) + len((child.tail or "").strip())
        lengths[el] = n
    return lengths


def _titled_article(body, lengths, meta):
    """The <article> headed by the title the page's meta data or <title> names, when the page holds several
    (a news site's endless scroll appends the next story, which may be longer)."""
    names = {_normal(t) for t in (meta.title, meta.social_title, meta.page_title) if len(t.split()) >= 3}
    articles = list(body.iter("article"))
    if not names or len(articles) < 2:
        return None
    for el in articles:
        head = next((h for h in el.iter("h1", "h2") if _normal("".join(h.itertext())) in names), None)
        if head is not None and lengths.get(el, 0) - lengths.get(head, 0) >= 200:
            return el
    return None


def _article_root(body, lengths):
    """The largest <article>, else <main> / role=main, holding a fair share of the page's text."""
    total = lengths.get(body, 0)
    articles = sorted(body.iter("article"), key=lambda el: -lengths.get(el, 0))[:1]
    mains = [el for el in body.iter() if isinstance(el.tag, str) and (
        el.tag == "main" or (el.get("role") or "").strip().lower() == "main")]
    for el in articles + mains:
        if total and lengths.get(el, 0) >= _ARTICLE_SHARE * total:
            return el
    return body


def _teasers(body, lengths) -> set:
    """A page read whole (no <article> holds a fair share of it) with several <article>s: the small ones are
    teaser cards of other stories ("More cases", "Latest news"), never the one that holds an <h1>, nor the largest
    when it is twice the next (the article itself, under a long comment thread)."""
    articles = sorted(body.iter("article"), key=lambda el: -lengths.get(el, 0))
    if len(articles) < 3:
        return set()
    if lengths.get(articles[0], 0) >= 2 * lengths.get(articles[1], 0):
        articles = articles[1:]
    return {el for el in articles if next(el.iter("h1"), None) is None}


class _Walker:
    """Document order, iteratively (no recursion), each element once: linear in the page."""

    title_h1 = None          # the first <h1> of the content (the article's title)
    teasers: set = set()     # <article> teaser cards of other stories
    order: dict = {}         # element -> its place in document order

    def __init__(self, lengths: dict, furniture_limit: float, in_article: bool):
        self.lengths = lengths
        self.content_length = furniture_limit / _FURNITURE_SHARE
        self.limit = furniture_limit
        self.state = _State(article=in_article)
        self.blocks: list[tuple[Mark | None, str]] = []
        self.doi_links: list[tuple[int, str]] = []   # (index of the block the link is in, doi CURIE)
        self._buf: list[str] = []
        self.toggles: set = set()   # accordion toggle buttons read as their section's heading
        self._groups = 0

    def walk(self, root) -> None:
        stack: list = [(root, _OPEN, False)]
        while stack:
            el, saved, block = stack.pop()
            if saved is not _OPEN:   # the end of an element
                if block:
                    self._flush()
                self.state = saved
                self._tail(el, root)
                continue
            tag = el.tag.lower() if isinstance(el.tag, str) else ""
            if not tag or self._dropped(el, tag):
                self._tail(el, root)
                continue
            if tag in _BREAKS:
                if self.state.heading:   # a title set on two lines ("<h1>Alectinib response<br>in …</h1>") is one
                    self._buf.append(" ")
                else:
                    self._flush()
                self._tail(el, root)
                continue
            block = tag in _BLOCK or tag in _HEADINGS or (tag in _CELLS and self.state.caption is None) \
                or el in self.toggles
            if block:
                self._flush()
            elif tag in _CELLS:
                # cells of a table row: one line, set apart by " | " (a row of the case's own table reads as its
                # timeline's rows do, kg/readers/text.py)
                self._buf.append(" | " if "".join(self._buf).strip() else " ")
            saved, self.state = self.state, self._enter(el, tag, self.state)
            if tag == "table" and self.state.caption is not None and self._course_table(el):
                # the case's own treatment lines, events or doses set out in a table: one line a row (read as the
                # case's text where the table stands in the case section, kg/readers/text.py)
                self.state = saved
                self._tail(el, root)
                continue
            if tag == "a":
                self._link(el)
            if el.text:
                self._buf.append(el.text)
            stack.append((el, saved, block))
            stack.extend((child, _OPEN, False) for child in reversed(el))
        self._flush()

    def _tail(self, el, root) -> None:
        if el is not root and el.tail:
            self._buf.append(el.tail)

    def _flush(self) -> None:
        if not self._buf:
            return
        text = " ".join("".join(self._buf).split())
        self._buf.clear()
        if text:
            self.blocks.append((self._mark(), text))

    def _mark(self) -> Mark | None:
        st = self.state
        if st.caption is not None:
            return Mark("caption", group=st.caption, label=st.label)
        if st.heading:
            return Mark("heading", level=st.heading)
        if st.reference:
            return Mark("reference")
        if st.abstract:
            return Mark("abstract")
        if st.item:
            return Mark("item")
        return None

    def _course_table(self, table) -> bool:
        """A table of the case's own course (kg.readers.headings.course_lines: its header row names lines, drugs,
        responses, events or dates; no table of other patients, laboratory values or options): its caption, its rows
        as "header: cell | ..." lines marked ``course`` and its foot are added as blocks; False (nothing added) for
        any other table, which is read cell by cell as a caption."""
        group = self.state.caption
        caption = [text for mark, text in self.blocks if mark is not None and mark.kind == "caption"
                   and mark.group == group]
        own = [c for c in table if isinstance(c.tag, str) and c.tag.lower() == "caption"]
        caption += [self._cell_text(c) for c in own]
        body, foot = [], []
        for tr in table.iter("tr"):
            if next(tr.iterancestors("table"), None) is not table:
                continue   # a row of a table inside a cell
            cells = [(self._cell_text(c), span(c.get("rowspan")), span(c.get("colspan"))) for c in tr
                     if isinstance(c.tag, str) and c.tag.lower() in _CELLS]
            (foot if any(a.tag == "tfoot" for a in tr.iterancestors("tfoot")) else body).append(cells)
        while len(body) > 2 and sum(1 for c in body[-1] if c[0]) == 1 and len(body[0]) >= 2:
            foot.insert(0, body.pop())   # a note set in one cell under the rows ("PR, partial response; ...")
        foot = [[text for text, _, _ in cells] for cells in foot]
        grid = [row for row in table_grid(body) if any(row)]
        lines = course_lines(grid, " ".join(caption))
        if not lines:
            return False
        plain = Mark("caption", group=group, label="Table")
        self.blocks.extend((plain, text) for text in caption[len(caption) - len(own):] if text)
        if not ae_table_columns(grid[0]):
            # the header row stays a caption line where the page has it (its words are in every row's cells)
            self.blocks.append((plain, " | ".join(c for c in grid[0] if c)))
        self.blocks.extend((Mark("caption", group=group, label="Table", course=True), line) for line in lines)
        self.blocks.extend((plain, " ".join(c for c in cells if c)) for cells in foot if any(cells))
        return True

    def _cell_text(self, cell) -> str:
        """A cell's words, with what the walk leaves out of the text left out here too (code, citation markers)."""
        parts: list[str] = [cell.text or ""]
        stack = [(child, False) for child in reversed(cell)]
        while stack:   # (iteratively, as the walk: a page may nest elements deeply)
            el, end = stack.pop()
            if end:
                parts.append(" " if el.tag.lower() in _BLOCK else "")
                parts.append(el.tail or "")
                continue
            tag = el.tag.lower() if isinstance(el.tag, str) else ""
            if not tag or tag in _CODE or tag == "sup" and self._citation_marker(el):
                parts.append(el.tail or "")
                continue
            parts.append(" " if tag in _BLOCK or tag in _BREAKS else "")
            parts.append(el.text or "")
            stack.append((el, True))
            stack.extend((child, False) for child in reversed(el))
        return " ".join("".join(parts).split())

    def _small(self, el) -> bool:
        return self.lengths.get(el, 0) <= self.limit

    def _dropped(self, el, tag: str) -> bool:
        if tag in _CODE:
            return True
        if tag == "button" and self.state.labels:
            return False   # PubMed prints its publication types and MeSH terms as buttons
        if tag == "button" and self.state.heading:
            return False   # <h2><button>Case presentation</button></h2>: the heading's own words
        if tag == "button" and _toggle(el):
            self.toggles.add(el)
            return False   # an accordion's toggle: its section's heading
        if tag in _FURNITURE or tag in ("header", "footer") and not self.state.article:
            return self._small(el) and not (tag == "aside" and _case_box(el))   # (a site's header/footer; an article's own holds its title, authors, licence)
        if tag == "sup" and self._citation_marker(el):
            return True
        hidden = el.get("hidden") is not None or (el.get("aria-hidden") or "").strip().lower() == "true"
        style = (el.get("style") or "")[:400].replace(" ", "").lower()
        hidden = hidden or "display:none" in style or "visibility:hidden" in style
        if hidden and _collapsed_section(el):
            hidden = False
        if el in self.teasers:
            return True
        tokens = _tokens(el)
        noise = (el.get("role") or "").strip().lower() in NOISE_ROLES or bool(tokens & NOISE_TOKENS)
        if tag in ("ul", "ol") and not tokens & _LABEL_TOKENS and not self.state.labels and self._link_list(el):
            noise = True
        return (hidden or noise) and (self._small(el) or self._beside_title(el, tokens))

    def _link_list(self, el) -> bool:
        """A list of three or more links to other pages, each a title ("More stories", "Read next" with no
        class name to tell): almost all of its text is link text."""
        items = [li for li in el if isinstance(li.tag, str) and li.tag == "li"]
        total = self.lengths.get(el, 0)
        if len(items) < 3 or total < 25 * len(items):
            return False
        linked = sum(self.lengths.get(a, 0) for a in el.iter("a") if not any(p.tag == "a" for p in a.iterancestors())
                     and not (a.get("href") or "").startswith("#"))
        return linked >= 0.9 * total

    def _beside_title(self, el, tokens: set[str]) -> bool:
        """Furniture longer than the article: readers' comments or a list of other stories, after the article's
        own <h1> and with text of the page outside it; never an element that holds a known section heading."""
        h1 = self.title_h1
        if h1 is None or not (tokens & _AFTER_TOKENS or el.tag in ("ul", "ol")):
            return False
        if self.order.get(el, -1) <= self.order.get(h1, 0) or self.content_length - self.lengths.get(el, 0) < 200:
            return False
        return not any(heading_kind(" ".join("".join(h.itertext()).split())) in _BODY_HEADINGS
                       for h in el.iter(*_HEADINGS))

    def _citation_marker(self, el) -> bool:
        if self.lengths.get(el, 0) > 40:
            return False
        if not any("#" in (a.get("href") or "") for a in el.iter("a")):
            return False
        return bool(CITATION_MARK.fullmatch(" ".join("".join(el.itertext()).split())))

    def _enter(self, el, tag: str, st: _State) -> _State:
        if tag in ("article", "main"):
            st = st._replace(article=True)
        if tag in _HEADINGS and not (tag == "h1" and _tokens(el) & _LOGO_TOKENS):
            st = st._replace(heading=_HEADINGS[tag])   # (a site's logo set as <h1> is no heading: not the title)
        if el in self.toggles and not st.heading:
            st = st._replace(heading=3)
        if tag not in _BLOCK:
            return st
        if tag in ("li", "dt", "dd"):
            st = st._replace(item=True)
        tokens = _tokens(el)
        if tokens & _LABEL_TOKENS:
            st = st._replace(labels=True)
        float_id = _FLOAT_ID.fullmatch(el.get("id") or "")
        if st.caption is None and self._small(el) and not _case_box(el) and (
                tag in ("figure", "figcaption", "table", "caption") or tokens & _CAPTION_TOKENS or float_id):
            self._groups += 1
            table = tag in ("table", "caption") or bool(tokens & _TABLE_TOKENS) or bool(float_id and float_id.group(2))
            st = st._replace(caption=self._groups, label="Table" if table else "Figure")
        if tokens & _REF_TOKENS:
            st = st._replace(reference=True)
        if "abstract" in tokens:
            st = st._replace(abstract=True)
        return st

    def _link(self, el) -> None:
        m = _DOI_LINK.match(el.get("href") or "")
        if m and not self.state.reference and self.state.caption is None:
            doi = doi_curie(unquote(m.group(1)))
            if doi:
                self.doi_links.append((len(self.blocks), doi))


_MORE = re.compile(r"(?:read|show|see|view) (?:more|all|full (?:text|article|story))|expand(?: all| section)?"
                   r"|continue reading|more", re.I)


def _toggle(el) -> bool:
    """An accordion's toggle button: it says it expands something, and a panel follows it."""
    if el.get("aria-expanded") is None and el.get("aria-controls") is None:
        return False
    nxt = el.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    if nxt is None and el.getparent() is not None and len(" ".join("".join(el.getparent().itertext()).split())) \
            <= len(" ".join("".join(el.itertext()).split())) + 5:
        nxt = el.getparent().getnext()   # <h2><button>Case</button></h2><div>…</div>
    return nxt is not None and len(" ".join("".join(nxt.itertext()).split())) >= 40


def _collapsed_section(el) -> bool:
    """A collapsed panel of the article (an accordion's section, the rest of a story behind "Read more"): the
    element before it is its heading or its toggle (a heading, a <summary>, a <button>, a "Read more" link)."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    if prev is None:
        return False
    tag = prev.tag.lower()
    if tag in _HEADINGS or tag in ("summary", "button") or prev.get("aria-expanded") is not None:
        return True
    text = " ".join("".join(prev.itertext()).split())
    if len(text) > 80:
        return False
    return any(isinstance(c.tag, str) and (c.tag.lower() in _HEADINGS or c.tag.lower() == "button")
               for c in prev.iter()) or bool(_MORE.fullmatch(text))


def _case_box(el) -> bool:
    """A box (an <aside>, a framed table, a figure) headed "Case" / "Case presentation" / "Case study": the patient's
    story set apart from a teaching article's text, not furniture or a caption."""
    for n, child in enumerate(el.iter()):
        if n > 12:
            return False
        text = " ".join((child.text or "").split()) if isinstance(child.tag, str) else ""
        if text:
            return len(text) <= 60 and heading_kind(text) == "case"
    return False


def _rejoin_wrapped(blocks):
    """Lines of one sentence set apart by the markup (a <br> at every line end of a text pasted from a PDF, a
    PDF converter's <div> per line): a line that goes on in lower case after one that ends with no
    punctuation continues it."""
    out: list = []
    for mark, text in blocks:
        if out and mark is None and out[-1][0] is None and text[:1].islower() and not _TERMINAL.search(out[-1][1]):
            out[-1] = (None, _join_lines(out[-1][1], text))
        else:
            out.append((mark, text))
    return out


def _first_h1(blocks) -> str:
    """The first <h1> that is not the site's or journal's name (a logo set as <h1> above the article's)."""
    return next((text for mark, text in blocks if mark is not None and mark.kind == "heading" and mark.level == 1
                 and boilerplate_kind(" ".join(text.split()), front=True) not in ("journal", "navigation", "menu")), "")


def _named_heading(blocks, meta) -> str:
    """The heading the page's <title> or og:title names, when the first <h1> is another (a blog's or site's
    name set as <h1> above the post's own title in an <h2>/<h3>)."""
    names = {_normal(t) for t in (meta.page_title, meta.social_title) if len(t.split()) >= 3}
    h1 = _first_h1(blocks)
    if not names or not h1 or _normal(h1) in names:
        return ""
    return next((text for mark, text in blocks if mark is not None and mark.kind == "heading" and mark.level <= 3
                 and _normal(text) in names), "")


def _normal(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


def _mark_title(blocks, title: str):
    """The heading that is the title is marked so; a title only in the meta data goes first."""
    if not title:
        return blocks
    wanted = _normal(title)
    for i, (mark, text) in enumerate(blocks):
        if mark is not None and mark.kind == "heading" and _normal(text) == wanted:
            return blocks[:i] + [(Mark("title"), text)] + blocks[i + 1:]
    return [(Mark("title"), title)] + blocks


def _front_doi(blocks, links) -> str | None:
    """The first DOI link before the body (a DOI linked under the title is the article's own; the
    ones in the text and the reference list are other papers')."""
    start = next((i for i, (mark, text) in enumerate(blocks) if mark is not None and mark.kind == "heading"
                  and heading_kind(text) in _BODY_HEADINGS), None)
    if start is None:   # no headings: before the first paragraph of prose
        start = next((i for i, (_, text) in enumerate(blocks) if len(text) >= 150), len(blocks))
    return next((doi for i, doi in links if i < start), None)


def _merge_ids(*groups) -> list[str]:
    """One identifier per scheme, the first source that gives one wins (meta data, DOI link, text)."""
    found: dict[str, str] = {}
    for group in groups:
        for cid in group:
            scheme = (cid or "").split(":", 1)[0]
            if scheme in ("doi", "pmid", "pmcid"):
                found.setdefault(scheme, cid)
    return [found[s] for s in ("doi", "pmid", "pmcid") if s in found]
