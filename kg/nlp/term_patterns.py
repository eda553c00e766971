"""Phrase patterns of the term names, tokenized once and cached on disk.

``kg_terms`` matches ~36,000 term names; tokenizing them is the largest part of building the
pipeline (about a second, on the critical path of every ``kg ingest``: nothing can be processed
before the forkserver has built it). What the PhraseMatcher keeps of a tokenized name is only
the attribute value (LOWER or ORTH hash) of each token, so those arrays are cached under
``$KG_CACHE_DIR/patterns`` (default ~/.cache/kg, as the linker's index), keyed by a hash of
the names, the attribute and the tokenizer (kg's tokenizer code, spaCy and scispacy versions).
Both paths feed ``PhraseMatcher.add`` the same arrays (it takes them in place of Docs), so the
matcher is the same with or without the cache. Only kg's own tokenizer is cached: a config
with another tokenizer always tokenizes.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher

CACHE_VERSION = "1"
KG_TOKENIZER = "kg.scispacy_tokenizer.v1"

# (matcher, its attribute: "LOWER"/"ORTH", [(match key, [names])]): names in the order they are added
Groups = Sequence[tuple[PhraseMatcher, str, Sequence[tuple[str, Sequence[str]]]]]


def tokenizer_fingerprint(nlp: Language) -> str | None:
    """What the tokenization of a name depends on, as a hash; None for a tokenizer not kg's own."""
    # nlp.config still names spaCy's default tokenizer while the components are being built
    if getattr(nlp.tokenizer, "registered_name", None) != KG_TOKENIZER:
        return None
    import scispacy
    import spacy

    from kg.nlp import doc_text, tokenizer

    h = hashlib.sha256(f"{CACHE_VERSION}\0{spacy.__version__}\0{scispacy.__version__}\0{nlp.lang}\0".encode())
    for module in (tokenizer, doc_text):
        h.update(Path(module.__file__).read_bytes())
    return h.hexdigest()


def _unique_names(groups: Groups) -> list[tuple[str, list[str]]]:
    """Per attribute, its names sorted (the order of the term index depends on string hashing,
    which changes from process to process; a name's tokens do not)."""
    by_attr: dict[str, set[str]] = {}
    for _matcher, attr, items in groups:
        by_attr.setdefault(attr, set()).update(n for _key, names in items for n in names)
    return [(attr, sorted(names)) for attr, names in sorted(by_attr.items())]


def _cache_path(nlp: Language, unique: list[tuple[str, list[str]]]) -> Path | None:
    fp = tokenizer_fingerprint(nlp)
    if fp is None:
        return None
    from kg.linking.index import cache_dir

    h = hashlib.sha256(fp.encode())
    for attr, names in unique:
        h.update(f"\1{attr}\1{chr(2).join(names)}".encode())
    return cache_dir() / "patterns" / f"{h.hexdigest()[:32]}.npz"


def _tokenized(nlp: Language, unique: list[tuple[str, list[str]]]) -> tuple[np.ndarray, np.ndarray]:
    """(every token's attribute value, one after the other; the number of tokens of each name)."""
    values, lengths = [], []
    for attr, names in unique:
        attr_id = IDS[attr]
        for doc in nlp.tokenizer.pipe(names):
            arr = doc.to_array([attr_id]).reshape(-1).astype(np.uint64)
            values.append(arr)
            lengths.append(len(arr))
    flat = np.concatenate(values) if values else np.zeros(0, dtype=np.uint64)
    return flat, np.asarray(lengths, dtype=np.int64)


def _load(path: Path, n_names: int) -> tuple[np.ndarray, np.ndarray] | None:
    try:
        with np.load(path) as data:
            values, lengths = data["values"], data["lengths"]
    except Exception:  # noqa: BLE001 - a missing, partial or corrupt cache is rebuilt, never fatal
        return None
    if len(lengths) != n_names or int(lengths.sum()) != len(values):
        return None
    return values, lengths


def _save(path: Path, values: np.ndarray, lengths: np.ndarray) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp.npz")
        np.savez(tmp, values=values, lengths=lengths)
        os.replace(tmp, path)  # readers never see half a file
    except OSError:
        pass  # read-only home: work from memory


def add_patterns(nlp: Language, groups: Groups) -> None:
    """Add every name of ``groups`` to its matcher (in the order given), from the cache when it
    holds them."""
    unique = _unique_names(groups)
    n_names = sum(len(names) for _attr, names in unique)
    path = _cache_path(nlp, unique)
    cached = _load(path, n_names) if path is not None else None
    if cached is None:
        cached = _tokenized(nlp, unique)
        if path is not None:
            _save(path, *cached)
    values, lengths = cached[0].tolist(), cached[1].tolist()
    tokens: dict[str, dict[str, list[int]]] = {}
    pos = i = 0
    for attr, names in unique:
        table = tokens[attr] = {}
        for name in names:
            table[name] = values[pos:pos + lengths[i]]
            pos += lengths[i]
            i += 1
    for matcher, attr, items in groups:
        table = tokens[attr]
        for key, names in items:
            matcher.add(key, [table[n] for n in names])
