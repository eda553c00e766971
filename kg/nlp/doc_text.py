"""A document's text, computed once per document and shared by the kg_* components.

``Doc.text`` re-joins every token (and creates a Token object per token) on each access; the
components that scan the text with regular expressions read this cached copy instead.
"""
from __future__ import annotations

from spacy.tokens import Doc

_TEXT_KEY = "kg_text"


def doc_text(doc: Doc) -> str:
    """doc.text, cached: Doc.text re-joins every token (and creates Token objects) per access.
    The last component (kg_assertion) drops the copy (``drop_doc_text``) so it is not shipped."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def drop_doc_text(doc: Doc) -> None:
    doc.user_data.pop(_TEXT_KEY, None)
