"""kg.nlp.tokenizer: the suffix and infix answers kept per string give the tokens the plain functions give."""
from __future__ import annotations

import pytest
from spacy.tokenizer import Tokenizer

# made-up text full of pieces that come back with other affixes: "(tumor", "tumor," "tumor."
TEXTS = [
    "A 54-year-old woman (ECOG PS 1) received endoxan/vincristine/actinomycine; the tumor, 4.2 cm, shrank.",
    "The tumor's margins [R0] were clear: pT2N0M0 (stage IB), Ki-67 ~30%, PD-L1 TPS >50%...",
    "She received Ara-C. Then four cycles of AC-T. The tumor (a sarcoma) grew; tumor-free at 12 mo.",
    "Crizotinib 250 mg b.i.d./day was stopped (grade-3 ALT rise), then alectinib/lorlatinib... \"stable\".",
    "ROS1-rearranged NSCLC, EML4-ALK v3; CEA 12.3 ng/mL -> 4.1 ng/mL (normal <5.0). Tumor,tumor;tumor!",
    "Le patient (âgé de 63 ans) a reçu du carboplatine/pémétrexed — réponse partielle… «stable»?",
]


def _plain(tok: Tokenizer) -> Tokenizer:
    """The same tokenizer with the functions behind the caches (a copy: the pipeline's stays as it is)."""
    return Tokenizer(tok.vocab, rules=tok.rules, prefix_search=tok.prefix_search,
                     suffix_search=tok.suffix_search.__wrapped__, infix_finditer=tok.infix_finditer.__wrapped__,
                     token_match=tok.token_match, url_match=tok.url_match)


def test_cached_affixes_give_the_plain_tokens(nlp):
    tok = nlp.tokenizer._tokenizer
    plain = _plain(tok)
    for text in TEXTS * 2:   # twice: the second pass reads kept answers
        got = [(t.text, t.idx, t.whitespace_) for t in tok(text)]
        assert got == [(t.text, t.idx, t.whitespace_) for t in plain(text)], text
    # the kept answers are read (a cache that is never hit would be a cost only)
    assert tok.suffix_search.cache_info().hits > 0
    assert tok.infix_finditer.cache_info().hits > 0


@pytest.mark.parametrize("piece", ["tumor", "tumor,", "Ara-C.", "AC-T.", "endoxan/vincristine", "4.2", "...",
                                   "b.i.d./day", "ng/mL", "(stage", "IB),", "…", "pémétrexed"])
def test_cached_answers_are_the_plain_answers(nlp, piece):
    tok = nlp.tokenizer._tokenizer

    def offsets(m):
        return None if m is None else (m.start(), m.end())

    for _ in range(2):
        assert offsets(tok.suffix_search(piece)) == offsets(tok.suffix_search.__wrapped__(piece))
        assert [offsets(m) for m in tok.infix_finditer(piece)] == \
            [offsets(m) for m in tok.infix_finditer.__wrapped__(piece)]
