"""Where the text of a plain-text Document came from in its file: offsets into the source.

The text reader repairs what it reads (kg/readers/text.py): PDF line breaks and layout
hyphens ("treat-\\nment"), page furniture (running heads, page numbers), markup (``**bold**``,
``^{1}``, ``$x$``), carriage returns, soft hyphens and no-break spaces; it moves figure captions
behind their section and a title above its front matter, and joins the parts of a paragraph cut
by a page. Evidence offsets must point into the file the user has, so ``align`` maps every
character of Document.text back to the character of the file's text it came from.

The alignment walks both texts together: equal characters map one to one; white space in the
Document matches any run of white space (or none) in the file; what the reader drops is skipped
in the file (the repairs above); where the two part (a caption moved, furniture between the
parts of a sentence), the next words of the Document are searched in the file, first ahead, then
from the start. Every character is looked at a bounded number of times, so the walk is linear
in practice; a Document that cannot be aligned within its budget gets no map (its evidence then
keeps offsets into its section's text, see kg/graph/build.py).

``SourceMap.span(start, end)`` gives the file span of a Document span: from the file position of
its first mapped character to just after its last one. The file's text between them is the
span as written there (line breaks, layout hyphens, furniture included).
"""
from __future__ import annotations

import re

from kg.model import SourceMap

# Characters the text reader drops from the file's text wherever they are: CR (line ends are
# normalised), soft hyphens, and the markup characters of kg/readers/text.py's _MARKUP.
_DROPPED = re.compile(r"\r|\u00ad|\*+|\$|\^\{[^}\n]{0,20}\}")
# A hyphen at the end of a line, joined to the next line's word ("treat-\nment" -> "treatment").
_LAYOUT_HYPHEN = re.compile(r"-[ \t]*\r?\n[ \t\u00a0]*")
_WORDS = re.compile(r"\S+")
_ANCHOR_WORDS = (8, 4, 2, 1)      # how many of the next words are searched for after a break
_AHEAD = 20_000                   # how far ahead a resumed alignment is searched first
_SEARCH_BUDGET = 50               # characters searched after breaks, per character of both texts


def _is_space(ch: str) -> bool:
    return ch.isspace() or ch in "\u00a0\u200b"


class _Runs:
    def __init__(self) -> None:
        self.doc: list[int] = []
        self.src: list[int] = []
        self.len: list[int] = []

    def add(self, i: int, j: int) -> None:
        if self.doc and self.doc[-1] + self.len[-1] == i and self.src[-1] + self.len[-1] == j:
            self.len[-1] += 1
        else:
            self.doc.append(i)
            self.src.append(j)
            self.len.append(1)

    def truncate(self, i: int) -> None:
        """Forget the mapping of Document offsets >= i."""
        while self.doc and self.doc[-1] >= i:
            self.doc.pop()
            self.src.pop()
            self.len.pop()
        if self.doc and self.doc[-1] + self.len[-1] > i:
            self.len[-1] = i - self.doc[-1]

    def freeze(self) -> SourceMap:
        return SourceMap(tuple(self.doc), tuple(self.src), tuple(self.len))


def _anchor(doc: str, i: int, words: int, glued: bool = False) -> re.Pattern | None:
    """The next ``words`` words of ``doc`` from ``i``, any white space between them (and, when
    ``glued``, also between their characters: markup blanked inside a word, "1.</span><cite>Ibarra")."""
    found = [m.group(0) for _, m in zip(range(words), _WORDS.finditer(doc, i))]
    if not found:
        return None
    if glued:
        return re.compile(r"\s+".join(r"\s*".join(map(re.escape, w)) for w in found))
    return re.compile(r"\s+".join(map(re.escape, found)))


def _resume(doc: str, i: int, src: str, j: int, glued: bool = False) -> tuple[int | None, int]:
    """(where in ``src`` the alignment goes on for ``doc[i:]``, characters searched): ahead of
    ``j`` first, then anywhere; the longest run of next words that is found wins."""
    cost = 0
    for words in _ANCHOR_WORDS:
        pattern = _anchor(doc, i, words, glued)
        if pattern is None:
            return None, cost
        for lo, hi in ((j, j + _AHEAD), (j + _AHEAD, len(src)), (0, j)):
            if lo >= hi:
                continue
            cost += min(hi, len(src)) - lo
            m = pattern.search(src, lo, hi)
            if m:
                return m.start(), cost
    return None, cost


_INSERTED_WORDS = 5                # how many words the reader may have put in before the file goes on
# what the readers put between a table row's cells: " | ", then the column's header ("Best response: ")
_CELL_INSERT = re.compile(r"\|(?:\s*[^|\n]{1,60}:)?|[^|\n]{1,60}:")


def _inserted(doc: str, i: int, src: str, j: int) -> int | None:
    """Where ``doc`` goes on with the file's text at ``src[j]`` when the word at ``doc[i]`` (and up to a few after it)
    is not in the file: the start of the first next word the file has right at ``j``, None when there is none."""
    found = list(zip(range(_INSERTED_WORDS + 1), _WORDS.finditer(doc, i)))
    for _, m in found[1:]:
        word = m.group(0)
        end = j + len(word)
        if src.startswith(word, j) and not (end < len(src) and src[end].isalnum()) \
                and _CELL_INSERT.fullmatch(doc[i:m.start()].strip()):
            return m.start()
    return None


def align(doc: str, src: str, glued: bool = False) -> SourceMap | None:
    """Map the characters of ``doc`` (Document.text) to the file text ``src`` they came from;
    None when the alignment does not succeed within its budget. ``glued``: white space in
    ``src`` may also stand inside a word of ``doc`` (an HTML page's text with its markup blanked
    out, kg/readers/htmlsource.mask_markup)."""
    runs = _Runs()
    budget = _SEARCH_BUDGET * (len(doc) + len(src)) + 1_000_000   # characters searched after breaks
    tried: set[tuple[int, int]] = set()
    i = j = 0
    n, m = len(doc), len(src)
    while i < n:
        c = doc[i]
        if _is_space(c):
            if j < m and _is_space(src[j]):
                runs.add(i, j)
            while j < m and (_is_space(src[j]) or src[j] in "\r\u00ad"):
                j += 1
            i += 1
            continue
        if j < m and src[j] == c:
            runs.add(i, j)
            i += 1
            j += 1
            continue
        skip = _DROPPED.match(src, j) or _LAYOUT_HYPHEN.match(src, j)
        if skip:
            j = skip.end()
            continue
        if j < m and _is_space(src[j]):   # white space the reader removed (a line's indentation)
            j += 1
            continue
        # The texts part: look for this word and the next ones in the file (a word matched only
        # in part, e.g. "in" of a running head "in Oncology", is looked for again as a whole).
        w = i
        while w > 0 and not _is_space(doc[w - 1]):
            w -= 1
        if glued and w == i:
            # words the reader put in (a table row's " | " between cells, a column's header before each cell:
            # "Line: 2 | Regimen: ..."): the file goes on right here with one of the next few words
            nxt = _inserted(doc, i, src, j)
            if nxt is not None:
                i = nxt
                continue
        found, cost = _resume(doc, w, src, j, glued)
        budget -= cost
        if budget < 0:
            return None
        if found is None or (w, found) in tried:
            i += 1     # a character that is not in the file (not expected): left unmapped
            continue
        tried.add((w, found))
        runs.truncate(w)
        i, j = w, found
    return runs.freeze()


__all__ = ["SourceMap", "align"]
