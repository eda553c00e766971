"""``kg_linker``: turns misspelled or unlisted variants of our terms into entities.

Exact names are already entities (kg_terms); this component looks at the remaining
word tokens, asks the TF-IDF/nmslib candidate generator for the nearest alias and keeps
a link only above `threshold` (precision first: a wrong drug is worse than a missed one).
"""
from __future__ import annotations

import numpy as np
from spacy.attrs import ENT_IOB, IS_ALPHA, IS_STOP, LENGTH, LOWER
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from kg.linking.index import TermLinker
from kg.nlp.ents import TYPE_TO_LABEL, Cand, add_entities, term_attrs
from kg.nlp.terms_index import get_index, get_terms, is_site_term

# Frequent case-report words that sit close to a term name in char-3-gram space.
COMMON_WORDS = frozenset(
    """patient patients therapy treatment treated tumor tumors tumour disease diseases response
    responses cancer cancers carcinoma lesion lesions mass masses biopsy clinical showed revealed
    months weeks years days study studies report reported reports case cases cells cell growth
    inhibitor inhibitors kinase kinases fusion fusions protein proteins receptor receptors
    positive negative increase decrease toxicity toxicities therapy therapies surgery resection
    chemotherapy radiotherapy dose doses daily twice during after before months tissue tissues
    metastasis metastases metastatic primary secondary history normal markers marker staining
    expression expressed analysis sequencing mutation mutations rearranged rearrangement
    rearrangements translocation neoplasm neoplasms sarcoma sarcomas lymphoma lymphomas
    inflammatory myofibroblastic tumoral figure table abdomen abdominal pelvic thoracic lung lungs
    liver hepatic renal bone bones brain nodes lymph node blotting blot blots assay assays
    cytometry""".split()  # laboratory methods: "Western blotting" is not "bloating"
)


def _deletion_neighbourhood(words) -> frozenset[str]:
    """Every word and every string one deletion away from it."""
    out: set[str] = set()
    for w in words:
        out.add(w)
        out.update(w[:i] + w[i + 1:] for i in range(len(w)))
    return frozenset(out)


def _deletions(word: str, radius: int) -> set[str]:
    """Every string made from ``word`` by deleting at most ``radius`` characters."""
    out = frontier = {word}
    for _ in range(radius):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        out = out | frontier
    return out


def _edit_bound(word: str, threshold: float) -> int:
    """The largest edit distance at which ``word`` can still score >= threshold (see reachable)."""
    return int((1 - threshold) * len(word) / threshold + 1e-9)


