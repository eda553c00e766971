"""``kg_terms``: entities for every name of every term (PhraseMatchers built from the term index).

Sets ``doc.ents`` (TUMOR, DRUG, DRUG_CLASS, GENE, RESPONSE, ADVERSE_EVENT, PROCEDURE, REGIMEN)
with ``span._.curie``, ``pref_label``, ``term_type``, ``link_score`` (1.0) and, for responses,
``response_class``; and ``doc._.kg_terms_key``, the key of the term index used, so extraction
reads term extras from the same terms.
"""
from __future__ import annotations

import re

import numpy as np
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc

from kg.nlp.ents import TYPE_TO_LABEL, Cand, add_entities, register_extensions, term_attrs
from kg.nlp.responses import of_something_else
from kg.nlp.term_patterns import add_patterns
from kg.nlp.terms_index import GENE_SYMBOL_BLOCKLIST, TermIndex, get_index
from kg.rules import rules

# "adenocarcinoma of the ascending colon": position words between "of the" and the organ
_SITE_MODIFIERS = frozenset(w.lower() for w in rules("diagnosis").words("SITE_MODIFIER"))
_OF = get_string_id("of")   # the LOWER value of "of"/"Of"/"OF" tokens
# "1187-6 TG>CA", "c.212delTG", "the AG dinucleotide": sequence notation around a drug short form of nucleotide letters
_SEQ_BEFORE = rules("therapy").pattern("SEQUENCE_NOTATION_BEFORE")
_SEQ_AFTER = rules("therapy").pattern("SEQUENCE_NOTATION_AFTER")
# "TG", "6-TG", "6 TG"; not code names with more digits ("AG-120", "AC220")
_NUCLEOTIDES = re.compile(r"(?:\d[-\s]?)?[ACGTU]{1,3}")
# a regimen's bare acronym ("THP", "SOX", "Kd"): its term is named "<acronym> regimen" because the acronym alone is
# another word too (a SOX gene, "EC" for endometrial cancer); it names the regimen only beside words of treatment
_BARE_BEFORE = rules("therapy").pattern("BARE_REGIMEN_BEFORE")
_BARE_AFTER = rules("therapy").pattern("BARE_REGIMEN_AFTER")
_BARE_JOIN = rules("therapy").pattern("BARE_REGIMEN_JOIN")
_REGIMEN_WORD = " regimen"
# "her ICE score fell to 2", "a VAC dressing": a regimen's acronym before a word of measurement or equipment
_OTHER_SENSE_AFTER = rules("therapy").pattern("REGIMEN_OTHER_SENSE_AFTER")

register_extensions()


