"""kg/extraction/diagnoses.py: start-up shortcuts give the same result as the plain path."""
from __future__ import annotations

from kg.extraction import diagnoses
from kg.nlp.cue_specs import pattern_of
from kg.nlp.cues import Cue, label_fullmatch
from kg.nlp.terms_index import get_index


def test_subtypes_prefiltered_names_give_the_plain_fullmatch_hits():
    # _subtypes reads every term name with MOLECULAR_SUBTYPE behind the rule's literal prefilter:
    # the same hits (and groups) as label_fullmatch on each name
    screen = diagnoses._screened(pattern_of(Cue.MOLECULAR_SUBTYPE))
    names = list(get_index("default").lower_names)
    hits = 0
    for name in names:
        plain = label_fullmatch(Cue.MOLECULAR_SUBTYPE, name)
        fast = screen.fullmatch(name)
        assert (plain is None) == (fast is None), name
        if plain is not None:
            hits += 1
            assert plain.groupdict() == fast.groupdict(), name
    assert hits > 10 and len(names) > 1000
    # made-up names, cased and not: the screen passes whatever the regex could read
    for name in ("aml with npm1 mutation", "AML with NPM1 Mutation", "npm1-mutated aml", "NPM1-Mutated AML",
                 "acute myeloid leukaemia", "with npm1", "aml, with flt3 mutations", "\u0130dh1-mutated glioma"):
        plain = pattern_of(Cue.MOLECULAR_SUBTYPE).fullmatch(name)
        fast = screen.fullmatch(name)
        assert (plain and plain.groupdict()) == (fast and fast.groupdict()), name


def test_subtypes_table_is_built_from_the_term_names():
    index = get_index("default")
    diagnoses._SUBTYPES.pop(id(index), None)
    table = diagnoses._subtypes(index)
    assert table and all(isinstance(genes, frozenset) for subs in table.values() for _tid, genes in subs)
