"""Lookup tables derived from the term lists, shared by every kg_* pipeline component.

Components are built by spaCy from config.cfg, which can only carry strings, so the
terms travel by key: `register_terms(terms)` stores a TermIndex under a content hash
and the components receive that hash as their `terms_key` setting ("default" means
`kg.terms.load_terms()`).
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Iterable, Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from kg.errors import ConfigError
from kg.rules import rules

# Fusion kinases used when the gene terms carry no `kinase=yes` flag. Symbols only,
# the ids always come from the terms.
DEFAULT_KINASES = frozenset(
    {"ALK", "ROS1", "NTRK1", "NTRK2", "NTRK3", "RET", "MET", "BRAF", "FGFR1", "FGFR2", "FGFR3",
     "PDGFRA", "PDGFRB", "NRG1", "ABL1", "JAK2", "EGFR", "LTK", "CSF1R", "IGF1R", "RAF1"}
)

# Upper-case strings that are gene symbols but far more often ordinary words or
# clinical abbreviations in case reports; they are matched only via the fusion rules.
GENE_SYMBOL_BLOCKLIST = frozenset(
    {"ALL", "SET", "CAT", "MAX", "REST", "CAPS", "ARC", "CD", "PC", "GC", "TH", "CS", "IMPACT",
     "CT", "MRI", "PET", "NGS", "IHC", "FISH", "PCR", "DNA", "RNA", "AND", "FOR", "NOT", "WAS",
     "CAN", "MAY", "SHE", "HE", "IV", "II", "III", "TNF", "CRP", "LDH", "BID", "TID",
     "PIGS", "CAR", "CHIP", "CLOCK", "COPE", "DAMP", "GAP", "HR", "PR", "ER", "MED", "MAL", "NHS",
     "SDS", "SPR", "TEC", "TOP", "WAS", "MARS", "CARS", "POLE", "ACT"}
)

TYPE_RANK = {"response": 0, "gene": 1, "drug": 2, "regimen": 2, "tumor": 3, "drug_class": 4, "procedure": 5,
             "adverse_event": 6}

_SYMBOL_RE = re.compile(r"^[A-Z][A-Z0-9-]*[A-Z0-9]$|^[A-Z]$")
_ABBREV_RE = re.compile(r"^[A-Z0-9][A-Za-z0-9]*[A-Z][A-Za-z0-9]*$")


# a content word of a term name (for comparing names with a report's own definitions)
NAME_WORD = re.compile(r"[a-z]{4,}")


@dataclass
class TermInfo:
    id: str
    label: str
    type: str
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class TermIndex:
    """Every name of every term, split by how it must be matched."""

    terms: dict[str, TermInfo]
    # lower-cased names/synonyms -> term id (case-insensitive phrase matching)
    lower_names: dict[str, str]
    # case-sensitive short abbreviations (e.g. "IMT", "CR") -> term id
    abbrevs: dict[str, str]
    # gene symbols incl. previous/alias symbols -> gene term id (case-sensitive)
    gene_symbols: dict[str, str]
    kinase_ids: frozenset[str]
    # response_class -> response term ids (the first is the preferred one)
    response_by_class: dict[str, list[str]]
    key: str = "default"
    fusion_class_id: str | None = None
    # symbols of genes shipped only as fusion partners (never matched as gene mentions)
    partner_genes: dict[str, str] = field(default_factory=dict)
    # regimen term id -> (drug term id or None, drug label or the component as written), per component
    regimen_drugs: dict[str, tuple[tuple[str | None, str], ...]] = field(default_factory=dict)
    _name_words: dict[str, frozenset[str]] | None = field(default=None, repr=False, compare=False)

    def name_words(self) -> dict[str, frozenset[str]]:
        """term id -> the words (4+ letters) of all its names, built on first use."""
        if self._name_words is None:
            words: dict[str, set[str]] = {}
            for name, tid in self.lower_names.items():
                words.setdefault(tid, set()).update(NAME_WORD.findall(name))
            # a regimen is named by its drugs too: "vincristine, doxorubicin ... (VDC/IE)" defines
            # the regimen's short form, it does not give it another meaning
            for rid, parts in self.regimen_drugs.items():
                for _, written in parts:
                    words.setdefault(rid, set()).update(NAME_WORD.findall(written.lower()))
            self._name_words = {tid: frozenset(w) for tid, w in words.items()}
        return self._name_words

    def info(self, term_id: str | None) -> TermInfo | None:
        return self.terms.get(term_id) if term_id else None

    def extra(self, term_id: str | None, key: str) -> str | None:
        """A term's extra column (``main_type`` of a tumor, ``procedure_class``...), None if absent."""
        info = self.info(term_id)
        return info.extra.get(key) if info else None

    def gene_id(self, symbol: str, *, allow_stray_digit: bool = False) -> str | None:
        """Resolve a gene symbol; optionally forgive one stray trailing digit ("YWHAE1")."""
        gid = self.gene_symbols.get(symbol)
        if gid is None and allow_stray_digit and len(symbol) > 3 and symbol[-1].isdigit():
            gid = self.gene_symbols.get(symbol[:-1])
        return gid

    def partner_id(self, symbol: str) -> str | None:
        """A gene named as the other partner of a fusion with a known kinase ("EZR-ROS1")."""
        return self.gene_symbols.get(symbol) or self.partner_genes.get(symbol)

    def is_kinase(self, gene_id: str | None) -> bool:
        return gene_id in self.kinase_ids


