"""The therapy phrasing bench (tools/make_therapy_phrasings.py) on a fixed seed sample: made-up
narratives whose slots vary independently (how a drug is started, how lines follow, how a response
is worded and where it sits, drugs not given). Each narrative's drugs given, drugs not given,
(drug, response) pairs and line order must come out as composed."""
import importlib.util
import sys
from pathlib import Path

import pytest

from rule_examples import case_of

_spec = importlib.util.spec_from_file_location(
    "make_therapy_phrasings", Path(__file__).resolve().parents[2] / "tools" / "make_therapy_phrasings.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("make_therapy_phrasings", bench)   # its dataclasses look their module up
_spec.loader.exec_module(bench)

SAMPLE = bench.generate(150, seed=11)

# known failures of larger samples, kept strict so a fix shows: (seed, n, index, why)
KNOWN = [
    (13, 400, 369, "a relapse dated at the end of a line given 'from ... to ...' is that line's progression "
                   "only within two sentences of it; here a distractor and an assessment sentence come between"),
]


@pytest.mark.parametrize("i", range(len(SAMPLE)))
def test_phrasing_sample(nlp, i):
    nar = SAMPLE[i]
    assert bench.problems(nar, case_of(nlp, nar.text)) == [], (nar.text, nar.slots)


@pytest.mark.parametrize("seed, n, i", [pytest.param(seed, n, i, marks=pytest.mark.xfail(strict=True, reason=why))
                                         for seed, n, i, why in KNOWN])
def test_known_failures(nlp, seed, n, i):
    nar = bench.generate(n, seed)[i]
    assert bench.problems(nar, case_of(nlp, nar.text)) == [], (nar.text, nar.slots)


def test_bench_composes_varied_slots():
    keys = {f"{k.rstrip('0123456789')}={v}" for nar in SAMPLE for k, v in nar.slots.items()}
    assert {"start=brand", "next=date_range", "place=after_ae", "distract=discussion_trial",
            "resp=pr_smaller", "restart=rechallenge"} <= keys
    assert all(nar.given and not (nar.given & nar.not_given) for nar in SAMPLE)
