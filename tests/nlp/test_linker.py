"""kg_linker (kg/nlp/linker.py): a misspelled term still links; an adjective one letter from a noun
term ("leukemic" / "leukemia") and a laboratory method near an adverse event ("blotting" /
"bloating") do not."""
import pytest


def _ents(nlp, text):
    return [(e.text, e.label_, e._.curie) for e in nlp(text).ents]


def test_a_misspelled_drug_still_links(nlp):
    assert ("crizotinb", "DRUG", "NCIT:C74061") in _ents(nlp, "She was started on crizotinb in May.")


@pytest.mark.parametrize("text,word", [
    ("The mutation was present in leukemic cells but absent in benign tissue.", "leukemic"),
    ("An anemic patient was transfused before surgery.", "anemic"),
    ("Signalling was analysed by flow cytometry and Western blotting.", "blotting"),
])
def test_no_fuzzy_link_for_adjectives_and_laboratory_methods(nlp, text, word):
    assert not [e for e in _ents(nlp, text) if e[0].lower() == word]