def is_site_term(t) -> bool:
    """OncoTree tissue-level nodes ("Lung", "Bone", "Other", "Tissue") name sites, not tumors:
    matching them would turn every "lung" into a diagnosis."""
    return t.type == "tumor" and (t.extra.get("tissue") == "Tissue"
                                  or t.extra.get("oncotree") in ("TISSUE", "MYELOID", "LYMPH"))


def _is_symbol_like(name: str) -> bool:
    return bool(_SYMBOL_RE.match(name)) and any(c.isalpha() for c in name)


def _hyphen_variants(name: str) -> set[str]:
    """Every hyphen/space spelling of a hyphenated name with few separators."""
    parts = re.split(r"([ -])", name)
    seps = parts[1::2]
    # hyphenated names up to 4 separators; unhyphenated ones up to 2 ("fine needle aspiration"
    # is written "fine-needle aspiration")
    if not seps or len(seps) > (4 if "-" in seps else 2):
        return set()
    words = parts[0::2]
    out = set()
    for mask in range(1 << len(seps)):
        joined = words[0]
        for i, w in enumerate(words[1:]):
            joined += ("-" if mask >> i & 1 else " ") + w
        out.add(joined)
    out.discard(name)
    return out


def _joined_drug_variants(name: str) -> set[str]:
    """A regimen told by its drugs joined with "/" or "+" is written with any of the three joins: "gem/cis",
    "gem-cis", "gem+cis" (the curated overlay keeps one spelling, the others differ only in punctuation)."""
    if not re.search(r"\w[/+]\w", name):
        return set()
    return {re.sub(r"(?<=\w)[/+](?=\w)", j, name) for j in "/+-"} - {name}


def _of_the_variants(name: str) -> set[str]:
    """ "medullary carcinoma of the thyroid" is also written "medullary carcinoma of thyroid"."""
    if " of the " in name:
        return {name.replace(" of the ", " of ", 1)}
    if re.search(r" of (?!the )\w", name):
        return {re.sub(r" of (?!the )", " of the ", name, count=1)}
    return set()


# British and older spellings of medical words; each name is also registered with every one of
# these applied ("leukaemia", "leucemia", "tumour", "oesophageal", "anaemia", "haemorrhage")
_SPELLINGS = ((re.compile(r"(?<=[a-z])emia\b"), "aemia"), (re.compile(r"\bleukemi"), "leucemi"),
              (re.compile(r"tumor"), "tumour"), (re.compile(r"\bhem(?=[aot])"), "haem"),
              (re.compile(r"\besophag"), "oesophag"), (re.compile(r"\bgastro-?esophag"), "gastro-oesophag"),
              (re.compile(r"\bcec(?=um\b|al\b)"), "caec"), (re.compile(r"\bedema"), "oedema"),
              (re.compile(r"\bdiarrhea"), "diarrhoea"), (re.compile(r"\bleukopeni"), "leucopeni"),
              (re.compile(r"\bpediatric"), "paediatric"), (re.compile(r"\bestrogen"), "oestrogen"),
              (re.compile(r"\bgynecolog"), "gynaecolog"), (re.compile(r"\bmacroglobulinemia"), "macroglobulinaemia"))


_DISEASE_PART = re.compile(r"(?:omas?|cancer|carcinoma|tumou?r|leuka?emia|lymphoma|neoplasm)$")


def _slash_parts(name: str) -> set[str]:
    """ "uterine sarcoma/mesenchymal" -> "uterine sarcoma"; "t-lymphoblastic leukemia/lymphoma" -> "t-lymphoblastic
    leukemia": each part of an OncoTree label that joins names with "/" and is a disease name of two words or more
    (not "mesenchymal", not "lymphoma" alone)."""
    if "/" not in name or "(" in name or "," in name:  # not "t-lymphoblastic leukemia/lymphoma, nos" (a NOS node)
        return set()
    parts = [p.strip() for p in name.split("/")]
    # "/" joins whole names only when the first part is one: not the "nk/t" of "extranodal nk/t-cell lymphoma"
    if not _DISEASE_PART.search(parts[0]):
        return set()
    # "b-lymphoblastic leukemia/lymphoma with bcr-abl1 fusion": a "with"/"without" clause after the last part
    # qualifies the whole name; "b-lymphoblastic leukemia" alone names the general tumor, not this subtype
    if re.search(r"\b(?:with|without)\b", parts[-1]):
        return set()
    return {p for p in parts if len(p.split()) >= 2 and _DISEASE_PART.search(p)}


