"""kg.export.cases_csv: `kg cases --format csv` loads in pandas, one row per therapy line."""
from __future__ import annotations

import io

import pandas as pd
import pytest

from kg.export import export
from kg.export.cases_csv import CSV_COLUMNS, case_rows, cases_csv
from kg.query.cases import cases_json


def frame(text: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)


def test_fixture_csv_loads_in_pandas_one_row_per_line(store):
    df = frame(cases_csv(store))
    assert tuple(df.columns) == CSV_COLUMNS
    assert len(df) == 4
    a2 = df[(df.report == "doi:10.1000/jimt.2021.1") & (df.line == "2")].iloc[0]
    assert (a2.drugs, a2.start, a2.end, a2.best_response, a2.best_response_id) == (
        "crizotinib", "2019-05", "2020-01", "partial response", "NCIT:C18058")
    assert a2.adverse_events == "blurred vision (grade 1)" and a2.fusions == "YWHAE::ROS1"
    a1 = df[(df.report == "doi:10.1000/jimt.2021.1") & (df.line == "1")].iloc[0]
    assert a1.drugs == "doxorubicin|ifosfamide" and a1.drug_ids == "NCIT:C456|NCIT:C564"
    assert a1.discontinuation_reason == "no response" and a1.report_ids == "doi:10.1000/jimt.2021.1|pmid:111"
    b2 = df[(df.report == "pmid:222") & (df.line == "2")].iloc[0]
    assert (b2.start, b2.end, b2.best_response) == ("2018", "2020", "complete response")
    assert b2.adverse_events == "myalgia" and b2.fusions == "?::ALK" and b2.discontinuation_reason == ""


def test_a_case_without_therapy_lines_is_one_row_and_unattributed_aes_have_their_column(store):
    case = dict(cases_json(store)[0], treatments=[],
                adverse_events=[{"id": "MEDDRA:10028411", "label": "myalgia", "grade": None, "drugs": []}])
    (row,) = case_rows(case)
    assert "line" not in row and row["case"] == case["case"] and row["diagnoses"]
    assert row["other_adverse_events"] == "myalgia"


def _check_loads(store, tmp_path):
    """`kg export --format csv` to a file, read by pandas from the file."""
    export(store, "csv", tmp_path / "cases.csv")
    df = pd.read_csv(tmp_path / "cases.csv", dtype=str, keep_default_na=False)
    cases = cases_json(store)
    assert len(df) == sum(max(1, len(c["treatments"])) for c in cases)
    assert set(df.case) == {c["case"] for c in cases}
    assert tuple(df.columns) == CSV_COLUMNS


@pytest.mark.system
def test_seed_csv_loads_in_pandas(seeds_store, tmp_path):
    _check_loads(seeds_store, tmp_path)


@pytest.mark.system
def test_corpus_csv_loads_in_pandas(corpus_store, tmp_path):
    _check_loads(corpus_store, tmp_path)