@Language.factory("kg_terms", default_config={"terms_key": "default", "min_gene_symbol_length": 3,
                                               "extra_gene_symbols": []},
                  assigns=["doc.ents", "doc._.kg_terms_key", "span._.curie", "span._.pref_label",
                           "span._.term_type", "span._.link_score", "span._.response_class"])
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
        orth: dict[str, list[str]] = {}
        extra = set(extra_gene_symbols)
        for sym, tid in self.index.gene_symbols.items():
            if sym in extra or (len(sym) >= min_gene_symbol_length and sym not in GENE_SYMBOL_BLOCKLIST):
                orth.setdefault(tid, []).append(sym)
        for ab, tid in self.index.abbrevs.items():
            orth.setdefault(tid, []).append(ab)
        # tokenized once per set of names and tokenizer, then cached (kg.nlp.term_patterns)
        add_patterns(nlp, [(self.lower, "LOWER", list(by_id.items())), (self.orth, "ORTH", list(orth.items()))])
        self.bare_regimens = bare_regimen_acronyms(self.index)
        self.compound_forms = compound_short_forms(self.index)

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_terms_key = self.index.key  # extraction reads term extras from the same index
        strings = doc.vocab.strings
        cands = []
        for key, s, e in self.lower(doc):
            if self.index.info(strings[key]).type == "response" and of_something_else(doc, s, e):
                continue
            cands.append(self._cand(strings[key], s, e))
        glued = []
        for key, s, e in self.orth(doc):
            info = self.index.info(strings[key])
            if info.type != "gene" and _hyphen_glued(doc, s, e):
                if info.type in _DRUG_TYPES:
                    glued.append(self._cand(strings[key], s, e))
                continue  # "PD" in "PD/PR" lists etc. is not "progressive disease"
            cands.append(self._cand(strings[key], s, e))
        cands.extend(self._compound_short_forms(doc, [*cands, *glued]))
        cands.extend(_drug_pairs(glued, cands))
        cands.extend(self._site_modified(doc))
        cands.extend(self._bare_regimens(doc, cands))
        cands.extend(self._broken_names(doc))
        cands = [c for c in cands if not _sequence_letters(doc, c) and not _regimen_other_sense(doc, c)]
        add_entities(doc, _without_generic_site_names(doc, cands))
        return doc

    def _site_modified(self, doc: Doc) -> list[Cand]:
        """ "adenocarcinoma of the ascending colon" is the term "adenocarcinoma of the colon":
        a tumor name with position words (SITE_MODIFIER) between "of (the)" and the organ. The
        span covers the words as written; the longest name wins."""
        out = []
        names = self.index.lower_names
        # the "of" tokens from one array (no Token object per word of the doc)
        for i in np.flatnonzero(doc.to_array(LOWER) == _OF).tolist():
            of = doc[i]
            j = of.i + 1
            the = j < len(doc) and doc[j].lower_ == "the"
            k = j + the
            while k < len(doc) and doc[k].lower_ in _SITE_MODIFIERS:
                k += 1
            if k == j + the or k >= len(doc):
                continue  # no position word
            link = " of the " if the else " of "
            found = None
            for h in range(min(5, of.i), 0, -1):
                head = doc[of.i - h:of.i].text.lower()
                for t in range(min(3, len(doc) - k), 0, -1):
                    tid = names.get(head + link + doc[k:k + t].text.lower())
                    if tid and self.index.info(tid).type == "tumor":
                        found = (tid, of.i - h, k + t)
                        break
                if found:
                    break
            if found:
                out.append(self._cand(*found))
        return out

    def _bare_regimens(self, doc: Doc, cands: list[Cand]) -> list[Cand]:
        """A regimen's bare acronym ("12 weeks of THP", "SOX plus nivolumab", "Kd was started") where the words
        around it tell a treatment (BARE_REGIMEN_BEFORE / _AFTER rows of kg/rules/therapy.jsonl) or a combination
        word joins it to a drug named beside it (BARE_REGIMEN_JOIN)."""
        out = []
        for tok in doc:
            tid = self.bare_regimens.get(tok.text)
            if tid is None:
                continue
            text, start, end = doc.text, tok.idx, tok.idx + len(tok.text)
            if _BARE_BEFORE.search(text[max(0, start - 60):start]) or _BARE_AFTER.search(text[end:end + 60]) \
                    or _joined_to_drug(doc, tok.i, cands):
                out.append(self._cand(tid, tok.i, tok.i + 1))
        return out

    def _compound_short_forms(self, doc: Doc, cands: list[Cand]) -> list[Cand]:
        """A short form that names a drug only inside a combination ("CBDCA+PEM+Pembro", "CDDP / VNR", "wPTX+RAM";
        COMPOUND_SHORT_FORM rows of kg/rules/therapy.jsonl): the drug, where a "+" or "/" joins it to a drug, a
        regimen or another such short form right beside it; alone ("a PTX after the biopsy") it is no drug."""
        forms = {tok.i: tid for tok in doc if (tid := self.compound_forms.get(tok.text))}
        if not forms:
            return []
        drug_tokens = {k for c in cands if c.label in ("DRUG", "REGIMEN") for k in range(c.start, c.end)}
        out = []
        for i, tid in forms.items():
            for j in (i - 2, i + 2):
                # (a one-letter form, rituximab's "R", only beside a drug or regimen name: "R/R" is relapsed/refractory)
                if 0 <= j < len(doc) and ((doc[(i + j) // 2].text in ("+", "/")
                                           and (j in drug_tokens or (j in forms and len(doc[i].text) > 1
                                                                     and len(doc[j].text) > 1)))
                                          or _hyphen_joined(doc, i, j, drug_tokens)):
                    out.append(self._cand(tid, i, i + 1))
                    break
        return out

    def _broken_names(self, doc: Doc) -> list[Cand]:
        """A drug's one-word name broken by a PDF's line-end hyphen whose line break became a space ("cispla- tin",
        "beva- cizumab"; the text reader joins the break itself when the line break is still there): the two pieces,
        joined, name the drug."""
        out = []
        for tok in doc:
            tid = self._name_broken_in_token(tok.text)
            if tid:
                out.append(self._cand(tid, tok.i, tok.i + 1))
                continue
            head = tok.text[:-1]
            if not tok.text.endswith("-") or not tok.whitespace_ or len(head) < 3 or not head.isalpha() \
                    or tok.i + 1 >= len(doc):
                continue
            tail = doc[tok.i + 1]
            if not (tail.is_alpha and tail.is_lower):
                continue
            tid = self.index.lower_names.get(head.lower() + tail.lower_)
            if tid and self.index.info(tid).type in ("drug", "regimen"):
                out.append(self._cand(tid, tok.i, tail.i + 1))
        return out

    def _name_broken_in_token(self, word: str) -> str | None:
        """A drug's one-word name whose line-end hyphen stayed when the line break was dropped ("selper-catinib",
        "pembroli-zumab"): one hyphen between two lower-case pieces of letters that, joined, are exactly a drug or
        regimen name (a word such as "well-known" joins to no name)."""
        head, sep, tail = word.partition("-")
        if not sep or len(head) < 3 or len(tail) < 3 or not head.isalpha() or not tail.isalpha() \
                or not tail.islower():
            return None
        tid = self.index.lower_names.get(head.lower() + tail)
        return tid if tid and self.index.info(tid).type in _DRUG_TYPES else None

    def _cand(self, tid: str, s: int, e: int) -> Cand:
        info = self.index.info(tid)
        attrs = term_attrs(info)
        if info.type == "response":
            attrs["response_class"] = (info.extra.get("response_class") or "").upper() or None
        return Cand(s, e, TYPE_TO_LABEL[info.type], attrs)


def compound_short_forms(index: TermIndex) -> dict[str, str]:
    """Short form as written -> drug id, of the COMPOUND_SHORT_FORM rows (kg/rules/therapy.jsonl; ``term`` is the
    drug's name in the term lists; a term list without that drug, as a test's small one, links none of its forms)."""
    out = {}
    for row in rules("therapy").rows("COMPOUND_SHORT_FORM"):
        tid = index.lower_names.get(row.fields["term"].lower())
        if tid is not None and index.info(tid).type == "drug":
            out.update((w, tid) for w in row.words)
    return out


def bare_regimen_acronyms(index: TermIndex) -> dict[str, str]:
    """Bare acronym as written -> regimen id, of the regimens named "<acronym> regimen" ("THP regimen", "PE regimen"):
    the acronym as the term's label writes it, else in capitals; not one that names a term of its own."""
    out = {}
    short_forms = {a.lower() for a in index.abbrevs} | {g.lower() for g in index.gene_symbols}
    for name, tid in index.lower_names.items():
        info = index.info(tid)
        if info.type != "regimen" or not name.endswith(_REGIMEN_WORD):
            continue
        bare = name[:-len(_REGIMEN_WORD)]
        if not re.fullmatch(r"[a-z0-9]{2,5}", bare) or bare in index.lower_names or bare in short_forms:
            continue
        out[info.label[:len(bare)] if info.label.lower().startswith(bare + _REGIMEN_WORD) else bare.upper()] = tid
    return out


def _joined_to_drug(doc: Doc, i: int, cands: list[Cand]) -> bool:
    """Is token ``i`` joined to a drug or regimen named right before or after it by a combination word ("SOX plus
    nivolumab", "nivolumab + SOX"; BARE_REGIMEN_JOIN)?"""
    for c in cands:
        if c.label not in ("DRUG", "REGIMEN"):
            continue
        if 0 < i - c.end + 1 <= 4 and _BARE_JOIN.search(doc.text[doc[c.end - 1].idx + len(doc[c.end - 1].text):doc[i].idx]):
            return True
        if 0 < c.start - i <= 4 and _BARE_JOIN.search(doc.text[doc[i].idx + len(doc[i].text):doc[c.start].idx]):
            return True
    return False


def _sequence_letters(doc: Doc, c: Cand) -> bool:
    """A drug name spelt only with nucleotide letters ("TG", "6-TG") inside sequence notation ("1187-6 TG>CA",
    "a TG deletion"): DNA, not thioguanine (SEQUENCE_NOTATION_BEFORE/AFTER rows of kg/rules/therapy.jsonl)."""
    if c.label not in ("DRUG", "REGIMEN"):
        return False
    span = doc[c.start:c.end]
    if not _NUCLEOTIDES.fullmatch(span.text):
        return False
    text = doc.text
    return bool(_SEQ_BEFORE.search(text[max(0, span.start_char - 20):span.start_char])
                or _SEQ_AFTER.search(text[span.end_char:span.end_char + 40]))


def _regimen_other_sense(doc: Doc, c: Cand) -> bool:
    """A regimen's acronym right before a word of measurement or equipment ("ICE score", "ICE assessment", "VAC
    dressing"; REGIMEN_OTHER_SENSE_AFTER rows of kg/rules/therapy.jsonl): the same letters name a score or a device,
    and reading them as the regimen gives the patient its drugs."""
    if c.label != "REGIMEN":
        return False
    end = doc[c.end - 1].idx + len(doc[c.end - 1].text)
    return bool(_OTHER_SENSE_AFTER.match(doc.text[end:end + 40]))


_DRUG_TYPES = frozenset({"drug", "regimen"})


def _drug_pairs(glued: list[Cand], cands: list[Cand]) -> list[Cand]:
    """Drug short forms glued by "/" or "-" to a drug named right beside them ("ATRA/ATO", "5-FU/LV"): a combination,
    each a drug, unlike a response's short form in "PD/PR" (a glued short form of a drug alone stays out)."""
    drugs = [c for c in [*glued, *cands] if c.label in ("DRUG", "REGIMEN")]
    return [g for g in glued if any(o is not g and (o.start == g.end + 1 or o.end == g.start - 1) for o in drugs)]


def _hyphen_joined(doc: Doc, i: int, j: int, drug_tokens: set[int]) -> bool:
    """A short form glued by a hyphen, no space, to a drug or regimen named beside it ("CHOP-Bleo", "FOLFOX-Bev",
    "CapeOX-Bev"): the hyphen joins a combination as "+" does. Two short forms alone ("Gem-Cis") are not enough."""
    a, b = min(i, j), max(i, j)
    return (j in drug_tokens and doc[a + 1].text == "-" and not doc[a].whitespace_
            and not doc[a + 1].whitespace_)


def _hyphen_glued(doc: Doc, s: int, e: int) -> bool:
    before = doc[s - 1] if s > 0 else None
    after = doc[e] if e < len(doc) else None
    return bool((before is not None and not before.whitespace_ and before.text in "-/")
                or (after is not None and not doc[e - 1].whitespace_ and after.text in "-/"))


_GENERIC_HEADS = frozenset({"tumor", "tumour", "cancer", "neoplasm", "carcinoma", "sarcoma", "lymphoma", "mass", "lesion"})


def _without_generic_site_names(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """ "inflammatory myofibroblastic tumour of the bladder": "tumour of the bladder" (a name of
    bladder cancer) starts on the head noun of a tumor named before it; the earlier, specific
    tumor keeps its tokens (longest-match would give them to the site name)."""
    tumors = [c for c in cands if c.label == "TUMOR"]
    return [c for c in cands if not (
        c.label == "TUMOR" and doc[c.start].lower_ in _GENERIC_HEADS
        and any(o.start < c.start < o.end <= c.end for o in tumors))]