def _spelling_variants(name: str) -> set[str]:
    """ "acute lymphoblastic leukemia" -> "... leukaemia", "... leucemia" (one change at a time, and all)."""
    out = set()
    every = name
    for pattern, repl in _SPELLINGS:
        if pattern.search(name):
            out.add(pattern.sub(repl, name))
            every = pattern.sub(repl, every)
    if out:
        out.add(every)
    out.discard(name)
    return out


# the head noun of a tumor name of two or more words, written in the plural by a report of two
# patients or of one patient's several tumours ("neuroendocrine tumours (NETs)", "two
# gastrointestinal stromal tumors"); one-word names ("tumors", "carcinomas") stay generic words
_PLURAL_HEAD = re.compile(r"(?<=\w) (?:[\w-]+ )*[\w-]*(?:tumou?r|oma|neoplasm)$")


# "clear cell renal cell carcinoma" is written "clear-cell renal cell carcinoma": a cell-type word
# hyphenated to "cell" (names of more words than _hyphen_variants spells out)
_CELL_WORD = re.compile(r"\b(\w+) cell\b")


def _cell_hyphen_variants(name: str) -> set[str]:
    """ "clear cell renal cell carcinoma" -> "clear-cell renal cell carcinoma", "clear cell renal-cell
    carcinoma", "clear-cell renal-cell carcinoma" (each "<word> cell" hyphenated, and all); a name
    that hyphenates "-cell" itself -> the same name with "<word> cell"."""
    # a name written with "-cell" ("ALK-positive anaplastic large-cell lymphoma", too many
    # separators for _hyphen_variants) is also written "large cell"
    out = {re.sub(r"(?<=\w)-cell\b", " cell", name)} if "-cell" in name else set()
    hits = list(_CELL_WORD.finditer(name))
    if not hits or len(name.split()) <= 3:  # short names: _hyphen_variants spells every spelling out
        return out - {name}
    out |= {name[:h.start()] + f"{h.group(1)}-cell" + name[h.end():] for h in hits}
    out.add(_CELL_WORD.sub(r"\1-cell", name))
    out.discard(name)
    return out


# "ALK Positive Large B-Cell Lymphoma" is written "ALK-positive large B-cell lymphoma", "ALK-Negative Anaplastic
# Large-Cell Lymphoma" "ALK negative anaplastic large-cell lymphoma": a marker and its state word, hyphenated or not
# (names of more separators than _hyphen_variants spells out)
_MARKER_STATE = re.compile(r"\b([a-z0-9+]+)([ -])(positive|negative)\b")


def _marker_state_variants(name: str) -> set[str]:
    """ "alk positive large b-cell lymphoma" -> "alk-positive large b-cell lymphoma" (each marker-state pair written
    the other way, and all)."""
    hits = list(_MARKER_STATE.finditer(name))
    if not hits:
        return set()

    def swap(h: re.Match) -> str:
        return h.group(1) + ("-" if h.group(2) == " " else " ") + h.group(3)
    out = {name[:h.start()] + swap(h) + name[h.end():] for h in hits}
    out.add(_MARKER_STATE.sub(swap, name))
    out.discard(name)
    return out


def _plural_variants(name: str) -> set[str]:
    """ "neuroendocrine tumour" -> "neuroendocrine tumours"; "squamous cell carcinoma" -> "... carcinomas"."""
    return {name + "s"} if _PLURAL_HEAD.search(name) else set()


def _lineage_variants(name: str) -> set[str]:
    """ "T-Lymphoblastic Leukemia/Lymphoma" is written "T-lymphoblastic lymphoma", "T-cell
    lymphoblastic lymphoma", "T-lymphoblastic leukemia": each side of a "leukemia/lymphoma" pair,
    and "T-"/"B-" as "T-cell"/"B-cell"."""
    out = set()
    pair = re.fullmatch(r"(.+?) (\w+)/(\w+)", name)
    if pair and pair.group(2).endswith(("emia", "oma")) and pair.group(3).endswith(("emia", "oma")):
        out |= {f"{pair.group(1)} {pair.group(2)}", f"{pair.group(1)} {pair.group(3)}"}
    for n in list(out) + [name]:
        if re.match(r"[tb][- ](?=[a-z])", n):
            out.add(f"{n[0]}-cell {n[2:]}")
    out.discard(name)
    return out


