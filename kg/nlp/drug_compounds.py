"""``kg_drug_compounds``: split tokens that glue drugs together, first in the pipeline."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.terms_index import get_index

# A drug glued to a word about it is split too ("crizotinib-induced"), not "-naive".
_DRUG_SUFFIXES = frozenset("induced related associated based containing resistant refractory treated pretreated "
                           "mediated".split())


@Language.factory("kg_drug_compounds", default_config={"terms_key": "default"},
                  assigns=["token.orth"], retokenizes=True)
class DrugCompoundSplitter:
    """Splits tokens that glue drugs together ("carboplatin-pemetrexed") or a drug to a word
    about it ("crizotinib-induced", "cisplatin-based"; not "-naive") so the term rules see the
    drugs. First in the pipeline: retokenizing later would shift the token offsets that
    sentences and abbreviations already hold."""

    def __init__(self, nlp: Language, name: str, terms_key: str):
        self.name = name
        index = get_index(terms_key)
        self.drug_words = frozenset(n for n, tid in index.lower_names.items()
                                    if " " not in n and "-" not in n and index.info(tid).type in ("drug", "regimen"))

    def __call__(self, doc: Doc) -> Doc:
        todo = []
        for t in doc:
            if "-" in t.text and not t.is_space:
                parts = t.text.split("-")
                drugs = parts[:-1] if parts[-1].lower() in _DRUG_SUFFIXES else parts
                if 2 <= len(parts) <= 4 and drugs and all(p.lower() in self.drug_words for p in drugs):
                    todo.append((t, parts))
        if todo:
            with doc.retokenize() as retok:
                for t, parts in todo:
                    orths = [x for p in parts for x in (p, "-")][:-1]
                    retok.split(t, orths, heads=[(t, 0)] * len(orths),
                                attrs={"SPACY": [False] * (len(orths) - 1) + [bool(t.whitespace_)]})
        return doc
