"""The `kg cases` JSON contract as a JSON Schema shipped with the package: the output of the
fixture, the seeds and all of ../shared/corpus validates; broken objects do not."""
from __future__ import annotations

import copy
import json

import jsonschema
import pytest

from kg.query.cases import SCHEMA_PATH, cases_json

SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def errors(data) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(data)]


def test_the_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_fixture_cases_validate(store):
    data = cases_json(store)
    assert len(data) == 2 and errors(data) == []


@pytest.mark.parametrize("break_it,where", [
    (lambda c: c.update(age="61"), "age"),
    (lambda c: c.pop("procedures"), "procedures"),
    (lambda c: c.update(sex="M"), "sex"),
    (lambda c: c["treatments"][0].update(start="March 2017"), "start"),
    (lambda c: c["treatments"][0].update(line=0), "line"),
    (lambda c: c["treatments"][0].update(drugs=[]), "drugs"),
    (lambda c: c["adverse_events"][0].update(grade=6), "grade"),
    (lambda c: c["fusions"][0].update(three_prime=None), "fusions"),
    (lambda c: c["diagnoses"][0].update(id="C2926"), "id"),
    (lambda c: c.update(report_ids=["10.1000/x"]), "report_ids"),
    (lambda c: c.update(extra=1), "extra"),
])
def test_broken_cases_do_not_validate(store, break_it, where):
    data = copy.deepcopy(cases_json(store))
    break_it(data[0])
    found = errors(data)
    assert found and any(where in e for e in found), found


@pytest.mark.system
def test_seed_cases_validate(seeds_store):
    data = cases_json(seeds_store)
    assert data and errors(data) == []


@pytest.mark.system
def test_corpus_cases_validate(corpus_store):
    data = cases_json(corpus_store)
    assert len(data) > 10 and errors(data) == []
