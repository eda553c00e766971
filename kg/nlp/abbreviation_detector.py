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


class _OrthSequences:
    """scispacy's global matcher (each short form defined in the doc, found everywhere in it: token
    sequences of given ORTH values), answered from one ORTH array of the doc instead of a spaCy
    Matcher walking every token (a Token object each). The Matcher calls scispacy makes: ``add``
    (key, ``[[{"ORTH": text}, ...]]``), ``remove``, ``len``, ``in``, ``vocab``; matches come as
    ``(key id, start, end)`` for every pattern of every key, by start, then end. scispacy puts
    them into sets, so only which matches there are counts."""

    def __init__(self, vocab):
        self.vocab = vocab
        self._seqs: dict[str, list[np.ndarray]] = {}

    def add(self, key: str, patterns, **_kw) -> None:
        self.vocab.strings.add(key)
        for pattern in patterns:
            if not pattern or any(set(tok) != {"ORTH"} for tok in pattern):
                raise ValueError(f"only ORTH sequences are supported, got {pattern!r}")
            self._seqs.setdefault(key, []).append(
                np.array([self.vocab.strings.add(tok["ORTH"]) for tok in pattern], dtype=np.uint64))

    def remove(self, key: str) -> None:
        if key not in self._seqs:
            raise ValueError(f"no pattern {key!r}")
        del self._seqs[key]

    def __len__(self) -> int:
        return len(self._seqs)

    def __contains__(self, key) -> bool:
        return key in self._seqs

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not self._seqs:
            return []
        from spacy.attrs import ORTH

        orth = doc.to_array(ORTH)
        n = len(orth)
        out = set()
        for key, seqs in self._seqs.items():
            kid = self.vocab.strings[key]
            for seq in seqs:
                k = len(seq)
                for i in np.flatnonzero(orth[:n - k + 1] == seq[0]).tolist() if k <= n else ():
                    if k == 1 or np.array_equal(orth[i:i + k], seq):
                        out.add((kid, i, i + k))
        return sorted(out, key=lambda m: (m[1], m[2], m[0]))


@Language.factory("kg_abbreviation_detector", default_config={"make_serializable": True},
                  assigns=["doc._.abbreviations"])
class KGAbbreviationDetector(AbbreviationDetector):
    """scispacy's AbbreviationDetector with a faster bracket finder and global matcher (same
    results)."""

    def __init__(self, nlp: Language, name: str, make_serializable: bool):
        super().__init__(nlp, name=name, make_serializable=make_serializable)
        self.matcher = _ParenMatcher(nlp.vocab)
        self.global_matcher = _OrthSequences(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        with warnings.catch_warnings():  # W036: scispacy runs an empty Matcher on most docs
            warnings.simplefilter("ignore", UserWarning)
            return super().__call__(doc)
