"""``kg_abbreviation_detector``: scispacy's AbbreviationDetector ("long form (SF)") with a faster
bracket finder. Sets ``doc._.abbreviations`` (dicts with token offsets when ``make_serializable``,
so docs can cross processes)."""
from __future__ import annotations

import warnings

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from scispacy.abbreviation import AbbreviationDetector  # also registers "abbreviation_detector"

# scispacy's AbbreviationDetector runs an empty Matcher on docs without abbreviations.
warnings.filterwarnings("ignore", message=r"\[W036\]")


class _ParenMatcher:
    """Same matches as scispacy's Matcher pattern "( +any )" that filter_matches can keep
    (at most 8 tokens inside), found from the bracket positions instead of running the
    Matcher over every token (the Matcher was the pipeline's slowest step)."""

    def __init__(self, vocab, max_inside: int = 8):
        self.open = vocab.strings.add("(")
        self.close = vocab.strings.add(")")
        self.max_inside = max_inside

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        from spacy.attrs import ORTH

        orth = doc.to_array(ORTH)
        opens = np.flatnonzero(orth == self.open)
        closes = np.flatnonzero(orth == self.close)
        out = []
        for i in opens:
            lo, hi = np.searchsorted(closes, [i + 2, i + self.max_inside + 2])
            out.extend((0, int(i), int(j) + 1) for j in closes[lo:hi])
        return out


@Language.factory("kg_abbreviation_detector", default_config={"make_serializable": True},
                  assigns=["doc._.abbreviations"])
class KGAbbreviationDetector(AbbreviationDetector):
    """scispacy's AbbreviationDetector with a faster bracket finder (same results)."""

    def __init__(self, nlp: Language, name: str, make_serializable: bool):
        super().__init__(nlp, name=name, make_serializable=make_serializable)
        self.matcher = _ParenMatcher(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        with warnings.catch_warnings():  # W036: scispacy runs an empty Matcher on most docs
            warnings.simplefilter("ignore", UserWarning)
            return super().__call__(doc)