@Language.factory(
    "kg_linker",
    default_config={"terms_key": "default", "threshold": 0.86, "k": 10, "min_length": 5, "min_tfidf": 0.5,
                    "types": ["drug", "drug_class", "tumor", "adverse_event", "procedure"],
                    "cache_dir": None},
    assigns=["doc.ents", "span._.curie", "span._.pref_label", "span._.term_type", "span._.link_score",
             "span._.response_class"],
    requires=["doc.ents"],
)
class KGLinker:
    def __init__(self, nlp: Language, name: str, terms_key: str, threshold: float, k: int,
                 min_length: int, min_tfidf: float, types: list[str], cache_dir: str | None):
        self.name = name
        self.index = get_index(terms_key)
        self.threshold = threshold
        self.min_length = min_length
        self.min_tfidf = min_tfidf
        # Only single-word names: the component links single tokens, and a word is not its
        # multi-word relative ("localized" is not "Localized edema").
        terms = [t for t in get_terms(terms_key) if not is_site_term(t)]
        self.linker = TermLinker(terms, types=types, k=k, cache=cache_dir, single_word=True)
        # Words that are already names of other things never get fuzzily re-linked.
        self.skip = (set(self.index.lower_names) | {s.lower() for s in self.index.gene_symbols}
                     | STOP_WORDS | COMMON_WORDS)
        self._memo: dict[str, tuple[str, float] | None] = {}
        self._near = _deletion_neighbourhood(a.lower() for a in self.linker.kb.alias_to_cuis)
        self._near2: frozenset[str] | None = None   # radius 2, built on the first word that needs it

    def reachable(self, word: str) -> bool:
        """Could `word` (lower case) score >= threshold against some alias? Cheap and exact.

        score = 1 - d / max(len) >= t with the longer side at most len(word) + d bounds the
        edit distance by d <= (1 - t) * len(word) / t; two strings within edit distance d share a
        string in their <= d-deletion neighbourhoods (a substitution or a transposition is one
        deletion on each side). d <= 1: the one-deletion neighbourhoods of every alias; d == 2
        (words of 13 to 18 letters at t = 0.86, most of the words that get this far): the
        two-deletion neighbourhoods of the aliases long enough to be that close. Longer words go
        to the candidate generator unfiltered. Most tokens are ordinary words far from every
        alias: skipping them saves the TF-IDF + nmslib query without changing any link.
        """
        t = self.threshold
        if t <= 0:
            return True
        d = _edit_bound(word, t)
        if d >= 3:
            return True
        if d == 2:
            if self._near2 is None:
                self._near2 = self._neighbourhood2()
            near2 = self._near2
            return any(x in near2 for x in _deletions(word, 2))
        near = self._near
        return word in near or any(word[:i] + word[i + 1:] in near for i in range(len(word)))

    def _neighbourhood2(self) -> frozenset[str]:
        """The <= 2-deletion strings of every alias a word with bound 2 can be within 2 edits of:
        such a word has at least the length whose bound reaches 2, the alias at most 2 less
        (745 aliases, ~92k strings, ~0.1 s)."""
        shortest = next(n for n in range(1, 1000) if _edit_bound("x" * n, self.threshold) >= 2)
        out: set[str] = set()
        for alias in self.linker.kb.alias_to_cuis:
            if len(alias) >= shortest - 2:
                out |= _deletions(alias.lower(), 2)
        return frozenset(out)

    def _candidate_words(self, doc: Doc) -> tuple[np.ndarray, np.ndarray]:
        """(indices, LOWER string ids) of the alphabetic, long enough, non-stop tokens outside
        entities (vectorised)."""
        arr = doc.to_array([IS_ALPHA, LENGTH, ENT_IOB, IS_STOP, LOWER])
        iob = arr[:, 2]
        mask = (arr[:, 0] == 1) & (arr[:, 1] >= self.min_length) & (iob != 1) & (iob != 3) & (arr[:, 3] == 0)
        idx = np.flatnonzero(mask)
        return idx, arr[idx, 4]

    def __call__(self, doc: Doc) -> Doc:
        idx, lows = self._candidate_words(doc)
        if not len(idx):
            return doc
        # (token index, lower-cased text) from the arrays: no Token object per candidate word
        strings = doc.vocab.strings
        toks = [(i, w) for i, w in zip(idx.tolist(), (strings[h] for h in lows.tolist())) if w not in self.skip]
        if not toks:
            return doc
        todo, far = [], []
        memo = self._memo
        # (not `set - memo.keys()`: that iterates over every memoised word, ~1 ms per call at 30k words)
        for word in sorted(w for w in {w for _, w in toks} if w not in memo):
            (todo if self.reachable(word) else far).append(word)
        self._memo.update(dict.fromkeys(far))  # no alias within reach: no link, no index query
        if todo:
            for word, best in zip(todo, self.linker.scored(todo, self.min_tfidf)):
                self._memo[word] = (best[0], best[1]) if best and best[1] >= self.threshold else None
        if len(self._memo) > 200_000:  # bound memory in long-running servers
            self._memo = {w: self._memo[w] for w in {w for _, w in toks} if w in self._memo}
        new = []
        for i, word in toks:
            hit = self._memo.get(word)
            if hit is None or _adjective_of_another_name(word):
                continue
            info = self.index.info(hit[0])
            attrs = term_attrs(info, round(hit[1], 4))
            if info.type == "response":
                attrs["response_class"] = info.extra.get("response_class")
            new.append(Cand(i, i + 1, TYPE_TO_LABEL[info.type], attrs))
        add_entities(doc, new)
        return doc


def _adjective_of_another_name(word: str) -> bool:
    """ "leukemic cells", "anemic patient", "neutropenic fever": an adjective one letter or two
    from a noun term ("leukemia", "anemia") qualifies something else; it is not a misspelling of
    the noun (the exact adjectival names the term lists hold never reach the fuzzy linker)."""
    return word.endswith(("ic", "ical", "tic"))