def _eponym_variants(name: str) -> set[str]:
    """ "Wilms' tumor" / "Burkitt's lymphoma" are also written without the apostrophe ("Wilms
    tumor", "Burkitt lymphoma"); "malignant lymphoma, Burkitt's type" as "Burkitt-type malignant
    lymphoma"."""
    out = set()
    bare = re.sub(r"(?<=\w)'s\b|(?<=s)'(?=\s)", "", name)
    if bare != name:
        out.add(bare)
    inverted = re.fullmatch(r"(.+), (\w+?)(?:'s)? type", bare)
    if inverted:
        out |= {f"{inverted.group(2)}-type {inverted.group(1)}", f"{inverted.group(2)} type {inverted.group(1)}"}
    out.discard(name)
    return out


# "nodular sclerosis classical Hodgkin lymphoma" is written with the older name ("nodular sclerosing Hodgkin's
# disease") or with its subtype words hyphenated ("mixed-cellularity Hodgkin lymphoma"); names of more separators
# than _hyphen_variants spells out
_HODGKIN = re.compile(r"\bhodgkin(?:'s)? (?:lymphoma|disease)\b")
_SUBTYPE_PAIR = re.compile(r"^(nodular sclerosis|nodular sclerosing|mixed cellularity|lymphocyte rich|lymphocyte depleted"
                           r"|lymphocyte predominant|nodular lymphocyte) ")


def _hodgkin_variants(name: str) -> set[str]:
    """ "mixed cellularity hodgkin lymphoma" -> "mixed cellularity hodgkin's disease", "... hodgkin disease",
    "... hodgkin's lymphoma", and each with "mixed-cellularity" (a subtype named before the lymphoma only)."""
    if not _HODGKIN.search(name) or not re.match(r"^[a-z -]+hodgkin", name) or name.startswith(("hodgkin", "classic", "non")):
        return set()
    out = {_HODGKIN.sub(h, name) for h in ("hodgkin lymphoma", "hodgkin's lymphoma", "hodgkin disease", "hodgkin's disease")}
    out |= {_SUBTYPE_PAIR.sub(lambda m: m.group(1).replace(" ", "-") + " ", v) for v in out}
    out.discard(name)
    return out


def _lab_change_variants(name: str) -> set[str]:
    """CTCAE's "creatinine increased" as reports write it: "creatinine increase", "elevated creatinine"..."""
    m = re.fullmatch(r"(.{3,}?) (increased|decreased)", name)
    if not m:
        return set()
    x = m.group(1)
    if m.group(2) == "increased":
        return {f"{x} increase", f"{x} elevation", f"elevated {x}", f"increased {x}", f"{x} elevated", f"high {x}"}
    return {f"{x} decrease", f"decreased {x}", f"{x} reduction", f"reduced {x}", f"low {x}"}


# "hand–foot syndrome", "infusion‐related reaction": typeset hyphens (U+2010 hyphen, U+2011 non-breaking
# hyphen, U+2013 en dash) written where an adverse event's name has "-" between two letters
_TYPESET_HYPHENS = ("\u2010", "\u2011", "\u2013")
_LETTER_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")
_HYPHEN_PARTICIPLE = re.compile(r"^[^-]*-(?:related|induced|associated|mediated)\b[^-]*$")


def _typeset_hyphen_variants(name: str) -> set[str]:
    """ "hand-foot syndrome" -> "hand\u2010foot syndrome", "hand\u2011foot syndrome", "hand\u2013foot syndrome"
    (every letter-hyphen-letter of the name in the same typeset hyphen)."""
    if not _LETTER_HYPHEN.search(name):
        return set()
    return {_LETTER_HYPHEN.sub(h, name) for h in _TYPESET_HYPHENS}


# the head noun of an adverse event's name that reports put in the plural for the patient's several
# episodes or sites ("grade 1 injection site reactions", "two seizures", "painful mouth ulcers")
_AE_PLURAL_HEAD = re.compile(r"(?<=\w)[ -](?:[\w-]+ )*(?:reaction|ulcer|seizure|fissure|cramp|spasm)$")


def _ae_plural_variants(name: str) -> set[str]:
    """ "injection site reaction" -> "injection site reactions" (names of two words or more only)."""
    return {name + "s"} if _AE_PLURAL_HEAD.search(name) else set()


