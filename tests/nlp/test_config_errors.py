"""A broken pipeline config or an empty term list is a ConfigError with a useful message."""
from __future__ import annotations

import pytest

from kg.errors import ConfigError
from kg.nlp import DEFAULT_CONFIG, build_pipeline
from kg.terms import Term

TERMS = [Term(id="TEST:criz", label="crizotinib", type="drug")]


def test_unknown_factory(tmp_path):
    cfg = tmp_path / "bad.cfg"
    cfg.write_text(DEFAULT_CONFIG.read_text().replace('factory = "kg_context"', 'factory = "kg_nope"'))
    with pytest.raises(ConfigError, match="kg_nope"):
        build_pipeline(cfg, terms=TERMS)


def test_missing_config_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        build_pipeline(tmp_path / "missing.cfg", terms=TERMS)


def test_pipeline_without_term_rules(tmp_path):
    cfg = tmp_path / "noterms.cfg"
    cfg.write_text(DEFAULT_CONFIG.read_text().replace('"kg_terms", ', ""))
    with pytest.raises(ConfigError, match="kg_terms"):
        build_pipeline(cfg, terms=TERMS)


def test_empty_terms():
    with pytest.raises(ConfigError, match="needs terms"):
        build_pipeline(terms=[])
