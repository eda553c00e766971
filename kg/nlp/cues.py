"""Every cue extraction consults, recognised once per document as a span: component ``kg_cues``.

Extraction decides facts because of cue words ("stopped" ends a line, "because of" names its cause,
"developed" ties an event to a drug, "differential" sets a tumour aside). The words are rows of
``kg/rules/*.jsonl``; this component finds them, once, and keeps each hit as a span: its cue
(one member of :class:`Cue`, the one registry of cue categories), the id of the rule row that
matched and its own character offsets. Extraction asks its ``Sentence`` for them
(``kg.extraction.mentions.Sentence.cue``, ``cue_before``, ``cue_after``, ``cue_between``) and
never scans text itself.

A cue is read in a *window* of the sentence, as ConText rules are (``kg/nlp/assertion.py``):

``sentence``
    anywhere in the sentence: every non-overlapping hit, in text order (``Sentence.cue(s)``).
``before``
    the text before an entity (up to ``chars`` characters): the first hit there, anchored at the
    entity's start (``Sentence.cue_before``). Rows ending in ``$`` are cues that end right before
    the entity ("failure of [the] X").
``after``
    the text after an entity (``chars`` characters), matched from its end: ``Sentence.cue_after``.
    Rows starting with ``^`` are cues glued to the entity ("X alone", "X-induced"). With
    ``chained`` the window starts where another cue's hit ends (and ends where its window ends).
``self``
    an entity's own text ("complete remission" names CR).
``between``
    the gap between two entities (from the first one's end, or its start, to the second one's
    start): the first hit, the hit at the gap's start (``match``) or the gap as a whole
    (``fullmatch``): ``Sentence.cue_between``. Adjacency tests ("a STOP cue ending right before
    the mention, modulo whitespace and 'the'") are such windows.

Windows are read only where extraction asks for them, so the component costs about what the
searches it replaces cost: for the entity labels a cue's spec names, in sentences that hold the
cue's literal words (``kg.rules.prefilter``: a sentence without "because" is never searched for a
CAUSE cue), in the section kinds extraction reads it in (a section doc says its kind in
``doc.user_data[SECTION_KIND_KEY]``, and whether its document has a case section in
``doc.user_data[HAS_CASE_KEY]``; a doc that says nothing is read whole), and the first hit only
where extraction reads only that.

Sets ``doc._.kg_cues``: a list of ``(cue, rule, start, end, anchor_start, anchor_end, value)``
tuples (document character offsets; ``anchor_*`` are the window's entity boundaries, -1 for
``sentence``; ``value`` the text of the rule's named group, e.g. the case number of "Case 2"),
which travels with ``Doc.to_bytes``. :func:`cue_spans` gives them as :class:`CueSpan`;
:func:`span_group` as a spaCy SpanGroup (token-aligned, for display: a cue may end inside a
token, "resum|ed").

The registry (the :class:`Cue` enum, each cue's :class:`CueSpec`) and the ``label_*`` helpers
for values that are not sentence text (a term's drug class, a section heading) live in
``kg/nlp/cue_specs.py``; they are re-exported here.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc

from kg.model import Evidence
from kg.nlp.cue_specs import (AES, CLOSED_ASIDE, COHORT_SECTIONS, DRUGS, HAS_CASE_KEY, INTRO_SECTIONS,  # noqa: F401
                              LABEL_CUES, NARRATIVE_SECTIONS, SECTION_KIND_KEY, SPECS, TUMORS, WINDOW_CUES, WORD,
                              SPEC_OF, Cue, CueSpec, label_fullmatch, label_has, label_is, label_match,
                              pattern_of, rows_of)
from kg.nlp.doc_text import doc_text, sentences_with_entities
from kg.nlp.ents import ents_of
from kg.rules.literal_index import literals_in
from kg.rules.prefilter import FOLD_TRAPS, PrefilteredPattern, literal_filter, literal_filter_in, row_picker
from kg.rules.regex_start import fast_start as _fast, first_chars as _first_chars  # noqa: F401

CUES_KEY = "kg_cues"
if not Doc.has_extension(CUES_KEY):
    Doc.set_extension(CUES_KEY, default=None)


@dataclass(frozen=True)
class CueSpan:
    """One cue hit: its cue, the rule row that matched, its own document offsets, the window's
    entity boundaries (``anchor``; None for a sentence-wide cue), the text of the rule's named
    group (``value``) and its words as evidence in their sentence (``evidence``: set when extraction
    files the hit under its sentence; a decision taken because of the hit cites it, kg.graph)."""

    cue: Cue
    rule: str
    start: int
    end: int
    anchor: tuple[int, int] | None = None
    value: str | None = None
    evidence: Evidence | None = None


class _Compiled:
    """A spec with its pattern, literal prefilter and rows (for the row id of a hit)."""

    def __init__(self, spec: CueSpec):
        self.spec = spec
        self.cue = spec.cue
        self.rows = rows_of(spec.cue, spec)
        self.pattern = pattern_of(spec.cue)
        self.fold = bool(self.pattern.flags & re.IGNORECASE)
        self.may = literal_filter(self.pattern) if spec.prefilter else None
        # the same test on the set of literals of the lower-cased sentence (sentence_cues finds
        # them once for all specs; kg.rules.literal_index): case-insensitive specs only
        self.may_in = literal_filter_in(self.pattern) if spec.prefilter and self.fold else None
        self.row_patterns = [(r.id, r.compiled()) for r in self.rows]
        # the scans (below) are built here for the specs whose windows read them, so a process that
        # forks workers (the ingest's forkserver) builds them once; the other specs (~2/3: windows
        # after, between, self... read ``pattern`` and ``rule_at`` only) never compile them (a scan
        # is the regex compiled again: ~0.4 s of every pipeline build), unless asked (the properties)
        if spec.window in ("sentence", "before"):
            self.scan  # noqa: B018 - built now
        if spec.window == "sentence" and (spec.per_row or spec.first_only):
            self.row_pick, self.row_pick_in  # noqa: B018 - built now
        self.empty = getattr(self.pattern, spec.mode)("") is not None
        # entity labels without which the spec reads nothing in a sentence
        if spec.window == "between":
            self.labels = spec.labels if spec.chained is not None else None
            right = None if (spec.right_at or spec.right != "entity") else spec.labels
            self.both = (spec.left_labels, right) if spec.chained is None else None
        elif spec.window in ("before", "after", "self"):
            # (windows at words or hyphens are read whatever entities the sentence has)
            self.labels, self.both = (spec.labels if spec.chained is None and spec.at is None else None), None
        else:
            self.labels, self.both = spec.needs, None
        self.needs = spec.needs if spec.window != "sentence" else None  # a window's own needs

    # what scans sentences: the same patterns, their first characters tested up front
    @cached_property
    def scan(self):
        return _fast(self.pattern)

    @cached_property
    def row_filters(self) -> list:
        return [literal_filter(p) for _, p in self.row_patterns]

    @cached_property
    def row_scans(self) -> list:
        return [(rid, _fast(p)) for rid, p in self.row_patterns]

    # the row scans whose literals a text has, every row's condition tested in one call (a call
    # per row cost as much as its tests: PATIENT_INTRO has ~40 rows)
    @cached_property
    def row_pick(self):
        return row_picker(list(zip(self.row_filters, (p for _, p in self.row_patterns))), self.row_scans)

    @cached_property
    def row_pick_in(self):
        return row_picker(list(zip(self.row_filters, (p for _, p in self.row_patterns))), self.row_scans,
                          with_set=True) if self.fold else None

    def possible(self, text: str, low: str, trap: bool) -> bool:
        """May the sentence hold the cue at all (``kg.rules.prefilter``: its literals occur)?
        ``trap``: the text has a character ``re`` folds to ASCII where ``str.lower`` does not."""
        if self.may is None:
            return True
        if self.fold:
            return trap or self.may(low)
        return self.may(text)

    def first(self, text: str, low: str, trap: bool, lits: set | None = None):
        """The first hit of the alternation, row by row: the leftmost of the rows' first matches
        (rows whose literals are absent are skipped), the earlier row at the same offset, as one
        alternation's search gives it."""
        best = None
        for rid, pat in self.scans_possible(text, low, trap, lits):
            m = pat.search(text)
            if m is not None and (best is None or m.start() < best[1].start()):
                best = (rid, m)
        return best

    def scans_possible(self, text: str, low: str, trap: bool, lits: set | None = None):
        """The ``(row id, scan)`` of the rows whose literals occur in the sentence (all of them when
        ``trap``: see ``possible``), in row order. ``lits``: the literals of ``low``
        (``literals_in``), when known."""
        if trap:
            return self.row_scans
        if lits is not None and self.row_pick_in is not None:
            return [scan for _, scan in self.row_pick_in(low, lits)]
        return [scan for _, scan in self.row_pick(low if self.fold else text)]

    def rule_at(self, text: str, pos: int, endpos: int | None = None) -> str:
        """The row that matched at ``pos``: the first row of the alternation that matches there."""
        if len(self.row_patterns) == 1:
            return self.row_patterns[0][0]
        how = "fullmatch" if self.spec.mode == "fullmatch" else "match"
        for rid, pat in self.row_patterns:
            m = getattr(pat, how)(text, pos) if endpos is None else getattr(pat, how)(text, pos, endpos)
            if m is not None:
                return rid
        return self.row_patterns[0][0]

    def value(self, m: re.Match) -> str | None:
        g = self.spec.group
        return None if g is None else m.group(g)




