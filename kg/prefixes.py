"""The one prefix map: ``ontology/prefixes.json`` -> one ``curies.Converter``, built once.

Every CURIE <-> IRI conversion goes through here: term IRIs minted by the graph builder
(``kg.graph.iri.term_iri``), the vocabulary namespaces (``kg.graph.vocab``), the prefixes the
Turtle/TriG/JSON-LD exports write, the CURIEs of the Phenopacket and KGX exports. The file is a
curies *extended prefix map*: one record per prefix with its canonical URI prefix, optional
``prefix_synonyms`` (``hgnc`` for ``HGNC``) and ``uri_prefix_synonyms`` (older IRI forms that
still compress to the same CURIE, e.g. the ``http://identifiers.org/hgnc:`` form kg wrote before
0.2). Why each term prefix has the URI prefix it has: ``ontology/README.md``.

>>> expand("HGNC:427")
'http://identifiers.org/hgnc/427'
>>> compress("http://purl.obolibrary.org/obo/NCIT_C74061")
'NCIT:C74061'
>>> compress("http://identifiers.org/hgnc:427")      # the pre-0.2 form still reads
'HGNC:427'
>>> PREFIXES["kg"]
'https://w3id.org/kg-oncocase/vocab#'
"""
from __future__ import annotations

import json
from functools import cache

import kg

PREFIX_FILE = kg.ONTOLOGY_DIR / "prefixes.json"


def _records() -> list[dict]:
    with open(PREFIX_FILE, encoding="utf-8") as fh:
        return json.load(fh)


#: canonical prefix -> canonical URI prefix, in file order (what the exports declare)
PREFIXES: dict[str, str] = {r["prefix"]: r["uri_prefix"] for r in _records()}


@cache
def converter():
    """The ``curies.Converter`` of ``ontology/prefixes.json`` (built on first use, then shared)."""
    import curies   # imported here: commands that never convert a CURIE do not pay for pydantic

    return curies.Converter.from_extended_prefix_map(_records())


def expand(curie: str) -> str:
    """IRI of a CURIE (canonical or synonym prefix); ValueError for an unknown prefix."""
    iri = converter().expand(curie)
    if iri is None:
        raise ValueError(f"cannot expand CURIE {curie!r}: its prefix is not in {PREFIX_FILE.name}")
    return iri


def compress(iri: str) -> str | None:
    """CURIE of an IRI (canonical prefix), or None when no prefix of the map covers it."""
    return converter().compress(iri)


def namespace(prefix: str) -> str:
    """The URI prefix of a canonical prefix (``namespace("kg")``)."""
    return PREFIXES[prefix]


def jsonld_context() -> dict:
    """A JSON-LD 1.1 context declaring every prefix (``@prefix: true`` so that prefixes ending in
    ``_`` such as the OBO ones are used for compaction too)."""
    return {p: ({"@id": u, "@prefix": True} if u[-1] not in ":/?#[]@" else u) for p, u in PREFIXES.items()}


__all__ = ["PREFIXES", "PREFIX_FILE", "converter", "expand", "compress", "namespace", "jsonld_context"]
