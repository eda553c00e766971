"""The shipped drug list: every curated antineoplastic is a drug name, no regimen or salt is a drug of its own,
and comedication named by the term sources carries a class that keeps it out of drugs given."""
import re
from pathlib import Path

from kg.terms import load_terms

CURATED = Path(__file__).resolve().parents[2] / "ontology" / "terms" / "curated" / "antineoplastics.tsv"
SALT = re.compile(r"^(.+?) (?:mesylate|bismesylate|hydrochloride|sulfate|citrate|maleate|tosylate|tartrate|"
                  r"acetate|phosphate|anhydrous)$", re.I)


def _key(name: str) -> str:  # the term index derives hyphen/space variants of a name itself
    return re.sub(r"[\s-]+", " ", name.lower())


def _drugs():
    return [t for t in load_terms() if t.type in ("drug", "drug_class")]


def test_terms_every_curated_antineoplastic_is_a_shipped_drug_name():
    names = {_key(n): t for t in _drugs() for n in (t.label, *t.synonyms)}
    rows = [ln.split("\t") for ln in CURATED.read_text(encoding="utf-8").splitlines()[1:] if ln and not ln.startswith("#")]
    assert len(rows) >= 200
    for row in rows:
        label, syns, extra = row[1], [s for s in row[3].split("|") if s], row[7]
        term = names.get(_key(label))
        assert term is not None, label
        for s in syns:  # a synonym names the same drug, unless another term's label already is that name
            other = names.get(_key(s))
            assert other is not None, (label, s)
            assert other is term or _key(other.label) == _key(s), (label, s, other.label)
        if extra.startswith("drug_class="):
            assert extra.split("=", 1)[1] in term.extra.get("drug_class", "").split(","), label


def test_terms_no_regimen_phrase_or_salt_is_a_drug_of_its_own():
    drugs = _drugs()
    labels = {t.label.lower() for t in drugs}
    for t in drugs:
        assert not re.search(r"\s(?:regimen|protocol)$", t.label, re.I), t.label
        assert t.label.lower() not in ("not applicable", "radioactive iodine", "platinum doublet"), t.label
        m = SALT.match(t.label)
        assert not (m and m.group(1).lower() in labels and not t.id.startswith("NCIT:")), t.label
    imatinib = next(t for t in drugs if t.label == "Imatinib")
    assert "Imatinib Mesylate" in imatinib.synonyms


def test_terms_comedication_of_the_sources_is_not_antineoplastic():
    by_label = {t.label.lower(): t for t in _drugs()}
    for name, cls in [("metformin", "supportive"), ("valproic acid", "supportive"), ("aspirin", "supportive"),
                      ("tocilizumab", "immunosuppressant")]:
        assert by_label[name].extra.get("drug_class") == cls, name
    assert by_label["platinum compound"].type == "drug_class"