@lru_cache(maxsize=1)
def _compiled() -> tuple[_Compiled, ...]:
    return tuple(_Compiled(s) for s in SPECS)


def _masked(text: str, hits: list[tuple[int, int]]) -> tuple[str, Callable[[int], int]]:
    """``text`` with each hit replaced by one space (as ``re.sub(" ", ...)``), and a map from
    offsets of the new text back to ``text``."""
    parts, marks, last, shift = [], [], 0, 0
    for a, b in hits:
        parts.append(text[last:a])
        parts.append(" ")
        marks.append((a - shift + 1, shift + (b - a) - 1))  # from this new offset on, add this
        shift += (b - a) - 1
        last = b
    parts.append(text[last:])

    def back(i: int) -> int:
        add = 0
        for at, s in marks:
            if i >= at:
                add = s
        return i + add

    return "".join(parts), back


def _word_starts(text: str) -> set[int]:
    """Offsets where a word begins (a word character after a non-word one)."""
    return {m.start() for m in _WORD_RUN.finditer(text)}


def _word_ends(text: str) -> set[int]:
    return {m.end() for m in _WORD_RUN.finditer(text)}


_WORD_RUN = re.compile(r"\w+")


def _names(cue: Cue, ent: tuple) -> bool:
    """Does the entity's name (term label, else its text) start with ``cue``?"""
    return label_match(cue, ent[3].strip()) is not None


