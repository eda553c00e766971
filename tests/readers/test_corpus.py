"""Every file in ../shared/corpus reads, or fails with a one-line InputError; nothing crashes."""
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.model import SECTION_KINDS, Document
from kg.readers import read_path

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS = SHARED / "corpus"
FILES = sorted(p for p in CORPUS.rglob("*") if p.is_file()) if CORPUS.is_dir() else []


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"../shared not found: {CORPUS}")
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_corpus_file_reads(path):
    try:
        items = list(read_path(path))
    except InputError as exc:
        assert "\n" not in str(exc) and str(path) in str(exc)
        return
    docs = [i for i in items if isinstance(i, Document)]
    assert docs, f"{path}: no document read"
    for item in items:
        if isinstance(item, InputError):
            assert "\n" not in str(item) and item.path.startswith(f"{path}#")
            continue
        assert item.ids and all(":" in i and i.split(":", 1)[0] in ("doi", "pmid", "pmcid", "file") for i in item.ids)
        assert item.source == str(path) or item.source.startswith(f"{path}#")
        for s in item.sections:
            assert s.kind in SECTION_KINDS and 0 <= s.start < s.end <= len(item.text)
