"""``kg_drug_compounds``: split tokens that glue drugs together, first in the pipeline."""
from __future__ import annotations

import re

import numpy as np
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.doc_text import doc_text
from kg.nlp.terms_index import get_index
from kg.rules import rules

_HYPHEN = re.compile("-")
# "+" and "/" glue whole drug names, hyphenated ones too: "gemcitabine+nab-paclitaxel", "5-FU/oxaliplatin",
# "FOLFOX+bevacizumab" (the tokenizer splits "a/b" of plain words itself, not these)
_JOIN = re.compile(r"[+/]")
_GLUE = re.compile(r"[-+/]")
# a dose glued by "/" or "+" to the next drug of a combination ("carboplatin AUC5/etoposide", "cisplatin
# 75mg/m2/pemetrexed"): the pieces of the dose, which the split keeps apart from the drug
# a drug name with its dose glued on, no space ("osimertinib80 mg", "alectinib600mg", "Tagrisso80"): the name and the
# number (the dose piece of _DOSE_PIECE) split apart so the name is seen; only a known one-word name is split
_GLUED_DOSE = re.compile(r"^([A-Za-z][A-Za-z]*[a-z]{3})(\d+(?:[.,]\d+)?(?:mg|g|mcg|µg)?)$")
_GLUED_DOSE_SEEN = re.compile(r"[a-z]{3}\d")
# a drug name with a bracket glued on, no space ("carboplatin(AUC 5)", "pemetrexed(500 mg/m2)", "nivolumab(240 mg)": the
# tokenizer keeps "carboplatin(AUC" whole, so the name was never seen): the name and the bracket split apart
_GLUED_PAREN_SEEN = re.compile(r"[A-Za-z]\(")
_DOSE_PIECE = re.compile(r"(?i)^(?:AUC=?\d+(?:\.\d+)?|\d+(?:[.,]\d+)?(?:mg|g|mcg|µg|iu|u|units?)?(?:m2|m²|kg)?|m2|m²|kg|d|day|wk)$")

# A drug glued to a word about it is split too ("crizotinib-induced"), not "-naive"; a regimen told by its likeness
# ("R-CHOP-like chemotherapy", "CHOP-like") gives that regimen's drugs as written.
# a lone capital with the sentence's stop after a word ("Stanford V.", "mitomycin C."): see _letter_stops
_LETTER_STOP = re.compile(r"(?<=[a-z] )[A-Z]\.(?=\s|$)")
_DRUG_SUFFIXES = frozenset("induced related associated based containing resistant refractory treated pretreated "
                           "mediated like".split())
# a time word glued before a drug ("post-lenvatinib progression", "pre-crizotinib biopsy"): split off so the drug is
# seen; "non-"/"anti-" stay glued (a drug class or a group of patients, not the drug given)
_DRUG_PREFIXES = frozenset("post pre".split())
# class words glued to a drug name a regimen is told by ("platinum-pemetrexed", "taxane-carboplatin"):
# split off so the drug is seen (kg/rules/therapy.jsonl COMPOUND_CLASS_WORD)
_CLASS_WORDS = frozenset(w.lower() for w in rules("therapy").words("COMPOUND_CLASS_WORD"))
# short forms that name a drug only glued to another ("CBDCA+PEM+Pembro", "CDDP/VNR", "wPTX+RAM"; kg/rules/therapy.jsonl
# COMPOUND_SHORT_FORM, case as written): pieces of a "+"/"/" split like names (kg/nlp/term_ruler.py links them)
COMPOUND_SHORT_FORMS = frozenset(rules("therapy").words("COMPOUND_SHORT_FORM"))


@Language.factory("kg_drug_compounds", default_config={"terms_key": "default"},
                  assigns=["token.orth"], retokenizes=True)
