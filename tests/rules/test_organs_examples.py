"""kg/rules/organs.jsonl: the organ words the tumour names are read with (kg/nlp/terms_index.py,
kg/extraction/diagnoses.py). Every [text, target, expected] example: `target` is a word of the row and names the
organ `expected` (ORGAN_ADJECTIVE: the adjective of that organ; SUB_SITE: a part of that organ). Then the
lexicons as the index and the diagnoses read them, on made-up phrases."""
import pytest

from kg.nlp import terms_index
from kg.rules import rules

ROWS = rules("organs").rules
CASES = [pytest.param(row, ex, id=f"{row.id}-{i}") for row in ROWS for i, ex in enumerate(row.examples)
         if not isinstance(ex, str)]


def test_the_file_loads_with_its_two_categories_and_an_organ_per_row():
    assert rules("organs").categories == ["ORGAN_ADJECTIVE", "SUB_SITE"]
    assert all(isinstance(r.fields.get("organ"), str) and r.fields["organ"] and r.words for r in ROWS)
    assert all(any(not isinstance(e, str) for e in r.examples) for r in ROWS)


@pytest.mark.parametrize("row,example", CASES)
def test_organ_example(row, example):
    text, target, expected = example
    assert target in text and target in row.words and row.fields["organ"] == expected
    if row.category == "ORGAN_ADJECTIVE":
        assert target in terms_index._ORGAN_ADJECTIVES[expected]
    else:
        assert terms_index._SUB_SITE_ORGANS[target] == expected


def test_an_organ_has_one_row():
    organs = [r.fields["organ"] for r in rules("organs").rows("ORGAN_ADJECTIVE")]
    assert len(organs) == len(set(organs))
    words = [w for r in rules("organs").rows("SUB_SITE") for w in r.words]
    assert len(words) == len(set(words))


@pytest.mark.parametrize("word,organ", [("gastric", "stomach"), ("caecal", "cecum"), ("oesophageal", "esophagus"),
                                        ("ureteric", "ureter"), ("endometrial", "endometrium")])
def test_an_adjective_names_its_organ(word, organ):
    assert terms_index._ADJECTIVE_ORGANS[word] == organ


def test_a_two_word_organ_lends_no_adjective_back():
    # "small intestinal" names the small intestine, but a one-word reading of it would be wrong
    assert "small intestinal" in terms_index._ORGAN_ADJECTIVES["small intestine"]
    assert "small intestinal" not in terms_index._ADJECTIVE_ORGANS


@pytest.mark.parametrize("word,organ", [("sigmoid", "colon"), ("antral", "stomach"), ("prepyloric", "stomach"),
                                        ("jejunum", "small intestine"), ("caecum", "cecum")])
def test_a_part_names_its_organ(word, organ):
    assert terms_index._SUB_SITE_ORGANS[word] == organ


@pytest.mark.parametrize("word", ["fundus", "cardia"])
def test_a_part_two_organs_share_names_none(word):
    assert word not in terms_index._SUB_SITE_ORGANS


def test_the_index_names_a_tumour_with_its_organs_adjective():
    # "<organ adjective> <histology>" for the tumour name "<histology> of the <organ>"
    index = terms_index.get_index("default")
    noun = index.lower_names.get("signet ring cell carcinoma of the stomach")
    assert noun is not None and index.lower_names.get("gastric signet ring cell carcinoma") == noun
