"""Knowledge base of our terms + nearest aliases over a char-3-gram TF-IDF / nmslib index.

scispacy's own `create_tfidf_ann_index` refuses to run on Python >= 3.11 (scipy float16
check), so the vectorizer and the HNSW index are built here with the same recipe and
cached under `$KG_CACHE_DIR` (default ~/.cache/kg), keyed by a hash of the terms.

Queries do not import scikit-learn (about a second of every ingest worker pool's start-up):
``CharTfidf`` redoes the fitted vectorizer's ``transform`` (the same vectors, bit for bit:
tests/linking/test_char_tfidf.py) from its vocabulary and idf, cached beside it, and
``AliasIndex`` is scispacy's CandidateGenerator lookup without its scikit-learn import.
scikit-learn is imported only to fit a new index.
"""
from __future__ import annotations

import json
import math
import os
import re
import threading
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple, Sequence

import nmslib
import numpy as np
from scispacy.linking_utils import Entity, KnowledgeBase

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


_WHITE_SPACES = re.compile(r"\s\s+")   # scikit-learn's _VectorizerMixin._white_spaces
# the fitted TfidfVectorizer parameters CharTfidf reproduces
_TFIDF_PARAMS = {"analyzer": "char_wb", "ngram_range": (3, 3), "lowercase": True, "preprocessor": None,
                 "strip_accents": None, "binary": False, "norm": "l2", "use_idf": True, "sublinear_tf": False,
                 "input": "content", "dtype": np.float32, "tokenizer": None}


class CharTfidf:
    """``TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 3), dtype=np.float32).transform`` of a
    fitted vectorizer, from its vocabulary and idf: the same steps in the same order (lower-case,
    white space runs to one space, " word " 3-grams, counts, times idf, rows divided by their L2
    norm summed in double precision as scikit-learn's inplace_csr_row_normalize_l2 does)."""

    def __init__(self, vocabulary: dict[str, int], idf: np.ndarray):
        self.vocabulary = vocabulary
        self.idf = np.asarray(idf, dtype=np.float32)

    @classmethod
    def from_sklearn(cls, vectorizer) -> "CharTfidf | None":
        """The fitted scikit-learn vectorizer's transform, or None if it was fitted otherwise."""
        params = vectorizer.get_params()
        if any(params.get(k) != v for k, v in _TFIDF_PARAMS.items()) or \
                getattr(vectorizer, "idf_", None) is None or vectorizer.idf_.dtype != np.float32:
            return None
        return cls(dict(vectorizer.vocabulary_), vectorizer.idf_.copy())

    def save(self, path: Path) -> None:
        terms = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        # the 3-grams as JSON bytes (a numpy string array would drop trailing NUL characters)
        with open(path, "wb") as fh:
            np.savez(fh, terms=np.frombuffer(json.dumps(terms, ensure_ascii=False).encode("utf-8"), dtype=np.uint8),
                     indices=np.array([self.vocabulary[t] for t in terms], dtype=np.int64), idf=self.idf)

    @classmethod
    def load(cls, path: Path) -> "CharTfidf":
        with np.load(path, allow_pickle=False) as z:
            terms = json.loads(z["terms"].tobytes().decode("utf-8"))
            return cls(dict(zip(terms, z["indices"].tolist())), z["idf"])

    @staticmethod
    def ngrams(text: str) -> list[str]:
        """scikit-learn's _char_wb_ngrams for n = 3, after its lower-casing preprocessor."""
        text = _WHITE_SPACES.sub(" ", text.lower())
        out = []
        for w in text.split():
            w = " " + w + " "
            offset = 0
            out.append(w[0:3])
            while offset + 3 < len(w):
                offset += 1
                out.append(w[offset:offset + 3])
        return out

    def transform(self, texts: Sequence[str]):
        import scipy.sparse as sp

        vocabulary = self.vocabulary
        j_indices: list[int] = []
        values: list[int] = []
        indptr = [0]
        for text in texts:
            counts: dict[int, int] = {}
            for gram in self.ngrams(text):
                idx = vocabulary.get(gram)
                if idx is not None:
                    counts[idx] = counts.get(idx, 0) + 1
            j_indices.extend(counts)
            values.extend(counts.values())
            indptr.append(len(j_indices))
        x = sp.csr_matrix((np.asarray(values, dtype=np.intc), np.asarray(j_indices, dtype=np.int32),
                           np.asarray(indptr, dtype=np.int32)),
                          shape=(len(indptr) - 1, len(vocabulary)), dtype=np.float32)
        x.sort_indices()
        data = x.data
        data *= self.idf[x.indices]
        for i in range(x.shape[0]):
            lo, hi = x.indptr[i], x.indptr[i + 1]
            row = data[lo:hi]
            norm = 0.0
            for sq in (row * row).tolist():   # float32 squares added up in double, in index order
                norm += sq
            if norm == 0.0:
                continue
            data[lo:hi] = (row.astype(np.float64) / math.sqrt(norm)).astype(np.float32)
        return x


