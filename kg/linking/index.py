"""Knowledge base of our terms + scispacy CandidateGenerator over a char-3-gram TF-IDF / nmslib index.

scispacy's own `create_tfidf_ann_index` refuses to run on Python >= 3.11 (scipy float16
check), so the vectorizer and the HNSW index are built here with the same recipe and
cached under `$KG_CACHE_DIR` (default ~/.cache/kg), keyed by a hash of the terms.
"""
from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Sequence

import joblib
import nmslib
import numpy as np
from scispacy.candidate_generation import CandidateGenerator
from scispacy.linking_utils import Entity, KnowledgeBase
from sklearn.feature_extraction.text import TfidfVectorizer

from kg.errors import ConfigError

INDEX_VERSION = "1"


def cache_dir(override: str | os.PathLike | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    env = os.environ.get("KG_CACHE_DIR")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "kg"


def build_kb(terms: Sequence, types: Sequence[str] | None = None, *,
             single_word: bool = False) -> KnowledgeBase:
    """One scispacy Entity per term: CURIE, preferred label, synonyms as aliases.

    `single_word` keeps only one-word names (aliases of a term without any are dropped).
    """
    entities = []
    for t in terms:
        if types is not None and t.type not in types:
            continue
        names = [n for n in (t.label, *t.synonyms) if not single_word or " " not in n.strip()]
        if not names:
            continue
        entities.append(Entity(concept_id=t.id, canonical_name=names[0], aliases=names[1:], types=[t.type]))
    if not entities:
        raise ConfigError(f"no terms of type(s) {', '.join(types or [])} to link against")
    return KnowledgeBase(entities)


def _fingerprint(kb: KnowledgeBase) -> str:
    import hashlib

    h = hashlib.sha256(INDEX_VERSION.encode())
    for alias in sorted(kb.alias_to_cuis):
        h.update(alias.encode())
        h.update("|".join(sorted(kb.alias_to_cuis[alias])).encode())
    return h.hexdigest()[:16]


def _new_index():
    return nmslib.init(method="hnsw", space="cosinesimil_sparse", data_type=nmslib.DataType.SPARSE_VECTOR)


_LOCK = threading.Lock()


def build_candidate_generator(kb: KnowledgeBase, *, cache: str | os.PathLike | None = None,
                              ef_search: int = 200) -> CandidateGenerator:
    """Load the cached index for `kb`, or build and cache it (about a second for a few thousand aliases)."""
    d = cache_dir(cache) / "linker" / _fingerprint(kb)
    paths = {n: d / n for n in ("aliases.json", "tfidf.joblib", "ann.bin")}
    with _LOCK:
        if all(p.exists() for p in paths.values()):
            try:
                aliases = json.loads(paths["aliases.json"].read_text(encoding="utf-8"))
                vectorizer = joblib.load(paths["tfidf.joblib"])
                index = _new_index()
                index.loadIndex(str(paths["ann.bin"]), load_data=True)
                index.setQueryTimeParams({"efSearch": ef_search})
                return CandidateGenerator(index, vectorizer, aliases, kb)
            except Exception:  # a corrupt/partial cache is rebuilt, never fatal
                pass
        aliases = sorted(kb.alias_to_cuis)
        vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 3), min_df=1, dtype=np.float32)
        vectors = vectorizer.fit_transform(aliases)
        keep = np.asarray(vectors.sum(axis=1)).ravel() != 0  # nmslib crashes on empty vectors
        aliases = [a for a, k in zip(aliases, keep) if k]
        vectors = vectors[keep]
        index = _new_index()
        index.addDataPointBatch(vectors)
        index.createIndex({"M": 30, "efConstruction": 400, "post": 0, "indexThreadQty": 2},
                          print_progress=False)
        index.setQueryTimeParams({"efSearch": ef_search})
        try:
            d.mkdir(parents=True, exist_ok=True)
            tmp = d / f".tmp{os.getpid()}"
            tmp.mkdir(exist_ok=True)
            (tmp / "aliases.json").write_text(json.dumps(aliases, ensure_ascii=False), encoding="utf-8")
            joblib.dump(vectorizer, tmp / "tfidf.joblib")
            index.saveIndex(str(tmp / "ann.bin"), save_data=True)
            for name in paths:  # rename last so readers never see half a cache
                for f in tmp.glob(name + "*"):
                    os.replace(f, d / f.name)
            for f in tmp.iterdir():
                f.unlink()
            tmp.rmdir()
        except OSError:
            pass  # read-only home: work from memory
        return CandidateGenerator(index, vectorizer, aliases, kb)


def edit_distance(a: str, b: str) -> int:
    """Optimal-string-alignment distance (a transposition counts as one edit)."""
    if a == b:
        return 0
    la, lb = len(a), len(b)
    prev2: list[int] = []
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [i] + [0] * lb
        for j in range(1, lb + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[lb]


def similarity(mention: str, alias: str) -> float:
    """Link score: normalised edit similarity, 1 - distance / longer length.

    The TF-IDF cosine only retrieves candidates: it punishes a dropped letter near the end
    ("alectinb" ~ 0.74) and rewards a word inside a longer alias ("hemorrhage" vs
    "Anal hemorrhage" ~ 0.89); edit similarity does neither (0.89 and 0.67).
    """
    a, b = mention.lower(), alias.lower()
    if a == b:
        return 1.0
    if a[:1] != b[:1]:
        return 0.0  # misspellings keep the first letter; this removes most look-alikes
    return 1.0 - edit_distance(a, b) / max(len(a), len(b))


class TermLinker:
    """String -> [(curie, score)] against our terms (TF-IDF char-3-grams, cosine similarity)."""

    def __init__(self, terms: Sequence, *, types: Sequence[str] | None = None, k: int = 10,
                 cache: str | os.PathLike | None = None, single_word: bool = False):
        self.kb = build_kb(terms, types, single_word=single_word)
        self.k = k
        self.generator = build_candidate_generator(self.kb, cache=cache)

    def candidates(self, mentions: list[str]) -> list[list[tuple[str, float, str]]]:
        """Per mention: (curie, best similarity, best matching alias), best first."""
        if not mentions:
            return []
        out = []
        for cands in self.generator(mentions, self.k):
            best = []
            for c in cands:
                j = int(np.argmax(c.similarities))
                best.append((c.concept_id, float(c.similarities[j]), c.aliases[j]))
            best.sort(key=lambda x: -x[1])
            out.append(best)
        return out

    def scored(self, mentions: list[str], min_tfidf: float = 0.5) -> list[tuple[str, float, str] | None]:
        """Per mention the best (curie, link score, alias) whose TF-IDF cosine >= min_tfidf."""
        out: list[tuple[str, float, str] | None] = []
        for mention, cands in zip(mentions, self.candidates(mentions)):
            best = None
            for cid, tfidf, alias in cands:
                if tfidf < min_tfidf:
                    continue
                score = similarity(mention, alias)
                if best is None or score > best[1]:
                    best = (cid, score, alias)
            out.append(best)
        return out

    def link(self, mention: str, threshold: float = 0.86, min_tfidf: float = 0.5) -> tuple[str, float] | None:
        """The term `mention` most likely names, or None when nothing scores >= threshold."""
        best = self.scored([mention], min_tfidf)[0]
        if best is not None and best[1] >= threshold:
            return best[0], best[1]
        return None
