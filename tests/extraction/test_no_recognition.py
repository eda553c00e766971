"""kg/extraction recognises no text: every cue is a kg_cues span found once by the NLP
(kg/nlp/cues.py) and read through ``Sentence.cue*``. This test fails if a module of
kg/extraction compiles or searches a rule pattern again, or grows a regex that is not one of the
parsing helpers named here."""
import ast
from pathlib import Path

import kg.extraction

EXTRACTION = Path(kg.extraction.__file__).parent
# The regexes kg/extraction keeps, and why: none is a cue of a rule file.
PARSING_HELPERS = {
    # a tumor word without its leading "malignant" (to look "<organ> <word>" up among term names)
    ("diagnoses.py", "_MALIGNANT"),
    # the possessive or space gluing a word to the tumor word after it ("non-Hodgkin's lymphoma")
    ("diagnoses.py", "_ADJACENT"),
    # the two genes of a fusion notation in a subtype's name ("PML-RARA", "BCR::ABL1")
    ("diagnoses.py", "_GENE_SPLIT"),
    # the words of a term name, to compare two names word by word
    ("diagnoses.py", "_TOKEN"),
    # the bracket opened right after a tumor mention (an aside listing the tumor's parts)
    ("diagnoses.py", "_ASIDE_OPEN"),
    # a type word and its bracketed alternative right before a tumor word ("pleomorphic (sarcomatoid)"),
    # to look "<word> <tumor word>" up among term names
    ("diagnoses.py", "_BRACKETED_TYPE"),
    # one term label a whole phrase of another (refines)
    ("diagnoses.py", "re.search"),
    # where a subtype's gene symbols stand glued to a hyphen ("NPM1-mutated"; the symbols are
    # known only once the diagnosis is chosen), and the narrative's own name for a drug in the
    # case report's title (known only once the narrative is read): name searches, no NLP
    # component can run them ahead; the cues next to them are kg_cues spans
    ("diagnoses.py", "re.compile"),
    ("adverse_events.py", "re.finditer"),
}


def _modules():
    return sorted(EXTRACTION.glob("*.py"))


def test_no_rule_patterns_or_prefilters_in_extraction():
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg.rules"):
                names = {a.name for a in node.names}
                assert node.module == "kg.rules" and names <= {"rules"}, f"{path.name} imports {node.module}: {names}"
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                assert node.func.attr not in ("pattern", "compiled", "source"), \
                    f"{path.name}:{node.lineno} compiles a rule ({node.func.attr})"
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id != "prefiltered", f"{path.name}:{node.lineno} prefilters a rule pattern"


def _regex_uses(path: Path):
    """(module, what) for every use of the ``re`` module: a module-level ``NAME = re.compile(...)``
    is named by NAME, any other call by ``re.<function>``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    compiled_names = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and _is_re(node.value.func):
            compiled_names[id(node.value)] = node.targets[0].id
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _is_re(node.func):
            yield path.name, compiled_names.get(id(node), f"re.{node.func.attr}"), node.lineno


def _is_re(func) -> bool:
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "re" \
        and func.attr != "escape"


def test_only_the_named_parsing_helpers_use_regexes():
    found = {(name, what): line for path in _modules() for name, what, line in _regex_uses(path)}
    assert set(found) <= PARSING_HELPERS, {k: v for k, v in found.items() if k not in PARSING_HELPERS}
    assert set(found) == PARSING_HELPERS, f"a parsing helper named here is gone: {PARSING_HELPERS - set(found)}"


def test_the_rule_rows_extraction_reads_are_data_not_patterns():
    # rows() is read for row ids and fields (e.g. which response rows are failure wording)
    for path in _modules():
        src = path.read_text(encoding="utf-8")
        assert ".pattern(" not in src and "prefilter" not in src, path.name
