"""Which of the prefilters' literals a text contains, found in one pass: ``literals_in(text)``.

A sentence is asked by ~100 literal prefilters (``kg.rules.prefilter``: the cue specs of
``kg_cues``, the sentence rows of ``kg_assertion``), ~1,000 ``in`` tests in all; many of them test
the same words again ("is", "patients", "reported"). ``literals_in`` finds every literal of three
characters or more (``prefilter``'s choice) that any filter built so far tests, with one Aho-Corasick automaton
(pyahocorasick): a filter's *set form* (``prefilter.literal_filter_in``, ``row_picker(..., with_set=
True)``) then asks ``'reported' in S`` of that set (a hash lookup) instead of searching the
sentence again. The answers are the same by construction: the automaton reports every occurrence
(overlapping ones too), so ``x in literals_in(t)`` is ``x in t`` for every literal it holds, and a
filter's set form asks the set only for literals it registered here when it was built (shorter
ones, which are cheap to search, are still searched in the text).

The sets of the last few hundred texts are kept (a text's set is found once even when several
components read its sentence: kg_cues, then kg_assertion): callers read them, never change them.

Without pyahocorasick (an optional speed-up: a platform without its wheel) ``literals_in``
returns None and callers use the text forms: same results, the old speed.
"""
from __future__ import annotations

from typing import Iterable

try:
    import ahocorasick as _ahocorasick
except ImportError:  # pragma: no cover - the text forms are used instead
    _ahocorasick = None

# how many texts' sets are kept: the sentences of a few section docs (every component reads a
# section doc's sentences before the next component starts)
_KEPT = 512


class LiteralIndex:
    """An automaton of every literal registered so far, rebuilt when new ones come (a filter built
    after the first text was read: rules loaded late)."""

    def __init__(self):
        self._words: set[str] = set()
        self._automaton = None
        self._found: dict[str, set[str]] = {}   # text -> its literals (the last _KEPT texts)

    def register(self, words: Iterable[str]) -> None:
        """Literals a filter's set form will look up in ``literals_in``'s sets."""
        new = {w for w in words if w not in self._words}
        if new:
            self._words |= new
            self._automaton = None
            self._found = {}

    def literals_in(self, text: str) -> set[str] | None:
        """The registered literals that occur in ``text`` (None without pyahocorasick or literals).
        The set is shared with later callers asking about the same text: read it, never change it."""
        found = self._found.get(text)
        if found is not None:
            return found
        automaton = self._automaton
        if automaton is None:
            automaton = self._automaton = self._build()
            if automaton is None:
                return None
        found = {w for _, w in automaton.iter(text)}
        if len(self._found) >= _KEPT:
            self._found = {}
        self._found[text] = found
        return found

    def _build(self):
        if _ahocorasick is None or not self._words:
            return None
        a = _ahocorasick.Automaton(_ahocorasick.STORE_ANY)
        for w in sorted(self._words):
            a.add_word(w, w)
        a.make_automaton()
        return a


INDEX = LiteralIndex()
register = INDEX.register
literals_in = INDEX.literals_in

__all__ = ["LiteralIndex", "INDEX", "register", "literals_in"]
