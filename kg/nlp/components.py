"""spaCy factories of the kg pipeline (assembled from kg/nlp/config.cfg).

Order: tokenizer -> kg_drug_compounds -> kg_sentencizer -> abbreviation_detector -> kg_terms
-> kg_rules -> kg_abbreviations -> kg_linker -> kg_responses -> kg_adverse_events -> kg_context
-> kg_assertion (kg/nlp/responses.py, kg/nlp/adverse_events.py, kg/nlp/assertion.py).
"""
from __future__ import annotations

import re
import warnings
from typing import Callable

import numpy as np
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import registry

from scispacy.abbreviation import AbbreviationDetector  # also registers "abbreviation_detector"

from kg.errors import ConfigError
from kg.nlp import fusion, measures
from kg.nlp.adverse_events import GRADE_GAP_WORDS, SEVERITY, VERSION
from kg.nlp.doctext import TextKeepingTokenizer, doc_text, drop_doc_text
from kg.nlp.ents import TYPE_TO_LABEL, Cand, add_entities, register_extensions, term_attrs
from kg.nlp.responses import of_something_else
from kg.nlp.terms_index import GENE_SYMBOL_BLOCKLIST, TermIndex, get_index

register_extensions()
# scispacy's AbbreviationDetector runs an empty Matcher on docs without abbreviations.
warnings.filterwarnings("ignore", message=r"\[W036\]")


# --- tokenizer ----------------------------------------------------------------
@registry.tokenizers("kg.scispacy_tokenizer.v1")
def create_scispacy_tokenizer() -> Callable[[Language], object]:
    def make(nlp: Language):
        from scispacy.custom_tokenizer import combined_rule_tokenizer
        from spacy.util import registry as reg

        # scispacy copies token_match/url_match from nlp.tokenizer, which does not exist
        # yet while the config is being resolved: give it spaCy's default first.
        nlp.tokenizer = reg.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
        with warnings.catch_warnings():  # scispacy's prefix regex triggers a FutureWarning
            warnings.simplefilter("ignore", FutureWarning)
            tokenizer = combined_rule_tokenizer(nlp)
        # Regimens are written "endoxan/vincristine/actinomycine": split word/word so each
        # drug is its own token (scispacy keeps "/" inside tokens for units such as mg/m2).
        from spacy.util import compile_infix_regex

        infixes = list(nlp.Defaults.infixes or []) + [r"(?<=[A-Za-z]{3})/(?=[A-Za-z]{3})"]
        scispacy_infix = tokenizer.infix_finditer
        extra = compile_infix_regex([infixes[-1]]).finditer

        def infix_finditer(text):
            found = {m.start(): m for m in scispacy_infix(text)}
            for m in extra(text):
                found.setdefault(m.start(), m)
            return [found[k] for k in sorted(found)]

        tokenizer.infix_finditer = infix_finditer
        return TextKeepingTokenizer(tokenizer)   # the components read the text without re-joining tokens

    return make


# --- sentences ------------------------------------------------------------------
# Words whose final period never ends a sentence ("et al.", "Fig.", "vs.", "approx.").
NON_FINAL = frozenset(
    "al fig figs vs approx ca cf dr mr mrs ms no nos ref refs resp st tab e.g i.e etc i.v p.o "
    "s.c i.m b.i.d t.i.d q.d pt pts inc ltd co jr sr dept univ vol eq eqs sect suppl mol min max "
    "approx. d.o.b esp incl viz wk wks mo mos yr yrs hr hrs sp spp".split()
)
_BOUNDARY_RE = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n[ \t]*\n\s*(?=\S)")
_LAST_WORD_RE = re.compile(r"(\S+?)[.!?][\"'”’)\]]*\s*$")
_DOTTED_RE = re.compile(r"^(?:[a-z]\.)+[a-z]$", re.I)


def sentence_starts(text: str) -> list[int]:
    """Character offsets where sentences start (besides 0)."""
    starts = []
    for m in _BOUNDARY_RE.finditer(text):
        if text[m.start() - 1:m.start()] in ".!?" and "\n\n" not in m.group(0):
            w = _LAST_WORD_RE.search(text, max(0, m.start() - 40), m.end())
            if w is not None:
                word = w.group(1).lstrip("([\"'")
                if (word.lower() in NON_FINAL or _DOTTED_RE.match(word)
                        or (len(word) == 1 and word.isupper())):
                    continue
        starts.append(m.end())
    return starts