def build_index(terms: Sequence, key: str = "default") -> TermIndex:
    infos: dict[str, TermInfo] = {}
    lower: dict[str, str] = {}
    abbrevs: dict[str, str] = {}
    genes: dict[str, str] = {}
    kinases: set[str] = set()
    responses: dict[str, list[str]] = {}

    def claim(table: dict[str, str], name: str, tid: str, is_label: bool) -> None:
        # Name shared by terms of different types: TYPE_RANK decides ("disease progression"
        # is a response, not CTCAE's adverse event). Same type: a label beats a synonym.
        old = table.get(name)
        if old is None:
            table[name] = tid
            return
        r_old, r_new = TYPE_RANK.get(infos[old].type, 9), TYPE_RANK.get(infos[tid].type, 9)
        if r_new < r_old or (r_new == r_old and is_label and infos[old].label != name):
            table[name] = tid

    partners: dict[str, str] = {}
    tumor_labels = {t.label.strip().lower() for t in terms if t.type == "tumor"}
    for t in terms:
        infos[t.id] = TermInfo(t.id, t.label, t.type, dict(t.extra))
    fusion_classes: list[str] = []
    for t in terms:
        if t.type == "gene" and infos[t.id].extra.get("partner_only"):
            partners.setdefault(t.label, t.id)
            # an older symbol the curated overlay gives a partner-only gene ("AF4" for AFF1: "MLL-AF4")
            for syn in t.synonyms:
                if syn.strip() and _is_symbol_like(syn.strip()):
                    partners.setdefault(syn.strip(), t.id)
            continue
        if t.type == "fusion_class":
            # "fusion"/"rearranged" alone are cues, not entities: FUSION spans come from the
            # partner-aware rules in kg/nlp/fusion.py and carry this class as their curie.
            fusion_classes.append(t.id)
            continue
        if is_site_term(t):
            continue
        names = [t.label, *[s for s in t.synonyms if s != t.label]]
        for i, name in enumerate(names):
            name = name.strip()
            if not name:
                continue
            is_label = i == 0
            if t.type == "gene" and _is_symbol_like(name):
                claim(genes, name, t.id, is_label)
                continue
            if len(name) <= 6 and _ABBREV_RE.match(name) and " " not in name:
                if name.lower() in STOP_WORDS:
                    continue  # "ALL" (acute lymphoblastic leukemia) is also a word of capitalised headings
                # Short upper-case abbreviations ("IMT", "CR", "NSCLC") only match as written;
                # two letters ("CM", "RB") are too ambiguous except for responses (CR/PR/SD/PD)
                # - a text that defines them gets them through kg_abbreviations anyway.
                if len(name) >= 3 or t.type == "response":
                    claim(abbrevs, name, t.id, is_label)
                if t.type == "regimen" and len(name) >= 5:
                    # "folfox", "xelox": web pages lower-case small capitals; no English word
                    # is spelled like a regimen of five letters or more ("chop", "cvp" are)
                    claim(lower, name.lower(), t.id, is_label)
                continue
            if len(name) < 3:
                continue
            low = name.lower()
            claim(lower, low, t.id, is_label)
            # "non-small-cell lung cancer" / "non-small cell" / "non small cell": authors
            # hyphenate freely, so register the hyphen/space variants of multi-word names too.
            # "thyroid gland" = "thyroid"; "T-Lymphoblastic Leukemia/Lymphoma, NOS" is written without NOS
            # (unless another term goes by the name without NOS: OncoTree's "T-Lymphoblastic
            # Leukemia/Lymphoma" with its NCIt code is what "T-cell lymphoblastic lymphoma" names)
            bare = low.removesuffix(", nos")
            # ("AML, NOS" gives no bare "aml": a short form names the general tumor, "AML" is acute myeloid leukemia)
            bases = {low, low.replace(" gland", ""),
                     *([bare] if bare not in tumor_labels - {low} and (" " in bare or len(bare) > 6) else [])} \
                if t.type == "tumor" else {low}
            variants = {v for b in bases for v in (_hyphen_variants(b) | _of_the_variants(b) | {b})} - {low}
            if t.type == "regimen":
                variants |= _joined_drug_variants(low)
            if t.type == "tumor":
                variants |= {v for b in bases for v in _lineage_variants(b) | _eponym_variants(b) | _hodgkin_variants(b)}
            if t.type == "tumor":
                variants |= {mv for v in (variants | {low}) for mv in _marker_state_variants(v)}
            variants |= {sv for v in (variants | {low}) for sv in _spelling_variants(v)}
            if t.type == "tumor":
                variants |= {cv for v in (variants | {low}) for cv in _cell_hyphen_variants(v)}
            if t.type == "tumor" and is_label:  # a label only: synonyms such as "testicular tumor" are loose
                variants |= {pv for v in (variants | {low}) for pv in _plural_variants(v)}
                variants |= {sv for part in _slash_parts(low) for sv in {part} | _spelling_variants(part)}
            if t.type == "adverse_event":
                variants |= _lab_change_variants(low)
                variants |= {pv for v in (variants | {low}) for pv in _ae_plural_variants(v)}
                # (the name's own hyphens, or the one a variant puts before a participle: "infusion-related")
                own = {low} | _spelling_variants(low) | {v for v in variants if _HYPHEN_PARTICIPLE.search(v)}
                variants |= {hv for v in own | {pv for o in own for pv in _ae_plural_variants(o)}
                             for hv in _typeset_hyphen_variants(v)}
            for variant in variants:
                if variant not in lower:
                    claim(lower, variant, t.id, False)
        if t.type == "gene" and (t.extra.get("kinase", "").lower() in ("yes", "true", "1")
                                 or t.label in DEFAULT_KINASES):
            kinases.add(t.id)
        if t.type == "response" and t.extra.get("response_class"):
            responses.setdefault(t.extra["response_class"].upper(), []).append(t.id)
    _add_cancer_names(terms, lower)
    _add_histology_of_site_names(infos, lower)
    _add_organ_adjective_names(infos, lower)
    return TermIndex(infos, lower, abbrevs, genes, frozenset(kinases), responses, key,
                     fusion_class_id=fusion_classes[0] if fusion_classes else None, partner_genes=partners,
                     regimen_drugs=_regimen_drugs(terms))


