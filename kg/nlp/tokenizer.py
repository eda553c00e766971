"""The ``kg.scispacy_tokenizer.v1`` tokenizer: scispacy's rules, plus word/word splits."""
from __future__ import annotations

import re
import warnings
from functools import lru_cache
from typing import Callable

from spacy.language import Language
from spacy.util import registry

# How many strings' suffix and infix answers each tokenizer keeps (see ``make``): the words a worker
# has read recently (16,384: ~65 % of the corpus's calls answered from it, a few MB).
AFFIX_CACHE = 16384

@registry.tokenizers("kg.scispacy_tokenizer.v1")
def create_scispacy_tokenizer() -> Callable[[Language], object]:
    def make(nlp: Language):
        from scispacy.custom_tokenizer import combined_rule_tokenizer
        from spacy.tokenizer import Tokenizer

        # scispacy copies token_match from nlp.tokenizer, which does not exist yet while the
        # config is being resolved: give it a tokenizer with spaCy's default token_match (what
        # spaCy's default tokenizer would hand over) and nothing else: building that whole
        # tokenizer (its affix regexes and ~1,000 special cases) cost ~0.05 s of every start-up.
        nlp.tokenizer = Tokenizer(nlp.vocab, token_match=nlp.Defaults.token_match,
                                  url_match=nlp.Defaults.url_match)
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
            if "/" not in text:  # (called per word: most have no "/", so the extra infix cannot match)
                found = list(scispacy_infix(text))
                # finditer's starts never decrease; keep the last match per start, as below
                return list({m.start(): m for m in found}.values()) if len(found) > 1 else found
            found = {m.start(): m for m in scispacy_infix(text)}
            for m in extra(text):
                found.setdefault(m.start(), m)
            return [found[k] for k in sorted(found)]

        # spaCy's own cache keeps whole whitespace-delimited chunks only; the affix loop asks about
        # their pieces, and the same pieces come back in other chunks ("tumor," "(tumor" "tumor.").
        # The suffix and infix regexes are searched at every position of a piece (3-4 us a call,
        # ~1 ms a report): their answers are kept per string (the same string gives the same
        # matches; spaCy reads only their offsets, and copies the infix list). tests/nlp/
        # test_tokenizer.py compares the tokens with those of the uncached functions.
        tokenizer.infix_finditer = lru_cache(maxsize=AFFIX_CACHE)(infix_finditer)
        # A name ending in a hyphen and one capital letter keeps a sentence's full stop as its own
        # token ("She received Ara-C.", "four cycles of AC-T."): scispacy leaves the stop on a word
        # ending in a lone capital, as on an initial ("J."), so the drug's term never matched.
        scispacy_suffix = tokenizer.suffix_search
        hyphen_letter_stop = re.compile(r"(?<=[A-Za-z0-9]-[A-Z])\.$").search

        def suffix_search(text):
            return scispacy_suffix(text) or hyphen_letter_stop(text)

        tokenizer.suffix_search = lru_cache(maxsize=AFFIX_CACHE)(suffix_search)
        from kg.nlp.doc_text import TextKeepingTokenizer

        # the components read the text without re-joining tokens
        return TextKeepingTokenizer(tokenizer, registered_name="kg.scispacy_tokenizer.v1")

    return make
