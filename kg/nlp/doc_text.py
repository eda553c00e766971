"""A document's text, kept once per document and shared by the kg_* components.

``Doc.text`` re-joins every token (and creates a Token object per token) on each access: ~2 ms
for a long case section. The tokenizer (``TextKeepingTokenizer``, set by
``kg.scispacy_tokenizer.v1``) keeps the string the Doc was made from; ``doc_text`` returns it (or
computes and keeps it once, for a Doc made another way). The last component (kg_assertion) drops
the copy (``drop_doc_text``) so it is not shipped with the Doc.
"""
from __future__ import annotations

from collections.abc import Iterator

import numpy as np
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc, Span

from kg.nlp.ents import ents_of

_TEXT_KEY = "kg_text"


def doc_text(doc: Doc) -> str:
    """doc.text, kept in doc.user_data after the first access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def drop_doc_text(doc: Doc) -> None:
    doc.user_data.pop(_TEXT_KEY, None)


def sentences_with_entities(doc: Doc, full: str) -> Iterator[tuple[int, int, int, str, list[Span]]]:
    """``(start token, end token, start character, text, entities)`` of every sentence of ``doc``
    (``full``: its text, :func:`doc_text`), the entities being those that start in the sentence;
    a doc whose first token starts no sentence gets one from token 0. One walk shared by the
    components that read sentence by sentence (kg_cues, kg_assertion)."""
    n = len(doc)
    starts = np.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
    if not starts or starts[0] != 0:
        starts = [0] + starts
    # token offsets and lengths as two arrays: a Token object per sentence start and end cost more
    where = doc.to_array([IDX, LENGTH])
    idx, length = where[:, 0].tolist(), where[:, 1].tolist()
    ents = ents_of(doc)   # sorted by start, not overlapping: a sentence's entities are a run of them
    ent_starts = [e.start for e in ents]
    i, n_ents = 0, len(ents)
    for k, s in enumerate(starts):
        e = starts[k + 1] if k + 1 < len(starts) else n
        j = i
        while j < n_ents and ent_starts[j] < e:
            j += 1
        base = idx[s]
        yield s, e, base, full[base:idx[e - 1] + length[e - 1]], list(ents[i:j])
        i = j


class TextKeepingTokenizer:
    """A tokenizer that keeps the text it was given on the Doc (spaCy's tokenizer guarantees
    ``doc.text == text``); everything else is the wrapped tokenizer's (attributes pass through)."""

    def __init__(self, tokenizer, registered_name: str | None = None):
        self._tokenizer = tokenizer
        # the registry name of the function that made it (kg.nlp.term_patterns caches only
        # what kg's own tokenizer produces)
        self.registered_name = registered_name

    def __call__(self, text: str) -> Doc:
        doc = self._tokenizer(text)
        doc.user_data[_TEXT_KEY] = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name):
        if name == "_tokenizer":  # not set yet (unpickling): no recursion
            raise AttributeError(name)
        return getattr(self._tokenizer, name)
