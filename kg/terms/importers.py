"""Import a terminology release into the user terms dir as a TSV in our format.

One plain function per kind (`import_hgnc`, `import_ncit`, `import_drugbank`, `import_ctcae`,
`import_oncotree`) returning terms; `import_terms(kind, file, dest_dir)` writes
`<dest_dir>/<kind>_<file stem>.tsv` and returns an ImportSummary. A file of another kind
raises WrongTerminologyFileError (one line: expected vs found).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from kg.errors import TerminologyError
from kg.graph.iri import local_term_id
from kg.terms import sources as S
from kg.terms.loader import Term, _frozen, user_terms_dir, write_term_file


@dataclass(frozen=True)
class ImportSummary:
    kind: str
    source_file: Path
    dest_file: Path
    terms: int
    with_external_id: int

    def __str__(self) -> str:
        return (f"{self.kind}: {self.terms} terms ({self.with_external_id} with external ids) "
                f"from {self.source_file} -> {self.dest_file}")


def import_hgnc(path: Path) -> list[Term]:
    out = []
    for g in S.read_hgnc(Path(path)):
        if not g["status"].lower().startswith("approved") or not g["symbol"]:
            continue
        syns = [s for s in g["synonyms"] if s != g["symbol"]] + ([g["name"]] if g["name"] else [])
        out.append(Term(g["id"], g["symbol"], "gene", tuple(dict.fromkeys(syns)), "HGNC", Path(path).stem))
    return out


_DISEASE_TYPES = ("Neoplastic Process", "Disease or Syndrome")


def import_ncit(path: Path, type_: str | None = None) -> list[Term]:
    """NCIt concepts; type from the semantic type (Neoplastic Process -> tumor, Pharmacologic
    Substance -> drug) unless `type_` is given. Rows via cross-references (DO subset) keep only
    one-to-one mappings."""
    out: dict[str, Term] = {}
    for c in S.read_ncit(Path(path)):
        if c.get("exact") is False:
            continue
        sem = c.get("semantic_types") or []
        if type_:
            t = type_
        elif any(s in _DISEASE_TYPES for s in sem) or c.get("via", "").startswith("DOID:"):
            t = "tumor"
        elif any("Pharmacologic" in s or "Organic Chemical" in s or "Protein" in s for s in sem):
            t = "drug"
        elif any(s in ("Therapeutic or Preventive Procedure", "Diagnostic Procedure") for s in sem):
            t = "procedure"
        else:
            t = "drug_class" if sem else "tumor"
        tid = f"NCIT:{c['code']}"
        syns = tuple(dict.fromkeys(s for s in c["synonyms"] if s != c["name"]))
        xrefs = (c["via"],) if c.get("via", "").startswith("DOID:") else ()
        if tid in out:  # several DO terms cite the same code: keep the first name, add the rest
            prev = out[tid]
            syns = tuple(dict.fromkeys((*prev.synonyms, c["name"], *syns)))
            out[tid] = Term(tid, prev.label, prev.type, syns, prev.source, prev.source_version,
                            tuple(dict.fromkeys((*prev.xrefs, *xrefs))))
        else:
            out[tid] = Term(tid, c["name"], t, syns, "NCIt", c.get("version", ""), xrefs)
    return list(out.values())


def import_drugbank(path: Path) -> list[Term]:
    return [Term(f"DRUGBANK:{d['id']}", d["name"], "drug",
                 tuple(s for s in d["synonyms"] if s != d["name"] and len(s) <= 60), "DrugBank", Path(path).stem)
            for d in S.read_drugbank(Path(path)) if d["name"]]


def import_ctcae(path: Path) -> list[Term]:
    return [Term(f"MEDDRA:{r['code']}", r["term"], "adverse_event", (), "CTCAE", "v5.0", (),
                 _frozen({"soc": r["soc"]} if r["soc"] else {}))
            for r in S.read_ctcae(Path(path))]


def import_oncotree(path: Path) -> list[Term]:
    out: dict[str, Term] = {}
    for o in S.read_oncotree(Path(path)):
        nci = [c for c in o["nci"] if re.fullmatch(r"C\d+", c)]
        tid = f"NCIT:{nci[0]}" if nci else local_term_id("tumor", o["name"])
        extra = {k: v for k, v in (("oncotree", o["code"]), ("main_type", o["main_type"]),
                                   ("tissue", o["tissue"])) if v}
        if tid in out:
            prev = out[tid]
            out[tid] = Term(tid, prev.label, "tumor", tuple(dict.fromkeys((*prev.synonyms, o["name"]))),
                            "OncoTree", prev.source_version, (*prev.xrefs, f"ONCOTREE:{o['code']}"),
                            _frozen({**prev.extra, "oncotree": prev.extra.get("oncotree", "") + "," + o["code"]}))
        else:
            out[tid] = Term(tid, o["name"], "tumor", (), "OncoTree", Path(path).stem,
                            (f"ONCOTREE:{o['code']}",), _frozen(extra))
    return list(out.values())


IMPORTERS: dict[str, Callable[[Path], list[Term]]] = {
    "hgnc": import_hgnc,
    "ncit": import_ncit,
    "drugbank": import_drugbank,
    "ctcae": import_ctcae,
    "oncotree": import_oncotree,
}


def import_terms(kind: str, file: Path, dest_dir: Path | None = None) -> ImportSummary:
    kind = kind.lower()
    if kind not in IMPORTERS:
        raise TerminologyError(f"unknown terminology kind {kind!r}: expected one of {', '.join(IMPORTERS)}")
    file = Path(file)
    if not file.is_file():
        raise TerminologyError(f"{file}: no such file; expected a {kind} release file")
    terms = IMPORTERS[kind](file)
    if not terms:
        raise TerminologyError(f"{file}: no {kind} terms found in this file")
    dest_dir = Path(dest_dir) if dest_dir else user_terms_dir()
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", file.stem)
    dest = dest_dir / f"{kind}_{stem}.tsv"
    n = write_term_file(dest, terms)
    return ImportSummary(kind, file, dest, n, sum(1 for t in terms if not t.is_local))
