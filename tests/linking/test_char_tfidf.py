"""The linker's queries without scikit-learn: CharTfidf gives the fitted TfidfVectorizer's vectors
bit for bit, AliasIndex gives scispacy's CandidateGenerator candidates, the cache serves both."""
from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from kg.linking.index import AliasIndex, CharTfidf, _fingerprint, build_candidate_generator, build_kb, cache_dir
from kg.terms import load_terms

SHARED = Path(__file__).resolve().parents[3] / "shared"
ODD = ["", " ", "a", "ab", "  two  spaces ", "tab\\there", "line\nbreak", "x\u00a0nbsp", "İstanbul", "ſtatus",
       "STRASSE straße", "naïve café", "e\u0301", "日本語", "emoji 😀 x", "K-ras", "5-FU", "crizotinib-induced",
       "Carboplatin/pemetrexed", "PD-L1 (22C3)", "ALK+", "\x00nul", "end\x00"]


@pytest.fixture(scope="module")
def kb():
    from kg.nlp.terms_index import is_site_term

    terms = [t for t in load_terms() if not is_site_term(t)]
    return build_kb(terms, ["drug", "drug_class", "tumor", "adverse_event", "procedure"], single_word=True)


@pytest.fixture(scope="module")
def fitted(kb, tmp_path_factory):
    """A fresh cache: the index built with scikit-learn, and the pickled vectorizer it fitted."""
    import joblib

    cache = tmp_path_factory.mktemp("cache")
    index = build_candidate_generator(kb, cache=cache)
    d = cache_dir(cache) / "linker" / _fingerprint(kb)
    return index, joblib.load(d / "tfidf.joblib"), d


def _texts(kb) -> list[str]:
    rng = random.Random(5)
    aliases = sorted(kb.alias_to_cuis)
    out = list(aliases) + [a.upper() for a in aliases[::7]] + ODD
    for a in rng.sample(aliases, 500):
        i = rng.randrange(len(a))
        out += [a[:i] + a[i + 1:], a[:i] + "x" + a[i:], a + " " + rng.choice(aliases)]
    for path in (SHARED / "corpus" / "seeds").glob("*.txt"):
        out += sorted(set(re.findall(r"\S+", path.read_text(encoding="utf-8", errors="replace"))))[:3000]
    return out


def _bits(x):
    return type(x), x.shape, x.indptr.tolist(), x.indices.tolist(), x.data.view(np.uint32).tolist()


def test_char_tfidf_gives_the_fitted_vectorizers_vectors_bit_for_bit(kb, fitted):
    _, sk, _ = fitted
    ours = CharTfidf.from_sklearn(sk)
    assert ours is not None
    texts = _texts(kb)
    assert len(texts) > 3000
    for i in range(0, len(texts), 500):   # batches, as the linker sends them
        batch = texts[i:i + 500]
        assert _bits(ours.transform(batch)) == _bits(sk.transform(batch)), batch
    for text in ODD:
        assert _bits(ours.transform([text])) == _bits(sk.transform([text])), text


def test_char_tfidf_round_trips_through_its_file(fitted, tmp_path):
    _, sk, _ = fitted
    ours = CharTfidf.from_sklearn(sk)
    ours.vocabulary["ab\x00"] = len(ours.vocabulary)   # a 3-gram ending in NUL survives the file
    ours.idf = np.append(ours.idf, np.float32(1.5))
    ours.save(tmp_path / "t.npz")
    back = CharTfidf.load(tmp_path / "t.npz")
    assert back.vocabulary == ours.vocabulary and back.idf.tobytes() == ours.idf.tobytes()


def test_an_other_vectorizer_is_not_taken_for_one():
    from sklearn.feature_extraction.text import TfidfVectorizer

    v = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 3), dtype=np.float32).fit(["abc", "abd"])
    assert CharTfidf.from_sklearn(v) is None


def test_alias_index_gives_scispacys_candidates(kb, fitted):
    from scispacy.candidate_generation import CandidateGenerator

    index, sk, _ = fitted
    theirs = CandidateGenerator(index.ann_index, sk, index.aliases, kb)
    mentions = ["alectinb", "crizotinb", "neutropenia", "", "zzzz", "日本語", "hyponatraemia", "adenocarcinomas",
                "inmunohistochemistry", "methylprednisone", "qqqqqqqqqqqq"] + sorted(kb.alias_to_cuis)[::37]
    for batch in (mentions, mentions[:1], ["", "zzzz"]):
        ours = index(batch, 10)
        ref = theirs(batch, 10)
        assert [[(c.concept_id, list(c.aliases), list(c.similarities)) for c in cs] for cs in ours] == \
               [[(c.concept_id, list(c.aliases), list(c.similarities)) for c in cs] for cs in ref]
    assert index([], 10) == []


def test_a_cache_written_before_tfidf_npz_gets_it_and_answers_the_same(kb, fitted):
    index, _, d = fitted
    (d / "tfidf.npz").unlink()
    again = build_candidate_generator(kb, cache=d.parent.parent)
    assert isinstance(again, AliasIndex) and isinstance(again.vectorizer, CharTfidf)
    assert (d / "tfidf.npz").exists()
    words = ["alectinb", "crizotinb", "neutropenia"]
    assert [[tuple(c) for c in cs] for cs in again(words, 10)] == [[tuple(c) for c in cs] for cs in index(words, 10)]


@pytest.mark.system
def test_linking_from_the_cache_does_not_import_scikit_learn(fitted):
    _, _, d = fitted
    code = f"""
import sys
from kg.linking import TermLinker
from kg.nlp.terms_index import is_site_term
from kg.terms import load_terms
t = TermLinker([t for t in load_terms() if not is_site_term(t)],
               types=["drug", "drug_class", "tumor", "adverse_event", "procedure"], cache={str(d.parent.parent)!r},
               single_word=True)
print(t.link("alectinb"))
assert "sklearn" not in sys.modules, "scikit-learn was imported"
"""
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    assert json.loads(r.stdout.strip().replace("(", "[").replace(")", "]").replace("'", '"'))[1] > 0.86
