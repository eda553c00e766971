"""The output contract of kg.nlp on the sentences the extraction engineer relies on.

Ids are looked up in the shipped term lists by label, never written here.
"""
from __future__ import annotations

import pytest

from kg.nlp import build_pipeline, process
from kg.terms import load_terms


@pytest.fixture(scope="module")
def terms():
    return load_terms(include_user=False)


def term_id(terms, name, type_):
    """Id of the term of `type_` that has `name` as label or synonym (case-insensitive)."""
    hits = [t.id for t in terms if t.type == type_ and name.lower() in (n.lower() for n in t.names)]
    assert hits, f"no {type_} term named {name!r} in ontology/terms"
    return hits[0]


def ents(doc, label):
    return [e for e in doc.ents if e.label_ == label]


def test_crizotinib_dose_and_date(nlp, terms):
    doc = nlp("the patient started crizotinib (250 mg orally, twice daily) as off-label therapy in May 2019")
    (drug,) = ents(doc, "DRUG")
    assert drug.text == "crizotinib"
    assert drug._.curie == term_id(terms, "crizotinib", "drug")
    assert drug._.link_score == 1.0
    (dose,) = ents(doc, "DOSE")
    assert dose._.dose == {"amount": 250.0, "unit": "mg", "route": "orally", "schedule": "twice daily",
                           "fractions": None}
    (date,) = ents(doc, "DATE")
    assert date.text == "May 2019" and date._.date == "2019-05"


def test_typo_partner_fusion_resolves_to_ywhae_ros1(nlp, terms):
    doc = nlp("NGS revealed the presence of the YWHAE1-ROS1 fusion")
    (fu,) = ents(doc, "FUSION")
    assert fu._.fusion["five_prime"]["id"] == term_id(terms, "YWHAE", "gene")
    assert fu._.fusion["three_prime"]["id"] == term_id(terms, "ROS1", "gene")
    assert fu._.fusion["five_prime"]["label"] == "YWHAE"
    assert "YWHAE1-ROS1" in fu._.fusion_evidence


def test_negative_alk_ihc_is_not_a_fusion(nlp):
    doc = nlp("ALK IHC was negative")
    assert not ents(doc, "FUSION")
    genes = ents(doc, "GENE")
    assert [g.text for g in genes] == ["ALK"] and genes[0]._.status == "negated"


@pytest.mark.parametrize("text", ["ALK-negative IMT", "tumor cells were ALK/ROS1-negative",
                                  "a ROS1-TKI was started", "staining with anti-ALK antibody"])
def test_hyphenated_non_fusions(nlp, text):
    assert not ents(nlp(text), "FUSION")


def test_grade_4_neutropenia(nlp, terms):
    doc = nlp("She developed grade 4 neutropenia.")
    (ae,) = ents(doc, "ADVERSE_EVENT")
    assert ae.text == "neutropenia" and ae._.grade == 4
    assert ae._.curie == term_id(terms, "neutropenia", "adverse_event")
    (g,) = ents(doc, "GRADE")
    assert g._.grade == 4


@pytest.mark.parametrize("text,grade", [
    ("He had grade II diarrhea.", 2),
    ("Diarrhea grade 3 occurred.", 3),
    ("G2 diarrhea was managed with loperamide.", 2),
    ("She reported diarrhea (grade 1) in June.", 1),
    ("Diarrhea was reported.", None),
])
def test_grade_attachment(nlp, text, grade):
    (ae,) = ents(nlp(text), "ADVERSE_EVENT")
    assert ae._.grade == grade


def test_grades_do_not_leak_across_a_conjunction(nlp):
    doc = nlp("She had diarrhea grade 2 and neutropenia grade 3.")
    assert {e.text.lower(): e._.grade for e in ents(doc, "ADVERSE_EVENT")} == {"diarrhea": 2, "neutropenia": 3}