class AliasCandidate(NamedTuple):
    """One concept among a mention's nearest aliases (scispacy's MentionCandidate)."""

    concept_id: str
    aliases: list[str]
    similarities: list[float]


class AliasIndex:
    """scispacy's ``CandidateGenerator(ann_index, vectorizer, aliases, kb)(mentions, k)``: the k
    nearest aliases of each mention (cosine over the TF-IDF vectors, HNSW), grouped by concept,
    concepts sorted by id; a mention without any known 3-gram has none."""

    def __init__(self, ann_index, vectorizer, aliases: list[str], kb: KnowledgeBase):
        self.ann_index = ann_index
        self.vectorizer = vectorizer
        self.aliases = aliases
        self.kb = kb

    def __call__(self, mention_texts: list[str], k: int) -> list[list[AliasCandidate]]:
        if not mention_texts:
            return []
        vectors = self.vectorizer.transform(mention_texts)
        nonempty = np.array(vectors.sum(axis=1) != 0).reshape(-1)  # knnQueryBatch crashes on zero vectors
        found: list = [None] * len(mention_texts)
        if nonempty.any():
            # one thread: the queries are a handful of words (threads cost ~0.7 ms per call, and
            # an ingest worker shares the cores with the others); each query's answer is the same
            hits = iter(self.ann_index.knnQueryBatch(vectors[nonempty], k=k, num_threads=1))
            for i in np.flatnonzero(nonempty).tolist():
                ids, distances = next(hits)
                found[i] = (ids.tolist(), distances.tolist())
        out = []
        for hit in found:
            aliases: dict[str, list[str]] = defaultdict(list)
            similarities: dict[str, list[float]] = defaultdict(list)
            for idx, distance in zip(*(hit or ([], []))):
                alias = self.aliases[idx]
                for concept_id in self.kb.alias_to_cuis[alias]:
                    aliases[concept_id].append(alias)
                    similarities[concept_id].append(1.0 - distance)
            out.append(sorted((AliasCandidate(c, a, similarities[c]) for c, a in aliases.items()),
                              key=lambda c: c.concept_id))
        return out


_LOCK = threading.Lock()


def build_candidate_generator(kb: KnowledgeBase, *, cache: str | os.PathLike | None = None,
                              ef_search: int = 200) -> AliasIndex:
    """Load the cached index for `kb`, or build and cache it (about a second for a few thousand aliases)."""
    d = cache_dir(cache) / "linker" / _fingerprint(kb)
    paths = {n: d / n for n in ("aliases.json", "tfidf.joblib", "ann.bin")}
    with _LOCK:
        if all(p.exists() for p in paths.values()):
            try:
                aliases = json.loads(paths["aliases.json"].read_text(encoding="utf-8"))
                vectorizer = _cached_vectorizer(d)
                index = _new_index()
                index.loadIndex(str(paths["ann.bin"]), load_data=True)
                index.setQueryTimeParams({"efSearch": ef_search})
                return AliasIndex(index, vectorizer, aliases, kb)
            except Exception:  # a corrupt/partial cache is rebuilt, never fatal
                pass
        import joblib
        from sklearn.feature_extraction.text import TfidfVectorizer

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
        char_tfidf = CharTfidf.from_sklearn(vectorizer)
        try:
            d.mkdir(parents=True, exist_ok=True)
            tmp = d / f".tmp{os.getpid()}"
            tmp.mkdir(exist_ok=True)
            (tmp / "aliases.json").write_text(json.dumps(aliases, ensure_ascii=False), encoding="utf-8")
            joblib.dump(vectorizer, tmp / "tfidf.joblib")
            if char_tfidf is not None:
                char_tfidf.save(tmp / "tfidf.npz")
            index.saveIndex(str(tmp / "ann.bin"), save_data=True)
            for name in [*paths, "tfidf.npz"]:  # rename last so readers never see half a cache
                for f in tmp.glob(name + "*"):
                    os.replace(f, d / f.name)
            for f in tmp.iterdir():
                f.unlink()
            tmp.rmdir()
        except OSError:
            pass  # read-only home: work from memory
        return AliasIndex(index, char_tfidf or vectorizer, aliases, kb)


def _cached_vectorizer(d: Path):
    """The cached vectorizer's transform: ``tfidf.npz`` (no scikit-learn), else the pickled
    scikit-learn vectorizer of a cache written before it (which then gets its ``tfidf.npz``)."""
    npz = d / "tfidf.npz"
    if npz.exists():
        return CharTfidf.load(npz)
    import joblib

    vectorizer = joblib.load(d / "tfidf.joblib")
    char_tfidf = CharTfidf.from_sklearn(vectorizer)
    if char_tfidf is None:
        return vectorizer
    try:
        tmp = d / f".tfidf{os.getpid()}.npz"
        char_tfidf.save(tmp)
        os.replace(tmp, npz)
    except OSError:
        pass
    return char_tfidf


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
