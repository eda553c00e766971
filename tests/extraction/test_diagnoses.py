"""kg/extraction/diagnoses.py: start-up shortcuts give the same result as the plain path."""
from __future__ import annotations

from kg.extraction import diagnoses
from kg.nlp.cues import Cue, label_fullmatch
from kg.nlp.terms_index import get_index

_MUTATION_KINDS = diagnoses._MUTATION_KINDS


def _plain_subtypes(terms):
    """_subtypes as it read the names before the prefilter: label_fullmatch on every name."""
    got = {}
    for name, tid in terms.lower_names.items():
        hit = label_fullmatch(Cue.MOLECULAR_SUBTYPE, name)
        if not hit or terms.info(tid).type != "tumor":
            continue
        base, genes, kind = hit["base"] or hit["base2"], hit["genes"] or hit["genes2"], hit["kind"] or hit["kind2"]
        base_id = terms.lower_names.get(base) or terms.abbrevs.get(base.upper())
        gene_ids = frozenset(terms.gene_id(g.upper()) for g in diagnoses._GENE_SPLIT.split(genes))
        if base_id is None or base_id == tid or None in gene_ids or len(gene_ids) > 1 \
                or (kind or "mutation") not in _MUTATION_KINDS:
            continue
        if (tid, gene_ids) not in got.setdefault(base_id, []):
            got[base_id].append((tid, gene_ids))
    return got


def test_subtypes_table_is_the_one_every_name_read_in_full_gives():
    index = get_index("default")
    diagnoses._SUBTYPES.pop(id(index), None)
    table = diagnoses._subtypes(index)
    assert table == _plain_subtypes(index)
    assert sum(len(v) for v in table.values()) >= 3