def _regimen_drugs(terms: Sequence) -> dict[str, tuple[tuple[str | None, str], ...]]:
    """Named regimens (FOLFOX, R-CHOP) -> the drug terms their ``components`` column names; a
    component no drug term names keeps its written name and no id. The first drug with a name wins."""
    components = {t.id: tuple(c.strip() for c in t.extra.get("components", "").split(",") if c.strip())
                  for t in terms if t.type == "regimen"}
    wanted = {c.lower() for names in components.values() for c in names}
    drugs: dict[str, tuple[str, str]] = {}
    for t in terms:
        if t.type == "drug" and wanted:
            for name in (t.label, *t.synonyms):
                if name.lower() in wanted:
                    drugs.setdefault(name.lower(), (t.id, t.label))
    return {rid: tuple(drugs.get(c.lower(), (None, c)) for c in names) for rid, names in components.items()}


def _add_cancer_names(terms: Sequence, lower: dict[str, str]) -> None:
    """Reports say "endometrial cancer" for what the lists name "Endometrial Carcinoma": register
    "<organ> cancer" for a tumor's "<organ> carcinoma" name when no term has that name and the
    derived name points to one term only."""
    derived: dict[str, set[str]] = {}
    for t in terms:
        if t.type != "tumor" or is_site_term(t):
            continue
        for name in (t.label, *t.synonyms):
            low = name.strip().lower()
            if low.endswith(" carcinoma") and "," not in low and "(" not in low:
                derived.setdefault(low[: -len("carcinoma")] + "cancer", set()).add(t.id)
    for name, ids in derived.items():
        if len(ids) == 1 and name not in lower:
            lower[name] = next(iter(ids))


_ADJECTIVE_END = re.compile(r"(?:ic|al|ed|ing|ary|ous|ive|ar|ant|ent)$")


def _add_histology_of_site_names(infos: dict, lower: dict[str, str]) -> None:
    """Reports write "squamous cell carcinoma of the lung" for "lung squamous cell carcinoma":
    register "<histology> of (the) <site>" for a tumor name "<site> <histology>" whose histology
    part is itself a tumor name and whose site is one or two nouns (not "medullary", "pediatric").
    Existing names win."""
    tumor_names = {n for n, tid in lower.items() if infos[tid].type == "tumor"}
    derived: dict[str, str] = {}
    for name in tumor_names:
        words = name.split()
        for k in (1, 2):
            if len(words) - k < 1:
                break
            site, histology = words[:k], " ".join(words[k:])
            # the site ends on a noun ("renal pelvis", "lung"; not "medullary", "pediatric")
            if histology in tumor_names and all(w.isalpha() and len(w) > 3 for w in site) \
                    and not _ADJECTIVE_END.search(site[-1]):
                for variant in (f"{histology} of the {' '.join(site)}", f"{histology} of {' '.join(site)}"):
                    derived.setdefault(variant, lower[name])
    for name, tid in derived.items():
        lower.setdefault(name, tid)


ORGANS_FILE = resources.files("kg.rules") / "organs.jsonl"   # its bytes also key the terms cache below


def _organ_lexicons() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """The organ words of kg/rules/organs.jsonl, in the file's order (the order _ORGAN_NAME tries the organs in):
    ORGAN_ADJECTIVE, organ -> the adjectives reports write for it where a tumor name spells the noun ("gastric" for
    "stomach": "gastric signet ring cell carcinoma" is "Signet Ring Cell Carcinoma of the Stomach"); SUB_SITE, the
    part of an organ a report names as the tumor's site without the organ's word ("a sigmoid mass", "an ulcer in the
    antrum") -> the organ whose tumor names it takes (kg/extraction/diagnoses.py reads "sigmoid" + "adenocarcinoma" as
    colon adenocarcinoma)."""
    organs = rules("organs")
    adjectives = {row.fields["organ"]: row.words for row in organs.rows("ORGAN_ADJECTIVE")}
    sub_sites = {word: row.fields["organ"] for row in organs.rows("SUB_SITE") for word in row.words}
    return adjectives, sub_sites


