"""Gene fusion mentions: "EML4-ALK", "EML4::ALK", "ETV6 exon 4::NTRK3 exon 14", "KIF5B/RET",
"fusion between EZR and ROS1", "ALK rearrangement", "ROS1 fusion", "ALK-positive"...

Partners are only accepted when they resolve to gene terms, so "ALK-negative", "ROS1-TKI" or
"PD-L1" never become fusions. The notation (separators, exon annotations) is parsed here; the
wordings are rows of ``kg/rules/fusions.jsonl`` (PAIR_PHRASE, EXON_CODE, POSITIVE_MEANS_FUSION,
OTHER_MATERIAL, BACKGROUND, PATIENT_WORD, CLAUSE_BREAK).

Partner order is normalised with the fusions CIViC and MOA name (``ontology/fusions/
known_fusions.tsv``, built by ``tools/build_terms.py``): "ALK-EML4" (a reciprocal, or the
partners written the other way round) is EML4::ALK; an unknown pair that puts a gene known only
as a 3' partner first ("ALK-XYZ1") is turned round too. A pair written with "/" is a fusion
only when it is a known fusion or exactly one partner is a kinase ("ALK/ROS1", "ER/PR" are lists).

Each FUSION span carries ``fusion = {"five_prime", "three_prime"}`` (``{"id", "label"}`` or
None) and, when its clause is about cell lines or other samples ("the HCC78 cell line expresses
SLC34A2-ROS1", "two TMA samples expressed CD74-ROS1") or states what a tumour type usually carries
("unlike most IMTs, which harbor ALK fusions"), ``fusion["not_patient"]`` = the cue.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from typing import Callable, Iterator

import kg
from kg.nlp.ents import ents_of
from kg.nlp.terms_index import TermIndex
from kg.rules import rules
from kg.rules.prefilter import prefiltered
from kg.rules.regex_start import fast_start

_RULES = rules("fusions")
_SYM = r"[A-Z][A-Z0-9]{1,9}"
# "exon 4", "(exon 6)", "e13", "(ex 20)", "(K15)" right after a partner symbol
_EXON = r"(?:\s*\(?\s*(?:[Ee]xon|ex|e)\s*\d+[a-z]?\s*\)?|\s*\(\s*[A-Z]?\d+[a-z]?\s*\))"
_CUE = r"(?:fusions?|rearrangements?|rearranged|translocations?|transcripts?)"
# after ONE gene, "transcript" is expression ("the WT1 transcript level", "a reduced BRCA1 transcript"): only
# the other words (or "fusion transcript") say that a single gene is rearranged
_SINGLE_CUE = r"(?:fusions?|rearrangements?|rearranged|translocations?)"
# hyphens and dashes of web text: - ‐ ‑ – — −
_DASH = "\u2010\u2011\u2013\u2014\u2212\\-"  # for use inside [...]: the ASCII hyphen escaped
# Two partners: YWHAE-ROS1, EML4::ALK, EML4/ALK, EML4–ALK, ETV6 exon 4::NTRK3 exon 14,
# EML4 (exon 6)–ALK (exon 20), "EML4 – ALK", "KIAA1549:BRAF" (+ an optional "fusion" cue). A separator
# with spaces around it or a single colon, and no exon annotation (groups "spaced", "colon"), needs a
# known pair or a fusion cue after it ("HER2:CEP17 ratio" is none).
PAIR_RE = re.compile(rf"(?<![\w{_DASH}])(?P<g5>{_SYM})(?P<x5>{_EXON})?"
                     rf"(?P<sep>(?(x5)\s*(?:::|[{_DASH}/])\s*|(?:\s*::\s*|(?P<spaced>\s+[{_DASH}]\s+)|(?P<colon>:)|[{_DASH}/])))"
                     rf"(?P<g3>{_SYM})(?P<greek>alpha|α)?(?P<x3>{_EXON})?(?![A-Za-z0-9])"
                     rf"(?P<tail>(?:\s+(?:kinase\s+|gene\s+)?{_CUE})?)")
# One partner followed by a cue: ALK-rearranged, ALK rearrangement(s), ROS1 (kinase) fusion.
# "anaplastic lymphoma kinase (ALK)-rearranged": the symbol may close a parenthesis
# (_SINGLE_CUE: not "transcripts", "NPM1 transcripts fell by 3 log"; a fusion's transcripts name both
# partners, PAIR_RE)
SINGLE_AFTER_RE = re.compile(rf"(?<![\w{_DASH}])(?P<g>{_SYM})\)?(?:[{_DASH}]|\s+)(?:(?:kinase|gene)\s+)?"
                             rf"(?P<cue>{_SINGLE_CUE}|fusion-positive)\b", re.I)
# Cue first: rearrangement of ALK, fusion involving the ROS1 gene.
SINGLE_BEFORE_RE = re.compile(rf"\b(?P<cue>{_SINGLE_CUE})\s+(?:of|involving|in|at)\s+(?:the\s+)?(?P<g>{_SYM})\b", re.I)
# "ALK-positive": rearranged ALK only when the sentence speaks of fusion/IHC/FISH.
NEGATIVE_AFTER_RE = re.compile(rf"[{_DASH}\s](?:negative|wild-type|wildtype|wt)\b", re.I)
# "EGFR/KRAS mutation testing", "BRAF/NRAS-mutant": a slash list of genes tested for point mutations
MUTATION_AFTER_RE = re.compile(rf"[{_DASH}\s](?:co-?)?(?:mutations?|mutated|mutant|mutational)\b", re.I)
POSITIVE_RE = re.compile(rf"(?<![\w{_DASH}])(?P<g>{_SYM})\)?(?:[{_DASH}]|\s+)positive\b", re.I)
# "ALK-positive IMT": for the kinases in kg/rules/fusions.jsonl positivity names the fusion itself
KINASE_POSITIVE_RE = _RULES.pattern("POSITIVE_MEANS_FUSION")
# (only words of a rearrangement: a kinase's staining or FISH signal without them is its expression or amplification,
# "HER2-positive breast cancer by IHC", "MET-positive by FISH"; and not a rearrangement the sentence denies: "sequencing found no fusion")
POSITIVE_CONTEXT_RE = re.compile(r"\b(?:fusions?|rearrange\w*|translocat\w*|break-?apart)\b", re.I)
_DENIED_BEFORE = re.compile(r"\b(?:no|without|not|negative\s+for)\s+(?:[\w-]+\s+){0,2}$", re.I)
# "a fusion between EZR and ROS1", "EML4 fused to ALK"
PAIR_PHRASE_RE = _RULES.pattern("PAIR_PHRASE")
# a pair phrase that names one fusion, never a list of genes: exons of both partners ("NAB2 exon 6 to STAT6 exon 16
# fusion"), one fusion between two genes ("a fusion between NAB2 and STAT6"), a gene fused to another (parsing)
_ONE_PAIR_PHRASE = re.compile(r"\b(?:exon|intron)\b|\b(?:fusion|rearrangement|translocation)\s+between\b|\bfused\b", re.I)
# "(E13;A20)": the exon code of an EML4-ALK variant names both partners; so does a translocation or inversion
# stated in a karyotype ("46,XX,t(9;22)(q34.1;q11.23)" BCR::ABL1, "inv(16)" CBFB::MYH11; KARYOTYPE rows)
EXON_CODES = [(row, row.compiled()) for row in _RULES.rows("EXON_CODE") + _RULES.rows("KARYOTYPE")]
# Each runs once over a section: behind the literal prefilter (kg.rules.prefilter) a section that
# lacks their words is not scanned (same matches).
SINGLE_AFTER_RE, SINGLE_BEFORE_RE = prefiltered(SINGLE_AFTER_RE), prefiltered(SINGLE_BEFORE_RE)
# their first characters tested up front (kg.rules.regex_start; same matches): PAIR_RE ~0.7x, SINGLE_BEFORE_RE ~0.8x the CPU
PAIR_RE, SINGLE_BEFORE_RE = fast_start(PAIR_RE), fast_start(SINGLE_BEFORE_RE)
POSITIVE_RE = prefiltered(POSITIVE_RE)
EXON_CODES = [(row, prefiltered(rx)) for row, rx in EXON_CODES]
# case-sensitive (gene symbols) with case-insensitive words ("(?i:fused) (?i:to)", "(?i:break-apart)"):
# their words tested on the lower-cased section (fold=True); most sections have none (same matches)
PAIR_PHRASE_RE = prefiltered(PAIR_PHRASE_RE, fold=True)
KINASE_POSITIVE_RE = prefiltered(KINASE_POSITIVE_RE, fold=True)
# "ALK was rearranged", "RET was found to be rearranged": one gene, a verb between it and the cue
SINGLE_PHRASE_RE = prefiltered(_RULES.pattern("SINGLE_PHRASE"), fold=True)
# "EZR as the fusion partner", "(partner: CCDC6)", "fused in-frame to SLC34A2": the partner of a one-gene
# fusion mention ("ROS1 rearrangement") in its sentence or the next one (_name_partners)
PARTNER_NAMED_RE = prefiltered(_RULES.pattern("PARTNER_NAMED"), fold=True)
_PARTNER_GENERIC = _RULES.pattern("PARTNER_GENERIC")
_OTHER_MATERIAL = _RULES.pattern("OTHER_MATERIAL")
_BACKGROUND = _RULES.pattern("BACKGROUND")
_PATIENT_WORD = _RULES.pattern("PATIENT_WORD")
_CLAUSE_BREAK = _RULES.pattern("CLAUSE_BREAK")

KNOWN_FUSIONS_FILE = kg.ONTOLOGY_DIR / "fusions" / "known_fusions.tsv"


class KnownFusions:
    """Fusions CIViC and MOA name, by partner symbol (5', 3'), and the role each gene plays in them."""

    def __init__(self, pairs: set[tuple[str, str]]):
        self.pairs = frozenset(pairs)
        self.five = frozenset(a for a, _ in pairs)
        self.three = frozenset(b for _, b in pairs)

    def known(self, a: str, b: str) -> bool:
        return (a, b) in self.pairs or (b, a) in self.pairs

    def in_order(self, a: str, b: str) -> bool:
        """Whether a::b is the usual order of these partners (False: write them as b::a)."""
        if (a, b) in self.pairs:
            return True
        if (b, a) in self.pairs:
            return False
        # unknown pair: a gene CIViC/MOA only ever name as the 3' partner does not come first
        return not (a in self.three and a not in self.five and b not in self.three)


@lru_cache(maxsize=1)
def known_fusions() -> KnownFusions:
    with open(KNOWN_FUSIONS_FILE, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return KnownFusions({(r["five_prime"], r["three_prime"]) for r in rows})


# Fusions that define a tumour entity (hand-curated from CIViC's diagnostic evidence; the tumour
# ids are shipped tumour terms, checked by tests/terms/test_fusion_tumors.py): the diagnosis of a
# case whose text names its tumour only by the fusion ("an EWSR1::WT1-positive small round cell tumour")
FUSION_TUMORS_FILE = kg.ONTOLOGY_DIR / "fusions" / "fusion_tumors.tsv"


# A fusion several tumour entities share, each at its own organ (ETV6::NTRK3: secretory carcinoma of the
# salivary gland or breast, congenital mesoblastic nephroma, infantile fibrosarcoma; CIViC's diagnostic evidence)
FUSION_SITE_TUMORS_FILE = kg.ONTOLOGY_DIR / "fusions" / "fusion_site_tumors.tsv"


@lru_cache(maxsize=1)
def fusion_site_tumors() -> dict[tuple[str, str], list[tuple[re.Pattern, str, str]]]:
    """(5' symbol, 3' symbol) -> [(organ words, tumour id, tumour label)] of the fusions whose tumour
    the organ tells."""
    out: dict[tuple[str, str], list[tuple[re.Pattern, str, str]]] = {}
    with open(FUSION_SITE_TUMORS_FILE, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        for r in rows:
            site = re.compile(rf"\b(?:{r['site']})\b", re.I)
            out.setdefault((r["five_prime"], r["three_prime"]), []).append((site, r["tumor_id"], r["tumor_label"]))
    return out


@lru_cache(maxsize=1)
def fusion_tumors() -> dict[tuple[str, str], tuple[str, str]]:
    """(5' symbol, 3' symbol) -> (tumour id, tumour label) of the fusions that define a tumour."""
    with open(FUSION_TUMORS_FILE, encoding="utf-8", newline="") as fh:
        return {(r["five_prime"], r["three_prime"]): (r["tumor_id"], r["tumor_label"])
                for r in csv.DictReader(fh, delimiter="\t")}


def _partner(index: TermIndex, gid: str | None) -> dict | None:
    info = index.info(gid)
    return {"id": info.id, "label": info.label} if info else None


def _label(index: TermIndex, gid: str) -> str:
    info = index.info(gid)
    return info.label if info else gid


def _resolve_pair(index: TermIndex, s5: str, s3: str, cued: bool = False) -> tuple[str | None, str | None]:
    """Gene ids of two written partners. ``cued``: the notation itself says fusion ("CRTC1-MAML2
    fusion transcript", "NAB2::STAT6"), so any approved gene may partner a gene known to fuse."""
    g5, g3 = index.gene_id(s5), index.gene_id(s3)
    # A stray digit ("YWHAE1-ROS1") is forgiven only next to a known fusion kinase.
    if g5 is None and g3 is not None and index.is_kinase(g3):
        g5 = index.gene_id(s5, allow_stray_digit=True)
    if g3 is None and g5 is not None and index.is_kinase(g5):
        g3 = index.gene_id(s3, allow_stray_digit=True)
    # any other approved gene as the partner of a known kinase ("EZR-ROS1", "NCOA4-RET"), or in a
    # fusion CIViC/MOA name ("MNX1-ETV6")
    known = known_fusions()
    if g5 is None and g3 is not None and len(s5) >= 3:
        p5 = index.partner_id(s5)
        if p5 is not None and (index.is_kinase(g3) or known.known(_label(index, p5), _label(index, g3))):
            g5 = p5
    if g3 is None and g5 is not None and len(s3) >= 3:
        p3 = index.partner_id(s3)
        if p3 is not None and (index.is_kinase(g5) or known.known(_label(index, g5), _label(index, p3))):
            g3 = p3
    if cued and (g5 is None or g3 is None) and min(len(s5), len(s3)) >= 3:
        # the fusion word vouches for the pair: any approved gene is a partner ("NAB2::STAT6 fusion")
        g5 = g5 or index.partner_id(s5)
        g3 = g3 or index.partner_id(s3)
    return g5, g3


def _gene_list(index: TermIndex, g5: str, g3: str) -> bool:
    """"ALK/ROS1", "ER/PR", "ALK and ROS1": two kinases (or none) that are no known fusion are a list."""
    same_kind = index.is_kinase(g5) == index.is_kinase(g3)
    return same_kind and not known_fusions().known(_label(index, g5), _label(index, g3))


def _pair(index: TermIndex, g5: str, g3: str, evidence: str) -> dict:
    if not known_fusions().in_order(_label(index, g5), _label(index, g3)):
        g5, g3 = g3, g5
    return {"fusion": {"five_prime": _partner(index, g5), "three_prime": _partner(index, g3)},
            "fusion_evidence": evidence}


def _find(text: str, index: TermIndex, sentence_of) -> Iterator[tuple[int, int, str, dict]]:
    known = known_fusions()
    for m in PAIR_RE.finditer(text):
        s5, s3 = m.group("g5"), m.group("g3")
        if m.group("greek") and index.partner_id(s3 + "A"):
            s3 += "A"  # "PML-RARalpha", "PML/RARα": the Greek letter spelled out is the symbol's A (RARA)
        g5, g3 = _resolve_pair(index, s5, s3, cued=bool(m.group("tail")) or m.group("sep").strip() == "::")
        if g5 is None or g3 is None or g5 == g3:
            continue
        if NEGATIVE_AFTER_RE.match(text, m.end("x3") if m.group("x3") else m.end("g3")):
            continue  # "ALK/ROS1-negative"
        if m.group("sep").strip() == "/" and not m.group("tail") and MUTATION_AFTER_RE.match(text, m.end()):
            continue  # "EGFR/KRAS mutation testing": genes tested, no pair
        if m.group("sep").strip() == "/" and _gene_list(index, g5, g3):
            continue  # "ALK/ROS1", "ER/PR", "EGFR/ALK rearrangement"
        if (m.group("spaced") or m.group("colon")) and not (m.group("tail") or known.known(_label(index, g5), _label(index, g3))):
            continue  # "EGFR – KRAS co-mutation"; "KIAA1549:BRAF" (one colon) only as a known pair or with its cue
        yield m.start(), m.end(), "FUSION", _pair(index, g5, g3, m.group(0))
    for m in PAIR_PHRASE_RE.finditer(text):
        named = {k[:2]: v for k, v in m.groupdict().items() if v}  # g5a/g5b... -> g5
        g5, g3 = _resolve_pair(index, named["g5"], named["g3"], cued=True)
        if g5 is None or g3 is None or g5 == g3:
            continue
        if _gene_list(index, g5, g3) and not _ONE_PAIR_PHRASE.search(m.group(0)):
            continue  # "rearrangements of ALK and ROS1"
        yield m.start(), m.end(), "FUSION", _pair(index, g5, g3, m.group(0))
    for row, rx in EXON_CODES:
        g5, g3 = index.partner_id(row.fields["five_prime"]), index.partner_id(row.fields["three_prime"])
        if g5 is None or g3 is None:
            continue
        for m in rx.finditer(text):
            yield m.start(), m.end(), "FUSION", _pair(index, g5, g3, m.group(0))
    for rx in (SINGLE_AFTER_RE, SINGLE_BEFORE_RE, SINGLE_PHRASE_RE):
        for m in rx.finditer(text):
            gid = index.gene_id(next(v for k, v in m.groupdict().items() if v and k[0] == "g"))
            if gid is None:
                continue
            yield m.start(), m.end(), "FUSION", _single(index, gid, m.group(0))
    for m in POSITIVE_RE.finditer(text):
        gid = index.gene_id(m.group("g"))
        if gid is None or not index.is_kinase(gid):
            continue
        s, e = sentence_of(m.start())
        ctx = next((c for c in POSITIVE_CONTEXT_RE.finditer(text, s, e)
                    if not _DENIED_BEFORE.search(text, max(s, c.start() - 40), c.start())), None)
        if ctx is None:
            continue
        yield m.start(), m.end(), "FUSION", _single(index, gid, f"{m.group(0)} ({ctx.group(0)})")
    for m in KINASE_POSITIVE_RE.finditer(text):
        gid = index.gene_id(next(g for g in m.groups() if g))
        if gid is not None:
            yield m.start(), m.end(), "FUSION", _single(index, gid, m.group(0))


def find_fusions(text: str, index: TermIndex,
                 sentence_of: Callable[[int], tuple[int, int]]) -> Iterator[tuple[int, int, str, dict]]:
    """Yield (start_char, end_char, "FUSION", attrs). `sentence_of(char)` -> (start, end)."""
    found = list(_find(text, index, sentence_of))
    _name_partners(text, index, sentence_of, found)
    for start, end, label, attrs in found:
        cue = not_the_patients(text, start, end, sentence_of)
        if cue:
            attrs["fusion"]["not_patient"] = cue
        yield start, end, label, attrs


def name_in_tumors(doc, fusions: list[tuple[int, int, str, dict]]) -> None:
    """A pair written inside a tumour term's name ("Ph+ ALL", "AML with t(8;21)", "B-ALL with BCR-ABL1") loses its
    FUSION span to the longer TUMOR one; the tumour span then carries it as ``fusion`` (both partners named, the
    patient's), so the name states the fusion once. A one-gene positivity inside a name ("ALK-positive ALCL")
    names no pair and stays the tumour's word."""
    for start, end, _label, attrs in fusions:
        f = attrs.get("fusion") or {}
        if not (f.get("five_prime") and f.get("three_prime")) or f.get("not_patient"):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        tumor = next((e for e in ents_of(doc) if e.label_ == "TUMOR" and e.start <= span.start and span.end <= e.end
                      and (e.start, e.end) != (span.start, span.end)), None)
        if tumor is not None and tumor._.fusion is None:
            tumor._.fusion, tumor._.fusion_evidence = f, attrs.get("fusion_evidence")


def _name_partners(text: str, index: TermIndex, sentence_of, found: list) -> None:
    """A one-gene fusion mention ("ROS1 rearrangement", "ALK was rearranged") whose partner the report
    names in other words ("... identified EZR as the fusion partner", "(partner: CCDC6)") becomes the
    pair: the partner phrase in its own sentence, else in the next sentence when that one holds no fusion
    mention of its own. The first partner phrase that resolves to another gene wins; the pair's order
    is normalised as any pair's (known_fusions.tsv)."""
    if not found:
        return
    sentences_with_fusion = {sentence_of(s) for s, _e, _l, _a in found}
    for k, (start, end, label, attrs) in enumerate(found):
        f = attrs["fusion"]
        single = f["five_prime"] or f["three_prime"]
        if (f["five_prime"] is None) == (f["three_prime"] is None):
            continue  # a pair already (or nothing)
        s, e = sentence_of(start)
        windows = [(s, e)]
        if e < len(text):
            nxt = sentence_of(e)
            if nxt != (s, e) and nxt not in sentences_with_fusion:
                windows.append(nxt)
        for ws, we in windows:
            pair = None
            for m in PARTNER_NAMED_RE.finditer(text, ws, we):
                if _said_in_general(text, ws, we, m.start(), m.end()):
                    continue  # "fusion with EML4 is the most common form": what such fusions usually have
                symbol = next(v for kk, v in m.groupdict().items() if v and kk[0] == "p")
                g5, g3 = _resolve_pair(index, symbol, single["label"], cued=True)
                if g5 is None or g3 is None or g5 == g3:
                    continue
                pair = _pair(index, g5, g3, f"{attrs['fusion_evidence']} ... {m.group(0)}")
                break
            if pair is not None:
                pair["fusion"].update({k2: v for k2, v in f.items() if k2 not in ("five_prime", "three_prime")})
                found[k] = (start, end, label, pair)
                break


def _clause_around(text: str, s: int, e: int, start: int, end: int) -> tuple[str, str]:
    """The words of the clause around ``text[start:end]`` within the sentence ``[s, e)`` (between clause
    breaks, CLAUSE_BREAK): those before it and those after it."""
    before, after = text[s:start], text[end:e]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    stop = _CLAUSE_BREAK.search(after)
    if stop:
        after = after[:stop.start()]
    return before, after


def _said_in_general(text: str, s: int, e: int, start: int, end: int) -> bool:
    """Whether the clause of a partner phrase speaks of fusions in general."""
    before, after = _clause_around(text, s, e, start, end)
    clause = f"{before} {text[start:end]} {after}"
    return bool(_PARTNER_GENERIC.search(clause) or _BACKGROUND.search(clause))


def not_the_patients(text: str, start: int, end: int, sentence_of) -> str | None:
    """The cue when the fusion's clause is about cell lines, other samples or what a tumour type
    usually carries, and does not name the patient."""
    s, e = sentence_of(start)
    clause = " ".join(_clause_around(text, s, e, start, end))
    if _PATIENT_WORD.search(clause):
        return None
    cue = _OTHER_MATERIAL.search(clause) or _BACKGROUND.search(clause)
    return cue.group(0) if cue else None


def _single(index: TermIndex, gid: str, evidence: str) -> dict:
    # The rearranged gene of "ALK rearrangement", "TFE3-rearranged", "MAML2 rearrangement" is the
    # 3' partner, its 5' partner unknown; only a gene CIViC/MOA name solely as a 5' partner
    # ("EWSR1 rearrangement": EWSR1::FLI1, EWSR1::ATF1...) is the 5' one.
    known = known_fusions()
    symbol = _label(index, gid)
    if not index.is_kinase(gid) and symbol in known.five and symbol not in known.three:
        fusion = {"five_prime": _partner(index, gid), "three_prime": None}
    else:
        fusion = {"five_prime": None, "three_prime": _partner(index, gid)}
    return {"fusion": fusion, "fusion_evidence": evidence}