def _first_word(text: str, start: int, end: int) -> int:
    """The offset of the first non-space character of ``text[start:end]`` (a mention widened to a
    run of words starts there)."""
    x = text[start:end]
    return start + len(x) - len(x.lstrip())


def _run_before(c: "_Compiled", text: str, b: int) -> list[tuple]:
    """The run of cue words right before offset ``b``: the hit before ``b``, then the hit before
    that one, ..., until none, or one that is wholly a ``repeat_unless`` cue ("metastatic"). One
    span from the run's first hit to ``b``."""
    start, rule = b, None
    while True:
        m = c.scan.search(text[:start])
        if not m or label_is(c.spec.repeat_unless, m.group(0).strip()):
            break
        start, rule = m.start(), c.rule_at(text[:start], m.start())
    return [] if rule is None else [(c.cue, rule, start, b, b, b, None)]


def _pattern(cue: Cue) -> re.Pattern:
    return pattern_of(cue)


def _without_asides(gap: str) -> str:
    return CLOSED_ASIDE.sub(" ", gap)


def active_specs(section: str | None = None, doc_has_case: bool | None = None, names_cancer: bool = False,
                 compiled: Iterable[_Compiled] | None = None) -> list[_Compiled]:
    """The specs read in a doc: those of its section kind (any, when unknown), without the
    no-case-section ones in a doc that has a case section and the ``unless_named`` ones in a doc
    that names a tumor or fusion in words."""
    return [c for c in (compiled if compiled is not None else _compiled())
            if not c.spec.across_sentences
            and not (section is not None and c.spec.sections is not None and section not in c.spec.sections)
            and not (doc_has_case and c.spec.without_case) and not (names_cancer and c.spec.unless_named)]


