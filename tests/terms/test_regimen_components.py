"""Every shipped named regimen lists drugs that exist in the shipped drug list."""
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