_ORGAN_ADJECTIVES, _SUB_SITE_ORGANS = _organ_lexicons()
# and back, adjective -> organ, for one-word organs ("small intestinal" names no organ on its own word)
_ADJECTIVE_ORGANS = {adj: organ for organ, adjs in _ORGAN_ADJECTIVES.items() if " " not in organ for adj in adjs}
_GENERIC_HISTOLOGY = frozenset({"cancer", "carcinoma", "tumor", "tumour", "neoplasm", "malignancy", "sarcoma",
                                "lymphoma", "leukemia", "mass", "lesion"})
# histology words the text's own site words make a term of (kg/extraction/diagnoses.py, OF_SITE)
_SITED_HISTOLOGY = frozenset({"adenocarcinoma", "squamous cell carcinoma", "carcinoma", "sarcoma", "lymphoma"})
_ORGAN_NAME = re.compile(r"^(?:(?P<organ1>" + "|".join(_ORGAN_ADJECTIVES) + r") (?P<hist1>.+)|(?P<hist2>.+) of (?:the )?(?P<organ2>"
                         + "|".join(_ORGAN_ADJECTIVES) + r"))$")


def _add_organ_adjective_names(infos: dict, lower: dict[str, str]) -> None:
    """Reports write "gastric signet ring cell carcinoma", "hepatic angiosarcoma", "choroidal melanoma" for
    the tumor names "Signet Ring Cell Carcinoma of the Stomach", "liver angiosarcoma", "choroid melanoma":
    register "<organ adjective> <histology>" for a tumor name "<organ> <histology>" or "<histology> of (the)
    <organ>" whose histology part is itself a tumor name of two or more words (one word is generic or
    names the organ's tumor already: "hepatic angiosarcoma" is a synonym). A derived name two terms would get, or one a
    term already has, is left out."""
    tumor_names = {n: tid for n, tid in lower.items() if infos[tid].type == "tumor"}
    derived: dict[str, set[str]] = {}
    for name, tid in tumor_names.items():
        m = _ORGAN_NAME.match(name)
        if not m:
            continue
        organ, histology = (m["organ1"], m["hist1"]) if m["organ1"] else (m["organ2"], m["hist2"])
        # a histology of its own ("signet ring cell carcinoma", "angiosarcoma"), not a generic word ("cancer",
        # "malignant neoplasm")
        if histology not in tumor_names or histology in _GENERIC_HISTOLOGY or histology.startswith("malignant "):
            continue
        # OncoTree's entities only: the DO's finer organ subtypes ("thymus squamous cell carcinoma" beside
        # OncoTree's thymic carcinoma) are reached by their own names, not by a derived one
        if not infos[tid].extra.get("oncotree"):
            continue
        for adjective in _ORGAN_ADJECTIVES[organ]:
            derived.setdefault(f"{adjective} {histology}", set()).add(tid)
    # and the other way round: "pancreatic neuroendocrine tumor" is also "neuroendocrine tumor of the pancreas" (not
    # the histology words a site follows in the text already, "adenocarcinoma of the vagina": that name would take
    # "clear cell adenocarcinoma of the vagina" from the clear cell adenocarcinoma)
    for name, tid in tumor_names.items():
        first, _, histology = name.partition(" ")
        organ = _ADJECTIVE_ORGANS.get(first)
        if organ and histology in tumor_names and histology not in _GENERIC_HISTOLOGY | _SITED_HISTOLOGY \
                and infos[tid].extra.get("oncotree"):
            for variant in (f"{histology} of the {organ}", f"{histology} of {organ}"):
                derived.setdefault(variant, set()).add(tid)
    for name, ids in derived.items():
        if len(ids) == 1 and name not in lower:
            lower[name] = next(iter(ids))


def terms_fingerprint(terms: Iterable) -> str:
    h = hashlib.sha256()
    for t in sorted(terms, key=lambda t: t.id):
        h.update(json.dumps([t.id, t.label, t.type, list(t.synonyms), sorted(dict(t.extra).items())],
                            ensure_ascii=False).encode())
    return h.hexdigest()[:16]


_REGISTRY: dict[str, TermIndex] = {}
_TERMS: dict[str, list] = {}


