"""Term-list lookups for extraction: named regimens (FOLFOX, R-CHOP, VAC) -> the drugs given; term extras."""
from __future__ import annotations

from functools import lru_cache

from kg.extraction.mentions import Mention


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, str]]]:
    from kg.terms import load_terms

    components: dict[str, tuple[str, ...]] = {}
    drugs: dict[str, tuple[str, str]] = {}
    for t in load_terms():
        if t.type == "regimen":
            components[t.id] = tuple(c.strip() for c in t.extra.get("components", "").split(",") if c.strip())
        elif t.type == "drug":
            for name in (t.label, *t.synonyms):
                drugs.setdefault(name.lower(), (t.id, t.label))
    return components, drugs


@lru_cache(maxsize=1)
def _extras() -> dict[str, dict]:
    from kg.terms import load_terms

    return {t.id: dict(t.extra) for t in load_terms()}


def term_extra(curie: str | None, key: str) -> str | None:
    return _extras().get(curie or "", {}).get(key)


def expand_regimen(m: Mention) -> list[Mention]:
    """One DRUG mention per component, sharing the regimen's span and status."""
    components, drugs = _tables()
    out = []
    for name in components.get(m.curie or "", ()):
        tid, label = drugs.get(name.lower(), (None, name))
        out.append(Mention(label="DRUG", text=m.text, start=m.start, end=m.end, curie=tid, pref_label=label,
                           attrs={"term_type": "drug", "regimen": m.pref_label}, sentence=m.sentence, status=m.status))
    return out


@lru_cache(maxsize=1)
def _genes() -> dict[str, tuple[str, str]]:
    from kg.terms import load_terms

    return {t.label: (t.id, t.label) for t in load_terms() if t.type == "gene"}


def gene_by_symbol(symbol: str) -> tuple[str, str] | None:
    """(id, symbol) of a shipped gene term."""
    return _genes().get(symbol)