class _Plan(list):
    """:func:`cue_plan`'s runs, with :meth:`runnable` remembered per set of entity labels."""

    def __init__(self, runs):
        super().__init__(runs)
        self._runnable: dict[frozenset, tuple] = {}

    def runnable(self, labels: frozenset) -> tuple:
        found = self._runnable.get(labels)
        if found is None:
            found = self._runnable[labels] = _runnable(self, labels)
        return found


def cue_plan(compiled: Iterable[_Compiled]) -> _Plan:
    """The specs in runs of one *gate*: entity labels one of which a sentence must have for any spec
    of the run to read anything (None: no such label), so a sentence without an adverse event skips
    every adverse-event window at once. Spec order (chained cues after their parents) is kept."""
    plan: list[tuple[frozenset | None, list[_Compiled]]] = []
    for c in compiled:
        gate = None
        if c.spec.entities is None:
            if c.needs is not None:
                gate = c.needs
            elif c.labels is not None and c.spec.or_cue is None:
                gate = c.labels
            elif c.both is not None and c.both[0] is not None:
                gate = c.both[0]
        if plan and plan[-1][0] == gate:
            plan[-1][1].append(c)
        else:
            plan.append((gate, [c]))
    return _Plan(plan)


# how sentence_cues reads a spec that passed the label tests a sentence's label set decides
_READ, _IF_OR_CUE, _NAMED = 0, 1, 2


def _runnable(plan, labels: frozenset) -> tuple[tuple, ...]:
    """The specs of ``plan`` that a sentence whose entities have ``labels`` may read, in plan order,
    each as ``(compiled, how, spec, chained, windows_of, may, fold, may_in)`` with ``how`` what is left to
    test at the sentence: nothing of its labels (``_READ``), whether its
    ``or_cue`` was found (``_IF_OR_CUE``: its own labels are absent), or all its label tests on the
    entities its cue names (``_NAMED``: those depend on the entities' names, not on ``labels``).
    The label tests depend on the set of labels only, and a document's sentences share a few such
    sets: working them out once per set, not once per sentence and spec, is most of what reading
    ~100 specs per sentence cost."""
    out = []
    for gate, run in plan:
        if gate is not None and labels.isdisjoint(gate):
            continue
        for c in run:
            spec = c.spec
            # (the entities a cue names are some of the sentence's: a test that fails on all the
            # labels fails on theirs too, so those specs are left out here as well)
            if c.needs is not None and labels.isdisjoint(c.needs):
                continue
            how = _NAMED if spec.entities is not None else _READ
            if c.labels is not None and labels.isdisjoint(c.labels):
                if not spec.or_cue:
                    continue
                how = how if how == _NAMED else _IF_OR_CUE
            if c.both is not None and any(x is not None and labels.isdisjoint(x) for x in c.both):
                continue
            # what the sentence loop reads of the spec, looked up once here
            out.append((c, how, spec, spec.chained, spec.windows_of, c.may, c.fold, c.may_in))
    return tuple(out)


