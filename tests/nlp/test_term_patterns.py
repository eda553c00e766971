"""kg/nlp/term_patterns.py: the term names' token arrays come from a disk cache when it holds them,
and a matcher built from the cache finds exactly what one built from tokenized Docs finds."""
import spacy
from spacy.matcher import PhraseMatcher
from spacy.util import load_config, load_model_from_config

import kg.nlp
from kg.nlp import term_patterns

NAMES = ["non-small-cell lung cancer", "Crizotinib", "5-FU", "carboplatin/pemetrexed", "R-CHOP",
         "inflammatory myofibroblastic tumour", "t(2;5)(p23;q35)", "anti-PD-1 antibody", "10mg/m2 dose"]
SYMBOLS = ["ALK", "ROS1", "NSCLC", "PD-L1"]
TEXT = ("A 5-FU and R-CHOP course for non-small-cell lung cancer (NSCLC) with ALK and PD-L1; "
        "crizotinib then carboplatin/pemetrexed, an anti-PD-1 antibody at 10mg/m2 dose, t(2;5)(p23;q35), "
        "an Inflammatory Myofibroblastic Tumour.")


def kg_tokenizer_nlp():
    """A pipeline with kg's tokenizer and no component (what kg_terms tokenizes names with)."""
    kg.nlp._register_factories()
    config = load_config(kg.nlp.DEFAULT_CONFIG)
    config["nlp"]["pipeline"] = []
    return load_model_from_config(config, auto_fill=True)


def matches(nlp, lower, orth):
    doc = nlp.make_doc(TEXT)
    strings = nlp.vocab.strings
    return sorted((strings[k], s, e) for m in (lower, orth) for k, s, e in m(doc))


def built_with_cache(nlp):
    lower, orth = PhraseMatcher(nlp.vocab, attr="LOWER"), PhraseMatcher(nlp.vocab, attr="ORTH")
    term_patterns.add_patterns(nlp, [(lower, "LOWER", [("T1", NAMES[:4]), ("T2", NAMES[4:])]),
                                     (orth, "ORTH", [("G1", SYMBOLS[:2]), ("G2", SYMBOLS[2:] + ["ALK"])])])
    return lower, orth


def test_cached_patterns_match_what_tokenized_docs_match(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    nlp = kg_tokenizer_nlp()
    lower, orth = PhraseMatcher(nlp.vocab, attr="LOWER"), PhraseMatcher(nlp.vocab, attr="ORTH")
    lower.add("T1", list(nlp.tokenizer.pipe(NAMES[:4])))
    lower.add("T2", list(nlp.tokenizer.pipe(NAMES[4:])))
    orth.add("G1", list(nlp.tokenizer.pipe(SYMBOLS[:2])))
    orth.add("G2", list(nlp.tokenizer.pipe(SYMBOLS[2:] + ["ALK"])))
    expected = matches(nlp, lower, orth)
    assert {k for k, _, _ in expected} == {"T1", "T2", "G1", "G2"} and len(expected) >= 10

    first = built_with_cache(nlp)  # tokenizes and writes the cache
    assert len(list((tmp_path / "patterns").glob("*.npz"))) == 1
    assert matches(nlp, *first) == expected

    def no_tokenizing(*a):
        raise AssertionError("tokenized although the cache holds the names")

    monkeypatch.setattr(term_patterns, "_tokenized", no_tokenizing)
    fresh = kg_tokenizer_nlp()  # another process's pipeline: a new vocab, nothing tokenized yet
    assert matches(fresh, *built_with_cache(fresh)) == expected


def test_a_corrupt_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    nlp = kg_tokenizer_nlp()
    expected = matches(nlp, *built_with_cache(nlp))
    (cached,) = (tmp_path / "patterns").glob("*.npz")
    cached.write_bytes(b"not an npz file")
    assert matches(nlp, *built_with_cache(nlp)) == expected
    assert cached.read_bytes() != b"not an npz file"


def test_another_tokenizer_is_never_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    nlp = spacy.blank("en")
    assert term_patterns.tokenizer_fingerprint(nlp) is None
    assert term_patterns.tokenizer_fingerprint(kg_tokenizer_nlp()) is not None
    built_with_cache(nlp)
    assert not (tmp_path / "patterns").exists()