def register_terms(terms: Sequence | None) -> str:
    """Store a TermIndex for `terms` (None = the shipped + user terms); return its key."""
    if terms is None:
        return _register_default_terms()
    terms = list(terms)
    if not terms:
        raise ConfigError("the NLP pipeline needs terms, found none: check ontology/terms/*.tsv "
                          "or pass terms=[...] to build_pipeline")
    key = terms_fingerprint(terms)
    if key not in _REGISTRY:
        _REGISTRY[key] = build_index(terms, key)
        _TERMS[key] = terms
    return key


def get_index(key: str) -> TermIndex:
    if key == "default":
        key = register_terms(None)
    try:
        return _REGISTRY[key]
    except KeyError:
        raise ConfigError(f"terms_key {key!r} is not registered; build the pipeline with "
                          "kg.nlp.build_pipeline(terms=...) or use terms_key = \"default\"") from None


def get_terms(key: str) -> list:
    get_index(key)
    return _TERMS[key if key != "default" else register_terms(None)]


# --- the shipped + user terms and their index, cached on disk ----------------------------------
# Reading the term files (~0.2 s) and deriving every name variant (~0.5 s) is on the critical path
# of every `kg ingest` (the forkserver builds the pipeline before any document is processed).
# Both depend only on the term files, this module, kg/rules/organs.jsonl and the loader (and spaCy's stop words), so
# they are pickled under $KG_CACHE_DIR/terms, keyed by a hash of all of these.
TERMS_CACHE_VERSION = "1"
_DEFAULT_KEYS: dict = {}   # cache path (term files as they are now) -> key, in this process


def _default_terms_cache_path():
    import spacy

    from kg.linking.index import cache_dir
    from kg.terms import loader

    h = hashlib.sha256(f"{TERMS_CACHE_VERSION}\0{spacy.__version__}\0".encode())
    for module_file in (__file__, loader.__file__):
        with open(module_file, "rb") as fh:
            h.update(fh.read())
    h.update(ORGANS_FILE.read_bytes())   # the organ words the derived names are made of
    for d in (loader.shipped_terms_dir(), loader.user_terms_dir()):  # what load_terms() reads
        for f in loader._tsv_files(d):
            h.update(f"\1{f.name}\1".encode())
            h.update(f.read_bytes())
        h.update(b"\2")
    return cache_dir() / "terms" / f"{h.hexdigest()[:32]}.pickle"


def _plain(key: str, terms: list, index: TermIndex) -> tuple:
    """(key, terms, index) as built-in types only: unpickled in a tenth of the time of the
    dataclasses (23,000 terms)."""
    from dataclasses import fields

    from kg.terms import Term

    term_fields = [f.name for f in fields(Term)]
    rows = [tuple(dict(v) if n == "extra" else v for n, v in ((n, getattr(t, n)) for n in term_fields))
            for t in terms]
    idx = {f.name: getattr(index, f.name) for f in fields(TermIndex) if f.name != "_name_words"}
    idx["terms"] = [(i.id, i.label, i.type, i.extra) for i in index.terms.values()]
    return key, term_fields, rows, idx


def _from_plain(data: tuple) -> tuple[str, list, TermIndex]:
    from types import MappingProxyType

    from kg.terms import Term

    key, term_fields, rows, idx = data
    at = term_fields.index("extra")
    terms = [Term(*row[:at], MappingProxyType(row[at]), *row[at + 1:]) for row in rows]
    idx = dict(idx, terms={row[0]: TermInfo(*row) for row in idx["terms"]})
    return key, terms, TermIndex(**idx)


def _register_default_terms() -> str:
    """register_terms(None): from the disk cache when it holds these term files, else loaded,
    indexed and cached."""
    import os
    import pickle

    try:
        path = _default_terms_cache_path()   # hashes the term files: a change is seen at once
    except OSError:
        path = None
    if path in _DEFAULT_KEYS:
        return _DEFAULT_KEYS[path]
    if path is not None:
        try:
            with open(path, "rb") as fh:
                key, terms, index = _from_plain(pickle.load(fh))
            _REGISTRY.setdefault(key, index)
            _TERMS.setdefault(key, terms)
            _DEFAULT_KEYS[path] = key
            return key
        except Exception:  # noqa: BLE001 - a missing, partial or corrupt cache is rebuilt, never fatal
            pass
    from kg.terms import load_terms

    terms = list(load_terms())
    if not terms:
        raise ConfigError("the NLP pipeline needs terms, found none: check ontology/terms/*.tsv "
                          "or pass terms=[...] to build_pipeline")
    key = register_terms(terms)
    if path is None:
        return key
    _DEFAULT_KEYS[path] = key
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(_plain(key, _TERMS[key], _REGISTRY[key]), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # readers never see half a file
    except (OSError, pickle.PicklingError):
        pass  # read-only home: work from memory
    return key