def sentence_cues(text: str, ents: list[tuple], compiled: Iterable[_Compiled] | None = None,
                  section: str | None = None, doc_has_case: bool | None = None, names_cancer: bool = False,
                  plan: list | None = None):
    """Every cue hit of one sentence: ``text`` and its entities as ``(label, start, end, name)``
    (offsets in ``text``; name: the term label, else the text); ``section``: the kind of its
    section, ``doc_has_case``: whether the document has a case section, if known (``compiled``:
    the specs to read, e.g. :func:`active_specs` of the doc, then ``section``... do not narrow them;
    ``plan``: :func:`cue_plan` of those). Returns ``(cue, rule, start, end, anchor_start, anchor_end,
    value)`` tuples (offsets in ``text``; anchors -1 for a sentence-wide cue)."""
    if plan is None:
        plan = cue_plan(compiled if compiled is not None else active_specs(section, doc_has_case, names_cancer))
    low = text.lower()
    trap = not text.isascii() and any(t in text for t in FOLD_TRAPS)
    # the prefilters' literals in the lower-cased sentence, found once for every spec's test
    lits = None if trap else literals_in(low)
    all_ents = ents
    all_labels = frozenset(e[0] for e in ents)
    runnable = plan.runnable(all_labels) if isinstance(plan, _Plan) else _runnable(plan, all_labels)
    found: dict[Cue, list[tuple]] = {}
    named: dict[Cue, tuple] = {}
    out = []
    for c, how, spec, chained, windows_of, may, fold, may_in in runnable:
        ents = all_ents
        if how == _IF_OR_CUE:
            if spec.or_cue not in found:
                continue
        elif how == _NAMED:   # the entities a cue names (generic tumor words), once per sentence
            if spec.entities not in named:
                kept = [e for e in all_ents if _names(spec.entities, e)]
                named[spec.entities] = (kept, {e[0] for e in kept})
            ents, labels = named[spec.entities]
            # cheap structural tests first: the entities (or the cue) the window needs
            if c.needs is not None and labels.isdisjoint(c.needs):
                continue
            if c.labels is not None and labels.isdisjoint(c.labels) and not (spec.or_cue and spec.or_cue in found):
                continue
            if c.both is not None and any(x is not None and labels.isdisjoint(x) for x in c.both):
                continue
        if (chained is not None and chained not in found) or (windows_of is not None and windows_of not in found):
            continue
        # c.possible(text, low, trap), written out (~30 specs per sentence); with the sentence's
        # literals known, a case-insensitive spec's test looks them up instead of searching
        if may is not None and not (fold and trap):
            if may_in is not None and lits is not None:
                if not may_in(low, lits):
                    continue
            elif not may(low if fold else text):
                continue
        hits = _hits(c, text, low, trap, ents, found, lits)
        if hits:
            found[c.cue] = hits
            out.extend(hits)
    return out


