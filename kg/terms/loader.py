"""Load the curated term lists (ontology/terms/*.tsv) plus the user's own term files.

Format: see ontology/terms/README.md. One row per term; a user term with the same id
as a shipped term extends it (synonyms/xrefs/extra are merged, label/type/source are
overridden when given).
"""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Mapping

import kg
from kg.errors import TerminologyError

COLUMNS = ("id", "label", "type", "synonyms", "source", "source_version", "xrefs", "extra")
TYPES = (
    "tumor",
    "drug",
    "drug_class",
    "gene",
    "response",
    "adverse_event",
    "procedure",
    "fusion_class",
    "regimen",  # named combination (FOLFOX, R-CHOP); extra components=drug,drug,...
)


def _frozen(d: Mapping[str, str] | None) -> Mapping[str, str]:
    return MappingProxyType(dict(d or {}))


@dataclass(frozen=True)
class Term:
    id: str
    label: str
    type: str
    synonyms: tuple[str, ...] = ()
    source: str = "local"
    source_version: str = ""
    xrefs: tuple[str, ...] = ()
    extra: Mapping[str, str] = field(default_factory=lambda: _frozen({}))

    def __hash__(self) -> int:  # MappingProxyType is unhashable; the id is the identity
        return hash((self.id, self.label, self.type, self.synonyms, self.xrefs))

    @property
    def names(self) -> tuple[str, ...]:
        """Label followed by every synonym (deduplicated, order kept)."""
        seen: dict[str, None] = {self.label: None}
        for s in self.synonyms:
            seen.setdefault(s, None)
        return tuple(seen)

    @property
    def is_local(self) -> bool:
        return self.id.startswith("KG:")


def user_terms_dir() -> Path:
    env = os.environ.get("KG_TERMS_DIR")
    if env:
        return Path(env).expanduser()
    return Path.home() / ".local" / "share" / "kg" / "terms"


def shipped_terms_dir() -> Path:
    return kg.ONTOLOGY_DIR / "terms"


def _split(value: str, sep: str = "|") -> tuple[str, ...]:
    out: list[str] = []
    for part in (value or "").split(sep):
        part = part.strip()
        if part and part not in out:
            out.append(part)
    return tuple(out)


def _parse_extra(value: str, where: str) -> dict[str, str]:
    extra: dict[str, str] = {}
    for part in _split(value, ";"):
        key, eq, val = part.partition("=")
        if not eq or not key.strip():
            raise TerminologyError(f"{where}: extra must be key=value pairs separated by ';', found {part!r}")
        extra[key.strip()] = val.strip()
    return extra


def format_extra(extra: Mapping[str, str]) -> str:
    return ";".join(f"{k}={v}" for k, v in extra.items())


def read_term_file(path: Path) -> list[Term]:
    """Read one term TSV. Raises TerminologyError on a wrong header or a bad row."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TerminologyError(f"{path}: cannot read term file ({exc})") from exc
    lines = text.splitlines()
    if not lines:
        return []
    header = tuple(h.strip() for h in lines[0].split("\t"))
    if header[: len(COLUMNS)] != COLUMNS:
        raise TerminologyError(
            f"{path}: expected header {'<TAB>'.join(COLUMNS)}, found {'<TAB>'.join(header)} "
            "(see ontology/terms/README.md)"
        )
    terms: list[Term] = []
    reader = csv.reader(lines[1:], delimiter="\t", quoting=csv.QUOTE_NONE)
    for lineno, row in enumerate(reader, start=2):
        if not row or not any(c.strip() for c in row) or row[0].startswith("#"):
            continue
        row = row + [""] * (len(COLUMNS) - len(row))
        where = f"{path}:{lineno}"
        tid, label, ttype = row[0].strip(), row[1].strip(), row[2].strip()
        if ":" not in tid:
            raise TerminologyError(f"{where}: id must be a CURIE like NCIT:C74061 or KG:drug-x, found {tid!r}")
        if not label:
            raise TerminologyError(f"{where}: term {tid} has no label")
        if ttype not in TYPES:
            raise TerminologyError(f"{where}: type must be one of {', '.join(TYPES)}, found {ttype!r}")
        terms.append(
            Term(
                id=tid,
                label=label,
                type=ttype,
                synonyms=tuple(s for s in _split(row[3]) if s != label),
                source=row[4].strip() or "local",
                source_version=row[5].strip(),
                xrefs=_split(row[6]),
                extra=_frozen(_parse_extra(row[7], where)),
            )
        )
    return terms


def merge_terms(base: Term, over: Term) -> Term:
    """`over` (a later / user term with the same id) extends and overrides `base`."""
    syn = tuple(dict.fromkeys(s for s in (base.label, *base.synonyms, *over.synonyms) if s != over.label))
    extra = dict(base.extra)
    extra.update(over.extra)
    return Term(
        id=base.id,
        label=over.label or base.label,
        type=over.type or base.type,
        synonyms=syn,
        source=over.source or base.source,
        source_version=over.source_version or base.source_version,
        xrefs=tuple(dict.fromkeys((*base.xrefs, *over.xrefs))),
        extra=_frozen(extra),
    )


def _tsv_files(d: Path) -> list[Path]:
    d = Path(d).expanduser()
    if not d.is_dir():
        return []
    return sorted(p for p in d.glob("*.tsv") if p.is_file())


def load_terms(extra_dirs: list[Path] | None = None, *, include_user: bool = True,
               shipped_dir: Path | None = None) -> list[Term]:
    """Every shipped term, then user terms ($KG_TERMS_DIR), then `extra_dirs`.

    A later term with an id already seen extends/overrides the earlier one.
    """
    dirs: list[Path] = [shipped_dir or shipped_terms_dir()]
    if include_user:
        dirs.append(user_terms_dir())
    dirs.extend(Path(d) for d in (extra_dirs or []))
    by_id: dict[str, Term] = {}
    for d in dirs:
        for f in _tsv_files(d):
            for t in read_term_file(f):
                by_id[t.id] = merge_terms(by_id[t.id], t) if t.id in by_id else t
    return list(by_id.values())


def write_term_file(path: Path, terms: Iterable[Term]) -> int:
    """Write terms in the README format. Returns the number of rows."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(COLUMNS) + "\n")
        for t in terms:
            cells = [
                t.id,
                t.label,
                t.type,
                "|".join(t.synonyms),
                t.source,
                t.source_version,
                "|".join(t.xrefs),
                format_extra(t.extra),
            ]
            fh.write("\t".join(_clean(c) for c in cells) + "\n")
            n += 1
    return n


def _clean(cell: str) -> str:
    return " ".join(str(cell).replace("\t", " ").split())


def terms_by_type(terms: Iterable[Term] | None = None) -> dict[str, list[Term]]:
    out: dict[str, list[Term]] = {}
    for t in terms if terms is not None else load_terms():
        out.setdefault(t.type, []).append(t)
    return out
