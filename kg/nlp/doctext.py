"""The text of a Doc, read once.

``Doc.text`` re-joins every token (creating a Token object per token) on each access: ~2 ms for a
case section, and the components asked for it several times per section. The tokenizer wrapper
(``TextKeepingTokenizer``, set by kg.nlp.build_pipeline) keeps the string the Doc was made from;
``doc_text`` returns it (or computes and keeps it once). The last component (kg_assertion) drops
the copy (``drop_doc_text``) so it is not shipped with the Doc.
"""
from __future__ import annotations

from spacy.tokens import Doc

TEXT_KEY = "kg_text"


def doc_text(doc: Doc) -> str:
    """doc.text, kept in doc.user_data after the first access."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def drop_doc_text(doc: Doc) -> None:
    doc.user_data.pop(TEXT_KEY, None)


class TextKeepingTokenizer:
    """A tokenizer that keeps the text it was given on the Doc (everything else is the wrapped
    tokenizer's: attributes are passed through)."""

    def __init__(self, tokenizer):
        self._tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self._tokenizer(text)
        doc.user_data[TEXT_KEY] = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name):
        return getattr(self._tokenizer, name)