def _hits(c: _Compiled, text: str, low: str, trap: bool, ents, found, lits: set | None = None) -> list[tuple]:
    spec = c.spec
    hits: list[tuple] = []
    w = spec.window
    if w == "sentence":
        if spec.per_row:
            for rid, pat in c.scans_possible(text, low, trap, lits):
                hits.extend((c.cue, rid, m.start(), m.end(), -1, -1, c.value(m)) for m in pat.finditer(text))
        elif spec.mode == "match":
            m = c.pattern.match(text)
            if m:
                hits.append((c.cue, c.rule_at(text, 0), m.start(), m.end(), -1, -1, c.value(m)))
        elif spec.mask is not None:
            masked, back = _masked(text, [(h[2], h[3]) for h in found.get(spec.mask, ())])
            for m in c.pattern.finditer(masked):
                hits.append((c.cue, c.rule_at(masked, m.start()), back(m.start()), back(m.end() - 1) + 1, -1, -1,
                             c.value(m)))
                if spec.first_only:
                    break
        elif spec.first_only:
            best = c.first(text, low, trap, lits)
            if best is not None:
                rid, m = best
                hits.append((c.cue, rid, m.start(), m.end(), -1, -1, c.value(m)))
        else:
            for m in c.scan.finditer(text):
                hits.append((c.cue, c.rule_at(text, m.start()), m.start(), m.end(), -1, -1, c.value(m)))
    elif w == "before":
        anchors = {e[1] for e in ents if spec.labels is None or e[0] in spec.labels}
        if spec.at == "words":
            anchors |= {m.start() for m in WORD.finditer(text)}
        if spec.also_at is not None:
            anchors |= {_first_word(text, h[2], h[3]) for h in found.get(spec.also_at, ())}
        for b in sorted(anchors):
            if spec.repeat_unless is not None:
                hits.extend(_run_before(c, text, b))
                continue
            a = 0
            if spec.clause_break is not None:   # re.split(...)[-1]: after the last break
                for brk in _pattern(spec.clause_break).finditer(text, 0, b):
                    a = brk.end()
            if spec.chars is not None:
                a = max(a, b - spec.chars)
            window = text[a:b]
            m = c.scan.search(window)
            if m:
                hits.append((c.cue, c.rule_at(window, m.start()), a + m.start(), a + m.end(), b, b, c.value(m)))
    elif w == "self":
        for label, a, b, _name in ents:
            if spec.labels is not None and label not in spec.labels:
                continue
            window = text[a:b]
            m = c.pattern.search(window)
            if m:
                hits.append((c.cue, c.rule_at(window, m.start()), a + m.start(), a + m.end(), a, b, c.value(m)))
    elif w == "after":
        if spec.chained is not None:
            anchors = sorted({(h[3], h[5]) for h in found.get(spec.chained, ())})
        else:
            ends = {e[2] for e in ents if spec.labels is None or e[0] in spec.labels}
            if spec.at == "words":
                ends |= {m.end() for m in WORD.finditer(text)}
            elif spec.at == "hyphens":
                ends |= {i for i, ch in enumerate(text) if ch == "-"}
            anchors = sorted({(a, None if spec.chars is None else a + spec.chars) for a in ends})
        for a, limit in anchors:
            if spec.slice:
                window = text[a:limit] if limit is not None else text[a:]
                m = getattr(c.pattern, spec.mode)(window)
                if m:
                    hits.append((c.cue, c.rule_at(window, m.start()), a + m.start(), a + m.end(), a,
                                 limit if limit is not None else len(text), c.value(m)))
            else:
                m = c.pattern.match(text, a)
                if m:
                    hits.append((c.cue, c.rule_at(text, a), m.start(), m.end(), a, len(text), c.value(m)))
    elif w == "next_word":
        # the whitespace-delimited word after each word end ("after crizotinib discontinuation")
        for x in sorted(_word_ends(text) | {e[2] for e in ents}):
            i = x
            while i < len(text) and text[i].isspace():
                i += 1
            j = i
            while j < len(text) and not text[j].isspace():
                j += 1
            m = getattr(c.pattern, spec.mode)(text[i:j])
            if m:
                hits.append((c.cue, c.rule_at(text[i:j], m.start()), i + m.start(), i + m.end(), x, x, c.value(m)))
    elif w == "between":
        if spec.right == "word_start":
            rights_set = _word_starts(text) | {e[1] for e in ents}
        else:
            rights_set = {e[1] for e in ents if spec.labels is None or e[0] in spec.labels}
        for other in spec.right_at:
            rights_set |= {h[2] for h in found.get(other, ())}
        rights = sorted(rights_set)
        if spec.chained is not None:
            lefts = sorted({h[3] for h in found.get(spec.chained, ())})
        elif spec.left == "word_end":
            lefts = sorted(_word_ends(text) | {e[2] for e in ents})
        else:
            idx = 2 if spec.left == "end" else 1
            lefts = sorted({e[idx] for e in ents if spec.left_labels is None or e[0] in spec.left_labels})
        if spec.windows_of is not None:
            pairs = [(h[4], h[5]) for h in found.get(spec.windows_of, ())]
        else:   # every left with the rights at or after it (a-major, b ascending: the order of the hits)
            pairs = [(a, b) for a in lefts for b in rights[bisect_left(rights, a):]]
        read = getattr(c.pattern, spec.mode)
        empty_ok, chars = c.empty, spec.chars
        for a, b in pairs:
            if b < a or (b == a and not empty_ok) or (chars is not None and b - a > chars):
                continue   # an empty or reversed gap: Sentence.cue_between answers from c.empty
            gap = text[a:b]
            if spec.strip_asides:
                gap = _without_asides(gap)
            m = read(gap)
            if m:
                if spec.strip_asides:  # offsets inside a rewritten gap: the hit stands for the gap
                    start, end = a, b
                else:
                    start, end = a + m.start(), a + m.end()
                hits.append((c.cue, c.rule_at(gap, m.start(), m.end() if spec.mode == "fullmatch" else None),
                             start, end, a, b, c.value(m)))
    return hits


def matches_empty(cue: Cue) -> bool:
    """Does the cue's window test hold for an empty gap (two mentions glued together)?"""
    for c in _compiled():
        if c.cue is cue:
            return c.empty
    raise KeyError(cue)


@Language.factory("kg_cues", assigns=["doc._.kg_cues"],
                  requires=["doc.sents", "doc.ents"])
