"""kg/nlp/cue_specs.py: the one registry of the cues extraction consults (the Cue enum, each
cue's window spec) covers every cue extraction names, and reads term values apart from text."""
import ast
from pathlib import Path

import pytest

import kg.extraction
from kg.extraction.analyse import NARRATIVE_WITHOUT_CASE
from kg.extraction.cases import COHORT_SECTIONS
from kg.nlp import cue_specs as C
from kg.nlp.cue_specs import Cue, label_has, label_is, label_match
from kg.rules import rules

EXTRACTION = Path(kg.extraction.__file__).parent



def test_sections_cover_where_extraction_reads():
    intro = C.SPEC_OF[Cue.PATIENT_INTRO].sections
    assert COHORT_SECTIONS | NARRATIVE_WITHOUT_CASE <= intro
    assert C.SPEC_OF[Cue.COHORT_REPORT].sections >= COHORT_SECTIONS
    assert C.SPEC_OF[Cue.OUTCOME].sections >= NARRATIVE_WITHOUT_CASE | {"case"}


def _cues_used_by_extraction() -> set[str]:
    used = set()
    for path in EXTRACTION.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "Cue":
                used.add(node.attr)
    return used


def test_the_enum_covers_every_cue_extraction_reads_and_each_has_a_home():
    used = _cues_used_by_extraction()
    assert used, "extraction names no Cue"
    assert used <= {c.name for c in Cue}
    read = {s.cue for s in C.SPECS} | C.LABEL_CUES | C.WINDOW_CUES
    assert set(Cue) <= read, set(Cue) - read     # every member is read, in text or from labels
    for cue in Cue:
        assert C.rows_of(cue, C.SPEC_OF.get(cue)), cue  # its rows exist in its rule file


def test_label_cues_read_term_values_not_text():
    assert label_is(Cue.SUPPORTIVE_ONLY_CLASS, "supportive")
    assert not label_is(Cue.SUPPORTIVE_ONLY_CLASS, "supportive care agent")  # the whole class, not a word of it
    assert label_match(Cue.CASE_HEADING, "Case 3").group("n") == "3"
    assert not label_has(Cue.DESCRIPTOR_CLASS, "crizotinib")
    with pytest.raises(KeyError):
        label_has(Cue.END, "stopped")


def test_every_rule_file_cue_extraction_reads_is_named_once():
    # the registry names each (file, category[, selection]) once
    assert len({c.value for c in Cue}) == len(Cue)
    for cue in Cue:
        assert cue.category in rules(cue.file).categories