@Language.factory("kg_sentencizer")
class KGSentencizer:
    """Regex sentence splitter (~4x faster than pysbd); one finditer per document."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        arr = np.full(len(doc), -1, dtype="int64")
        arr[0] = 1
        idx = doc.to_array(IDX)
        pos = np.searchsorted(idx, np.asarray(sentence_starts(doc_text(doc)), dtype=idx.dtype))
        pos = pos[(pos > 0) & (pos < len(doc))]
        arr[pos] = 1
        doc.from_array([SENT_START], arr.astype("uint64").reshape(-1, 1))
        return doc


# --- abbreviations ------------------------------------------------------------------
class _ParenMatcher:
    """Same matches as scispacy's Matcher pattern "( +any )" that filter_matches can keep
    (at most 8 tokens inside), found from the bracket positions instead of running the
    Matcher over every token (the Matcher was the pipeline's slowest step)."""

    def __init__(self, vocab, max_inside: int = 8):
        self.open = vocab.strings.add("(")
        self.close = vocab.strings.add(")")
        self.max_inside = max_inside

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        from spacy.attrs import ORTH

        orth = doc.to_array(ORTH)
        opens = np.flatnonzero(orth == self.open)
        closes = np.flatnonzero(orth == self.close)
        out = []
        for i in opens:
            lo, hi = np.searchsorted(closes, [i + 2, i + self.max_inside + 2])
            out.extend((0, int(i), int(j) + 1) for j in closes[lo:hi])
        return out


@Language.factory("kg_abbreviation_detector", default_config={"make_serializable": True})
class KGAbbreviationDetector(AbbreviationDetector):
    """scispacy's AbbreviationDetector with a faster bracket finder (same results)."""

    def __init__(self, nlp: Language, name: str, make_serializable: bool):
        super().__init__(nlp, name=name, make_serializable=make_serializable)
        self.matcher = _ParenMatcher(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        with warnings.catch_warnings():  # W036: scispacy runs an empty Matcher on most docs
            warnings.simplefilter("ignore", UserWarning)
            return super().__call__(doc)


# --- drug compounds -----------------------------------------------------------------
@Language.factory("kg_drug_compounds", default_config={"terms_key": "default"})
class DrugCompoundSplitter:
    """Splits tokens that glue drugs together ("carboplatin-pemetrexed") or a drug to a word
    about it ("crizotinib-induced", "cisplatin-based"; not "-naive") so the term rules see the
    drugs. First in the pipeline: retokenizing later would shift the token offsets that
    sentences and abbreviations already hold."""

    def __init__(self, nlp: Language, name: str, terms_key: str):
        self.name = name
        index = get_index(terms_key)
        self.drug_words = frozenset(n for n, tid in index.lower_names.items()
                                    if " " not in n and "-" not in n and index.info(tid).type in ("drug", "regimen"))

    def __call__(self, doc: Doc) -> Doc:
        todo = []
        for t in doc:
            if "-" in t.text and not t.is_space:
                parts = t.text.split("-")
                drugs = parts[:-1] if parts[-1].lower() in _DRUG_SUFFIXES else parts
                if 2 <= len(parts) <= 4 and drugs and all(p.lower() in self.drug_words for p in drugs):
                    todo.append((t, parts))
        if todo:
            with doc.retokenize() as retok:
                for t, parts in todo:
                    orths = [x for p in parts for x in (p, "-")][:-1]
                    retok.split(t, orths, heads=[(t, 0)] * len(orths),
                                attrs={"SPACY": [False] * (len(orths) - 1) + [bool(t.whitespace_)]})
        return doc


# --- term rules ------------------------------------------------------------------
@Language.factory("kg_terms", default_config={"terms_key": "default", "min_gene_symbol_length": 3,
                                               "extra_gene_symbols": []})
class TermRuler:
    """Entity rules generated from the term lists.

    Names and synonyms match case-insensitively (LOWER); gene symbols and short
    abbreviations ("IMT", "CR") match as written (ORTH). Longest match wins.
    """

    def __init__(self, nlp: Language, name: str, terms_key: str, min_gene_symbol_length: int,
                 extra_gene_symbols: list[str]):
        self.name = name
        self.index: TermIndex = get_index(terms_key)
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_id: dict[str, list[str]] = {}
        for name_, tid in self.index.lower_names.items():
            by_id.setdefault(tid, []).append(name_)
        for tid, names in by_id.items():
            self.lower.add(tid, list(nlp.tokenizer.pipe(names)))
        orth: dict[str, list[str]] = {}
        extra = set(extra_gene_symbols)
        for sym, tid in self.index.gene_symbols.items():
            if sym in extra or (len(sym) >= min_gene_symbol_length and sym not in GENE_SYMBOL_BLOCKLIST):
                orth.setdefault(tid, []).append(sym)
        for ab, tid in self.index.abbrevs.items():
            orth.setdefault(tid, []).append(ab)
        for tid, names in orth.items():
            self.orth.add(tid, list(nlp.tokenizer.pipe(names)))

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        cands = []
        for key, s, e in self.lower(doc):
            if self.index.info(strings[key]).type == "response" and of_something_else(doc, s, e):
                continue
            cands.append(self._cand(strings[key], s, e))
        for key, s, e in self.orth(doc):
            info = self.index.info(strings[key])
            if info.type != "gene" and _hyphen_glued(doc, s, e):
                continue  # "PD" in "PD/PR" lists etc. is not "progressive disease"
            cands.append(self._cand(strings[key], s, e))
        add_entities(doc, cands)
        return doc

    def _cand(self, tid: str, s: int, e: int) -> Cand:
        info = self.index.info(tid)
        attrs = term_attrs(info)
        if info.type == "response":
            attrs["response_class"] = (info.extra.get("response_class") or "").upper() or None
        return Cand(s, e, TYPE_TO_LABEL[info.type], attrs)


_DRUG_SUFFIXES = frozenset("induced related associated based containing resistant refractory treated pretreated "
                           "mediated".split())


def _hyphen_glued(doc: Doc, s: int, e: int) -> bool:
    before = doc[s - 1] if s > 0 else None
    after = doc[e] if e < len(doc) else None
    return bool((before is not None and not before.whitespace_ and before.text in "-/")
                or (after is not None and not doc[e - 1].whitespace_ and after.text in "-/"))


# --- fusion, dates, durations, doses, grades, age ---------------------------------
@Language.factory("kg_rules", default_config={"terms_key": "default", "age_sex": True})
class MeasureRules:
    """Regex finders over doc.text (see kg/nlp/measures.py and kg/nlp/fusion.py)."""

    def __init__(self, nlp: Language, name: str, terms_key: str, age_sex: bool):
        self.name = name
        self.index = get_index(terms_key)
        self.age_sex = age_sex

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        # Sentence char ranges from the SENT_START array (iterating doc.sents is slow).
        if doc.has_annotation("SENT_START"):
            arr = doc.to_array([SENT_START, IDX])
            starts = arr[arr[:, 0] == 1, 1]
            if not len(starts) or starts[0] != 0:
                starts = np.concatenate([[0], starts])
        else:
            starts = np.array([0])
        ends = np.concatenate([starts[1:], [len(text)]])

        def sentence_of(ch: int) -> tuple[int, int]:
            k = max(0, int(np.searchsorted(starts, ch, side="right")) - 1)
            return int(starts[k]), int(ends[k])

        found = list(fusion.find_fusions(text, self.index, sentence_of))
        found += measures.find_dates(text)
        found += measures.find_durations(text)
        found += measures.find_doses(text)
        found += (g for g in measures.find_grades(text) if g[2] == "GRADE")
        if self.age_sex:
            found += measures.find_ages(text)
        cands = []
        for s, e, label, attrs in found:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            if label in ("DATE", "DURATION", "DOSE", "GRADE", "AGE_SEX"):
                attrs.setdefault("link_score", None)
            else:
                attrs.setdefault("link_score", 1.0)
            if label == "FUSION":
                fc = self.index.info(self.index.fusion_class_id)
                attrs.update(term_type="fusion", curie=fc.id if fc else None, pref_label=fc.label if fc else None)
            cands.append(Cand(span.start, span.end, label, attrs))
        add_entities(doc, cands)
        return doc


# --- abbreviations defined in the text ---------------------------------------------
@Language.factory("kg_abbreviations")
class AbbreviationPropagator:
    """A short form defined as "long form (SF)" inherits the long form's entity everywhere."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not Doc.has_extension("abbreviations") or not doc._.abbreviations:
            return doc
        ents_by_end = {e.end: e for e in doc.ents}
        cands = []
        done: set[str] = set()
        text = doc_text(doc)
        for ab in doc._.abbreviations:
            if isinstance(ab, dict):
                short, ls, le = ab["short_text"], ab["long_start"], ab["long_end"]
            else:
                lf = ab._.long_form
                if not isinstance(lf, Span):
                    continue
                short, ls, le = ab.text, lf.start, lf.end
            if short in done:
                continue
            ent = ents_by_end.get(le)
            # the entity must cover most of the long form ("the inflammatory myofibroblastic tumor")
            if ent is None or ent.start < ls or (ent.end - ent.start) * 2 < (le - ls):
                continue
            if ent.label_ in ("DATE", "DURATION", "DOSE", "GRADE", "AGE_SEX"):
                continue
            done.add(short)
            attrs = {n: ent._.get(n) for n in ("curie", "pref_label", "term_type", "link_score",
                                              "fusion", "response_class")}
            for m in re.finditer(rf"(?<![\w-]){re.escape(short)}s?(?![\w-])", text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="strict")
                if span is not None and (span.start >= le or span.end <= ls):
                    cands.append(Cand(span.start, span.end, ent.label_, dict(attrs)))
        add_entities(doc, cands, replace_equal=True)
        return doc


# --- grades, severity -----------------------------------------------------
_GAP_STOP = frozenset({".", ";", ",", "and", "or", "but", "with", "while"})


@Language.factory("kg_context")
class ContextAttributes:
    """Attach grades/severity to adverse events and short "G2" grades (assertion: kg_assertion)."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        if not ents:
            return doc
        # "G2 asthenia": the short form counts only right before an adverse event.
        ae_starts = {e.start: e for e in ents if e.label_ == "ADVERSE_EVENT"}
        text = doc_text(doc)
        short = []
        for s, e, _, attrs in measures.find_grades(text):
            span = doc.char_span(s, e)
            if span is not None and span.text.startswith(("G", "CTCAE")) and span.end in ae_starts:
                short.append(Cand(span.start, span.end, "GRADE", attrs))
        if short:
            add_entities(doc, short)
            ents = list(doc.ents)
        # Sentence of a token by binary search: Span.sent walks the doc and is slow.
        sent_starts = np.flatnonzero(doc.to_array(SENT_START) == 1)
        if not len(sent_starts) or sent_starts[0] != 0:
            sent_starts = np.concatenate([[0], sent_starts])
        sent_ends = np.concatenate([sent_starts[1:], [len(doc)]])

        def sent_of(i: int) -> tuple[int, int]:
            k = int(np.searchsorted(sent_starts, i, side="right")) - 1
            return int(sent_starts[k]), int(sent_ends[k])

        used: set[int] = set()
        for i, ent in enumerate(ents):
            if ent.label_ != "ADVERSE_EVENT":
                continue
            grade = self._grade(doc, ents, i, used)
            if grade is not None:
                ent._.grade = grade
            for t in doc[max(sent_of(ent.start)[0], ent.start - 2):ent.start]:
                sev = SEVERITY.get(t.lower_)
                if sev:
                    ent._.severity = sev
        return doc

    @staticmethod
    def _gap_ok(doc: Doc, a: int, b: int) -> bool:
        return b - a <= 2 and not any(t.lower_ in _GAP_STOP for t in doc[a:b])

    def _grade(self, doc: Doc, ents: list[Span], i: int, used: set[int]) -> int | None:
        ent = ents[i]
        if i > 0 and ents[i - 1].label_ == "GRADE" and self._gap_ok(doc, ents[i - 1].end, ent.start):
            used.add(i - 1)
            return ents[i - 1]._.grade
        if i + 1 < len(ents) and ents[i + 1].label_ == "GRADE" and i + 1 not in used:
            gap = doc[ent.end:ents[i + 1].start]
            # "neutropenia (grade 3)", "rash of grade 2", "neutropenia (CTCAE v5.0 grade 3)"
            if len(gap) <= 5 and all(t.text in "(:[-," or t.lower_ in GRADE_GAP_WORDS or VERSION.fullmatch(t.lower_)
                                     for t in gap):
                used.add(i + 1)
                return ents[i + 1]._.grade
        return None


def check_pipeline(nlp: Language) -> None:
    need = ["kg_sentencizer", "kg_terms"]
    missing = [n for n in need if n not in nlp.pipe_names]
    if missing:
        raise ConfigError(f"the NLP config lacks component(s) {', '.join(missing)}; found {nlp.pipe_names}")