class DrugCompoundSplitter:
    """Splits tokens that glue drugs together ("carboplatin-pemetrexed", "nivolumab+ipilimumab",
    "5-FU/oxaliplatin") or a drug to a word
    about it ("crizotinib-induced", "cisplatin-based"; not "-naive") so the term rules see the
    drugs. First in the pipeline: retokenizing later would shift the token offsets that
    sentences and abbreviations already hold."""

    def __init__(self, nlp: Language, name: str, terms_key: str):
        self.name = name
        index = get_index(terms_key)
        drugs = [n for n, tid in index.lower_names.items()
                 if " " not in n and index.info(tid).type in ("drug", "regimen")]
        self.drug_words = frozenset(n for n in drugs if "-" not in n)
        # whole one-token names (hyphenated ones too) and short forms matched as written ("FOLFOX", "5-FU")
        self.drug_names = frozenset(drugs)
        self.drug_abbrevs = frozenset(a for a, tid in index.abbrevs.items()
                                      if index.info(tid).type in ("drug", "regimen"))
        # names of two or three words ("polatuzumab vedotin", "trastuzumab deruxtecan"): their last word glued to a
        # word about the drug ("vedotin-related") is split too, when the words before it complete the name
        self.drug_phrases = frozenset(n for n, tid in index.lower_names.items()
                                      if 1 <= n.count(" ") <= 2 and index.info(tid).type in ("drug", "regimen"))

    def _is_name(self, part: str) -> bool:
        return part.lower() in self.drug_names or part in self.drug_abbrevs

    def _is_joined_name(self, part: str) -> bool:
        """A piece of a "+"/"/" combination: a name, or a short form that names a drug only there."""
        return self._is_name(part) or part in COMPOUND_SHORT_FORMS

    def _split_glued_dose(self, word: str) -> list[str] | None:
        """ "osimertinib80": a known drug name and the dose glued to it, else None."""
        m = _GLUED_DOSE.match(word)
        if m and m.group(1).lower() in self.drug_words:
            return [m.group(1), m.group(2)]
        return None

    def _split_glued_paren(self, word: str) -> list[str] | None:
        """ "carboplatin(AUC": a known drug or regimen name and the bracket glued to it, else None."""
        head, paren, rest = word.partition("(")
        if not paren or not self._is_name(head):
            return None
        return [head, "(", rest] if rest else [head, "("]

    def _split(self, word: str) -> list[str] | None:
        """The pieces (names and the separators between them) of a token that glues drugs, else None."""
        if _JOIN.search(word):
            parts = _JOIN.split(word)
            if 2 <= len(parts) <= 4 and (all(self._is_joined_name(p) for p in parts) or (
                    all(self._is_joined_name(p) or _DOSE_PIECE.match(p) for p in parts)
                    and self._is_joined_name(parts[-1]))):
                seps = _JOIN.findall(word)
                return [x for p, sep in zip(parts, [*seps, ""]) for x in (p, sep) if x]
            # regimens each glued to a drug's short form: "R-CODOX-M/R-IVAC" (each piece split as "R-IVAC" is)
            glued = [self._split(p) if "-" in p else None for p in parts]
            if 2 <= len(parts) <= 4 and all(self._is_joined_name(p) or g for p, g in zip(parts, glued)) \
                    and any(glued):
                seps = _JOIN.findall(word)
                return [x for p, g, sep in zip(parts, glued, [*seps, ""]) for x in (g or [p]) + [sep] if x]
            return None
        if "-" in word:
            parts = word.split("-")
            head = "-".join(parts[:-1])
            if len(parts) >= 2 and parts[-1].lower() in _DRUG_SUFFIXES and self._is_name(head):
                # a hyphenated name or a short form glued to a word about it: "5-fluorouracil-induced", "5-FU-related",
                # "nab-paclitaxel-associated", "CHOP-like"
                return [head, "-", parts[-1]]
            if len(parts) >= 2 and not self._is_name(word) and self._is_name(head) \
                    and (self._is_name(parts[-1]) or parts[-1] in COMPOUND_SHORT_FORMS):
                # a regimen or drug and the short form of a drug added to it: "CHOP-Bleo", "FOLFOX-Bev", "R-CHOP-bleomycin"
                return [head, "-", parts[-1]]
            tail = "-".join(parts[1:])
            if len(parts) >= 2 and parts[0].lower() in _DRUG_PREFIXES and self._is_name(tail):
                return [parts[0], "-", tail]
            if len(parts) >= 2 and not self._is_name(word) and parts[0] in COMPOUND_SHORT_FORMS and self._is_name(tail):
                # the short form of a drug put before a regimen or drug: "R-CODOX-M", "R-IVAC", "R-BEAM", "Bev-FOLFIRI"
                return [parts[0], "-", tail]
            drugs = parts[:-1] if parts[-1].lower() in _DRUG_SUFFIXES else parts
            if 2 <= len(parts) <= 4 and drugs and all(p.lower() in self.drug_words or p.lower() in _CLASS_WORDS
                                                      for p in drugs) \
                    and any(p.lower() in self.drug_words for p in drugs):
                return [x for p in parts for x in (p, "-")][:-1]
        return None

    def _split_phrase_end(self, doc: Doc, i: int) -> list[str] | None:
        """ "polatuzumab vedotin-related": the last word of a drug named in two or three words, glued to a word
        about the drug, split as a one-word name is ("crizotinib-induced")."""
        head, sep, suffix = doc[i].text.rpartition("-")
        if not sep or not head or suffix.lower() not in _DRUG_SUFFIXES or "-" in head or i == 0:
            return None
        for n in (1, 2):
            if i - n >= 0 and " ".join([t.lower_ for t in doc[i - n:i]] + [head.lower()]) in self.drug_phrases:
                return [head, "-", suffix]
        return None

    def _letter_stops(self, doc: Doc, text: str, idx: np.ndarray) -> list:
        """A drug or regimen name that ends in a lone capital before the sentence's full stop ("Stanford V.",
        "mitomycin C.", "actinomycin D."): the tokenizer keeps the stop on the letter as on an initial ("J."), so the
        name never matched and no sentence ended there; the stop is split off when the words before the letter
        complete a name of two or three words."""
        out = []
        for m in _LETTER_STOP.finditer(text):
            i = int(np.searchsorted(idx, m.start()))
            if i >= len(doc) or idx[i] != m.start() or doc[i].text != m.group():
                continue
            letter = m.group()[0].lower()
            if any(i - n >= 0 and " ".join([t.lower_ for t in doc[i - n:i]] + [letter]) in self.drug_phrases
                   for n in (1, 2)):
                out.append((doc[i], [m.group()[0], "."]))
        return out

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        stops = self._letter_stops(doc, text, doc.to_array(IDX)) if _LETTER_STOP.search(text) else []
        dosed = [m.start() for m in _GLUED_DOSE_SEEN.finditer(text)]
        bracketed = [m.start() for m in _GLUED_PAREN_SEEN.finditer(text)]
        if "-" not in text and "+" not in text and "/" not in text and not stops and not dosed and not bracketed:
            return doc
        # only the tokens a "-", "+" or "/" falls in (a Token object per token of the doc is the slow part)
        idx = doc.to_array(IDX)
        glue = np.fromiter((m.start() for m in _GLUE.finditer(text)), dtype=idx.dtype)
        todo = stops
        for i in np.unique(np.searchsorted(idx, np.array(dosed, dtype=idx.dtype), side="right") - 1).tolist():
            t = doc[i]
            orths = self._split_glued_dose(t.text) if i >= 0 else None
            if orths:
                todo.append((t, orths))
        split_at = {t.i for t, _ in todo}
        for i in np.unique(np.searchsorted(idx, np.array(bracketed, dtype=idx.dtype), side="right") - 1).tolist():
            t = doc[i]
            orths = self._split_glued_paren(t.text) if i >= 0 and i not in split_at else None
            if orths:
                todo.append((t, orths))
                split_at.add(i)
        for i in np.unique(np.searchsorted(idx, glue, side="right") - 1).tolist():
            if i < 0 or i in split_at:
                continue
            t = doc[i]
            if len(t.text) > 2 and not t.is_space:
                orths = self._split(t.text) or self._split_phrase_end(doc, i)
                if orths:
                    todo.append((t, orths))
        if todo:
            with doc.retokenize() as retok:
                for t, orths in todo:
                    retok.split(t, orths, heads=[(t, 0)] * len(orths),
                                attrs={"SPACY": [False] * (len(orths) - 1) + [bool(t.whitespace_)]})
        return doc