class CueFinder:
    """Finds every cue of :data:`SPECS` once per doc (see the module docstring)."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.compiled = _compiled()
        # (section kind, has a case section, names a cancer) -> the plan of the specs read: a few
        # keys, and working the plan out again for every doc cost ~0.1 ms
        self._plans: dict[tuple, list] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            doc._.kg_cues = []
            return doc
        full = doc_text(doc)
        ud = doc.user_data
        section = ud.get(SECTION_KIND_KEY)
        has_case = ud.get(HAS_CASE_KEY)
        ents = list(ents_of(doc))
        names_cancer = any(e.label_ == "FUSION" or (e.label_ == "TUMOR" and " " in full[e.start_char:e.end_char].strip())
                           for e in ents)
        out: list[tuple] = []
        plan = self._plans.get((section, has_case, names_cancer))
        if plan is None:
            plan = self._plans[section, has_case, names_cancer] = cue_plan(
                active_specs(section, has_case, names_cancer, self.compiled))
        for _s, _e, base, text, sentence_ents in sentences_with_entities(doc, full):
            mine = [(x.label_, x.start_char - base, x.end_char - base,
                     ud.get(("._.", "pref_label", x.start_char, x.end_char)) or full[x.start_char:x.end_char])
                    for x in sentence_ents]
            for cue, rule, a, b, a0, a1, value in sentence_cues(text, mine, plan=plan):
                out.append((cue.value, rule, base + a, base + b, base + a0 if a0 >= 0 else -1,
                            base + a1 if a1 >= 0 else -1, value))
        for c in self.compiled:  # windows that may reach back across a sentence start
            if not c.spec.across_sentences:
                continue
            for x in ents:
                if c.spec.labels is not None and x.label_ not in c.spec.labels:
                    continue
                a = max(0, x.start_char - c.spec.chars)
                window = full[a:x.start_char]
                m = c.pattern.search(window)
                if m:
                    out.append((c.cue.value, c.rule_at(window, m.start()), a + m.start(), a + m.end(),
                                x.start_char, x.start_char, c.value(m)))
        doc._.kg_cues = out
        return doc


def cue_spans(doc: Doc, offset: int = 0) -> list[CueSpan]:
    """The doc's cue hits as :class:`CueSpan` (document offsets + ``offset``)."""
    return [CueSpan(Cue(c), rule, offset + a, offset + b,
                    None if a0 < 0 else (offset + a0, offset + a1), value)
            for c, rule, a, b, a0, a1, value in (doc._.kg_cues or ())]


def label_fullmatcher(cue: Cue) -> Callable[[str], re.Match | None]:
    """``label_fullmatch(cue, value)`` as a function of ``value``, for reading many values once
    (every term name): the cue's regex behind its literal prefilter (kg.rules.prefilter: a value
    holding none of the literals the regex needs is not read), no LRU cache; the same matches."""
    if cue not in LABEL_CUES:
        raise KeyError(f"{cue.name} is read from sentence text, not from labels (kg_cues spans)")
    pattern = pattern_of(cue)
    condition = literal_filter(pattern) if isinstance(pattern, re.Pattern) else None
    return (pattern if condition is None else PrefilteredPattern(pattern, condition)).fullmatch


def span_group(doc: Doc) -> list:
    """The doc's cue hits as spaCy spans (label: the cue's name, ``id_``: the rule row), widened to
    whole tokens; hits of whitespace only are left out. For display (displaCy ``spans_key``)."""
    from spacy.tokens import SpanGroup

    spans = []
    for hit in cue_spans(doc):
        span = doc.char_span(hit.start, hit.end, label=hit.cue.name, alignment_mode="expand")
        if span is not None and len(span):
            span.id_ = hit.rule
            spans.append(span)
    return SpanGroup(doc, name=CUES_KEY, spans=spans)


__all__ = ["Cue", "CueSpan", "CueSpec", "SPECS", "SPEC_OF", "LABEL_CUES", "CLOSED_ASIDE", "label_has", "label_is",
           "label_match", "label_fullmatch", "label_fullmatcher", "cue_spans", "span_group", "WORD", "sentence_cues", "cue_plan", "matches_empty", "rows_of", "pattern_of"]