def test_mild_sets_severity_not_grade(nlp):
    (ae,) = ents(nlp("The patient experienced mild diarrhea."), "ADVERSE_EVENT")
    assert ae._.grade is None and ae._.severity == "mild"


def test_complete_regression_is_cr(nlp, terms):
    doc = nlp("The PET scan showed complete regression of the disease.")
    (r,) = ents(doc, "RESPONSE")
    assert r.text == "complete regression"
    assert r._.response_class == "CR"
    cr = [t.id for t in terms if t.type == "response" and t.extra.get("response_class") == "CR"]
    assert r._.curie in cr


@pytest.mark.parametrize("text,cls", [
    ("A partial response was observed.", "PR"),
    ("Imaging confirmed stable disease.", "SD"),
    ("CT revealed tumor stabilization.", "SD"),
    ("Unfortunately, disease progression occurred.", "PD"),
    ("She remains in remission.", "CR"),
])
def test_response_classes(nlp, text, cls):
    (r,) = ents(nlp(text), "RESPONSE")
    assert r._.response_class == cls


def test_abbreviation_inherits_tumor_and_alk_rearrangement(nlp, terms):
    doc = nlp("Inflammatory myofibroblastic tumor (IMT) is rare. IMT harbors ALK rearrangements.")
    imt = term_id(terms, "inflammatory myofibroblastic tumor", "tumor")
    tumors = ents(doc, "TUMOR")
    assert [t.text for t in tumors] == ["Inflammatory myofibroblastic tumor", "IMT", "IMT"]
    assert all(t._.curie == imt for t in tumors)
    (fu,) = ents(doc, "FUSION")
    assert fu.text == "ALK rearrangements"
    assert fu._.fusion["five_prime"] is None
    assert fu._.fusion["three_prime"]["id"] == term_id(terms, "ALK", "gene")
    assert len(list(doc.sents)) == 2


def test_longest_match_wins(nlp):
    doc = nlp("A diagnosis of inflammatory myofibroblastic tumor was made.")
    (t,) = ents(doc, "TUMOR")
    assert t.text == "inflammatory myofibroblastic tumor"


def test_upper_case_drug_name(nlp, terms):
    (d,) = ents(nlp("CRIZOTINIB WAS STARTED."), "DRUG")
    assert d._.curie == term_id(terms, "crizotinib", "drug")


def test_dates_and_one_year_later(nlp):
    doc = nlp("In May 2019 she relapsed; crizotinib was stopped in 11/2021. One year later she was well.")
    assert [(d.text, d._.date) for d in ents(doc, "DATE")] == [("May 2019", "2019-05"), ("11/2021", "2021-11")]
    (dur,) = ents(doc, "DURATION")
    assert dur._.duration_days == 365.0 and dur._.relative == "later"


def test_misspelled_drug_is_linked_in_text(nlp, terms):
    doc = nlp("She then received alectinb for six months.")
    (d,) = ents(doc, "DRUG")
    assert d.text == "alectinb"
    assert d._.curie == term_id(terms, "alectinib", "drug")
    assert 0.8 < d._.link_score < 1.0


def test_process_uses_the_cached_default_pipeline(nlp):
    assert build_pipeline() is nlp
    doc = process("Crizotinib was given.")
    assert [e.label_ for e in doc.ents] == ["DRUG"]


@pytest.mark.system
def test_docs_survive_worker_processes(nlp):
    texts = ["Inflammatory myofibroblastic tumor (IMT) is rare. IMT harbors ALK rearrangements."] * 4
    docs = list(nlp.pipe(texts, batch_size=2, n_process=2))
    for doc in docs:
        assert [e.label_ for e in doc.ents] == ["TUMOR", "TUMOR", "TUMOR", "FUSION"]
        assert doc.ents[3]._.fusion["three_prime"]["label"] == "ALK"
        assert doc._.abbreviations and doc._.abbreviations[0]["long_text"] == "Inflammatory myofibroblastic tumor"
