"""The phrasing bench of tools/make_fact_phrasings.py (session 13, phr12ae): 150 made-up case narratives
(fixed seed) whose adverse events with their grades, fusions and diagnoses vary in wording independently;
each must give exactly the facts it states (ids from ontology/terms), and none from its distractors
(literature rates, "no grade >=3 toxicity", a family member's cancer, a differential diagnosis, a
background sentence on how often a fusion occurs, a resistance point mutation)."""
import importlib.util
from pathlib import Path

import pytest

from rule_examples import case_of

_TOOL = Path(__file__).resolve().parents[2] / "tools" / "make_fact_phrasings.py"
_spec = importlib.util.spec_from_file_location("make_fact_phrasings", _TOOL)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

SAMPLE = bench.sample(150, seed=13)
# session 14 (phr14ae): the v2 vocabulary (grade shorthand, immune-related events, lay symptom names, karyotypes,
# older partner names, revised and history diagnoses), its own fixed seed
SAMPLE_V2 = bench.sample(150, seed=14, v2=True)

# Known failures, each with why (strict: a fix must remove the entry)
KNOWN: dict[int, str] = {}  # none at session 13's end (seeds 7, 13 and 99 of 300 narratives each pass too)
# (session 41 listed #48, "Adverse events included mild infusion reaction, mild diarrhea and level 3 colitis", as known:
# colitis's term lists diarrhoea among its manifestations and the diarrhoea was folded into it. Session 42 (ae42) settled
# it by the gold's conventions: a manifestation sized with a severity word of its own is an entry of its own, see
# kg/extraction/adverse_events.py fold_manifestations)


@pytest.mark.parametrize("i", range(len(SAMPLE)))
def test_narrative_gives_its_facts(nlp, i):
    n = SAMPLE[i]
    problems = bench.compare(n, case_of(nlp, n["text"]))
    if i in KNOWN:
        assert problems, f"#{i} passes now: remove it from KNOWN"
        pytest.xfail(KNOWN[i])
    assert not problems, (n["text"], n["slots"], problems)


KNOWN_V2: dict[int, str] = {}


@pytest.mark.parametrize("i", range(len(SAMPLE_V2)))
def test_v2_narrative_gives_its_facts(nlp, i):
    n = SAMPLE_V2[i]
    problems = bench.compare(n, case_of(nlp, n["text"]))
    if i in KNOWN_V2:
        assert problems, f"#{i} passes now: remove it from KNOWN_V2"
        pytest.xfail(KNOWN_V2[i])
    assert not problems, (n["text"], n["slots"], problems)


# session 15 (ae15): the v3 vocabulary of adverse-event wordings (shared grades, actions, lab values, frames, tables
# flowed into lines, CTCAE versions, attributions, second lines, negatives), written before reading kg's rules; a
# narrative must give exactly its required events with an accepted grade and no event its negatives name (the
# drugs an event is put down to are listed apart by the tool and not asserted here)
SAMPLE_V3 = bench.sample_v3(120, seed=15)
# (session 16, aehdr16: #13, the first row under a tab header ending "Related to", is read now: tab rows stay rows)
KNOWN_V3: dict[int, str] = {}

@pytest.mark.parametrize("i", range(len(SAMPLE_V3)))
def test_v3_narrative_gives_its_adverse_events(nlp, i):
    n = SAMPLE_V3[i]
    problems = [p for p in bench.compare_v3(n, case_of(nlp, n["text"])) if not p[0].startswith("drug:")]
    if i in KNOWN_V3:
        assert problems, f"#{i} passes now: remove it from KNOWN_V3"
        pytest.xfail(KNOWN_V3[i])
    assert not problems, (n["text"], n["slots"], problems)


def test_v3_bench_expectations():
    # the bench itself: fixed by its seed, every narrative states at least one required event, and an event's
    # accepted grades are grades CTCAE v5.0 defines for its term (or none, for severity words and fatal events)
    assert [n["text"] for n in bench.sample_v3(5, seed=15)] == [n["text"] for n in SAMPLE_V3[:5]]
    assert all(any(i["required"] for i in n["items"]) for n in SAMPLE_V3)
    frames = {f for n in SAMPLE_V3 for f in n["slots"]["frame"]}
    assert {"table", "shared grade", "action", "ungraded report"} <= frames
    for n in SAMPLE_V3:
        for i in n["items"]:
            assert i["label"].lower() in bench.AE_IDS
            assert all(g is None or g == 5 or bench.valid(i["label"], g) or not i["grades"] - {None, 3, 4}
                       for g in i["grades"]), i


def test_generator_is_fixed_by_its_seed():
    assert [n["text"] for n in bench.sample(5, seed=13)] == [n["text"] for n in SAMPLE[:5]]
    assert all(n["diagnoses"] and n["aes"] for n in SAMPLE)
    assert [n["text"] for n in bench.sample(5, seed=14, v2=True)] == [n["text"] for n in SAMPLE_V2[:5]]


@pytest.mark.xfail(strict=True, reason="a partner named in a later clause ('... and NGS identified the partner as CD74') "
                                       "is not joined to the rearranged gene named before it: the fusion stays partner-null")
def test_partner_named_in_a_later_clause(nlp):
    case = case_of(nlp, "We report a 47-year-old woman with lung adenocarcinoma. Break-apart FISH showed a ROS1 rearrangement "
                        "and targeted RNA sequencing then identified the partner as CD74. She was given crizotinib.")
    assert [(f.five_prime and f.five_prime.label, f.three_prime.label) for f in case.fusions] == [("CD74", "ROS1")]
