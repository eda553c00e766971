"""The gold conventions settled in session 18 (benchmarks/gold/README.md, "Conventions settled in session 18"),
checked on every made-up webtext gold file so a set written later cannot drift back into the disagreements that
made one set reward what another punished."""
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WEBTEXT_GOLD = sorted((ROOT / "benchmarks" / "gold").glob("webtext*_cases.gold.json"))
# Convention 2: the steroids that appear inside anticancer regimens (R-CHOP, VRd, ALL induction, cabazitaxel) or
# as supportive care are not drugs given.
REGIMEN_STEROIDS = {"prednisone", "prednisolone", "dexamethasone", "methylprednisolone", "hydrocortisone"}
SYNDROME_NAMES = {"differentiation syndrome", "retinoic acid syndrome"}


def _records(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def _classes(response: dict) -> list[str]:
    return response["response"] if isinstance(response["response"], list) else [response["response"]]


@pytest.mark.parametrize("gold_path", WEBTEXT_GOLD, ids=lambda p: p.name)
def test_no_regimen_steroid_is_a_drug_given_or_has_a_response(gold_path):
    for record in _records(gold_path):
        given = {label.lower() for drug in record.get("drugs_given", []) for label in drug["labels"]}
        paired = {r["drug"].lower() for r in record.get("responses", [])}
        assert not (given | paired) & REGIMEN_STEROIDS, record["report"]


@pytest.mark.parametrize("gold_path", WEBTEXT_GOLD, ids=lambda p: p.name)
def test_differentiation_syndrome_carries_both_names(gold_path):
    for record in _records(gold_path):
        for event in record.get("adverse_events", []):
            names = {label.lower() for label in event["labels"]}
            if names & SYNDROME_NAMES:
                assert SYNDROME_NAMES <= names, (record["report"], event["labels"])


@pytest.mark.parametrize("gold_path", WEBTEXT_GOLD, ids=lambda p: p.name)
def test_an_ungraded_severity_free_event_never_stands_beside_graded_ones(gold_path):
    """Convention 5: in a report that grades its AEs, an event with neither a grade nor a severity word is no entry
    (a severity word gives [null, N], so only a bare [null] is checked)."""
    for record in _records(gold_path):
        events = record.get("adverse_events", [])
        if any(g is not None for event in events for g in event["grade"]):
            bare = [event["labels"][0] for event in events if event["grade"] == [None]]
            assert not bare, (record["report"], bare)


@pytest.mark.parametrize("gold_path", WEBTEXT_GOLD, ids=lambda p: p.name)
def test_one_event_at_one_grade_is_listed_once(gold_path):
    """Convention 4 splits an event at two grades into one entry per grade; the same (event, grade) twice could
    never both be matched, since the scorer keeps each predicted (event, grade) once per report."""
    for record in _records(gold_path):
        seen = set()
        for event in record.get("adverse_events", []):
            for grade in event["grade"]:
                key = (event["labels"][0].lower(), grade)
                assert key not in seen, (record["report"], key)
                seen.add(key)


@pytest.mark.parametrize("gold_path", WEBTEXT_GOLD, ids=lambda p: p.name)
def test_a_class_list_never_repeats_a_single_class_of_the_same_drug(gold_path):
    """A drug with an inferred ["PR", "CR"] pair and an explicit CR would need two predictions where the scorer
    can match only one per (drug, class): keep one of them."""
    for record in _records(gold_path):
        responses = record.get("responses", [])
        for listed in (r for r in responses if isinstance(r["response"], list)):
            singles = {r["response"] for r in responses
                       if r is not listed and r["drug"].lower() == listed["drug"].lower() and isinstance(r["response"], str)}
            assert not singles & set(_classes(listed)), (record["report"], listed["drug"], sorted(singles))


def test_the_checks_see_every_webtext_set():
    # A glob that silently matched nothing would make every check above pass vacuously.
    assert len(WEBTEXT_GOLD) >= 15
    assert all(_records(path) for path in WEBTEXT_GOLD)


# --- conventions settled in session 36 (benchmarks/gold/README.md, "Conventions settled in session 36"): every gold
# file of benchmarks/gold, real sets included
ALL_GOLD = sorted((ROOT / "benchmarks" / "gold").glob("*_cases.gold.json"))


def _conventions36():
    import importlib.util

    spec = importlib.util.spec_from_file_location("apply_conventions36",
                                                  ROOT / "benchmarks" / "gold" / "apply_conventions36.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


C36 = _conventions36()


@pytest.mark.parametrize("gold_path", ALL_GOLD, ids=lambda p: p.name)
@pytest.mark.parametrize("convention", sorted(C36.CONVENTIONS))
def test_session36_convention_holds(gold_path, convention):
    """Each convention's rewrite changes nothing on the gold as committed: a record written later that breaks it
    (an APL with its PML::RARA fusion under the parent id; fluorouracil given without the leucovorin its page names;
    a graded hepatitis without CTCAE's ALT term; a serous retinal detachment with one of its two CTCAE terms; radioiodine as a drug given; a PR/CR
    pair read from a fall of PSA alone) fails,
    naming the record only by its report id."""
    fn = C36.CONVENTIONS[convention]
    broken = [record["report"] for record in _records(gold_path) if fn(json.loads(json.dumps(record)))]
    assert not broken, (convention, broken)


@pytest.mark.parametrize("convention,record,changed", [
    ("apl", {"diagnoses": [{"id": "NCIT:C208352", "labels": ["APL"]}],
             "fusions": [{"five_prime": "PML", "three_prime": "RARA"}]}, True),
    ("apl", {"diagnoses": [{"id": "NCIT:C208352", "labels": ["APL"]}], "fusions": []}, False),
    ("hepatitis", {"adverse_events": [{"labels": ["immune-mediated hepatitis"], "grade": [3]}]}, True),
    ("hepatitis", {"adverse_events": [{"labels": ["hepatitis B reactivation"], "grade": [3]}]}, False),
    ("retina", {"adverse_events": [{"labels": ["Retinopathy", "serous retinal detachment"], "grade": [1]}]}, True),
    ("retina", {"adverse_events": [{"labels": ["Retinopathy", "Retinal detachment", "serous retinopathy"],
                                    "grade": [1]}]}, False),
    ("leucovorin", {"drugs_given": [{"labels": ["fluorouracil"]}], "source_file": ""}, False),
    ("radioiodine", {"drugs_given": [{"labels": ["radioactive iodine", "I-131"]}],
                     "responses": [{"drug": "I-131", "response": "CR"}]}, True),
    ("radioiodine", {"drugs_given": [{"labels": ["lenvatinib"]}]}, False),
    ("psa", {"responses": [{"drug": "abiraterone", "response": "PR", "explicit": False,
                            "evidence": "the PSA fell by 80%"}]}, True),
    ("psa", {"responses": [{"drug": "abiraterone", "response": "PD", "explicit": False,
                            "evidence": "a rising PSA"}]}, False),
    ("psa", {"responses": [{"drug": "docetaxel", "response": "PR", "explicit": False,
                            "evidence": "PSA fell and the bone metastases regressed on the scan"}]}, False),
])
def test_session36_checks_see_a_made_up_record_that_breaks_them(convention, record, changed):
    assert bool(C36.CONVENTIONS[convention](record)) is changed


# --- the convention settled in session 37 (benchmarks/gold/README.md, "Conventions settled in session 37")
def _conventions37():
    import importlib.util

    spec = importlib.util.spec_from_file_location("apply_conventions37",
                                                  ROOT / "benchmarks" / "gold" / "apply_conventions37.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


C37 = _conventions37()


@pytest.mark.parametrize("gold_path", ALL_GOLD, ids=lambda p: p.name)
@pytest.mark.parametrize("convention", sorted(C37.CONVENTIONS))
def test_session37_convention_holds(gold_path, convention):
    """A primary CNS lymphoma whose page states a DLBCL is written under NCIT:C212057 (convention 15); a record that
    breaks it fails, named only by its report id."""
    fn = C37.CONVENTIONS[convention]
    broken = [record["report"] for record in _records(gold_path) if fn(json.loads(json.dumps(record)))]
    assert not broken, (convention, broken)


def test_session37_check_sees_a_made_up_record_that_breaks_it(tmp_path, monkeypatch):
    page = tmp_path / "page.txt"
    page.write_text("Biopsy of the brain mass showed a diffuse large B-cell lymphoma.", encoding="utf-8")
    monkeypatch.setattr(C37, "ROOT", tmp_path)
    record = {"source_file": "page.txt", "diagnoses": [{"id": "NCIT:C9301", "labels": ["primary CNS lymphoma"]},
                                                       {"id": "NCIT:C45231", "labels": ["DLBCL"]}]}
    assert C37.CONVENTIONS["pcnsl"](record) == 2
    assert [d["id"] for d in record["diagnoses"]] == ["NCIT:C212057"]
    page.write_text("MRI showed a periventricular mass; primary CNS lymphoma was diagnosed on cytology.", encoding="utf-8")
    record = {"source_file": "page.txt", "diagnoses": [{"id": "NCIT:C9301", "labels": ["primary CNS lymphoma"]}]}
    assert C37.CONVENTIONS["pcnsl"](record) == 0
