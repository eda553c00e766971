"""Named regimens expand to drugs that exist in the shipped drug list."""
from kg.extraction.mentions import Mention
from kg.extraction.regimens import expand_regimen
from kg.terms import load_terms


def test_terms_every_regimen_component_is_a_shipped_drug():
    terms = load_terms()
    names = {n.lower() for t in terms if t.type == "drug" for n in (t.label, *t.synonyms)}
    regimens = [t for t in terms if t.type == "regimen"]
    assert len(regimens) >= 10
    for r in regimens:
        comps = [c for c in r.extra.get("components", "").split(",") if c]
        assert len(comps) >= 2, r.label
        missing = [c for c in comps if c.lower() not in names]
        assert not missing, f"{r.label}: {missing}"


def test_terms_regimen_mention_expands_to_component_drugs():
    folfox = next(t for t in load_terms() if t.type == "regimen" and t.label == "FOLFOX")
    m = Mention(label="REGIMEN", text="FOLFOX", start=10, end=16, curie=folfox.id, pref_label="FOLFOX")
    drugs = expand_regimen(m)
    assert sorted(d.pref_label.lower() for d in drugs) == ["fluorouracil", "leucovorin", "oxaliplatin"]
    assert all(d.curie and d.label == "DRUG" and (d.start, d.end) == (10, 16) for d in drugs)
