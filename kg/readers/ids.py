"""Identifier normalisation: CURIEs with lower-case prefixes (doi:, pmid:, pmcid:, file:)."""
from __future__ import annotations

import re
from pathlib import PurePath

DOI_RE = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>,;]+)", re.I)


def doi_curie(value: str | None) -> str | None:
    """``doi:10.x/y`` from a bare DOI, a doi: string or a doi.org URL; DOIs compare case-insensitively."""
    if not value:
        return None
    m = DOI_RE.search(value)
    if not m:
        return None
    return "doi:" + m.group(1).rstrip(".)]").lower()


def pmid_curie(value: str | None) -> str | None:
    value = (value or "").strip()
    return f"pmid:{value}" if value.isdigit() else None


def pmcid_curie(value: str | None) -> str | None:
    m = re.search(r"(?:PMC)?(\d+)", (value or "").strip(), re.I)
    return f"pmcid:PMC{m.group(1)}" if m and (value or "").strip() else None


def file_curie(source: str) -> str:
    """Fallback id from the file name (and the ``#n`` record suffix, if any)."""
    name, _, record = str(source).partition("#")
    base = PurePath(name).name
    return f"file:{base}#{record}" if record else f"file:{base}"


def unique(ids) -> list[str]:
    seen: list[str] = []
    for i in ids:
        if i and i not in seen:
            seen.append(i)
    return seen
